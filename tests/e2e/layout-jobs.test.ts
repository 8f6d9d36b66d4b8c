/**
 * End to end, in Chromium (issue 18, defect 2): a layout superseded by "Back to the built-in data"
 * is cancelled at once (its worker terminated), so "Re-run layout" is free again at once and works,
 * and nothing says the layout failed. Before, the button stayed disabled until the old layout ended
 * (for good, with a 1 MB label).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticDataset } from '../../bench/synthetic';
import { startHarness, waitForCanvas, type Harness } from './harness';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});

afterAll(async () => {
  await harness?.close();
});

describe('a layout superseded by the built-in data', () => {
  it('is cancelled at once, and "Re-run layout" works', async () => {
    const page = await harness.openExplorer({ width: 1280, height: 800 });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.getByRole('button', { name: 'Import…', exact: true }).click();
    await page.getByLabel('Import data').waitFor({ state: 'attached' });
    // 2,000 elements without positions: their layout takes a while in the worker.
    const dataset = Buffer.from(JSON.stringify(syntheticDataset(2000, 7)));
    await page.getByLabel('Import data').setInputFiles({ name: 'large.json', mimeType: 'application/json', buffer: dataset });
    await page.waitForFunction(() => window.__explorer!.explorer.layoutBusy, undefined, { timeout: 30_000 });
    // Clicked and read in one task: the layout is still running when the click lands.
    const busyAfterBack = await page.evaluate(() => {
      const back = [...document.querySelectorAll<HTMLButtonElement>('header button')].find((b) => b.textContent?.trim() === 'Back to the built-in data');
      back!.click();
      return window.__explorer!.explorer.layoutBusy;
    });
    expect(busyAfterBack).toBe(false);
    await waitForCanvas(page);
    const rerun = page.getByRole('button', { name: 'Re-run layout' });
    expect(await rerun.isEnabled()).toBe(true);
    await rerun.click();
    // A finished re-run keeps its positions as the user's own layout.
    await page.waitForFunction(() => window.__explorer!.explorer.customLayout && !window.__explorer!.explorer.layoutBusy, undefined, { timeout: 60_000 });
    expect(await page.evaluate(() => window.__explorer!.explorer.layoutFailure)).toBe('');
    expect(await page.getByTestId('layout-failure').count()).toBe(0);
    expect(await page.evaluate(() => window.__explorer!.explorer.graph.order)).toBeLessThan(200);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
