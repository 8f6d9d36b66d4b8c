/**
 * End to end, in Chromium: the renderer's drawing order stays Cytoscape's own through perspective
 * switches. The canvas sorts elements with keys computed once (src/cy/patches/z-order-speedup.ts) and runs
 * each element's style triggers once, after its last property (src/cy/patches/style-speedup.ts, which must
 * still tell the renderer to sort again when elements are hidden or shown). After every switch
 * the order the renderer draws and hit-tests in must equal a fresh `sortByZIndex`, and its
 * interactive list must hold exactly the elements the user can reach. (That order is Cytoscape's
 * with or without the patch, so the live canvas is also checked to have the patch, and the other
 * per-core patches of src/cy/patches/, installed; tests/unit/patches-install.test.ts checks
 * each one's effect and that it degrades cleanly.)
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

  it('runs on a canvas with every per-core Cytoscape patch installed', async () => {
    const page = await harness.openExplorer({ width: 1280, height: 800 });
    const installed = await page.evaluate(() => {
      const cy = window.__explorer!.canvas()!.getCore();
      type Renderer = Record<string, unknown> & { data: { lyrTxrCache: { getLayers(eles: unknown[], pxRatio: number): unknown } } };
      const renderer = (cy as unknown as { renderer(): Renderer }).renderer();
      const own = (name: string): boolean => Object.prototype.hasOwnProperty.call(renderer, name) && typeof renderer[name] === 'function';
      return {
        zOrder: own('getCachedZSortedEles'),
        groupLabels: own('drawLayeredElements') && own('drawElements'),
        // Under the small-graph size the layer cache (its own wrapped method) answers no layers:
        // elements are painted directly.
        smallGraph:
          Object.prototype.hasOwnProperty.call(renderer.data.lyrTxrCache, 'getLayers') &&
          renderer.data.lyrTxrCache.getLayers(cy.elements().toArray(), 1) === null,
      };
    });
    expect(installed).toEqual({ zOrder: true, groupLabels: true, smallGraph: true });
    await page.context().close();
  });
});
