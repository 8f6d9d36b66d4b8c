/**
 * End to end, in Chromium (issue 15 item 3): a Gephi-written GEXF imported through the Import panel
 * is drawn at its own positions (y flipped: GEXF counts y upwards) as an unsourced graph, with the
 * perspective control off; a CSV edges table with quoted commas and non-Latin names is drawn; and
 * "Apply layout from file" moves the built-in graph's actors to a GEXF's positions without
 * replacing the graph, saying what matched and what was not found.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { drawnIds, ROOT, startHarness, waitForCanvas, type Harness } from './harness';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});

afterAll(async () => {
  await harness?.close();
});

const fixture = (name: string): Buffer => readFileSync(join(ROOT, 'tests', 'fixtures', name));

async function openImport(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Import…', exact: true }).click();
  await page.getByLabel('Import data').waitFor({ state: 'attached' });
}

/** Model positions of these nodes on the canvas. */
function positions(page: Page, ids: readonly string[]): Promise<Record<string, { x: number; y: number }>> {
  return page.evaluate((nodeIds) => {
    const cy = window.__explorer!.canvas()!.getCore();
    return Object.fromEntries(nodeIds.map((id) => [id, cy.getElementById(id).position()]));
  }, ids);
}

describe('imports from other tools', () => {
  it('draws a Gephi GEXF at its own positions, unsourced, and a CSV edges table', async () => {
    const page = await harness.openExplorer({ width: 1400, height: 900 });
    await openImport(page);
    await page.getByLabel('Import data').setInputFiles({ name: 'gephi-small.gexf', mimeType: 'application/xml', buffer: fixture('gephi-small.gexf') });
    await page.getByText(/^Imported “gephi-small\.gexf”: 4 actors, 4 relations\./).waitFor({ timeout: 30_000 });
    await waitForCanvas(page);
    const drawn = await drawnIds(page);
    expect(drawn.nodes).toEqual(['0', '1', '2', '3']);
    expect(drawn.edges).toHaveLength(4);
    const placed = await positions(page, ['0', '1', '2', '3']);
    expect(placed).toEqual({ '0': { x: -120.5, y: -80.25 }, '1': { x: 140, y: 60 }, '2': { x: 10, y: -200 }, '3': { x: 0, y: 0 } });
    expect(await page.evaluate(() => window.__explorer!.explorer.title)).toBe('Minsk talks');
    await page.getByTestId('unsourced-note').waitFor();
    const perspective = page.getByLabel('Perspective', { exact: true });
    await perspective.waitFor();
    expect(await perspective.isDisabled()).toBe(true);

    await page.getByLabel('Import data').setInputFiles({ name: 'csv-tricky.edges.csv', mimeType: 'text/csv', buffer: fixture('csv-tricky.edges.csv') });
    await page.getByText(/^Imported “csv-tricky\.edges\.csv”: 4 actors, 4 relations\./).waitFor({ timeout: 30_000 });
    await waitForCanvas(page);
    expect((await drawnIds(page)).nodes).toEqual(['Kellogg', 'Лукашенко, Александр', 'Європейскі саюз', 'Ціханоўская'].sort());
    await page.context().close();
  });

  it('draws a Gephi-style GEXF of 36 actors at the positions the file gives (y turned down for the canvas)', async () => {
    const text = fixture('gephi-capitals.gexf').toString('utf8');
    const expected = Object.fromEntries(
      [...text.matchAll(/<node id="(\d+)"[\s\S]*?<viz:position x="([-\d.]+)" y="([-\d.]+)"/g)].map(([, id, x, y]) => [id!, { x: Number(x), y: -Number(y) }]),
    );
    expect(Object.keys(expected)).toHaveLength(36);
    const page = await harness.openExplorer({ width: 1400, height: 900 });
    await openImport(page);
    await page.getByLabel('Import data').setInputFiles({ name: 'gephi-capitals.gexf', mimeType: 'application/xml', buffer: fixture('gephi-capitals.gexf') });
    await page.getByText(/^Imported “gephi-capitals\.gexf”: 36 actors, 71 relations\./).waitFor({ timeout: 30_000 });
    await waitForCanvas(page);
    expect((await drawnIds(page)).nodes).toHaveLength(36);
    const placed = await positions(page, Object.keys(expected));
    for (const [id, at] of Object.entries(expected)) {
      expect(placed[id]!.x, id).toBeCloseTo(at.x, 1);
      expect(placed[id]!.y, id).toBeCloseTo(at.y, 1);
    }
    await page.context().close();
  });

  it('applies a layout from a GEXF to the built-in graph by id, keeping the graph', async () => {
    const page = await harness.openExplorer({ width: 1400, height: 900 });
    const { leaves, edges } = await page.evaluate(() => {
      const graph = window.__explorer!.explorer.graph;
      const parents = new Set(graph.mapNodes((_n, a) => a.parent).filter((p): p is string => p !== undefined));
      return { leaves: graph.nodes().filter((n) => !parents.has(n)), edges: graph.size };
    });
    const [a, b] = leaves as [string, string];
    const gexf = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3" xmlns:viz="http://gexf.net/1.3/viz">
  <graph defaultedgetype="directed">
    <nodes>
      <node id="${a}" label="A"><viz:position x="-900" y="700" z="0"/></node>
      <node id="${b}" label="B"><viz:position x="900" y="-700" z="0"/></node>
      <node id="not-in-this-graph" label="C"><viz:position x="0" y="0" z="0"/></node>
    </nodes>
    <edges/>
  </graph>
</gexf>`;
    const untouched = leaves[2]!;
    const before = await positions(page, [untouched]);
    await openImport(page);
    await page.getByLabel('Apply layout from file').setInputFiles({ name: 'gephi-layout.gexf', mimeType: 'application/xml', buffer: Buffer.from(gexf) });
    const status = page.getByText(/^Layout from “gephi-layout\.gexf”: moved 2 of/);
    await status.waitFor({ timeout: 30_000 });
    expect(await status.textContent()).toContain(`moved 2 of ${leaves.length} actors`);
    expect(await status.textContent()).toContain('1 node of the file is not in this graph');
    await waitForCanvas(page);
    expect(await positions(page, [a, b])).toEqual({ [a]: { x: -900, y: -700 }, [b]: { x: 900, y: 700 } });
    expect(await positions(page, [untouched])).toEqual(before);
    const after = await page.evaluate(() => ({ isBuiltin: window.__explorer!.explorer.isBuiltin, edges: window.__explorer!.explorer.graph.size }));
    expect(after).toEqual({ isBuiltin: true, edges });
    await page.context().close();
  });
});
