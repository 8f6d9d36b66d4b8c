/**
 * A large imported graph's derivations are computed ahead, a task each, before it is installed
 * (src/state/derivations.ts, Explorer.replaceGraphInSteps; issue 18's 20k drawing): once installed,
 * the state's view, visibility, elements, timeline, contested list and looks are those results, not
 * computed again in the one update that installs it. What the warm-up could not foresee is computed
 * then, as before; a graph superseded while warming is never installed.
 */
import { describe, expect, it, vi } from 'vitest';
import { buildGraph } from '../../src/model/graph';
import { Explorer } from '../../src/state/explorer.svelte';
import { WARM_UP_FROM } from '../../src/state/derivations';
import { perspectiveView } from '../../src/model/perspective';
import { computeVisibility } from '../../src/model/filters';
import { buildElements } from '../../src/view/elements';
import { buildTimeline } from '../../src/model/time';
import { contestedSections } from '../../src/view/disagreements';
import { elementLooks } from '../../src/view/looks';
import { syntheticDataset } from '../../bench/synthetic';
import { fixtureGraph } from '../fixtures/explorer';

// Each counted function replaced by a spy that calls it.
const { spied } = vi.hoisted(() => ({
  spied: async (original: () => Promise<Record<string, unknown>>, name: string): Promise<Record<string, unknown>> => {
    const real = await original();
    return { ...real, [name]: vi.fn(real[name] as (...args: unknown[]) => unknown) };
  },
}));
vi.mock('../../src/model/perspective', (original) => spied(original, 'perspectiveView'));
vi.mock('../../src/model/filters', (original) => spied(original, 'computeVisibility'));
vi.mock('../../src/view/elements', (original) => spied(original, 'buildElements'));
vi.mock('../../src/model/time', (original) => spied(original, 'buildTimeline'));
vi.mock('../../src/view/looks', (original) => spied(original, 'elementLooks'));
vi.mock('../../src/view/disagreements', (original) => spied(original, 'contestedSections'));

const counted = [perspectiveView, computeVisibility, buildElements, buildTimeline, contestedSections, elementLooks].map((fn) => vi.mocked(fn));
const calls = (): number[] => counted.map((fn) => fn.mock.calls.length);
const bigGraph = () => buildGraph(syntheticDataset(12_000, 7), 'Synthetic');

describe('a large graph installed in steps', () => {
  it('has its derivations computed before it is installed, and not again when installed', async () => {
    const explorer = new Explorer({ graph: fixtureGraph(), positions: undefined });
    const big = bigGraph();
    expect(big.order + big.size).toBeGreaterThanOrEqual(WARM_UP_FROM);
    const before = calls();
    const installing = explorer.replaceGraphInSteps(big, undefined);
    // Nothing is computed in the call itself, and the old graph stays until the warm-up is done.
    expect(calls()).toEqual(before);
    expect(explorer.graph).not.toBe(big);
    await installing;
    expect(explorer.graph).toBe(big);
    const warmed = calls();
    expect(warmed.map((n, i) => n - before[i]!)).toEqual([1, 1, 1, 1, 1, 1]);
    // The installed state reads them: the same results, nothing computed again.
    expect(explorer.view.visibleActorIds.size).toBeGreaterThan(big.order / 2);
    const drawn = explorer.visibility.drawnActors.size;
    expect(drawn).toBeGreaterThan(big.order / 2);
    expect(explorer.elements.nodes.length).toBe(big.order);
    expect(explorer.contestedSections).toBeDefined();
    expect(explorer.timeline).toBeDefined();
    expect(explorer.looks.size).toBeGreaterThan(big.order);
    expect(calls()).toEqual(warmed);
    // A setting changed afterwards is simply computed.
    explorer.toggleKind('person', false);
    expect(explorer.visibility.drawnActors.size).toBeLessThan(drawn);
    expect(calls()[1]).toBe(warmed[1]! + 1);
  });

  it('never installs a graph superseded while its derivations were being computed', async () => {
    const explorer = new Explorer({ graph: fixtureGraph(), positions: undefined });
    const big = bigGraph();
    const installing = explorer.replaceGraphInSteps(big, undefined);
    const small = fixtureGraph();
    explorer.replaceGraph(small, undefined);
    await installing;
    expect(explorer.graph).toBe(small);
  });

  it('installs a small graph at once', async () => {
    const explorer = new Explorer({ graph: fixtureGraph(), positions: undefined });
    const small = fixtureGraph();
    const installing = explorer.replaceGraphInSteps(small, undefined);
    expect(explorer.graph).toBe(small);
    await installing;
  });
});
