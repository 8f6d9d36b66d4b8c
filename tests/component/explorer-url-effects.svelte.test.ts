// @vitest-environment happy-dom
// The explorer state under Svelte's effects, as the canvas sees it (a .svelte.test.ts file, so runes
// compile; happy-dom, so effects run as in a page): a URL that restates the current view must not
// re-run the canvas's effects. On page load the URL is usually the default view; a new but equal
// set of collapsed groups used to rebuild every element definition, and the canvas restyled the
// whole graph before its first frame.
import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { Explorer } from '../../src/state/explorer.svelte';
import { parseUrlState } from '../../src/model/url-state';
import { fixtureGraph } from '../fixtures/explorer';

const POSITIONS = Object.fromEntries(
  fixtureGraph()
    .nodes()
    .map((id, i) => [id, { x: i * 40, y: (i % 3) * 30 }]),
);

/** How many times effects reading the element definitions and the looks have run. */
function watch(explorer: Explorer): { elements: number; looks: number; stop: () => void } {
  const runs = { elements: 0, looks: 0, stop: () => {} };
  runs.stop = $effect.root(() => {
    $effect(() => {
      void explorer.elements;
      runs.elements++;
    });
    $effect(() => {
      void explorer.looks;
      runs.looks++;
    });
  });
  flushSync();
  return runs;
}

describe('Explorer state under effects', () => {
  it('re-runs nothing when a URL restates the current view, and what a URL changes still changes', () => {
    const explorer = new Explorer({ graph: fixtureGraph(), positions: POSITIONS });
    explorer.toggleGroup('us');
    explorer.setPerspective({ mode: 'one', source: 'beta' });
    explorer.toggleQuad(4);
    const runs = watch(explorer);
    expect([runs.elements, runs.looks]).toEqual([1, 1]);

    explorer.applyUrlState(parseUrlState(explorer.urlHash, explorer.knownIds()));
    flushSync();
    expect([runs.elements, runs.looks]).toEqual([1, 1]);

    explorer.applyUrlState(parseUrlState('', explorer.knownIds()));
    flushSync();
    expect([runs.elements, runs.looks]).toEqual([2, 2]);
    expect(explorer.collapsed.size).toBe(0);
    expect(explorer.perspective).toEqual({ mode: 'all' });
    runs.stop();
  });

  it('re-runs only what an action touches: a selection or a filter restyles, a drag re-runs nothing, a collapsed group rebuilds', () => {
    const explorer = new Explorer({ graph: fixtureGraph(), positions: POSITIONS });
    const runs = watch(explorer);
    explorer.select({ kind: 'actor', id: 'luka' });
    flushSync();
    expect([runs.elements, runs.looks]).toEqual([1, 2]);
    explorer.toggleQuad(4);
    flushSync();
    expect([runs.elements, runs.looks]).toEqual([1, 3]);
    explorer.positionsChanged({ lonely: { x: 1, y: 1 } });
    flushSync();
    expect([runs.elements, runs.looks]).toEqual([1, 3]);
    explorer.toggleGroup('us');
    flushSync();
    expect([runs.elements, runs.looks]).toEqual([2, 4]);
    runs.stop();
  });
});
