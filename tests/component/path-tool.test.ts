// @vitest-environment happy-dom
/**
 * The Path tab (PathTool.svelte with ActorCombobox.svelte) on the fixture graph: the keyboard and
 * the mouse pick From and To by name or alias, the hops list and select, alternatives, the
 * message when there is none, Clear path; and the ActorPane's Depth group with its counts.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import PathTool from '../../src/components/PathTool.svelte';
import ActorPane from '../../src/components/ActorPane.svelte';
import { Explorer } from '../../src/state/explorer.svelte';
import { computeVisibility, NO_FILTERS } from '../../src/model/filters';
import { perspectiveView } from '../../src/model/perspective';
import { actorDetails } from '../../src/view/details';
import { depthCounts, shownBeforeFocus } from '../../src/model/depth';
import { fixtureGraph } from '../fixtures/explorer';

afterEach(() => cleanup());

const text = (el: Element | null | undefined): string => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function type(field: HTMLElement, value: string): Promise<void> {
  await fireEvent.input(field, { target: { value } });
}

describe('PathTool', () => {
  it('picks From by keyboard and To by an alias with the mouse, lists the hops, selects one, and clears', async () => {
    const explorer = new Explorer({ graph: fixtureGraph(), positions: undefined });
    render(PathTool, { explorer });
    const from = screen.getByRole('combobox', { name: 'From' });
    const to = screen.getByRole('combobox', { name: 'To' });

    await type(from, 'kell');
    expect(from.getAttribute('aria-expanded')).toBe('true');
    await fireEvent.keyDown(from, { key: 'Enter' });
    expect(explorer.paths.from).toBe('kellogg');
    expect((from as HTMLInputElement).value).toBe('Keith Kellogg');

    await type(to, 'Tikhanovskaya');
    const option = within(screen.getByRole('listbox', { name: 'To: matching actors' })).getByRole('option', { name: /Sviatlana Tsikhanouskaya/ });
    await fireEvent.mouseDown(option);
    expect(explorer.paths.to).toBe('tikh');
    flushSync();

    expect(text(screen.getByTestId('path-summary'))).toBe('Keith Kellogg to Sviatlana Tsikhanouskaya: 2 steps, through Alexander Lukashenko.');
    const hops = within(screen.getByRole('list', { name: 'Hops of the path' })).getAllByRole('button');
    expect(hops.map((b) => b.dataset.relation)).toEqual(['kellogg--consult--luka', 'luka--coerce--tikh']);
    expect(text(hops[0])).toContain('Talks and visits');
    expect(text(hops[0])).toContain('alpha says so, tone 4.');
    await fireEvent.click(hops[1]!);
    expect(explorer.selection).toEqual({ kind: 'relation', id: 'luka--coerce--tikh' });

    await fireEvent.click(screen.getByRole('button', { name: 'Clear path' }));
    expect(explorer.paths.ends).toBeNull();
    flushSync();
    expect((from as HTMLInputElement).value).toBe('');
    expect(screen.queryByRole('list', { name: 'Hops of the path' })).toBeNull();
  });

  it('says why there is none, and that following direction is what stops it', async () => {
    const explorer = new Explorer({ graph: fixtureGraph(), positions: undefined });
    explorer.paths.setEnd('from', 'eu');
    explorer.paths.setEnd('to', 'us');
    render(PathTool, { explorer });
    await fireEvent.click(screen.getByRole('checkbox', { name: 'Follow direction' }));
    expect(explorer.paths.directed).toBe(true);
    flushSync();
    expect(text(screen.getByTestId('path-summary'))).toMatch(/^No chain leads from European Union to United States following the relations' direction/);
    expect(screen.queryByRole('list', { name: 'Hops of the path' })).toBeNull();
  });

  it('names the parallel relations beside a hop, and offers no choice when there is one chain', async () => {
    const explorer = new Explorer({ graph: fixtureGraph(), positions: undefined });
    // The US to Russia: through Belarus, with two relations on each step.
    explorer.paths.setEnd('from', 'us');
    explorer.paths.setEnd('to', 'ru');
    render(PathTool, { explorer });
    expect(screen.queryByRole('group', { name: /chains of/ })).toBeNull();
    expect(explorer.paths.chain?.actors).toEqual(['us', 'by', 'ru']);
    const hop = within(screen.getByRole('list', { name: 'Hops of the path' })).getAllByRole('button')[0]!;
    expect(text(hop)).toMatch(/\+1 other relation between them/);
  });
});

describe('ActorPane: Depth', () => {
  it('is a group named Depth with Off and 1 to 3 hops, each described by what it keeps', async () => {
    const graph = fixtureGraph();
    const view = perspectiveView(graph, { mode: 'all' });
    const visibility = computeVisibility(graph, { filters: NO_FILTERS });
    const onFocusHops = vi.fn();
    render(ActorPane, {
      details: actorDetails(graph, 'kellogg', view, visibility, undefined)!,
      onClose: vi.fn(),
      onSelectRelation: vi.fn(),
      onSelectActor: vi.fn(),
      onFocusHops,
      depthCounts: depthCounts(graph, 'kellogg', shownBeforeFocus(visibility)),
    });
    const depth = screen.getByRole('group', { name: 'Depth' });
    const radios = within(depth).getAllByRole('radio');
    expect(radios.map((r) => r.getAttribute('aria-describedby') !== null)).toEqual([false, true, true, true]);
    const three = within(depth).getByRole('radio', { name: '3 hops' });
    expect(text(document.getElementById(three.getAttribute('aria-describedby')!))).toBe('3 actors, 3 relations');
    await fireEvent.click(three);
    expect(onFocusHops).toHaveBeenCalledWith(3);
  });
});
