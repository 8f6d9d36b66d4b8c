/**
 * End to end, in Chromium: the renderer's drawing order stays Cytoscape's own through perspective
 * switches. The canvas sorts elements with keys computed once (src/cy/patches/z-order-speedup.ts) and runs
 * each element's style triggers once, after its last property (src/cy/patches/style-speedup.ts, which must
 * still tell the renderer to sort again when elements are hidden or shown). After every switch
 * the order the renderer draws and hit-tests in must equal a fresh `sortByZIndex`, and its
 * interactive list must hold exactly the elements the user can reach.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});

afterAll(async () => {
  await harness?.close();
});

describe('drawing order', () => {
  it('is Cytoscape’s own after every perspective switch', async () => {
    const page = await harness.openExplorer({ width: 1280, height: 800 });
    const rounds = await page.evaluate(async () => {
      const hook = window.__explorer!;
      const cy = hook.canvas()!.getCore();
      type Sorted = { id(): string; interactive(): boolean }[] & { interactive?: { id(): string }[] };
      const renderer = (cy as unknown as { renderer(): { getCachedZSortedEles(): Sorted } }).renderer();
      const frame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
      const [a = '', b = a] = hook.explorer.sourceIds;
      const out: { drawn: string[]; expected: string[]; interactive: string[]; reachable: string[]; hidden: number }[] = [];
      for (const perspective of [{ mode: 'one', source: a }, { mode: 'compare', a, b }, { mode: 'all' }, { mode: 'one', source: b }] as const) {
        hook.explorer.setPerspective(perspective);
        hook.flush();
        await frame();
        const drawn = renderer.getCachedZSortedEles();
        const mutable = (cy as unknown as { mutableElements(): { sortByZIndex(): { map(fn: (e: { id(): string }) => string): string[] } } }).mutableElements();
        out.push({
          drawn: drawn.map((e) => e.id()),
          expected: mutable.sortByZIndex().map((e) => e.id()),
          interactive: (drawn.interactive ?? []).map((e) => e.id()),
          reachable: drawn.filter((e) => e.interactive()).map((e) => e.id()),
          hidden: cy.elements().filter((e) => e.style('display') === 'none').length,
        });
      }
      return out;
    });
    expect(rounds.length).toBe(4);
    for (const round of rounds) {
      expect(round.drawn).toEqual(round.expected);
      expect(round.interactive).toEqual(round.reachable);
    }
    // The switches did hide and show elements (the re-sort after each one is what is tested).
    expect(new Set(rounds.map((r) => r.hidden)).size).toBeGreaterThan(1);
    expect(rounds.find((r) => r.hidden === 0)).toBeDefined();
    await page.context().close();
  });
});
