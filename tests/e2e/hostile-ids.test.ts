/**
 * End to end, in Chromium (issue 18, defect 1 and Build item 2): a graph whose actors are called
 * exactly constructor, __proto__, toString and hasOwnProperty is imported through the Import panel,
 * drawn and laid out (no "Could not lay out", no error loop), each actor's pane shows its metrics as
 * numbers, nothing is written onto Object.prototype, and after "Back to the built-in data"
 * "Re-run layout" works.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { drawnIds, startHarness, waitForCanvas, type Harness } from './harness';

const IDS = ['constructor', '__proto__', 'toString', 'hasOwnProperty'];

/** Another tool's graphology JSON (its ids are kept as they are), with relations among the four. */
const FILE = JSON.stringify({
  nodes: IDS.map((key) => ({ key, attributes: { label: `Actor ${key}` } })),
  edges: [
    { key: 'r1', source: 'constructor', target: '__proto__' },
    { key: 'r2', source: '__proto__', target: 'toString' },
    { key: 'r3', source: 'toString', target: 'hasOwnProperty' },
    { key: 'r4', source: 'hasOwnProperty', target: 'constructor' },
    { key: 'r5', source: 'toString', target: '__proto__' },
  ],
});

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});

afterAll(async () => {
  await harness?.close();
});

async function leafPositions(page: Page): Promise<Record<string, { x: number; y: number }>> {
  // (Entries, not an object: a "__proto__" key would not survive as one.)
  const entries = await page.evaluate((ids) => {
    const cy = window.__explorer!.canvas()!.getCore();
    return ids.map((id) => [id, cy.getElementById(id).position()] as const);
  }, IDS);
  return Object.fromEntries(entries);
}

describe('actor ids that are names of JavaScript properties', () => {
  it('import, draw, lay out and show their panes; then the built-in data lays out again', async () => {
    const page = await harness.openExplorer({ width: 1280, height: 800 });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.getByRole('button', { name: 'Import…', exact: true }).click();
    await page.getByLabel('Import data').waitFor({ state: 'attached' });
    await page.getByLabel('Import data').setInputFiles({ name: 'hostile.json', mimeType: 'application/json', buffer: Buffer.from(FILE) });
    await page.getByText(/^Imported “hostile\.json”: 4 actors, 5 relations\./).waitFor({ timeout: 30_000 });
    await waitForCanvas(page);
    expect(await page.evaluate(() => window.__explorer!.explorer.layoutFailure)).toBe('');
    expect(await page.getByTestId('layout-failure').count()).toBe(0);

    const drawn = await drawnIds(page);
    expect(drawn.nodes).toEqual([...IDS].sort());
    expect(drawn.edges).toHaveLength(5);
    const placed = await leafPositions(page);
    for (const id of IDS) expect(Number.isFinite(placed[id]!.x) && Number.isFinite(placed[id]!.y), id).toBe(true);
    expect(new Set(IDS.map((id) => `${placed[id]!.x},${placed[id]!.y}`)).size).toBe(4);

    await page.waitForFunction(() => window.__explorer!.explorer.metrics !== undefined, undefined, { timeout: 30_000 });
    for (const id of IDS) {
      await page.evaluate((actor) => window.__explorer!.explorer.select({ kind: 'actor', id: actor }), id);
      const pane = page.getByTestId('actor-pane');
      await pane.getByRole('heading', { name: `Actor ${id}` }).waitFor();
      const metrics = (await pane.locator('dl.metrics').innerText()).replace(/\s+/g, ' ');
      expect(metrics, id).toMatch(/Degree \d+ \(\d+ out, \d+ in\) Counterparts \d+ Betweenness \d\.\d{3} \(\d+(st|nd|rd|th) of 4\)/);
    }
    expect(await page.evaluate(() => Object.hasOwn(Object.prototype, 'previous') || Object.hasOwn(Object, 'previous'))).toBe(false);

    await page.getByRole('banner').getByRole('button', { name: 'Back to the built-in data' }).click();
    await waitForCanvas(page);
    const rerun = page.getByRole('button', { name: 'Re-run layout' });
    expect(await rerun.isEnabled()).toBe(true);
    await rerun.click();
    await page.waitForFunction(() => !window.__explorer!.explorer.layoutBusy, undefined, { timeout: 60_000 });
    expect(await page.evaluate(() => window.__explorer!.explorer.layoutFailure)).toBe('');
    expect(await rerun.isEnabled()).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
