/**
 * The explorer in real Chromium against the built app and the real graph-data/: canvas clicks,
 * search, the relation table, shared URLs, back/forward, perspectives, and what the panes show,
 * each checked against the dataset (loaded here in Node with the same validator). Screenshots at
 * 1280×800 and 1920×1080 go to tests/e2e/__screenshots__/ for people to look at.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type cytoscape from 'cytoscape';
import { loadAuthoredFiles } from '../../src/model/load';
import { buildGraph, claimSources, type ActorGraph } from '../../src/model/graph';
import { perspectiveView } from '../../src/model/perspective';
import { readGraphData } from '../../scripts/graph-data-files';
import { compareArticles, drawnIds, ROOT, screenPoint, startHarness, waitForCanvas, type Harness } from './harness';

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

const selection = (page: Page) =>
  page.evaluate(() => {
    const s = window.__explorer!.explorer.selection;
    return s ? { kind: s.kind, id: s.id } : null;
  });
const canvasSelected = (page: Page) =>
  page.evaluate(() =>
    window
      .__explorer!.canvas()!
      .getCore()
      .$(':selected')
      .map((e) => e.id())
      .sort(),
  );
const paneHeading = (page: Page) => page.locator('[data-pane-heading]').innerText();
const settle = (page: Page) => page.waitForFunction(() => !window.__explorer?.canvas()?.getCore().animated(), undefined, { timeout: 10_000 });

/** Pairs of visible leaf nodes whose shapes or labels overlap (Cytoscape's own label boxes). */
function overlappingLeaves(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const cy = window.__explorer!.canvas()!.getCore();
    const leaves = cy.nodes(':visible').filter((n) => n.isChildless());
    const boxes = leaves.map((n) => ({ id: n.id(), b: n.boundingBox({ includeLabels: true, includeOverlays: false }) }));
    const out: string[] = [];
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!.b,
          b = boxes[j]!.b;
        if (a.x1 < b.x2 - 1 && b.x1 < a.x2 - 1 && a.y1 < b.y2 - 1 && b.y1 < a.y2 - 1) out.push(`${boxes[i]!.id}/${boxes[j]!.id}`);
      }
    return out;
  });
}

/** A relation whose edge midpoint is clear of nodes and other edge midpoints, so a click there hits it. */
async function clickableEdge(page: Page): Promise<string> {
  const id = await page.evaluate(() => {
    const cy = window.__explorer!.canvas()!.getCore();
    const w = cy.width();
    const h = cy.height();
    const nodes = cy.nodes(':visible').map((n) => n.renderedBoundingBox({ includeLabels: true }));
    const edges = cy.edges(':visible').filter((e) => e.data('role') === 'relation');
    const mids = edges.map((e) => ({ id: e.id(), p: (e as cytoscape.EdgeSingular).renderedMidpoint() }));
    const clear = mids.filter(
      ({ id: eid, p }) =>
        p.x > 20 &&
        p.y > 20 &&
        p.x < w - 20 &&
        p.y < h - 20 &&
        nodes.every((b) => p.x < b.x1 - 12 || p.x > b.x2 + 12 || p.y < b.y1 - 12 || p.y > b.y2 + 12) &&
        mids.every((o) => o.id === eid || Math.hypot(o.p.x - p.x, o.p.y - p.y) > 18),
    );
    return clear[0]?.id;
  });
  if (!id) throw new Error('no edge with a clear midpoint to click');
  return id;
}

describe('explorer in Chromium', () => {
  it('draws the built-in graph from the shipped positions, without overlapping panels', async () => {
    for (const viewport of [
      { width: 1280, height: 800 },
      { width: 1920, height: 1080 },
    ]) {
      const page = await harness.openExplorer(viewport);
      const drawn = await drawnIds(page);
      expect(drawn.nodes).toHaveLength(graph.order);
      expect(drawn.edges).toHaveLength(graph.size);
      // No layout ran: every leaf sits where layout.json put it.
      const state = await page.evaluate(() => ({ busy: window.__explorer!.explorer.layoutBusy, custom: window.__explorer!.explorer.customLayout }));
      expect(state).toEqual({ busy: false, custom: false });
      // The three columns sit side by side inside the window.
      const boxes = await page.evaluate(() =>
        ['.left', '.centre', '.right'].map((s) => {
          const r = document.querySelector(s)!.getBoundingClientRect();
          return { x1: r.left, x2: r.right, y2: r.bottom };
        }),
      );
      expect(boxes[0]!.x2).toBeLessThanOrEqual(boxes[1]!.x1 + 0.5);
      expect(boxes[1]!.x2).toBeLessThanOrEqual(boxes[2]!.x1 + 0.5);
      expect(boxes[2]!.x2).toBeLessThanOrEqual(viewport.width);
      for (const b of boxes) expect(b.y2).toBeLessThanOrEqual(viewport.height);
      // Labels are drawn at a readable size when the whole graph fits.
      const zoom = await page.evaluate(() => window.__explorer!.canvas()!.getCore().zoom());
      expect(16 * zoom).toBeGreaterThanOrEqual(9);
      await page.screenshot({ path: join(SHOTS, `explorer-${viewport.width}x${viewport.height}.png`) });
      await page.context().close();
    }
  });

  it('loads and is used without a console error, a page error or a failed request', async () => {
    const page = await harness.newPage();
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
    });
    await page.goto(`${harness.baseUrl}/?e2e`);
    await waitForCanvas(page);
    const at = await screenPoint(page, 'lukashenko');
    await page.mouse.click(at.x, at.y);
    await page.locator('[data-pane-heading]').waitFor();
    const perspective = page.getByLabel('Perspective', { exact: true });
    const lawfare = await perspective
      .locator('option')
      .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value).find((v) => v.includes('lawfare')));
    await perspective.selectOption(lawfare!);
    await page.getByRole('button', { name: 'Export…', exact: true }).click();
    await page.getByRole('button', { name: 'Export PNG', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Import…', exact: true }).click();
    await page.getByLabel('Import data').waitFor();
    // Lazy chunks, the metrics worker and the idle-time work have had their moment.
    await page.waitForTimeout(500);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('clicking a node selects it and the pane shows the actor as the data has it', async () => {
    const page = await harness.openExplorer({ width: 1280, height: 800 });
    const point = await screenPoint(page, 'lukashenko');
    await page.mouse.click(point.x, point.y);
    await page.waitForFunction(() => window.__explorer!.explorer.selection?.id === 'lukashenko');
    expect(await canvasSelected(page)).toEqual(['lukashenko']);
    const actor = graph.getNodeAttributes('lukashenko');
    expect(await paneHeading(page)).toBe(actor.label);
    const pane = page.getByTestId('actor-pane');
    // (The metrics come from a lazily loaded module, a moment after the pane.)
    await pane.getByText('Degree', { exact: true }).waitFor();
    const text = await pane.innerText();
    for (const alias of actor.aliases) expect(text).toContain(alias);
    expect(text).toContain(actor.description);
    expect(text).toContain(`Relations (${graph.degree('lukashenko')})`);
    expect(text).toMatch(new RegExp(`Degree\\s+${graph.degree('lukashenko')} \\(${graph.outDegree('lukashenko')} out, ${graph.inDegree('lukashenko')} in\\)`));
    // Keyboard focus moved to the pane heading; Esc clears the selection.
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-pane-heading'))).toBe(true);
    await page.keyboard.press('Escape');
    expect(await selection(page)).toBeNull();
    expect(await canvasSelected(page)).toEqual([]);
    await page.context().close();
  });

  it('clicking an edge selects the relation and the pane shows every claim', async () => {
    const page = await harness.openExplorer({ width: 1920, height: 1080 });
    const id = await clickableEdge(page);
    const point = await screenPoint(page, id);
    await page.mouse.click(point.x, point.y);
    await page.waitForFunction((rid) => window.__explorer!.explorer.selection?.id === rid, id);
    const relation = graph.getEdgeAttributes(id);
    const pane = page.getByTestId('relation-pane');
    const quotes = await pane.locator('blockquote').allInnerTexts();
    expect(quotes.map((q) => q.replace(/^“|”$/g, ''))).toEqual(relation.claims.map((c) => c.quote.trim()));
    const text = await pane.innerText();
    expect(text).toContain(graph.getNodeAttribute(graph.source(id), 'label'));
    expect(text).toContain(graph.getNodeAttribute(graph.target(id), 'label'));
    expect(text).toContain(`CAMEO ${relation.cameo}`);
    expect(text).toContain(relation.label);
    await page.screenshot({ path: join(SHOTS, 'edge-selected-1920x1080.png') });
    await page.context().close();
  });

  it('searching "Lukashenka" finds Lukashenko; Enter selects and centres it', async () => {
    const page = await harness.openExplorer({ width: 1280, height: 800 });
    const box = page.getByRole('searchbox', { name: 'Search actors' });
    await box.fill('Lukashenka');
    const first = page.getByRole('option').first();
    expect(await first.innerText()).toContain('Alexander Lukashenko');
    await box.press('Enter');
    await page.waitForFunction(() => window.__explorer!.explorer.selection?.id === 'lukashenko');
    await settle(page);
    const inside = await page.evaluate(() => {
      const cy = window.__explorer!.canvas()!.getCore();
      const b = cy.getElementById('lukashenko').renderedBoundingBox({});
      return b.x1 >= 0 && b.y1 >= 0 && b.x2 <= cy.width() && b.y2 <= cy.height();
    });
    expect(inside).toBe(true);
    expect(await paneHeading(page)).toBe('Alexander Lukashenko');
    await page.context().close();
  });

  it('selecting in the relation table selects on the canvas, and a canvas selection highlights the row', async () => {
    const page = await harness.openExplorer({ width: 1280, height: 800 });
    await page.getByRole('tab', { name: /Relations/ }).click();
    const id = 'kellogg--consult--lukashenko';
    const row = page.locator(`button[data-id="${id}"]`);
    await row.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction((rid) => window.__explorer!.explorer.selection?.id === rid, id);
    expect(await canvasSelected(page)).toEqual([id]);
    expect(await paneHeading(page)).toMatch(/^Keith Kellogg →[\s\S]*Alexander Lukashenko$/);
    // Arrow keys move through the rows.
    await row.focus();
    await page.keyboard.press('ArrowDown');
    const next = await page.evaluate(() => document.activeElement?.getAttribute('data-id'));
    expect(next).not.toBe(id);
    // The actor list: selecting there selects the node.
    await page.getByRole('tab', { name: /Actors/ }).click();
    await page.locator('button[data-id="putin"]').click();
    await page.waitForFunction(() => window.__explorer!.explorer.selection?.id === 'putin');
    expect(await canvasSelected(page)).toEqual(['putin']);
    expect(await page.locator('button[data-id="putin"]').getAttribute('aria-pressed')).toBe('true');
    await page.context().close();
  });

  it('a shared URL reproduces the view, and back/forward restore earlier ones', async () => {
    const hash = '#view=compare:lawfare,quincy&relation=belarus--material-cooperation--russia&hide-quads=4';
    const page = await harness.openExplorer({ width: 1280, height: 800 }, hash);
    expect(await selection(page)).toEqual({ kind: 'relation', id: 'belarus--material-cooperation--russia' });
    expect(await page.getByLabel('Perspective', { exact: true }).inputValue()).toBe('compare');
    expect(await page.getByLabel('Article A', { exact: true }).inputValue()).toBe('lawfare');
    expect(await page.getByLabel('Article B', { exact: true }).inputValue()).toBe('quincy');
    expect(await page.getByTestId('side-by-side').count()).toBe(1);
    const drawn = await drawnIds(page);
    for (const id of drawn.edges) expect(graph.hasEdge(id) ? graph.getEdgeAttribute(id, 'quadClass') : 0).not.toBe(4);
    // Reload: the same view.
    await page.reload();
    await waitForCanvas(page);
    expect(await selection(page)).toEqual({ kind: 'relation', id: 'belarus--material-cooperation--russia' });
    expect(new URL(page.url()).hash).toBe(hash);
    // A new selection pushes a history entry; back returns to the shared view, forward again.
    await page.evaluate(() => window.__explorer!.explorer.select({ kind: 'actor', id: 'putin' }));
    await page.waitForFunction(() => location.hash.includes('actor=putin'));
    await page.goBack();
    await page.waitForFunction(() => window.__explorer!.explorer.selection?.id === 'belarus--material-cooperation--russia');
    await page.goForward();
    await page.waitForFunction(() => window.__explorer!.explorer.selection?.id === 'putin');
    await page.context().close();
  });

  it('one article: exactly its relations stay visible, with its header and its claims only', async () => {
    const page = await harness.openExplorer({ width: 1280, height: 800 });
    const lawfare = graph.getAttribute('sources').find((s) => s.id === 'lawfare')!;
    await page.getByLabel('Perspective', { exact: true }).selectOption({ label: `Lawfare — ${lawfare.title}` });
    await page.waitForFunction(() => window.__explorer!.explorer.perspective.mode === 'one');
    const expected = graph.filterEdges((_e, r) => claimSources(r).includes('lawfare')).sort();
    expect((await drawnIds(page)).edges).toEqual(expected);
    const header = await page.getByTestId('article-header').innerText();
    expect(header).toContain(lawfare.title);
    expect(header).toContain(lawfare.perspective);
    expect(header).toContain(lawfare.author!);
    // A relation stated by Lawfare and others: its pane shows Lawfare's claims and counts the others.
    const shared = expected.find((id) => claimSources(graph.getEdgeAttributes(id)).length > 1)!;
    await page.evaluate((id) => window.__explorer!.explorer.select({ kind: 'relation', id }), shared);
    const r = graph.getEdgeAttributes(shared);
    // (The other articles' quotes sit folded away under "Other articles": only what is in sight counts.)
    const quotes = await page.getByTestId('relation-pane').locator('blockquote:visible').allInnerTexts();
    expect(quotes.map((q) => q.replace(/^“|”$/g, ''))).toEqual(r.claims.filter((c) => c.source === 'lawfare').map((c) => c.quote.trim()));
    const others = claimSources(r).length - 1;
    expect(await page.getByTestId('other-articles').innerText()).toContain(`${others} other article`);
    // Switching kept every node where it was.
    const moved = await page.evaluate(() => window.__explorer!.explorer.customLayout);
    expect(moved).toBe(false);
    await page.screenshot({ path: join(SHOTS, 'one-article-1280x800.png') });
    await page.context().close();
  });

  it('every element on the canvas wears the look the state gives it, through switches and hovering', async () => {
    const page = await harness.openExplorer({ width: 1280, height: 800 });
    const mismatches = () =>
      page.evaluate(() => {
        const { explorer, canvas, lookClasses } = window.__explorer!;
        const cy = canvas()!.getCore();
        const out: string[] = [];
        for (const [id, look] of explorer.looks) {
          const element = cy.getElementById(id);
          const want = lookClasses(look).split(' ').filter(Boolean).sort().join(' ');
          const have = element
            .classes()
            .filter((c) => c !== 'hovered')
            .sort()
            .join(' ');
          if (want !== have) out.push(`${id}: ${have} ≠ ${want}`);
        }
        return out;
      });
    const sources = graph.getAttribute('sources').map((s) => s.id);
    for (const p of [
      { mode: 'one', source: sources[0]! },
      { mode: 'compare', a: sources[1]!, b: sources[2]! },
      { mode: 'one', source: sources[3]! },
      { mode: 'all' },
    ] as const) {
      await page.evaluate((perspective) => {
        window.__explorer!.explorer.setPerspective(perspective);
        window.__explorer!.flush();
      }, p);
      expect(await mismatches()).toEqual([]);
    }
    // Elements given their classes together share them in Cytoscape: hovering one must mark only it.
    const hovered = await page.evaluate(() => {
      const cy = window.__explorer!.canvas()!.getCore();
      const edges = cy.edges(':visible');
      const first = edges[0]!;
      first.emit('mouseover');
      const marked = cy.elements('.hovered').map((e) => e.id());
      first.emit('mouseout');
      return { first: first.id(), marked, after: cy.elements('.hovered').length };
    });
    expect(hovered.marked).toEqual([hovered.first]);
    expect(hovered.after).toBe(0);
    expect(await mismatches()).toEqual([]);
    await page.context().close();
  });

  it('the perspective strip keeps one height, with its legend in view, in every perspective at 1280 × 800 and 1024 × 700', async () => {
    for (const viewport of [
      { width: 1280, height: 800 },
      { width: 1024, height: 700 },
    ]) {
      const page = await harness.openExplorer(viewport);
      const sources = graph.getAttribute('sources').map((s) => s.id);
      const perspectives = [
        { mode: 'all' },
        ...sources.map((source) => ({ mode: 'one', source })),
        { mode: 'compare', a: sources[0]!, b: sources[1]! },
        { mode: 'compare', a: sources[3]!, b: sources[4]! },
      ];
      const sizes = await page.evaluate(async (list) => {
        const out: { perspective: string; canvasHeight: number; overflow: number }[] = [];
        for (const p of list) {
          window.__explorer!.explorer.setPerspective(p as never);
          window.__explorer!.flush();
          await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
          const banner = document.querySelector('[data-testid="perspective-banner"]')!;
          out.push({
            perspective: JSON.stringify(p),
            canvasHeight: document.querySelector('[data-testid="graph-canvas"]')!.clientHeight,
            overflow: banner.scrollHeight - banner.clientHeight,
          });
        }
        return out;
      }, perspectives);
      // (In the narrower window the longer lines give up lines, each keeping its whole text as a tooltip.)
      expect(sizes.filter((s) => s.overflow > 0)).toEqual([]);
      expect(new Set(sizes.map((s) => s.canvasHeight)).size).toBe(1);
      await page.context().close();
    }
  });

  it('"Graph only" sets the panels aside as they were, fits the whole graph to the new width, shows a selection\'s pane, and Export brings the panels back', async () => {
    const page = await harness.openExplorer({ width: 1024, height: 700 });
    const actorsTab = page.getByRole('tab', { name: /^Actors/ });
    await actorsTab.click();
    const view = () =>
      page.evaluate(() => {
        const cy = window.__explorer!.canvas()!.getCore();
        const box = cy.elements(':visible').renderedBoundingBox();
        return { width: cy.width(), zoom: cy.zoom(), inView: box.x1 >= -2 && box.y1 >= -2 && box.x2 <= cy.width() + 2 && box.y2 <= cy.height() + 2 };
      });
    const settled = () => page.waitForFunction(() => !window.__explorer!.canvas()!.getCore().animated());
    const before = await view();
    const toggle = page.getByRole('button', { name: 'Graph only' });
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    await page.waitForFunction(() => window.__explorer!.canvas()!.getCore().width() > 1000);
    await page.waitForTimeout(100);
    await settled();
    expect(await page.locator('aside.left').isVisible()).toBe(false);
    expect(await page.locator('aside.right').isVisible()).toBe(false);
    const wide = await view();
    expect(wide.inView).toBe(true);
    expect(wide.zoom).toBeGreaterThan(before.zoom * 1.2);
    // A click there still says what it is: the detail pane comes in, the chosen actor stays in view,
    // and the pane goes again when the selection is cleared.
    const rightmost = await page.evaluate(() => {
      const cy = window.__explorer!.canvas()!.getCore();
      const node = cy.nodes(':childless').max((n) => n.renderedPosition().x).ele;
      // Panned so it sits near the right edge, where the incoming pane would cover it.
      cy.panBy({ x: cy.width() - 60 - node.renderedPosition().x, y: 0 });
      return node.id();
    });
    const at = await screenPoint(page, rightmost);
    await page.mouse.click(at.x, at.y);
    await page.locator('[data-pane-heading]').waitFor();
    expect(await page.locator('aside.right').isVisible()).toBe(true);
    expect(await page.locator('aside.left').isVisible()).toBe(false);
    await page.waitForFunction((w) => window.__explorer!.canvas()!.getCore().width() < w, wide.width);
    await page.waitForTimeout(100);
    const chosen = await page.evaluate((id) => {
      const cy = window.__explorer!.canvas()!.getCore();
      const p = cy.getElementById(id).renderedPosition();
      return { x: p.x, y: p.y, width: cy.width(), height: cy.height() };
    }, rightmost);
    expect(chosen.x).toBeGreaterThan(0);
    expect(chosen.x).toBeLessThan(chosen.width);
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => window.__explorer!.canvas()!.getCore().width() > 1000);
    expect(await page.locator('aside.right').isVisible()).toBe(false);
    // Back: the left panel is as it was (the Actors tab still open).
    await toggle.click();
    await page.waitForFunction((w) => window.__explorer!.canvas()!.getCore().width() < w, wide.width);
    expect(await actorsTab.getAttribute('aria-selected')).toBe('true');
    // Export opens over the detail pane, so it brings the panels back.
    await toggle.click();
    await page.getByRole('button', { name: 'Export…', exact: true }).click();
    await page.getByRole('button', { name: 'Export PNG', exact: true }).waitFor();
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    expect(await page.locator('aside.right').isVisible()).toBe(true);
    await page.context().close();
  });

  it('compare two articles: the counts match the data', async () => {
    const page = await harness.openExplorer({ width: 1920, height: 1080 });
    await compareArticles(page, 'lawfare', 'quincy');
    const a = new Set(graph.filterEdges((_e, r) => claimSources(r).includes('lawfare')));
    const b = new Set(graph.filterEdges((_e, r) => claimSources(r).includes('quincy')));
    const both = [...a].filter((id) => b.has(id)).length;
    const onlyA = [...a].filter((id) => !b.has(id)).length;
    const onlyB = [...b].filter((id) => !a.has(id)).length;
    const counts = perspectiveView(graph, { mode: 'compare', a: 'lawfare', b: 'quincy' }).counts!;
    expect(counts.onlyA).toBe(onlyA);
    expect(counts.onlyB).toBe(onlyB);
    expect(counts.agree + counts.disputed + counts.differ).toBe(both);
    const text = (await page.getByTestId('compare-counts').innerText()).replace(/\s+/g, ' ');
    expect(text).toContain(`Both agree ${counts.agree}`);
    expect(text).toContain(`Disagree ${counts.disputed}`);
    expect(text).toContain(`Differ in tone or certainty ${counts.differ}`);
    expect(text).toContain(`Only Lawfare ${onlyA}`);
    expect(text).toContain(`Only Quincy Institute ${onlyB}`);
    expect((await drawnIds(page)).edges).toEqual([...new Set([...a, ...b])].sort());
    // "Where they disagree" lists each disagreement first, and selecting one shows both quotes side by side.
    const contested = page.getByRole('list', { name: 'Where they disagree' }).getByRole('listitem');
    expect(await contested.count()).toBe(counts.disputed);
    expect(counts.disputed).toBeGreaterThan(0);
    await contested.first().getByRole('button').first().click();
    await page.waitForFunction(() => window.__explorer!.explorer.selection?.kind === 'relation');
    expect(await page.getByTestId('side-by-side').locator(':scope > section').count()).toBe(2);
    // The relation table says where each row stands, set off by " · " (not glued: "Rejection· only Lawfare").
    await page.getByRole('tab', { name: /^Relations/ }).click();
    await page.locator('table .type').first().waitFor();
    const types = await page.locator('table .type').allInnerTexts();
    expect(types.some((t) => t.includes(' · only Lawfare'))).toBe(true);
    expect(types.filter((t) => /\S·/.test(t))).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'compare-1920x1080.png') });
    await page.context().close();
  });

  it('dragged positions survive a reload; Reset layout restores the shipped ones', async () => {
    const shipped = (JSON.parse(readFileSync(join(ROOT, 'graph-data', 'layout.json'), 'utf8')) as { positions: Record<string, { x: number; y: number }> })
      .positions;
    const page = await harness.openExplorer({ width: 1280, height: 800 });
    const modelPosition = (id: string) => page.evaluate((nid) => window.__explorer!.canvas()!.getCore().getElementById(nid).position(), id);
    expect(await modelPosition('china')).toEqual(shipped.china);
    const start = await screenPoint(page, 'china');
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    for (let i = 1; i <= 8; i++) await page.mouse.move(start.x + i * 6, start.y - i * 5);
    await page.mouse.up();
    await page.waitForFunction(() => window.__explorer!.explorer.customLayout);
    const dragged = await modelPosition('china');
    expect(Math.hypot(dragged.x - shipped.china!.x, dragged.y - shipped.china!.y)).toBeGreaterThan(30);
    await page.reload();
    await waitForCanvas(page);
    const after = await modelPosition('china');
    expect(Math.abs(after.x - dragged.x)).toBeLessThan(0.2);
    expect(Math.abs(after.y - dragged.y)).toBeLessThan(0.2);
    await page.getByRole('button', { name: 'Reset layout' }).click();
    await page.waitForFunction(() => !window.__explorer!.explorer.customLayout);
    await settle(page);
    expect(await modelPosition('china')).toEqual(shipped.china);
    await page.reload();
    await waitForCanvas(page);
    expect(await modelPosition('china')).toEqual(shipped.china);
    await page.context().close();
  });

  it('collapses a group into one node with meta-edges, and expands it again', async () => {
    const page = await harness.openExplorer({ width: 1280, height: 800 }, '#actor=united-states');
    const members = graph.filterNodes((_n, a) => a.parent === 'united-states');
    await page.getByRole('button', { name: 'Collapse group' }).click();
    await page.waitForFunction(() => window.__explorer!.explorer.collapsed.has('united-states'));
    const drawn = await drawnIds(page);
    for (const m of members) expect(drawn.nodes).not.toContain(m);
    expect(drawn.edges.some((id) => id.startsWith('meta:united-states->') || id.includes('->united-states'))).toBe(true);
    // (The URL follows the state in an effect of its own: wait for it rather than read it at once.)
    await page.waitForFunction(() => location.hash.includes('collapsed=united-states'), undefined, { timeout: 5000 });
    expect(new URL(page.url()).hash).toContain('collapsed=united-states');
    // Selecting a member from the search box opens the group again.
    await page.getByRole('searchbox', { name: 'Search actors' }).fill('Kellogg');
    await page.getByRole('searchbox', { name: 'Search actors' }).press('Enter');
    await page.waitForFunction(() => !window.__explorer!.explorer.collapsed.has('united-states'));
    expect((await drawnIds(page)).nodes).toContain('kellogg');
    await page.context().close();
  });

  it('shift-click adds to the selection; Select neighbourhood grows it', async () => {
    const page = await harness.openExplorer({ width: 1920, height: 1080 });
    for (const id of ['china', 'canada']) {
      const p = await screenPoint(page, id);
      await page.keyboard.down('Shift');
      await page.mouse.click(p.x, p.y);
      await page.keyboard.up('Shift');
    }
    await page.waitForFunction(() => window.__explorer!.explorer.selectedIds.length === 2);
    expect(await canvasSelected(page)).toEqual(['canada', 'china']);
    expect(await paneHeading(page)).toBe('2 actors selected');
    await page.getByRole('button', { name: 'Select neighbourhood' }).click();
    const expected = new Set(['canada', 'china']);
    for (const id of ['canada', 'china']) graph.forEachNeighbor(id, (n) => expected.add(n));
    await page.waitForFunction((n) => window.__explorer!.explorer.selectedIds.length === n, expected.size);
    expect(await canvasSelected(page)).toEqual([...expected].sort());
    await page.context().close();
  });

  it('loads fcose only when a layout runs; Re-run layout animates to a layout without overlapping labels', async () => {
    const page = await harness.openExplorer({ width: 1280, height: 800 });
    const scripts = () =>
      page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .map((e) => e.name)
          .filter((n) => n.endsWith('.js')),
      );
    expect((await scripts()).some((n) => n.includes('fcose'))).toBe(false);
    await page.getByRole('button', { name: 'Re-run layout' }).click();
    await page.waitForFunction(() => window.__explorer!.explorer.customLayout && !window.__explorer!.explorer.layoutBusy, undefined, { timeout: 30_000 });
    await settle(page);
    expect((await scripts()).some((n) => n.includes('fcose'))).toBe(true);
    expect(await overlappingLeaves(page)).toEqual([]);
    await page.context().close();
  });

  it('the shipped layout has no overlapping nodes or labels either', async () => {
    const page = await harness.openExplorer({ width: 1920, height: 1080 });
    expect(await overlappingLeaves(page)).toEqual([]);
    // A leaf drawn inside a group it does not belong to.
    const clashes = await page.evaluate(() => {
      const cy = window.__explorer!.canvas()!.getCore();
      const boxes = cy
        .nodes(':visible')
        .filter((n) => n.isChildless())
        .map((n) => ({ id: n.id(), b: n.boundingBox({ includeLabels: true, includeOverlays: false }) }));
      const out: string[] = [];
      cy.nodes(':parent').forEach((p) => {
        const pb = p.boundingBox({ includeLabels: false });
        for (const { id, b } of boxes) {
          if (cy.getElementById(id).ancestors().contains(p)) continue;
          if (b.x1 < pb.x2 && pb.x1 < b.x2 && b.y1 < pb.y2 && pb.y1 < b.y2) out.push(`${id} in ${p.id()}`);
        }
      });
      return out;
    });
    expect(clashes).toEqual([]);
    await page.context().close();
  });

  it('replaceGraph lays out a graph without positions; restoreBuiltin brings back the shipped one', async () => {
    const page = await harness.openExplorer({ width: 1280, height: 800 });
    const result = await page.evaluate(async () => {
      const { explorer } = window.__explorer!;
      const copy = explorer.graph.copy();
      copy.dropNode('china');
      explorer.replaceGraph(copy, undefined);
      return { builtin: explorer.isBuiltin, needsLayout: explorer.needsLayout };
    });
    expect(result).toEqual({ builtin: false, needsLayout: true });
    await waitForCanvas(page);
    const drawn = await drawnIds(page);
    expect(drawn.nodes).toHaveLength(graph.order - 1);
    expect(await page.getByRole('button', { name: 'Back to the built-in data' }).count()).toBe(1);
    // What an export would take: with nothing selected, everything shown.
    const chosen = await page.evaluate(() => {
      const c = window.__explorer!.explorer.chosenSubgraph();
      return { nodes: c.nodeIds.length, edges: c.edgeIds.length, positions: Object.keys(c.positions).length, fromSelection: c.fromSelection };
    });
    expect(chosen).toEqual({ nodes: graph.order - 1, edges: graph.size - graph.degree('china'), positions: graph.order - 1, fromSelection: false });
    await page.evaluate(() => window.__explorer!.explorer.restoreBuiltin());
    await waitForCanvas(page);
    expect((await drawnIds(page)).nodes).toHaveLength(graph.order);
    expect(await page.evaluate(() => window.__explorer!.explorer.isBuiltin)).toBe(true);
    await page.context().close();
  });

  it('legend checkboxes and kinds filter as one style update: nothing moves', async () => {
    const page = await harness.openExplorer({ width: 1280, height: 800 });
    // Leaves keep their positions (a group's box follows its drawn members).
    const positions = () =>
      page.evaluate(() =>
        window
          .__explorer!.canvas()!
          .getCore()
          .nodes()
          .filter((n) => n.isChildless())
          .map((n) => `${n.id()}:${(n as cytoscape.NodeSingular).position().x},${(n as cytoscape.NodeSingular).position().y}`)
          .sort(),
      );
    const before = await positions();
    await page.getByRole('checkbox', { name: 'Material conflict' }).uncheck();
    await page.getByRole('checkbox', { name: 'Person' }).uncheck();
    const expectedEdges = graph
      .filterEdges((_e, r, s2, t) => r.quadClass !== 4 && graph.getNodeAttribute(s2, 'kind') !== 'person' && graph.getNodeAttribute(t, 'kind') !== 'person')
      .sort();
    // The style update lands after the click's effects run; on a loaded machine that can take a frame or two.
    await expect.poll(async () => (await drawnIds(page)).edges).toEqual(expectedEdges);
    const drawn = await drawnIds(page);
    for (const id of drawn.edges) expect(graph.getEdgeAttribute(id, 'quadClass')).not.toBe(4);
    for (const id of drawn.nodes) expect(graph.getNodeAttribute(id, 'kind')).not.toBe('person');
    expect(drawn.edges).toEqual(expectedEdges);
    expect(await positions()).toEqual(before);
    expect(new URL(page.url()).hash).toBe('#hide-quads=4&hide-kinds=person');
    await page.getByRole('button', { name: 'Show everything again' }).click();
    await expect.poll(async () => (await drawnIds(page)).edges.length).toBe(graph.size);
    expect(await page.getByRole('checkbox', { name: 'Person' }).isChecked()).toBe(true);
    await page.context().close();
  });
});
