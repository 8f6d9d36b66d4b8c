/**
 * End to end, in Chromium: "Merge parallel relations" (issue 16). The checkbox draws one edge per
 * actor pair with the right count; selecting a merged edge lists every relation between the pair in
 * the pane; a row selects that relation; unticking brings every relation back. And once, the
 * picture measure (src/layout/picture-measure.ts) is checked against what Cytoscape really draws:
 * the canvas and zoom it assumes, the leaf positions, and where each bezier of a bundle runs.
 * With MERGE_SHOTS=dir it also saves screenshots at three window sizes, merged and not.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { drawnIds, screenPoint, startHarness, type Harness } from './harness';
import { fitZoom, pictureCurves } from '../../src/layout/picture-measure';
import { DEFAULT_CANVAS, loadBuiltinGraph, measureBuiltin } from '../../scripts/measure-picture';
import { readFileSync } from 'node:fs';
import { ROOT } from './harness';
import { buildElements } from '../../src/view/elements';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});

afterAll(async () => {
  await harness?.close();
});

/** Every visible edge: id, role, count, members and its two ends. */
async function drawnEdges(page: Page) {
  return page.evaluate(() =>
    window
      .__explorer!.canvas()!
      .getCore()
      .edges(':visible')
      .map((e) => ({
        id: e.id(),
        role: e.data('role') as string,
        count: e.data('count') as number,
        members: (e.data('members') as string[] | undefined) ?? [],
        ends: [e.source().id(), e.target().id()].sort().join('|'),
      })),
  );
}

describe('merge parallel relations', () => {
  it('draws one edge per pair with its count, lists the pair in the pane, and goes back when unticked', async () => {
    const page = await harness.openExplorer({ width: 1440, height: 900 }, '#merge=0');
    const graph = loadBuiltinGraph();
    const relationsOf = (ends: string): string[] => {
      const [a, b] = ends.split('|') as [string, string];
      return graph.filterEdges((_e, _r, s, t) => (s === a && t === b) || (s === b && t === a)).sort();
    };
    expect((await drawnEdges(page)).length).toBe(graph.size);

    const toggle = page.getByRole('checkbox', { name: 'Merge parallel relations', exact: true });
    await toggle.check();
    await expect.poll(() => page.evaluate(() => window.location.hash)).toContain('merge=1');
    const merged = await drawnEdges(page);
    const pairs = merged.map((e) => e.ends);
    expect(new Set(pairs).size).toBe(pairs.length); // one edge per pair
    const pairEdges = merged.filter((e) => e.role === 'pair');
    expect(pairEdges.length).toBeGreaterThan(10);
    for (const e of pairEdges) {
      expect(e.count).toBe(relationsOf(e.ends).length);
      expect([...e.members].sort()).toEqual(relationsOf(e.ends));
    }
    for (const e of merged.filter((x) => x.role === 'relation')) expect(relationsOf(e.ends)).toEqual([e.id]);
    // Every relation is still there, inside its pair or on its own.
    expect(merged.reduce((n, e) => n + (e.role === 'pair' ? e.count : 1), 0)).toBe(graph.size);

    // Select a merged edge by clicking it: the biggest pair whose midpoint no other edge covers in the knot.
    let biggest: (typeof pairEdges)[number] | undefined;
    for (const candidate of [...pairEdges].sort((a, b) => b.count - a.count)) {
      const point = await screenPoint(page, candidate.id);
      await page.mouse.click(point.x, point.y);
      const selected = await page.evaluate(() => window.__explorer!.explorer.selection?.id);
      if (selected === candidate.id) {
        biggest = candidate;
        break;
      }
      await page.keyboard.press('Escape');
    }
    if (!biggest) throw new Error('no merged edge could be clicked');
    expect(biggest.count).toBeGreaterThan(2);
    const pane = page.getByTestId('pair-pane');
    await expect.poll(() => pane.locator('button.relation').count()).toBe(biggest.count);
    const listed = await pane.locator('button.relation').evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-relation')!));
    expect(listed.sort()).toEqual(relationsOf(biggest.ends));
    expect(await page.evaluate(() => window.__explorer!.explorer.selection)).toEqual({ kind: 'pair', id: biggest.id });
    if (process.env.MERGE_SHOTS) await page.screenshot({ path: join(process.env.MERGE_SHOTS, 'pair-pane-1440x900.png') });

    // A row selects its relation; the merged edge it is drawn in stays bright.
    const first = listed[0]!;
    await pane.locator(`button.relation[data-relation="${first}"]`).click();
    await expect.poll(() => page.evaluate(() => window.location.hash)).toContain(`relation=${first}`);
    const backdrop = await page.evaluate((id) => window.__explorer!.canvas()!.getCore().getElementById(id).hasClass('backdrop'), biggest.id);
    expect(backdrop).toBe(false);

    await toggle.uncheck();
    await expect.poll(async () => (await drawnIds(page)).edges.length).toBe(graph.size);
    expect((await drawnEdges(page)).some((e) => e.role === 'pair')).toBe(false);
    expect(await page.evaluate(() => window.location.hash)).not.toContain('merge=');
    await page.context().close();
  }, 180_000);

  it('the picture measure matches what Chromium draws (canvas, zoom, positions, bezier bundles)', async () => {
    const page = await harness.openExplorer({ width: 1440, height: 900 }, '#merge=0');
    await page.evaluate(() => {
      window.__explorer!.canvas()!.getCore().fit(undefined, 36);
    });
    const drawn = await page.evaluate(() => {
      const cy = window.__explorer!.canvas()!.getCore();
      const positions: Record<string, { x: number; y: number }> = {};
      cy.nodes().forEach((n) => {
        if (n.isChildless()) positions[n.id()] = { ...n.position() };
      });
      const midpoints: Record<string, { x: number; y: number }> = {};
      cy.edges(':visible').forEach((e) => {
        midpoints[e.id()] = { ...e.midpoint() };
      });
      return { w: cy.width(), h: cy.height(), zoom: cy.zoom(), positions, midpoints };
    });
    // The canvas the script assumes for a 1440 × 900 window, and the zoom it derives from the estimates.
    expect(Math.abs(drawn.w - DEFAULT_CANVAS.w)).toBeLessThanOrEqual(4);
    expect(Math.abs(drawn.h - DEFAULT_CANVAS.h)).toBeLessThanOrEqual(4);
    const graph = loadBuiltinGraph();
    const elements = buildElements(graph, { positions: drawn.positions });
    const nodes = elements.nodes.map((n) => n.data);
    const estimated = fitZoom(nodes, drawn.positions, { w: drawn.w, h: drawn.h });
    expect(Math.abs(estimated - drawn.zoom) / drawn.zoom).toBeLessThan(0.08);
    // Each edge's curve, as the measure models it, passes near Cytoscape's midpoint of an edge of its
    // bundle (which curve of a bundle is which edge does not change what the bundle crosses): within
    // 3 px between two actors, within 12 px where an end is a group (its box comes from estimated labels).
    const leafIds = new Set(Object.keys(drawn.positions));
    const edges = elements.edges.map((e) => e.data);
    const curves = pictureCurves(nodes, drawn.positions, edges);
    const bundle = (e: (typeof edges)[number]): string => [e.source, e.target].sort().join('|');
    const modelled = new Map<string, { x: number; y: number }[]>();
    for (const e of edges) {
      const points = curves.get(e.id)!;
      const mid = points.length === 2 ? { x: (points[0]!.x + points[1]!.x) / 2, y: (points[0]!.y + points[1]!.y) / 2 } : points[4]!;
      modelled.set(bundle(e), [...(modelled.get(bundle(e)) ?? []), mid]);
    }
    const off = (between: (e: (typeof edges)[number]) => boolean): number[] =>
      edges.filter(between).map((e) => {
        const real = drawn.midpoints[e.id]!;
        return Math.min(...modelled.get(bundle(e))!.map((m) => Math.hypot(m.x - real.x, m.y - real.y)));
      });
    const leaves = off((e) => leafIds.has(e.source) && leafIds.has(e.target));
    const groups = off((e) => !leafIds.has(e.source) || !leafIds.has(e.target));
    expect(leaves.length + groups.length).toBe(graph.size);
    expect(Math.max(...leaves)).toBeLessThan(3);
    expect(Math.max(...groups)).toBeLessThan(12);
    // The browser draws the shipped positions, so the script's numbers are the numbers of this picture.
    const shipped = (JSON.parse(readFileSync(join(ROOT, 'graph-data', 'layout.json'), 'utf8')) as { positions: Record<string, { x: number; y: number }> })
      .positions;
    const fromBrowser = measureBuiltin(graph, drawn.positions);
    const fromFile = measureBuiltin(graph, shipped);
    expect(fromBrowser.separate.crossings).toBe(fromFile.separate.crossings);
    expect(fromBrowser.merged.hiddenLabels).toBe(fromFile.merged.hiddenLabels);
    await page.context().close();
  }, 120_000);

  it.runIf(process.env.MERGE_SHOTS)(
    'screenshots at three window sizes, merged and not',
    async () => {
      const dir = process.env.MERGE_SHOTS!;
      mkdirSync(dir, { recursive: true });
      for (const [width, height] of [
        [1440, 900],
        [1024, 700],
        [390, 844],
      ] as const) {
        for (const merge of ['0', '1']) {
          const page = await harness.openExplorer({ width, height }, `#merge=${merge}`);
          await page.waitForTimeout(400);
          await page.screenshot({ path: join(dir, `merge${merge}-${width}x${height}.png`) });
          await page.context().close();
        }
      }
    },
    300_000,
  );
});
