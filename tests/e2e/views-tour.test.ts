/**
 * Saved views and the guided tour in real Chromium (issue 16, items 5 and 6): a view saved under a
 * name survives a reload and brings back perspective, selection and zoom; it is renamed and deleted;
 * "Copy link" gives a URL that opens the same view in a new page (and, without a clipboard, a
 * selected read-only field); the tour is played from "Tour" to its last step with the counter, the
 * URL's step and each step's view checked against the tour file. Screenshots at 1440×900 and 390×844
 * go to tests/e2e/__screenshots__/.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { loadAuthoredFiles } from '../../src/model/load';
import { parseUrlState, type KnownIds } from '../../src/model/url-state';
import { SAVED_VIEWS_KEY } from '../../src/model/saved-views';
import { readGraphData } from '../../scripts/graph-data-files';
import { ROOT, screenPoint, startHarness, waitForCanvas, type Harness } from './harness';
import { seriousViolations } from './axe';

const SHOTS = join(ROOT, 'tests', 'e2e', '__screenshots__');
const DESKTOP = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };
const tourFile = JSON.parse(readFileSync(join(ROOT, 'graph-data', 'tours', 'five-readings.json'), 'utf8')) as { steps: { view: string }[] };

let harness: Harness;
let known: KnownIds;

beforeAll(async () => {
  const loaded = loadAuthoredFiles(readGraphData());
  if (!loaded.ok) throw new Error('graph-data/ is invalid: run npm run data:check');
  const actors = new Set(loaded.dataset.actors.map((a) => a.id));
  const relations = new Set(loaded.dataset.relations.map((r) => r.id));
  known = { sources: loaded.dataset.sources.map((s) => s.id), hasActor: (id) => actors.has(id), hasRelation: (id) => relations.has(id) };
  harness = await startHarness();
  mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await harness?.close();
});

const settle = (page: Page) => page.waitForFunction(() => !window.__explorer?.canvas()?.getCore().animated(), undefined, { timeout: 10_000 });
const viewState = (page: Page) =>
  page.evaluate(() => {
    const { explorer } = window.__explorer!;
    const s = explorer.selection;
    const cy = window.__explorer!.canvas()!.getCore();
    return { perspective: explorer.perspective, selection: s ? { kind: s.kind, id: s.id } : null, zoom: cy.zoom(), pan: cy.pan(), hash: explorer.urlHash };
  });
const storedViews = (page: Page) =>
  page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{"views":[]}') as { views: { name: string }[] }, SAVED_VIEWS_KEY);

async function openViews(page: Page): Promise<void> {
  if ((await page.getByRole('button', { name: 'Views…' }).getAttribute('aria-expanded')) !== 'true') await page.getByRole('button', { name: 'Views…' }).click();
  await page.getByRole('heading', { name: 'Saved views' }).waitFor();
}

/** Zooms in with the canvas's + key, as a keyboard user does (each press 1.25×). */
async function zoomIn(page: Page, presses: number): Promise<void> {
  await page.getByTestId('graph-canvas').focus();
  for (let i = 0; i < presses; i++) await page.keyboard.press('+');
  await settle(page);
}

describe('saved views', () => {
  it('saves a view, survives a reload, restores perspective, selection and zoom; renames and deletes it', async () => {
    const page = await harness.openExplorer(DESKTOP);
    await page.getByLabel('Perspective', { exact: true }).selectOption('one:lawfare');
    await page.waitForFunction(() => window.__explorer!.explorer.perspective.mode === 'one');
    const point = await screenPoint(page, 'lukashenko');
    await page.mouse.click(point.x, point.y);
    await page.waitForFunction(() => window.__explorer!.explorer.selection?.id === 'lukashenko');
    await settle(page);
    const unzoomed = (await viewState(page)).zoom;
    await zoomIn(page, 3);
    const saved = await viewState(page);
    expect(saved.zoom).toBeGreaterThan(unzoomed * 1.5);
    expect(saved.perspective).toEqual({ mode: 'one', source: 'lawfare' });
    expect(saved.selection).toEqual({ kind: 'actor', id: 'lukashenko' });

    await openViews(page);
    await page.getByLabel('Name', { exact: true }).fill('  Lawfare on Lukashenko ');
    await page.getByRole('button', { name: 'Save view' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Saved the view' }).count()).toBe(1);
    expect((await storedViews(page)).views.map((v) => v.name)).toEqual(['Lawfare on Lukashenko']);
    await page.screenshot({ path: join(SHOTS, 'views-panel-1440x900.png') });
    expect(await seriousViolations(page)).toEqual([]);

    // Reload, then move everything away from the saved view.
    await page.reload();
    await waitForCanvas(page);
    await page.getByLabel('Perspective', { exact: true }).selectOption('all');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Fit' }).click();
    await settle(page);
    const moved = await viewState(page);
    expect(moved.perspective).toEqual({ mode: 'all' });
    expect(moved.selection).toBeNull();
    expect(Math.abs(moved.zoom - saved.zoom)).toBeGreaterThan(0.05);

    await openViews(page);
    await page.getByRole('button', { name: 'Restore view “Lawfare on Lukashenko”' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Restored the view' }).count()).toBe(1);
    await settle(page);
    const restored = await viewState(page);
    expect(restored.perspective).toEqual(saved.perspective);
    expect(restored.selection).toEqual(saved.selection);
    expect(restored.zoom).toBeCloseTo(saved.zoom, 3);
    expect(restored.pan.x).toBeCloseTo(saved.pan.x, 0);
    expect(restored.pan.y).toBeCloseTo(saved.pan.y, 0);
    await page.waitForFunction((hash) => window.location.hash === hash, saved.hash);

    await page.getByRole('button', { name: 'Rename view “Lawfare on Lukashenko”' }).click();
    await page.getByLabel('New name for view “Lawfare on Lukashenko”').fill('Lawfare, Lukashenko zoomed');
    await page.getByRole('button', { name: 'Save name' }).click();
    await page.getByRole('button', { name: 'Restore view “Lawfare, Lukashenko zoomed”' }).waitFor();
    expect((await storedViews(page)).views.map((v) => v.name)).toEqual(['Lawfare, Lukashenko zoomed']);
    await page.getByRole('button', { name: 'Delete view “Lawfare, Lukashenko zoomed”' }).click();
    await page.getByText('No saved views yet.').waitFor();
    expect((await storedViews(page)).views).toEqual([]);
  });

  it('"Copy link" gives a URL that opens the same view in a new page', async () => {
    const page = await harness.openExplorer(DESKTOP, '#view=compare:lawfare,quincy&relation=united-states--yield--belarus--sanctions-relief');
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: harness.baseUrl });
    await page.getByLabel('Perspective', { exact: true }).selectOption('one:quincy');
    await page.getByRole('checkbox', { name: /^Fade the other articles/ }).check();
    await page.getByRole('tab', { name: 'Filters' }).click();
    await page.getByRole('checkbox', { name: /^Movement/ }).uncheck();
    await page.getByRole('button', { name: 'Collapse all' }).click();
    const before = await viewState(page);
    expect(before.hash).toContain('hide-kinds=movement');
    expect(before.hash).toContain('fade=1');
    expect(before.hash).toContain('collapsed=');
    await openViews(page);
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Link copied.' }).count()).toBe(1);
    const url = await page.evaluate(() => navigator.clipboard.readText());
    expect(url).toBe(`${harness.baseUrl}/?e2e${before.hash}`);

    const other = await harness.newPage(DESKTOP);
    await other.goto(url);
    await waitForCanvas(other);
    const opened = await viewState(other);
    expect(opened.hash).toBe(before.hash);
    expect(opened.perspective).toEqual(before.perspective);
    expect(opened.selection).toEqual(before.selection);
  });

  it('without a clipboard, "Copy link" selects the link in a read-only field', async () => {
    const page = await harness.newPage(DESKTOP);
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } });
    });
    await page.goto(`${harness.baseUrl}/?e2e#view=one:korybko`);
    await waitForCanvas(page);
    await openViews(page);
    await page.getByRole('button', { name: 'Copy link' }).click();
    const field = page.getByLabel('Link to this view');
    await field.waitFor();
    expect(await field.inputValue()).toBe(`${harness.baseUrl}/?e2e#view=one:korybko`);
    expect(await field.getAttribute('readonly')).not.toBeNull();
    const selected = await page.evaluate(() => {
      const el = document.activeElement as HTMLInputElement;
      return el.getAttribute('aria-label') === 'Link to this view' ? el.value.slice(el.selectionStart ?? 0, el.selectionEnd ?? 0) : '';
    });
    expect(selected).toBe(`${harness.baseUrl}/?e2e#view=one:korybko`);
    await expect
      .poll(() =>
        page
          .getByRole('status')
          .filter({ hasText: /Link copied\.|press Ctrl\+C/ })
          .count(),
      )
      .toBe(1);
  });

  it('the panel at 390×844 (phone)', async () => {
    const page = await harness.openExplorer(PHONE, '#view=one:lawfare&actor=lukashenko');
    await openViews(page);
    await page.getByLabel('Name', { exact: true }).fill('Phone view');
    await page.getByRole('button', { name: 'Save view' }).click();
    await page.getByRole('button', { name: 'Restore view “Phone view”' }).waitFor();
    await page.screenshot({ path: join(SHOTS, 'views-panel-390x844.png') });
  });
});

describe('the guided tour', () => {
  it('plays "Five readings of the thaw" from "Tour" to its end: counter, URL step and each step\'s view', async () => {
    const page = await harness.openExplorer(DESKTOP);
    const total = tourFile.steps.length;
    expect(total).toBe(13);
    await page.getByRole('button', { name: 'Tour', exact: true }).click();
    for (let step = 1; step <= total; step++) {
      if (step > 1) await page.getByRole('button', { name: 'Next', exact: true }).click();
      await page
        .getByTestId('tour-counter')
        .filter({ hasText: `Step ${step} of ${total}` })
        .waitFor();
      await page.waitForFunction((n) => window.location.hash.endsWith(`&tour=five-readings&step=${n}`), step);
      const expected = parseUrlState(tourFile.steps[step - 1]!.view, known);
      const state = await viewState(page);
      expect(state.perspective, `step ${step}`).toEqual(expected.perspective);
      expect(state.selection, `step ${step}`).toEqual(expected.selection);
      expect((await page.getByTestId('tour-caption').innerText()).length).toBeGreaterThan(40);
      if (step === 1 || step === 6) await page.screenshot({ path: join(SHOTS, `tour-step${step}-1440x900.png`) });
      if (step === 6) expect(await seriousViolations(page)).toEqual([]);
    }
    expect(await page.getByRole('button', { name: 'Next', exact: true }).isDisabled()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('End tour');

    await page.getByRole('button', { name: 'Previous', exact: true }).click();
    await page
      .getByTestId('tour-counter')
      .filter({ hasText: `Step ${total - 1} of ${total}` })
      .waitFor();
    // Back walks the steps too: the step is in the URL.
    await page.goBack();
    await page
      .getByTestId('tour-counter')
      .filter({ hasText: `Step ${total} of ${total}` })
      .waitFor();

    await page.getByRole('button', { name: 'End tour' }).click();
    await page.getByTestId('tour-bar').waitFor({ state: 'detached' });
    await page.waitForFunction(() => !window.location.hash.includes('tour='));
    const after = await viewState(page);
    expect(after.perspective).toEqual(parseUrlState(tourFile.steps[total - 1]!.view, known).perspective);
  });

  it('opens at the step a link names, and shows the bar on a phone', async () => {
    const hash = `${tourFile.steps[7]!.view}&tour=five-readings&step=8`;
    const page = await harness.openExplorer(PHONE, hash);
    await page.getByTestId('tour-counter').filter({ hasText: 'Step 8 of 13' }).waitFor();
    const state = await viewState(page);
    expect(state.selection).toEqual(parseUrlState(tourFile.steps[7]!.view, known).selection);
    await page.screenshot({ path: join(SHOTS, 'tour-step8-390x844.png') });
  });

  it("a link naming only the tour and its step shows that step's view", async () => {
    const page = await harness.openExplorer({ width: 1280, height: 800 }, '#tour=five-readings&step=7');
    await page.getByTestId('tour-counter').filter({ hasText: 'Step 7 of 13' }).waitFor();
    const expected = parseUrlState(tourFile.steps[6]!.view, known);
    await expect.poll(async () => (await viewState(page)).selection).toEqual(expected.selection);
    expect((await viewState(page)).perspective).toEqual(expected.perspective);
    expect((await viewState(page)).hash).toContain('tour=five-readings&step=7');
    await page.context().close();
  });
});
