// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/svelte';
import ContestedList from '../../src/components/ContestedList.svelte';

afterEach(() => cleanup());

const rows = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ id: `r${i}`, label: `relation ${i}`, fromLabel: `A${i}`, toLabel: `B${i}`, typeLabel: 'Appeal' }));

describe('ContestedList', () => {
  it('lists every contested relation of a small graph and selects the one clicked', () => {
    const onSelect = vi.fn();
    render(ContestedList, { props: { rows: rows(4), selectedId: 'r2', onSelect } });
    const list = screen.getByRole('list', { name: 'Contested relations' });
    expect(within(list).getAllByRole('button')).toHaveLength(4);
    expect(within(list).getAllByRole('button')[2]!.getAttribute('aria-current')).toBe('true');
    fireEvent.click(within(list).getByText('A3 → B3'));
    expect(onSelect).toHaveBeenCalledWith('r3');
    expect(screen.queryByRole('button', { name: /more of/ })).toBeNull();
  });

  it('draws a long list a page at a time, with the full count and a way to show more', async () => {
    render(ContestedList, { props: { rows: rows(1514), selectedId: undefined, onSelect: vi.fn() } });
    expect(screen.getByText('(1514)')).toBeTruthy();
    const list = screen.getByRole('list', { name: 'Contested relations' });
    expect(within(list).getAllByRole('button')).toHaveLength(50);
    await fireEvent.click(screen.getByRole('button', { name: 'Show 500 more of 1514' }));
    expect(within(list).getAllByRole('button')).toHaveLength(550);
    await fireEvent.click(screen.getByRole('button', { name: 'Show 500 more of 1514' }));
    await fireEvent.click(screen.getByRole('button', { name: 'Show 464 more of 1514' }));
    expect(within(list).getAllByRole('button')).toHaveLength(1514);
    expect(screen.queryByRole('button', { name: /more of/ })).toBeNull();
  });

  it('draws the selected relation even when it lies beyond the first page', () => {
    render(ContestedList, { props: { rows: rows(300), selectedId: 'r120', onSelect: vi.fn() } });
    const list = screen.getByRole('list', { name: 'Contested relations' });
    const buttons = within(list).getAllByRole('button');
    expect(buttons).toHaveLength(121);
    expect(buttons[120]!.getAttribute('aria-current')).toBe('true');
    expect(screen.getByRole('button', { name: 'Show 179 more of 300' })).toBeTruthy();
  });

  it('says so when nothing is contested', () => {
    render(ContestedList, { props: { rows: [], selectedId: undefined, onSelect: vi.fn() } });
    expect(screen.getByText('No relation is contested in this perspective.')).toBeTruthy();
  });
});
