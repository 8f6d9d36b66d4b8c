/**
 * "As of" in real Chromium against the built app and the real graph-data/ (issue 16 item 1): moving
 * the range back with the keyboard takes the later relations off the canvas (as the dating rules
 * of model/time.ts, run here in Node, say), End brings them back, no layout runs and no actor
 * moves, the day is in the URL, and Play steps to the end and stops. Screenshots of the bar at
 * 1440×900 and 390×844 go to tests/e2e/__screenshots__/ for people to look at.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { loadAuthoredFiles } from '../../src/model/load';
import { buildGraph, type ActorGraph } from '../../src/model/graph';
import { buildTimeline, relationsAfter, type Timeline } from '../../src/model/time';
import { readGraphData } from '../../scripts/graph-data-files';
import { drawnIds, ROOT, startHarness, type Harness } from './harness';

const SHOTS = join(ROOT, 'tests', 'e2e', '__screenshots__');

let harness: Harness;
let graph: ActorGraph;
let timeline: Timeline;

beforeAll(async () => {
  const loaded = loadAuthoredFiles(readGraphData());
  if (!loaded.ok) throw new Error('graph-data/ is invalid: run npm run data:check');
  graph = buildGraph(loaded.dataset);
  timeline = buildTimeline(graph);
  harness = await startHarness();
  mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await harness?.close();
});

const positions = (page: Page) =>
  page.evaluate(() => {
    const cy = window.__explorer!.canvas()!.getCore();
    return Object.fromEntries(cy.nodes().map((n) => [n.id(), { ...n.position() }]));
  });
const drawnRelations = async (page: Page) => (await drawnIds(page)).edges.filter((id) => graph.hasEdge(id));
/** Waits until the canvas draws `count` relations (it restyles once the state has changed). */
const waitForDrawn = (page: Page, count: number) =>
  page.waitForFunction(
    (n) =>
      window
        .__explorer!.canvas()!
        .getCore()
        .edges(':visible')
        .filter((e) => e.data('role') === 'relation').length === n,
    count,
  );
const asOf = (page: Page) => page.evaluate(() => window.__explorer!.explorer.asOf);

describe('As of', () => {
  it('moves back with the keyboard: later relations leave the canvas, and come back at the end, with no layout', async () => {
    const page = await harness.openExplorer({ width: 1280, height: 800 });
    const before = await positions(page);
    await page.evaluate(() => {
      const w = window as unknown as { __layoutRuns: number };
      w.__layoutRuns = 0;
      window
        .__explorer!.canvas()!
        .getCore()
        .on('layoutstart', () => void (w.__layoutRuns += 1));
    });
    const range = page.getByRole('slider', { name: 'As of', exact: true });
    expect(await range.getAttribute('max')).toBe(String(timeline.dates.length));
    expect(await range.inputValue()).toBe(String(timeline.dates.length));
    expect(await page.getByTestId('time-bar').locator('output').innerText()).toBe('All dates');
    expect(await page.getByTestId('time-undated').getAttribute('title')).toBe(`${timeline.undated} relations have no date and are always shown`);
    expect(await page.getByTestId('time-undated').innerText()).toContain(`${timeline.undated} undated relations, always shown`);
    expect((await drawnRelations(page)).length).toBe(graph.size);

    // Back to February 2025, one arrow key at a time.
    const target = timeline.dates.indexOf('2025-02');
    expect(target).toBeGreaterThan(0);
    await range.focus();
    for (let i = timeline.dates.length; i > target; i--) await page.keyboard.press('ArrowLeft');
    await page.waitForFunction(() => window.__explorer!.explorer.asOf === '2025-02');
    expect(await page.getByTestId('time-bar').locator('output').innerText()).toBe('February 2025');
    const later = relationsAfter(timeline, '2025-02');
    expect(later.has('kellogg--consult--lukashenko')).toBe(true);
    await waitForDrawn(page, graph.size - later.size);
    const drawn = await drawnRelations(page);
    expect(drawn.length).toBe(graph.size - later.size);
    expect(drawn).toContain('smith--consult--lukashenko');
    for (const id of later) expect(drawn, id).not.toContain(id);
    await page.waitForFunction(() => location.hash.includes('as-of=2025-02'));

    // Back to the very first date: only what is dated by then, and the undated relations.
    await page.keyboard.press('Home');
    await page.waitForFunction((d) => window.__explorer!.explorer.asOf === d, timeline.dates[0]);
    await waitForDrawn(page, graph.size - relationsAfter(timeline, timeline.dates[0]!).size);
    expect((await drawnRelations(page)).length).toBe(graph.size - relationsAfter(timeline, timeline.dates[0]!).size);

    // The right end is all dates again.
    await page.keyboard.press('End');
    await page.waitForFunction(() => window.__explorer!.explorer.asOf === null);
    await waitForDrawn(page, graph.size);
    expect((await drawnRelations(page)).length).toBe(graph.size);
    expect(await page.evaluate(() => (window as unknown as { __layoutRuns: number }).__layoutRuns)).toBe(0);
    expect(await positions(page)).toEqual(before);
  });

  it('opens at the day a link gives, and Play steps to the end and stops', async () => {
    const second = timeline.dates[timeline.dates.length - 2]!;
    const page = await harness.openExplorer({ width: 1280, height: 800 }, `#as-of=${second}`);
    expect(await asOf(page)).toBe(second);
    await waitForDrawn(page, graph.size - relationsAfter(timeline, second).size);
    expect((await drawnRelations(page)).length).toBe(graph.size - relationsAfter(timeline, second).size);
    const play = page.getByTestId('time-bar').getByRole('button', { name: 'Play', exact: true });
    await play.click();
    await page.getByTestId('time-bar').getByRole('button', { name: 'Pause', exact: true }).waitFor();
    await page.waitForFunction(() => window.__explorer!.explorer.asOf === null, undefined, { timeout: 15_000 });
    await play.waitFor();
    await waitForDrawn(page, graph.size);
  });

  it('looks right at 1440×900 and on a phone', async () => {
    for (const viewport of [
      { width: 1440, height: 900 },
      { width: 1280, height: 800 },
      { width: 390, height: 844 },
    ]) {
      const page = await harness.openExplorer(viewport, '#as-of=2025-02');
      const bar = page.getByTestId('time-bar');
      const box = await bar.boundingBox();
      expect(box).not.toBeNull();
      expect(box!.x + box!.width).toBeLessThanOrEqual(viewport.width + 0.5);
      await bar.screenshot({ path: join(SHOTS, `time-bar-${viewport.width}.png`) });
      await page.screenshot({ path: join(SHOTS, `time-page-${viewport.width}.png`) });
    }
  });
});
