/**
 * The dark theme and 200 % zoom in real Chromium (issue 17): the toolbar's "Dark mode" switches
 * the canvas (background, labels, edges; nothing moves) and the panes, the choice survives a
 * reload, a dark system preference starts dark when nothing is stored, axe finds no serious or
 * critical violation in the dark theme, a dark PNG export has a dark background, and at 200 %
 * zoom (a 1440 × 900 screen: 720 × 450 at device scale 2) nothing scrolls sideways and every
 * control is on screen. Screenshots in dark at three sizes go to tests/e2e/__screenshots__.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ROOT, startHarness, waitForCanvas, type Harness } from './harness';
import { seriousViolations } from './axe';

const SHOTS = join(ROOT, 'tests', 'e2e', '__screenshots__');
const STORAGE_KEY = 'belarus-graph.theme';
/** The canvases' colours (src/view/themes.ts) as the browser computes them. */
const LIGHT_CANVAS = 'rgb(251, 251, 250)';
const DARK_CANVAS = 'rgb(20, 24, 29)';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
  mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await harness?.close();
});

/** A page that starts with `stored` in the theme's localStorage key (or nothing), opened at `hash`. */
async function openWith(stored: string | null, viewport = { width: 1280, height: 800 }, hash = '', colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const page = await harness.newPage(viewport);
  await page.emulateMedia({ colorScheme });
  if (stored !== null) await page.addInitScript(([key, value]) => localStorage.setItem(key!, value!), [STORAGE_KEY, stored]);
  await page.goto(`${harness.baseUrl}/?e2e${hash}`);
  await waitForCanvas(page);
  return page;
}

/** What the theme looks like now: the root's attribute, the canvas's and the detail pane's backgrounds, and Cytoscape's colours. */
function looks(page: Page) {
  return page.evaluate(() => {
    const bg = (selector: string): string => getComputedStyle(document.querySelector(selector)!).backgroundColor;
    const cy = window.__explorer!.canvas()!.getCore();
    const node = cy.getElementById('lukashenko');
    const edge = cy.edges('.by-quad').first();
    return {
      theme: document.documentElement.dataset.theme,
      scheme: getComputedStyle(document.documentElement).colorScheme,
      canvas: bg('[data-testid="graph-canvas"]'),
      pane: bg('#panel-right'),
      panel: bg('#panel-left'),
      label: String(node.style('color')),
      edge: String(edge.style('line-color')),
      position: node.position(),
    };
  });
}

const pressed = (page: Page) => page.getByRole('button', { name: 'Dark mode' }).getAttribute('aria-pressed');

describe('the dark theme', () => {
  it('the toolbar switches canvas and panes (nothing moves), and the choice survives a reload', async () => {
    const page = await openWith(null);
    const light = await looks(page);
    expect(light).toMatchObject({ theme: 'light', scheme: 'light', canvas: LIGHT_CANVAS, pane: 'rgb(255, 255, 255)' });
    expect(await pressed(page)).toBe('false');

    await page.getByRole('button', { name: 'Dark mode' }).click();
    await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
    const dark = await looks(page);
    expect(dark).toMatchObject({ theme: 'dark', scheme: 'dark', canvas: DARK_CANVAS });
    expect(await pressed(page)).toBe('true');
    expect(dark.pane).not.toBe(light.pane);
    expect(dark.panel).not.toBe(light.panel);
    expect(dark.label).not.toBe(light.label);
    expect(dark.edge).not.toBe(light.edge);
    expect(dark.position).toEqual(light.position);
    expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBe('dark');

    await page.reload();
    await waitForCanvas(page);
    expect(await looks(page)).toMatchObject({ theme: 'dark', canvas: DARK_CANVAS, label: dark.label, edge: dark.edge });
    expect(await pressed(page)).toBe('true');

    await page.getByRole('button', { name: 'Dark mode' }).click();
    await page.waitForFunction(() => document.documentElement.dataset.theme === 'light');
    expect(await looks(page)).toMatchObject({ canvas: LIGHT_CANVAS, label: light.label, edge: light.edge });
    await page.context().close();
  });

  it('starts dark when the system prefers dark and nothing is stored; a stored choice, or a bad value, is read as such', async () => {
    const system = await openWith(null, undefined, '', 'dark');
    expect(await looks(system)).toMatchObject({ theme: 'dark', canvas: DARK_CANVAS });
    await system.context().close();
    const stored = await openWith('light', undefined, '', 'dark');
    expect(await looks(stored)).toMatchObject({ theme: 'light', canvas: LIGHT_CANVAS });
    await stored.context().close();
    const bad = await openWith('"dark"', undefined, '', 'light');
    expect(await looks(bad)).toMatchObject({ theme: 'light', canvas: LIGHT_CANVAS });
    await bad.context().close();
  });
});

describe('axe-core in the dark theme: no serious or critical violation', () => {
  const states: [string, string, string][] = [
    ['the default view', '', 'dark-1440x900.png'],
    ['a relation selected', '#relation=kellogg--consult--lukashenko', 'dark-relation-1024x700.png'],
    ['two articles compared, an actor selected', '#view=compare:lawfare,quincy&actor=lukashenko', 'dark-compare-1280x800.png'],
  ];
  const sizes: Record<string, { width: number; height: number }> = {
    'dark-1440x900.png': { width: 1440, height: 900 },
    'dark-relation-1024x700.png': { width: 1024, height: 700 },
    'dark-compare-1280x800.png': { width: 1280, height: 800 },
  };
  for (const [name, hash, shot] of states) {
    it(name, async () => {
      const page = await openWith('dark', sizes[shot], hash);
      await page.getByRole('tab').first().waitFor({ timeout: 15_000 });
      if (hash.includes('relation=') || hash.includes('actor=')) await page.locator('[data-pane-heading]').first().waitFor();
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
      const violations = await seriousViolations(page);
      expect(violations, JSON.stringify(violations, null, 1)).toEqual([]);
      await page.screenshot({ path: join(SHOTS, shot) });
      await page.context().close();
    });
  }

  it('a phone (390 × 844) in dark, with the lists open', async () => {
    const page = await openWith('dark', { width: 390, height: 844 });
    await page.getByRole('button', { name: 'Perspective & lists' }).click();
    await page.getByRole('tab').first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'dark-phone-390x844.png') });
    await page.context().close();
  });
});

describe('exporting a dark picture', () => {
  it('a PNG with "Dark" chosen has the dark background (a light one the white), and so has the SVG, in the dark colours', async () => {
    const page = await openWith(null);
    await page.getByRole('button', { name: 'Export…', exact: true }).click();
    await page.getByRole('button', { name: 'Export PNG', exact: true }).waitFor();
    const corner = async (): Promise<number[]> => {
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Export PNG', exact: true }).click();
      const bytes = readFileSync(await (await download).path());
      return page.evaluate(async (base64) => {
        // (From the bytes, not fetch(data:…): the built page's CSP allows fetches from its own origin only.)
        const image = await createImageBitmap(new Blob([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], { type: 'image/png' }));
        const canvas = new OffscreenCanvas(image.width, image.height);
        const context = canvas.getContext('2d')!;
        context.drawImage(image, 0, 0);
        return [...context.getImageData(3, 3, 1, 1).data];
      }, bytes.toString('base64'));
    };
    expect(await corner()).toEqual([255, 255, 255, 255]);
    await page.getByLabel('Dark', { exact: true }).check();
    expect(await corner()).toEqual([20, 24, 29, 255]);

    // The SVG too: the dark background, the caption in the dark ink, persons in the dark theme's
    // teal (#4fc2b3) and not the light one's (#1d8a7e), though the page itself is light.
    const svgDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export SVG', exact: true }).click();
    const svg = readFileSync(await (await svgDownload).path(), 'utf8');
    expect(svg).toMatch(/<rect x="0" y="0" width="[\d.]+" height="[\d.]+" fill="#14181d"\/>/);
    expect(svg).toMatch(/fill="#e6e9ed">The 2025 US–Belarus thaw<\/text>/);
    expect(svg.replace(/\s/g, '')).toMatch(/rgb\(79,194,179\)|#4fc2b3/i);
    expect(svg.replace(/\s/g, '')).not.toMatch(/rgb\(29,138,126\)|#1d8a7e/i);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    await page.context().close();
  });
});

describe('200 % zoom', () => {
  /** Whether the page scrolls sideways, and the visible controls that are not wholly on screen. */
  const offScreen = (page: Page) =>
    page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth - innerWidth,
      controls: [...document.querySelectorAll<HTMLElement>('button, select, input, a[href], [tabindex="0"]')]
        .filter((e) => e.getClientRects().length > 0 && !e.closest('.sr-only') && getComputedStyle(e).visibility !== 'hidden')
        .filter((e) => {
          const r = e.getBoundingClientRect();
          return r.width > 0 && (r.left < -1 || r.right > innerWidth + 1);
        })
        .map((e) => `${e.tagName.toLowerCase()} ${(e.textContent ?? '').trim().slice(0, 24) || e.getAttribute('aria-label')}`),
    }));

  it('a 1440 × 900 screen at 200 %: no sideways scrolling, every control on screen, the panels reachable', async () => {
    const context = await harness.browser.newContext({ viewport: { width: 720, height: 450 }, deviceScaleFactor: 2 });
    const page = await context.newPage();
    await page.goto(`${harness.baseUrl}/?e2e`);
    await waitForCanvas(page);
    expect(await offScreen(page)).toEqual({ scroll: 0, controls: [] });
    for (const name of ['Dark mode', 'Export…', 'Import…', 'Fit'])
      await expect(page.getByRole('button', { name, exact: true }).isVisible()).resolves.toBe(true);
    await page.getByRole('button', { name: 'Perspective & lists' }).click();
    await page.getByRole('tab').first().waitFor();
    expect(await offScreen(page)).toEqual({ scroll: 0, controls: [] });
    const canvas = (await page.getByTestId('graph-canvas').boundingBox())!;
    expect(canvas.height).toBeGreaterThan(60);
    await page.screenshot({ path: join(SHOTS, 'zoom-200-lists-720x450.png') });
    await page.getByRole('button', { name: 'Details' }).click();
    await page.getByRole('button', { name: 'Export…', exact: true }).click();
    await page.getByRole('button', { name: 'Export PNG', exact: true }).waitFor();
    expect(await offScreen(page)).toEqual({ scroll: 0, controls: [] });
    await page.getByRole('button', { name: 'Dark mode' }).click();
    await page.screenshot({ path: join(SHOTS, 'zoom-200-export-dark-720x450.png') });
    await context.close();
  });
});
