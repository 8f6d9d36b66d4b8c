// @vitest-environment happy-dom
// "As of" under Svelte's effects, as the canvas and the URL see it (a .svelte.test.ts file, so runes
// compile; happy-dom, so effects run as in a page): moving the day changes the looks but never the
// element records (so the canvas restyles and lays nothing out), and its steps replace the history
// entry instead of adding one each, while any other change still adds one.
import { flushSync } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { Explorer } from '../../src/state/explorer.svelte';
import { connectUrl } from '../../src/state/url-sync.svelte';
import { fixtureGraph } from '../fixtures/explorer';

const POSITIONS = Object.fromEntries(
  fixtureGraph()
    .nodes()
    .map((id, i) => [id, { x: i * 40, y: (i % 3) * 30 }]),
);

afterEach(() => {
  window.history.replaceState(null, '', window.location.pathname);
});

/** Waits until url-sync has written the hash (after the next paint, or its 100 ms fallback). */
const written = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 250));

describe('As of under effects', () => {
  it('changes the looks, never the element records', () => {
    const explorer = new Explorer({ graph: fixtureGraph(), positions: POSITIONS });
    const runs = { elements: 0, looks: 0 };
    const stop = $effect.root(() => {
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
    expect(runs).toEqual({ elements: 1, looks: 1 });
    for (const day of ['2025-06-21', '2020', null]) {
      explorer.setAsOf(day);
      flushSync();
    }
    expect(runs.elements).toBe(1);
    expect(runs.looks).toBe(4);
    stop();
  });

  it('replaces the history entry while the day moves; other changes still push one', async () => {
    const explorer = new Explorer({ graph: fixtureGraph(), positions: POSITIONS });
    const disconnect = connectUrl(explorer, window);
    const start = window.history.length;
    for (const day of ['2025-06-21', '2025-07-22', '2020']) {
      explorer.setAsOf(day);
      flushSync();
      await written();
    }
    expect(window.location.hash).toBe('#as-of=2020');
    expect(window.history.length).toBe(start);
    explorer.select({ kind: 'actor', id: 'luka' });
    flushSync();
    await written();
    expect(window.location.hash).toBe('#actor=luka&as-of=2020');
    expect(window.history.length).toBe(start + 1);
    disconnect();
  });
});
