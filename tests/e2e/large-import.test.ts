/**
 * End to end, in Chromium: a graph above the warm-up size (12,000 elements, src/state/derivations.ts)
 * imported with its positions through the Import panel, as issue 18's 20k bench row does at 60,000.
 * The page computes its derivations ahead a task each and says "Preparing …" meanwhile, with the
 * old graph still shown; then installs it (built a chunk per worker message) and draws every element
 * from layer images (the sliced getLayers, the held render queue). The timings are the bench's; this
 * checks that the path works and what the user sees.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/model/graph';
import { exportGraph } from '../../src/model/serialization';
import { syntheticDataset, syntheticPositions } from '../../bench/synthetic';
import { startHarness, type Harness } from './harness';

let harness: Harness;
let dir: string;

beforeAll(async () => {
  harness = await startHarness();
  dir = mkdtempSync(join(tmpdir(), 'explorer-12k-'));
});

afterAll(async () => {
  await harness?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('a graph of 12,000 elements imported with its positions', () => {
  it('is prepared ahead while the old graph stays, then drawn whole, with its counts written out', async () => {
    const dataset = syntheticDataset(12_000, 11);
    const graph = buildGraph(dataset, 'Synthetic 12k');
    const file = join(dir, 'synthetic-12k.json');
    writeFileSync(file, JSON.stringify(exportGraph(graph, syntheticPositions(dataset))));
    const page = await harness.openExplorer({ width: 1280, height: 800 });
    await page.getByRole('button', { name: 'Import…', exact: true }).click();
    const input = page.getByLabel('Import data', { exact: true });
    await input.waitFor({ state: 'attached' });
    const before = await page.evaluate(() => ({
      pictures: performance.getEntriesByName('final-picture').length,
      order: window.__explorer!.explorer.graph.order,
    }));
    // What the status says while the page takes the graph in, and which graph is shown then.
    await page.evaluate(() => {
      const seen: { status: string; order: number }[] = [];
      (window as unknown as { __seen: typeof seen }).__seen = seen;
      const status = document.querySelector('#tool-import [role="status"]')!;
      new MutationObserver(() => seen.push({ status: status.textContent ?? '', order: window.__explorer!.explorer.graph.order })).observe(status, {
        childList: true,
        characterData: true,
        subtree: true,
      });
    });
    await input.setInputFiles(file);
    await page.waitForFunction((n) => performance.getEntriesByName('final-picture').length > n, before.pictures, { timeout: 120_000 });

    const seen = await page.evaluate(() => (window as unknown as { __seen: { status: string; order: number }[] }).__seen);
    const preparing = seen.find((s) => s.status.startsWith('Preparing'));
    expect(preparing).toEqual({ status: `Preparing ${graph.order.toLocaleString('en')} actors…`, order: before.order });
    await expect
      .poll(() => page.locator('#tool-import [role="status"]').textContent())
      .toBe(`Imported “synthetic-12k.json”: ${graph.order.toLocaleString('en')} actors, ${graph.size.toLocaleString('en')} relations.`);

    // Its derivations were computed ahead, a step each, then it was installed.
    const measures = await page.evaluate(() => performance.getEntriesByType('measure').map((m) => m.name));
    for (const step of ['statistics', 'view', 'timeline', 'visibility', 'elements', 'contested', 'summary', 'looks'])
      expect(measures).toContain(`warm-up: ${step}`);
    expect(measures.indexOf('install')).toBeGreaterThan(measures.lastIndexOf('warm-up: looks'));

    // Every element drawn at its place, from the layer images.
    const drawn = await page.evaluate(() => {
      const cy = window.__explorer!.canvas()!.getCore();
      const layers = (cy as unknown as { renderer(): { data: { lyrTxrCache: { layersByLevel: Record<string, { eles: unknown[] }[]> } } } }).renderer().data
        .lyrTxrCache.layersByLevel;
      return {
        nodes: cy.nodes().length,
        edges: cy.edges().length,
        layered: Object.values(layers)
          .flat()
          .reduce((n, l) => n + l.eles.length, 0),
      };
    });
    expect(drawn.nodes).toBe(graph.order);
    expect(drawn.edges).toBe(graph.size);
    expect(drawn.layered).toBeGreaterThanOrEqual(graph.order + graph.size);
    const [actors, relations] = [graph.order.toLocaleString('en'), graph.size.toLocaleString('en')];
    await expect.poll(() => page.getByText(`${actors} of ${actors} actors · ${relations} of ${relations} relations shown`, { exact: true }).count()).toBe(1);
    await page.context().close();
  });
});
