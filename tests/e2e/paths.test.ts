/**
 * The Path tool and the Depth control in real Chromium (issue 16): type into "From" and "To",
 * pick from the suggestions, check every listed hop is a relation of the data between consecutive
 * actors and that the canvas draws the chain (and lets the rest recede), the URL, the canvas keys
 * F and T, the message when a view has no chain, and that depth 3 keeps more actors than depth 1.
 * Screenshots at 1440×900 and 390×844 go to tests/e2e/__screenshots__/.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { loadAuthoredFiles } from '../../src/model/load';
import { buildGraph, type ActorGraph } from '../../src/model/graph';
import { readGraphData } from '../../scripts/graph-data-files';
import { ROOT, startHarness, type Harness } from './harness';
import { seriousViolations } from './axe';

const SHOTS = join(ROOT, 'tests', 'e2e', '__screenshots__');

let harness: Harness;
let graph: ActorGraph;

beforeAll(async () => {
  const loaded = loadAuthoredFiles(readGraphData());
  if (!loaded.ok) throw new Error('graph-data/ is invalid: run npm run data:check');
  graph = buildGraph(loaded.dataset);
  harness = await startHarness();
  mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await harness?.close();
});

/** Types into a combobox and picks the suggestion with this label. */
async function pickActor(page: Page, field: 'From' | 'To', typed: string, label: string): Promise<void> {
  const input = page.getByRole('combobox', { name: field, exact: true });
  await input.click();
  await input.fill(typed);
  await page.getByRole('option', { name: new RegExp(`^${label}`) }).click();
  await expect.poll(() => input.inputValue()).toBe(label);
}

/** The hops listed in the panel: relation id and the two actors of each. */
const listedHops = (page: Page) =>
  page
    .locator('[data-testid=path-tool] button.hop')
    .evaluateAll((buttons) => buttons.map((b) => ({ relation: b.dataset.relation!, from: b.dataset.from!, to: b.dataset.to! })));

/** On the live canvas: which of these ids carry on-path, and how many drawn elements recede. */
const canvasMarks = (page: Page, ids: readonly string[]) =>
  page.evaluate((wanted) => {
    const cy = window.__explorer!.canvas()!.getCore();
    return {
      onPath: wanted.filter((id) => cy.getElementById(id).hasClass('on-path')),
      backdropOnPath: wanted.filter((id) => cy.getElementById(id).hasClass('backdrop')),
      marked: cy.$('.on-path').map((e) => e.id()),
      receding: cy.$('.backdrop').length,
    };
  }, ids);

describe('the Path tool', () => {
  it('finds Kellogg to Putin, lists hops that are relations of the data, draws them, and keeps them in the URL', async () => {
    const page = await harness.openExplorer({ width: 1440, height: 900 });
    await page.getByRole('tab', { name: 'Path' }).click();
    await pickActor(page, 'From', 'kellog', 'Keith Kellogg');
    await pickActor(page, 'To', 'Putin', 'Vladimir Putin');

    await expect.poll(() => listedHops(page).then((h) => h.length)).toBeGreaterThan(0);
    const hops = await listedHops(page);
    const chain = await page.evaluate(() => window.__explorer!.explorer.paths.chain!.actors);
    expect(chain[0]).toBe('kellogg');
    expect(chain[chain.length - 1]).toBe('putin');
    expect(hops).toHaveLength(chain.length - 1);
    hops.forEach((hop, i) => {
      expect(hop.from).toBe(chain[i]);
      expect(hop.to).toBe(chain[i + 1]);
      expect(graph.hasEdge(hop.relation), hop.relation).toBe(true);
      expect([graph.source(hop.relation), graph.target(hop.relation)].sort()).toEqual([hop.from, hop.to].sort());
    });
    // Kellogg met Lukashenko, Lukashenko deals with Putin: two steps in all articles.
    expect(hops).toHaveLength(2);
    await expect.poll(() => page.getByTestId('path-summary').innerText()).toMatch(/^Keith Kellogg to Vladimir Putin: 2 steps, through /);

    const ids = [...chain, ...hops.map((h) => h.relation)];
    const marks = await canvasMarks(page, ids);
    expect(marks.onPath.sort()).toEqual([...ids].sort());
    expect(marks.backdropOnPath).toEqual([]);
    expect(marks.marked.sort()).toEqual([...ids].sort());
    expect(marks.receding).toBeGreaterThan(50);
    await expect.poll(() => page.evaluate(() => window.location.hash)).toBe('#path=kellogg,putin');
    await page.screenshot({ path: join(SHOTS, 'path-kellogg-putin-1440.png') });

    // A hop selects its relation; the chain stays drawn.
    await page.locator(`button.hop[data-relation="${hops[1]!.relation}"]`).click();
    await expect.poll(() => page.evaluate(() => window.__explorer!.explorer.selection?.id)).toBe(hops[1]!.relation);
    expect((await canvasMarks(page, ids)).onPath.sort()).toEqual([...ids].sort());

    // Follow direction: in the URL, and a reload brings the same path back.
    await page.getByRole('checkbox', { name: 'Follow direction' }).check();
    await expect.poll(() => page.evaluate(() => window.location.hash)).toContain('path=kellogg,putin&path-dir=1');
    await page.reload();
    await page.waitForFunction(() => window.__explorer?.explorer.paths.ends !== null && window.__explorer?.canvas()?.getCore().$('.on-path').length);
    expect(await page.evaluate(() => window.__explorer!.explorer.paths.ends)).toEqual({ from: 'kellogg', to: 'putin', directed: true });

    await page.getByRole('tab', { name: 'Path' }).click();
    await page.getByRole('button', { name: 'Clear path' }).click();
    await expect.poll(() => page.evaluate(() => window.__explorer!.canvas()!.getCore().$('.on-path').length)).toBe(0);
    expect(await page.getByRole('combobox', { name: 'From', exact: true }).inputValue()).toBe('');
  });

  it('says so when the view has no chain (Quincy’s article relates nobody to Putin)', async () => {
    const page = await harness.openExplorer({ width: 1440, height: 900 }, '#view=one:quincy&path=kellogg,putin');
    expect(graph.edges('putin').some((r) => graph.getEdgeAttribute(r, 'claims').some((c) => c.source === 'quincy'))).toBe(false);
    // A link with a path opens the left panel on the Path tab.
    await expect.poll(() => page.getByRole('tab', { name: 'Path' }).getAttribute('aria-selected')).toBe('true');
    await expect.poll(() => page.getByTestId('path-summary').innerText()).toBe('Vladimir Putin has no relation shown in this view, so no chain reaches it.');
    expect(await page.locator('[data-testid=path-tool] button.hop').count()).toBe(0);
    expect(await page.evaluate(() => window.__explorer!.canvas()!.getCore().$('.on-path').length)).toBe(0);
  });

  it('offers the equally short alternatives and draws the one chosen (Lawfare: the United States to Russia)', async () => {
    const page = await harness.openExplorer({ width: 1440, height: 900 }, '#view=one:lawfare&path=united-states,russia');
    await page.getByRole('tab', { name: 'Path' }).click();
    const group = page.getByRole('group', { name: /chains of 2 steps/ });
    await group.waitFor();
    const options = group.getByRole('radio');
    expect(await options.count()).toBeGreaterThan(1);
    const chains = await page.evaluate(() => {
      const r = window.__explorer!.explorer.paths.result;
      return r?.kind === 'found' ? r.chains.map((c) => c.actors) : [];
    });
    expect(new Set(chains.map((c) => c.join(' '))).size).toBe(chains.length);
    await options.nth(1).check();
    const middle = chains[1]![1]!;
    await expect.poll(() => page.evaluate((id) => window.__explorer!.canvas()!.getCore().getElementById(id).hasClass('on-path'), middle)).toBe(true);
    expect(await page.evaluate((id) => window.__explorer!.canvas()!.getCore().getElementById(id).hasClass('on-path'), chains[0]![1]!)).toBe(false);
    for (const hop of await listedHops(page)) {
      expect(
        graph.getEdgeAttribute(hop.relation, 'claims').some((c) => c.source === 'lawfare'),
        hop.relation,
      ).toBe(true);
    }
    await page.screenshot({ path: join(SHOTS, 'path-alternatives-lawfare-1440.png') });
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('takes its ends from the canvas keys F and T, announced in the live region', async () => {
    const page = await harness.openExplorer({ width: 1440, height: 900 });
    const canvas = page.getByTestId('graph-canvas');
    await canvas.focus();
    await page.evaluate(() => window.__explorer!.canvas()!.keyboard.focus('kellogg'));
    await page.keyboard.press('f');
    await expect.poll(() => page.getByTestId('graph-announcer').innerText()).toBe('Path from: Keith Kellogg. Press T on another actor to set the end.');
    await page.evaluate(() => window.__explorer!.canvas()!.keyboard.focus('putin'));
    await page.keyboard.press('t');
    await expect.poll(() => page.getByTestId('graph-announcer').innerText()).toMatch(/^Path to: Vladimir Putin\. Keith Kellogg to Vladimir Putin: 2 steps/);
    expect(await page.evaluate(() => window.__explorer!.explorer.paths.ends)).toEqual({ from: 'kellogg', to: 'putin', directed: false });
    await page.getByRole('tab', { name: 'Path' }).click();
    expect(await page.getByRole('combobox', { name: 'To', exact: true }).inputValue()).toBe('Vladimir Putin');
  });

  it('looks right on a phone (390×844)', async () => {
    const page = await harness.openExplorer({ width: 390, height: 844 }, '#path=kellogg,putin');
    await expect.poll(() => page.evaluate(() => window.__explorer!.canvas()!.getCore().$('.on-path').length)).toBe(5);
    await page.screenshot({ path: join(SHOTS, 'path-kellogg-putin-390.png') });
    await page.getByRole('button', { name: 'Perspective & lists' }).click();
    await page.getByRole('tab', { name: 'Path' }).click();
    await page.getByRole('list', { name: 'Hops of the path' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, 'path-tab-390.png') });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

describe('the Depth control', () => {
  it('shows what each depth keeps, and depth 3 keeps more actors than depth 1', async () => {
    const page = await harness.openExplorer({ width: 1440, height: 900 }, '#actor=kellogg');
    const depth = page.getByRole('group', { name: 'Depth' });
    await depth.getByRole('radio', { name: '1 hop' }).check();
    await expect.poll(() => page.evaluate(() => window.location.hash)).toBe('#actor=kellogg&focus=1');
    const shown = () => page.evaluate(() => window.__explorer!.explorer.visibility.shownActors.size);
    const one = await shown();
    const oneLabel = await depth.getByRole('radio', { name: '1 hop' }).getAttribute('aria-describedby');
    expect(await page.locator(`[id="${oneLabel}"]`).innerText()).toMatch(new RegExp(`^${one - 1} actors?, \\d+ relations?$`));

    await depth.getByRole('radio', { name: '3 hops' }).check();
    await expect.poll(() => page.evaluate(() => window.location.hash)).toBe('#actor=kellogg&focus=3');
    const three = await shown();
    expect(three).toBeGreaterThan(one);
    const threeLabel = await depth.getByRole('radio', { name: '3 hops' }).getAttribute('aria-describedby');
    const relations = await page.evaluate(() => window.__explorer!.explorer.visibility.shownRelations.size);
    expect(await page.locator(`[id="${threeLabel}"]`).innerText()).toBe(`${three - 1} actors, ${relations} relations`);
    const faded = await page.evaluate(() => window.__explorer!.canvas()!.getCore().$('.faded').length);
    expect(faded).toBeGreaterThan(0);
    await page.screenshot({ path: join(SHOTS, 'depth-3-kellogg-1440.png') });
    expect(await seriousViolations(page)).toEqual([]);
  });
});
