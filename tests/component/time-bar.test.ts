// @vitest-environment happy-dom
/**
 * The time bar (src/components/TimeBar.svelte) on the fixture explorer: a range named "As of" over
 * the data's dates with "All dates" at its right end, the chosen date in words, the undated note,
 * Play stepping to the end and stopping, and no bar at all for a graph without dates.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import TimeBar from '../../src/components/TimeBar.svelte';
import { Explorer } from '../../src/state/explorer.svelte';
import { fixtureGraph } from '../fixtures/explorer';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const explorerOf = (graph = fixtureGraph()) => new Explorer({ graph, positions: undefined });
const chosen = () => document.querySelector('output')?.textContent;

describe('TimeBar', () => {
  it('is a range named "As of" over the dates, at "All dates" by default, with the undated note', () => {
    render(TimeBar, { props: { explorer: explorerOf() } });
    const range = screen.getByRole<HTMLInputElement>('slider', { name: 'As of' });
    expect(range.max).toBe('2');
    expect(range.value).toBe('2');
    expect(chosen()).toBe('All dates');
    expect(screen.getByTestId('time-undated').getAttribute('title')).toBe('3 relations have no date and are always shown');
  });

  it('moving the range sets the day and says it in words; the right end is no filter', async () => {
    const explorer = explorerOf();
    render(TimeBar, { props: { explorer } });
    const range = screen.getByRole<HTMLInputElement>('slider', { name: 'As of' });
    await fireEvent.input(range, { target: { value: '0' } });
    expect(explorer.asOf).toBe('2025-06-21');
    expect(chosen()).toBe('21 June 2025');
    expect(range.getAttribute('aria-valuetext')).toBe('21 June 2025');
    await fireEvent.input(range, { target: { value: '2' } });
    expect(explorer.asOf).toBeNull();
  });

  it('Play starts from the first date at the end, steps through the dates and stops at "All dates"', async () => {
    vi.useFakeTimers();
    const explorer = explorerOf();
    render(TimeBar, { props: { explorer, stepMs: 100 } });
    await fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    expect(explorer.asOf).toBe('2025-06-21');
    expect(screen.getByRole('button', { name: 'Pause' })).toBeTruthy();
    vi.advanceTimersByTime(100);
    flushSync();
    expect(explorer.asOf).toBe('2025-07-22');
    vi.advanceTimersByTime(100);
    flushSync();
    expect(explorer.asOf).toBeNull();
    expect(screen.getByRole('button', { name: 'Play' })).toBeTruthy();
    vi.advanceTimersByTime(500);
    expect(explorer.asOf).toBeNull();
  });

  it('Pause stops where it is', async () => {
    vi.useFakeTimers();
    const explorer = explorerOf();
    explorer.setAsOf('2025-06-21');
    render(TimeBar, { props: { explorer, stepMs: 100 } });
    await fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    expect(explorer.asOf).toBe('2025-06-21');
    await fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    vi.advanceTimersByTime(500);
    expect(explorer.asOf).toBe('2025-06-21');
  });

  it('is not there for a graph without a dated relation', () => {
    const graph = fixtureGraph();
    graph.replaceAttributes({ title: 'Undated', sources: [] });
    graph.forEachEdge((e) => graph.removeEdgeAttribute(e, 'dates'));
    render(TimeBar, { props: { explorer: explorerOf(graph) } });
    expect(screen.queryByRole('slider')).toBeNull();
    expect(screen.queryByTestId('time-bar')).toBeNull();
  });
});
