// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/svelte';
import ContestedList from '../../src/components/ContestedList.svelte';
import { compareSections, contestedSections, type ContestedRow } from '../../src/view/disagreements';
import { perspectiveView } from '../../src/model/perspective';
import { stanceGraph } from '../fixtures/perspective-graphs';

afterEach(() => cleanup());

const rows = (n: number): ContestedRow[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `r${i}`,
    label: `relation ${i}`,
    fromLabel: `A${i}`,
    toLabel: `B${i}`,
    typeLabel: 'Appeal',
    reason: 'tone' as const,
  }));
const differing = (n: number) => ({ disputed: [], differ: rows(n) });

describe('ContestedList', () => {
  it('lists every contested relation of a small graph and selects the one clicked', async () => {
    const onSelect = vi.fn();
    render(ContestedList, { props: { sections: differing(4), selectedId: 'r2', onSelect } });
    const list = screen.getByRole('list', { name: 'Contested relations' });
    expect(within(list).getAllByRole('button')).toHaveLength(4);
    expect(within(list).getAllByRole('button')[2]!.getAttribute('aria-current')).toBe('true');
    expect(within(list).getAllByRole('button')[0]!.textContent).toContain('differ in tone');
    await fireEvent.click(within(list).getByText('A3 → B3'));
    expect(onSelect).toHaveBeenCalledWith('r3');
    expect(screen.queryByRole('button', { name: /more of/ })).toBeNull();
  });

  it('draws a long list a page at a time, with the full count and a way to show more', async () => {
    render(ContestedList, { props: { sections: differing(1514), selectedId: undefined, onSelect: vi.fn() } });
    expect(screen.getByText('(1,514)')).toBeTruthy();
    const list = screen.getByRole('list', { name: 'Contested relations' });
    expect(within(list).getAllByRole('button')).toHaveLength(50);
    await fireEvent.click(screen.getByRole('button', { name: 'Show 500 more of 1,514' }));
    expect(within(list).getAllByRole('button')).toHaveLength(550);
    await fireEvent.click(screen.getByRole('button', { name: 'Show 500 more of 1,514' }));
    await fireEvent.click(screen.getByRole('button', { name: 'Show 464 more of 1,514' }));
    expect(within(list).getAllByRole('button')).toHaveLength(1514);
    expect(screen.queryByRole('button', { name: /more of/ })).toBeNull();
  });

  it('draws the selected relation even when it lies beyond the first page', () => {
    render(ContestedList, { props: { sections: differing(300), selectedId: 'r120', onSelect: vi.fn() } });
    const list = screen.getByRole('list', { name: 'Contested relations' });
    const buttons = within(list).getAllByRole('button');
    expect(buttons).toHaveLength(121);
    expect(buttons[120]!.getAttribute('aria-current')).toBe('true');
    expect(screen.getByRole('button', { name: 'Show 179 more of 300' })).toBeTruthy();
  });

  it('says so when nothing is contested', () => {
    render(ContestedList, { props: { sections: { disputed: [], differ: [] }, selectedId: undefined, onSelect: vi.fn() } });
    expect(screen.getByText('No relation is contested in this perspective.')).toBeTruthy();
  });

  it('"all articles": lists the relations with both stances as disputed, before the weaker differences', () => {
    const graph = stanceGraph();
    const sections = contestedSections(graph, perspectiveView(graph, { mode: 'all' }));
    render(ContestedList, { props: { sections, mode: 'all', selectedId: undefined, onSelect: vi.fn() } });
    const disputed = screen.getByRole('list', { name: 'Disputed: both stances' });
    expect(within(disputed).getAllByRole('button')).toHaveLength(4);
    expect(within(screen.getByRole('list', { name: 'Contested relations' })).getAllByRole('button')).toHaveLength(2);
  });

  it('compare: opens with where they disagree, both quotes side by side with stance, modality and speaker', async () => {
    const graph = stanceGraph();
    const view = perspectiveView(graph, { mode: 'compare', a: 'lawfare', b: 'quincy' });
    const onSelect = vi.fn();
    render(ContestedList, {
      props: {
        sections: contestedSections(graph, view),
        compare: compareSections(graph, view),
        mode: 'compare',
        labelA: 'Lawfare',
        labelB: 'Quincy',
        selectedId: undefined,
        onSelect,
      },
    });
    const cards = screen.getByRole('list', { name: 'Where they disagree' });
    const items = within(cards).getAllByRole('listitem');
    expect(items).toHaveLength(3);
    // opposes-same-tone: Lawfare supports, Quincy opposes in Kellogg's words.
    const card = items.find((li) => li.textContent.includes('opposes same tone'))!;
    const sides = within(card).getAllByTestId('disagreement-side');
    expect(sides).toHaveLength(2);
    expect(sides[0]!.textContent).toContain('Lawfare: supports');
    expect(sides[0]!.textContent).toContain('A verbatim quote from lawfare (tone 3, reported, supports).');
    expect(sides[1]!.textContent).toContain('Quincy: opposes');
    expect(sides[1]!.textContent).toContain('opposes · reported · kellogg, quoted in Quincy');
    await fireEvent.click(within(card).getByRole('button'));
    expect(onSelect).toHaveBeenCalledWith('opposes-same-tone');
    // Then the weaker signals, then what they share and what only one states, each selectable.
    expect(screen.getByText('Differ in tone or certainty')).toBeTruthy();
    const differ = screen.getByRole('list', { name: 'Differ in tone or certainty' });
    expect(
      within(differ)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual([expect.stringContaining('differ in tone'), expect.stringContaining('differ in certainty')]);
    const onlyB = screen.getByRole('list', { name: 'Only Quincy' });
    await fireEvent.click(within(onlyB).getByRole('button'));
    expect(onSelect).toHaveBeenLastCalledWith('quincy-alone-opposes');
    expect(within(screen.getByRole('list', { name: 'Both state' })).getAllByRole('button')).toHaveLength(2);
  });
});
