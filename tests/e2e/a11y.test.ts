/**
 * Accessibility in real Chromium (issue 17): axe-core injected into the page in each state a
 * newcomer reaches (default view, an actor or a relation selected, one article, two compared, the
 * Export and Import panels open) must report no serious or critical violation; the graph can be
 * entered and walked with keys alone, and what is focused is announced; a phone gets the graph
 * first with the panels in a sheet, without horizontal scrolling.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ROOT, startHarness, waitForCanvas, type Harness } from './harness';
import { seriousViolations } from './axe';

const SHOTS = join(ROOT, 'tests', 'e2e', '__screenshots__');

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
  mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await harness?.close();
});

/** The side panels are mounted after the first picture: wait for the left panel's tabs. */
async function panelsReady(page: Page): Promise<void> {
  await page.getByRole('tab').first().waitFor({ timeout: 15_000 });
}

/** What the page shows, to check each state was reached: perspective mode, selection, open tool. */
function pageState(page: Page): Promise<string> {
  return page.evaluate(() => {
    const e = window.__explorer!.explorer;
    const tool = document.querySelector('#tool-export') ? 'export' : document.querySelector('#tool-import:not([hidden])') ? 'import' : 'none';
    const heading = document.querySelector('[data-pane-heading]')?.textContent?.trim() ?? '';
    return `${e.perspective.mode} ${e.selection ? `${e.selection.kind}:${e.selection.id}` : '-'} ${tool} ${heading ? 'pane' : 'no-pane'}`;
  });
}

describe('axe-core: no serious or critical violation', () => {
  const states: [string, string, string, ((page: Page) => Promise<void>)?][] = [
    ['the default view', '', 'all - none no-pane'],
    ['an actor selected', '#actor=lukashenko', 'all actor:lukashenko none pane'],
    ['a relation selected', '#relation=kellogg--consult--lukashenko', 'all relation:kellogg--consult--lukashenko none pane'],
    ['one article', '#view=one:lawfare', 'one - none no-pane'],
    ['two articles compared', '#view=compare:lawfare,quincy', 'compare - none no-pane'],
    [
      'the Export panel open',
      '',
      'all - export no-pane',
      async (page) => {
        await page.getByRole('button', { name: 'Export…' }).click();
        await page.locator('#tool-export').getByRole('button').nth(1).waitFor();
      },
    ],
    [
      'the Import panel open',
      '',
      'all - import no-pane',
      async (page) => {
        await page.getByRole('button', { name: 'Import…' }).click();
        await page.getByLabel('Import data', { exact: true }).waitFor({ state: 'attached' });
      },
    ],
  ];
  for (const [name, hash, expected, act] of states) {
    it(name, async () => {
      const page = await harness.openExplorer({ width: 1280, height: 800 }, hash);
      await panelsReady(page);
      if (act) await act(page);
      if (expected.endsWith(' pane')) await page.locator('[data-pane-heading]').first().waitFor();
      expect(await pageState(page)).toBe(expected);
      const violations = await seriousViolations(page);
      expect(violations, JSON.stringify(violations, null, 1)).toEqual([]);
      await page.context().close();
    });
  }
});

/** The id the keyboard's focus ring is on (the kbFocus data flag), or null. */
const keyboardFocused = (page: Page): Promise<string | null> =>
  page.evaluate(() => {
    const ring = window.__explorer!.canvas()!.getCore().elements('[?kbFocus]');
    return ring.length === 1 ? ring[0]!.id() : ring.length === 0 ? null : `several: ${ring.map((e) => e.id()).join(',')}`;
  });
const announcer = (page: Page) => page.getByTestId('graph-announcer').innerText();

describe('the keyboard on the canvas', () => {
  it('tabs into the graph, walks to a neighbour, opens the pane and clears, with keys alone', async () => {
    const page = await harness.openExplorer({ width: 1280, height: 800 });
    await panelsReady(page);
    // A click on the empty canvas draws no ring (that is for the keys).
    const box = (await page.getByTestId('graph-canvas').boundingBox())!;
    await page.mouse.click(box.x + 6, box.y + box.height - 40);
    expect(await keyboardFocused(page)).toBeNull();
    await page.locator('h1').click();
    // Tab until the canvas has the focus: it is one stop in the page's tab order.
    let presses = 0;
    while (presses < 80 && !(await page.evaluate(() => document.activeElement?.getAttribute('data-testid') === 'graph-canvas'))) {
      await page.keyboard.press('Tab');
      presses++;
    }
    expect(presses).toBeLessThan(80);
    // Or in two keys: the page's first tab stop skips the toolbar and the panels' controls.
    await page.locator('h1').click();
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to the graph');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('graph-canvas');
    const canvas = page.getByTestId('graph-canvas');
    expect(await canvas.getAttribute('role')).toBe('application');
    expect(await page.getByTestId('graph-summary').innerText()).toMatch(/^Showing \d+ of \d+ actors and \d+ of \d+ relations, all articles\. Most connected: /);

    const first = await keyboardFocused(page);
    expect(first).not.toBeNull();
    // The focus ring is drawn, 2 px or wider.
    const ring = await page.evaluate((id) => window.__explorer!.canvas()!.getCore().getElementById(id).style('outline-width') as string, first!);
    expect(parseFloat(ring)).toBeGreaterThanOrEqual(2);
    const firstLabel = await page.evaluate((id) => window.__explorer!.explorer.graph.getNodeAttribute(id, 'label'), first!);
    await page.waitForFunction((label) => document.querySelector('[data-testid="graph-announcer"]')?.textContent?.startsWith(`${label}, `), firstLabel);
    expect(await announcer(page)).toMatch(/, \d+ relations?/);

    // An arrow key towards one of its neighbours lands on a neighbour (neighbours come first).
    const plan = await page.evaluate((id) => {
      const cy = window.__explorer!.canvas()!.getCore();
      const node = cy.getElementById(id);
      const p = node.renderedPosition();
      const neighbours = node
        .connectedEdges(':visible')
        .connectedNodes(':visible')
        .filter((n) => n.id() !== id);
      const n = neighbours[0]!;
      const q = n.renderedPosition();
      const dx = q.x - p.x;
      const dy = q.y - p.y;
      const key = Math.abs(dx) >= Math.abs(dy) ? (dx > 0 ? 'ArrowRight' : 'ArrowLeft') : dy > 0 ? 'ArrowDown' : 'ArrowUp';
      return { key, neighbours: neighbours.map((m) => m.id()) };
    }, first!);
    await page.keyboard.press(plan.key);
    const second = await keyboardFocused(page);
    expect(plan.neighbours).toContain(second);
    const secondLabel = await page.evaluate((id) => window.__explorer!.explorer.graph.getNodeAttribute(id, 'label'), second!);
    await page.waitForFunction((label) => document.querySelector('[data-testid="graph-announcer"]')?.textContent?.startsWith(`${label}, `), secondLabel);

    // ] steps onto one of its relations, announced as "A to B, Type, reported by N articles".
    await page.keyboard.press(']');
    const relation = await keyboardFocused(page);
    expect(await page.evaluate((id) => window.__explorer!.explorer.graph.hasEdge(id), relation!)).toBe(true);
    await page.waitForFunction(() => /, reported by \d+ articles?/.test(document.querySelector('[data-testid="graph-announcer"]')?.textContent ?? ''));
    await page.keyboard.press('[');
    expect(await keyboardFocused(page)).not.toBe(relation);
    await page.keyboard.press(']');
    expect(await keyboardFocused(page)).toBe(relation);

    // Enter selects it and moves the focus into the pane.
    await page.keyboard.press('Enter');
    await page.waitForFunction((id) => window.__explorer!.explorer.selection?.id === id, relation);
    await page.waitForFunction(() => document.activeElement?.hasAttribute('data-pane-heading') ?? false);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-pane-for'))).toBe(relation);
    // The ring is drawn only while the canvas has the keyboard.
    expect(await keyboardFocused(page)).toBeNull();
    await page.waitForFunction(() => (document.querySelector('[data-testid="graph-announcer"]')?.textContent ?? '').startsWith('Selected: '));

    // Back to the canvas (focus lands on the selected relation), Escape clears the selection.
    await canvas.focus();
    expect(await keyboardFocused(page)).toBe(relation);
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => window.__explorer!.explorer.selection === null);

    // Shift+Enter adds to the selection; + zooms in.
    await page.keyboard.press('ArrowLeft');
    const actor = await keyboardFocused(page);
    await page.keyboard.press('Shift+Enter');
    await page.waitForFunction((id) => window.__explorer!.explorer.selectedIds.includes(id!), actor);
    const before = await page.evaluate(() => window.__explorer!.canvas()!.getCore().zoom());
    await page.keyboard.press('+');
    expect(await page.evaluate(() => window.__explorer!.canvas()!.getCore().zoom())).toBeGreaterThan(before);
    await page.screenshot({ path: join(SHOTS, 'a11y-keyboard-1280x800.png') });

    // Space on an actor inside a group closes the group (the focus goes to it); Space again opens it.
    await page.evaluate(() => window.__explorer!.canvas()!.keyboard.focus('lukashenko'));
    await page.keyboard.press(' ');
    await page.waitForFunction(() => window.__explorer!.explorer.collapsed.has('belarus'));
    expect(await keyboardFocused(page)).toBe('belarus');
    await page.keyboard.press(' ');
    await page.waitForFunction(() => !window.__explorer!.explorer.collapsed.has('belarus'));

    // Found with the search, then tabbed into: the keys start on the selected actor.
    await page.getByLabel('Search actors').fill('Putin');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => window.__explorer!.explorer.selection?.id === 'putin');
    await canvas.focus();
    expect(await keyboardFocused(page)).toBe('putin');
    await page.waitForFunction(() => (document.querySelector('[data-testid="graph-announcer"]')?.textContent ?? '').startsWith('Vladimir Putin, person, '));
    await page.context().close();
  });
});

describe('a phone, and less motion', () => {
  const shown = (page: Page, selector: string) =>
    page.evaluate((s) => {
      const el = document.querySelector(s);
      if (!el) return null;
      const r = el.getBoundingClientRect();
      return getComputedStyle(el).display === 'none' ? null : { top: Math.round(r.top), bottom: Math.round(r.bottom), width: Math.round(r.width) };
    }, selector);
  const overflow = (page: Page) =>
    page.evaluate(() => ({
      page: document.documentElement.scrollWidth - innerWidth,
      // any visible element running past the right edge of the screen
      past: [...document.querySelectorAll('body *')]
        .filter((e) => e.getClientRects().length > 0 && e.getBoundingClientRect().right > innerWidth + 1 && !e.closest('.sr-only'))
        .map((e) => e.tagName.toLowerCase() + (e.className && typeof e.className === 'string' ? `.${e.className.split(' ')[0]}` : ''))
        .slice(0, 5),
    }));

  it('390 × 844: the graph first, the panels a sheet that opens and closes, no horizontal scrolling', async () => {
    const page = await harness.openExplorer({ width: 390, height: 844 });
    await page.waitForSelector('.sheet-bar button');
    expect(await overflow(page)).toEqual({ page: 0, past: [] });
    const canvas = await shown(page, '[data-testid="graph-canvas"]');
    expect(canvas!.width).toBe(390);
    expect(canvas!.bottom - canvas!.top).toBeGreaterThan(450);
    expect(await shown(page, '#panel-left')).toBeNull();
    expect(await shown(page, '#panel-right')).toBeNull();

    const lists = page.getByRole('button', { name: 'Perspective & lists' });
    await lists.click();
    expect(await lists.getAttribute('aria-expanded')).toBe('true');
    const sheet = await shown(page, '#panel-left');
    const withSheet = await shown(page, '[data-testid="graph-canvas"]');
    // The sheet is under the graph, never over it, and the graph stays in sight.
    expect(sheet!.top).toBeGreaterThanOrEqual(withSheet!.bottom);
    expect(withSheet!.bottom - withSheet!.top).toBeGreaterThan(120);
    await page.getByRole('tab').first().waitFor();
    expect(await overflow(page)).toEqual({ page: 0, past: [] });
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'a11y-phone-lists-390x844.png') });
    await lists.click();
    expect(await shown(page, '#panel-left')).toBeNull();

    // A selection (here by search) opens the details sheet; Escape clears it, Escape again closes the sheet.
    await page.getByLabel('Search actors').fill('Lukashenka');
    await page.keyboard.press('Enter');
    await page.locator('[data-pane-heading]').first().waitFor();
    expect(await shown(page, '#panel-right')).not.toBeNull();
    expect(await overflow(page)).toEqual({ page: 0, past: [] });
    await page.screenshot({ path: join(SHOTS, 'a11y-phone-details-390x844.png') });
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => window.__explorer!.explorer.selection === null);
    await page.keyboard.press('Escape');
    expect(await shown(page, '#panel-right')).toBeNull();
    await page.context().close();
  });

  it('prefers-reduced-motion: Fit and bringing a selection into view jump instead of animating', async () => {
    const page = await harness.newPage({ width: 1280, height: 800 });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(`${harness.baseUrl}/?e2e`);
    await waitForCanvas(page);
    const animated = await page.evaluate(() => {
      const cy = window.__explorer!.canvas()!.getCore();
      cy.zoom({ level: 3, renderedPosition: { x: 0, y: 0 } });
      window.__explorer!.explorer.fit();
      const afterFit = cy.animated();
      cy.zoom({ level: 3, renderedPosition: { x: 0, y: 0 } });
      window.__explorer!.explorer.select({ kind: 'actor', id: 'lukashenko' });
      return { afterFit, zoomAfterFit: cy.zoom() };
    });
    expect(animated.afterFit).toBe(false);
    await page.waitForFunction(() => window.__explorer!.explorer.selection?.id === 'lukashenko');
    expect(await page.evaluate(() => window.__explorer!.canvas()!.getCore().animated())).toBe(false);
    await page.context().close();
  });
});
