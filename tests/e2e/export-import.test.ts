/**
 * End to end, in Chromium: the PNG export of a two-node selection (a real PNG, of the chosen part
 * only, different from the whole-graph picture), the same picture whether the live view draws it,
 * a copy of the choice does, or the public `cy.png` when the renderer internals the export uses
 * are missing, and importing a valid file (our own JSON export) and an invalid one (which leaves
 * the graph as it was), through the toolbar's Export… and Import….
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { syntheticDataset } from '../../bench/synthetic';
import { drawnIds, screenPoint, startHarness, waitForCanvas, type Harness } from './harness';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});

afterAll(async () => {
  await harness?.close();
});

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

interface Png {
  readonly bytes: Buffer;
  readonly width: number;
  readonly height: number;
  readonly name: string;
}

async function download(page: Page, button: string): Promise<{ bytes: Buffer; name: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button, exact: true }).click()]);
  const path = await file.path();
  return { bytes: readFileSync(path), name: file.suggestedFilename() };
}

async function exportPng(page: Page): Promise<Png> {
  const { bytes, name } = await download(page, 'Export PNG');
  expect(bytes.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { bytes, width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20), name };
}

/** Opens the Export… or Import… popover from the toolbar and waits for its panel. */
async function openTool(page: Page, which: 'Export…' | 'Import…'): Promise<void> {
  await page.getByRole('button', { name: which, exact: true }).click();
  if (which === 'Export…') await page.getByRole('button', { name: 'Export PNG', exact: true }).waitFor();
  else await page.getByLabel('Import data').waitFor({ state: 'attached' });
}

/**
 * Records every text the progress line over the canvas shows from now on, and whether it is gone
 * when the next final picture is marked; read it with `readProgress`.
 */
async function watchProgress(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen: string[] = [];
    const marks = performance.getEntriesByName('final-picture').length;
    const record = (): void => {
      const text = document.querySelector('[data-testid="canvas-progress"]')?.textContent?.trim() ?? '';
      if (text && seen.at(-1) !== text) seen.push(text);
    };
    const observer = new MutationObserver(record);
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    const state = { seen, goneAtPicture: undefined as boolean | undefined };
    (window as unknown as { __progress: typeof state }).__progress = state;
    const poll = (): void => {
      record();
      if (performance.getEntriesByName('final-picture').length > marks) {
        // The picture is marked a frame after it is drawn: by then the line must be gone.
        requestAnimationFrame(() => {
          state.goneAtPicture = document.querySelector('[data-testid="canvas-progress"]') === null;
          observer.disconnect();
        });
        return;
      }
      requestAnimationFrame(poll);
    };
    poll();
  });
}

async function readProgress(page: Page): Promise<{ seen: string[]; goneAtPicture: boolean }> {
  await page.waitForFunction(() => (window as unknown as { __progress: { goneAtPicture?: boolean } }).__progress.goneAtPicture !== undefined, undefined, {
    timeout: 60_000,
  });
  return page.evaluate(() => (window as unknown as { __progress: { seen: string[]; goneAtPicture: boolean } }).__progress);
}

/** Two leaf actors joined by a shown relation. */
async function twoLinkedActors(page: Page): Promise<[string, string]> {
  return page.evaluate(() => {
    const cy = window.__explorer?.canvas()?.getCore();
    if (!cy) throw new Error('no canvas');
    const edge = cy.edges().filter((e) => e.visible() && e.source().isChildless() && e.target().isChildless() && e.source().id() !== e.target().id())[0];
    if (!edge) throw new Error('no relation between two leaf actors is drawn');
    return [edge.source().id(), edge.target().id()] as [string, string];
  });
}

describe('export and import in the browser', () => {
  it('exports a PNG of a two-node selection that differs from the whole-graph picture', async () => {
    const page = await harness.openExplorer({ width: 1400, height: 900 });
    await openTool(page, 'Export…');
    const whole = await exportPng(page);
    expect(whole.name).toMatch(/^belarus-graph-(?:[a-z0-9]+-)*\d{4}-\d{2}-\d{2}\.png$/);
    expect(whole.width).toBeGreaterThan(0);
    expect(whole.height).toBeGreaterThan(0);

    const [a, b] = await twoLinkedActors(page);
    const pa = await screenPoint(page, a);
    await page.mouse.click(pa.x, pa.y);
    const pb = await screenPoint(page, b);
    await page.keyboard.down('Shift');
    await page.mouse.click(pb.x, pb.y);
    await page.keyboard.up('Shift');
    await expect.poll(() => page.evaluate(() => window.__explorer?.explorer.chosenSubgraph().nodeIds.length)).toBe(2);

    const view = await page.evaluate(() => {
      const cy = window.__explorer!.canvas()!.getCore();
      return { pan: cy.pan(), zoom: cy.zoom() };
    });
    const pair = await exportPng(page);
    expect(pair.width).toBeGreaterThan(0);
    expect(pair.height).toBeGreaterThan(0);
    expect(pair.bytes.equals(whole.bytes)).toBe(false);
    expect(pair.width * pair.height).toBeLessThan(whole.width * whole.height);
    // The live view is left exactly as it was.
    expect(
      await page.evaluate(() => {
        const cy = window.__explorer!.canvas()!.getCore();
        return { pan: cy.pan(), zoom: cy.zoom() };
      }),
    ).toEqual(view);
  });

  it('draws the same picture from the live view, from a copy of the choice, and through the public cy.png', async () => {
    const page = await harness.openExplorer({ width: 1400, height: 900 });
    await openTool(page, 'Export…');
    // Counts the copies drawn through the renderer's bufferCanvasImage (the live view draws without it).
    await page.evaluate(() => {
      type Renderer = Record<string, unknown>;
      const core = window.__explorer!.canvas()!.getCore() as unknown as { renderer(): Renderer };
      let owner: Renderer | null = core.renderer();
      while (owner && !Object.prototype.hasOwnProperty.call(owner, 'bufferCanvasImage')) owner = Object.getPrototypeOf(owner) as Renderer | null;
      if (!owner) throw new Error('no bufferCanvasImage on the renderer');
      const original = owner.bufferCanvasImage as (...args: unknown[]) => unknown;
      const counter = window as unknown as { __copiesDrawn: number };
      counter.__copiesDrawn = 0;
      owner.bufferCanvasImage = function (this: unknown, ...args: unknown[]) {
        counter.__copiesDrawn += 1;
        return original.apply(this, args);
      };
    });
    const copiesDrawn = (): Promise<number> => page.evaluate(() => (window as unknown as { __copiesDrawn: number }).__copiesDrawn);

    // Everything shown, nothing selected: the live view is the picture.
    const live = await exportPng(page);
    expect(await copiesDrawn()).toBe(0);

    // Zoomed out so far that the view leaves labels out: a copy at zoom 1 draws the same picture.
    await page.evaluate(() => {
      const cy = window.__explorer!.canvas()!.getCore();
      cy.zoom(cy.zoom() / 8);
    });
    const copy = await exportPng(page);
    expect(await copiesDrawn()).toBe(1);
    expect([copy.width, copy.height]).toEqual([live.width, live.height]);
    expect(copy.bytes.equals(live.bytes)).toBe(true);

    // As if a Cytoscape upgrade had renamed the internals the export draws with: only `cy.png()` may still use them.
    await page.evaluate(() => {
      type Renderer = Record<string, unknown> & { png: (this: Renderer, options: unknown) => unknown };
      const core = window.__explorer!.canvas()!.getCore() as unknown as { renderer(): Renderer };
      const hidden = ['bufferCanvasImage', 'drawElements'].map((name) => {
        let owner: Renderer | null = core.renderer();
        while (owner && !Object.prototype.hasOwnProperty.call(owner, name)) owner = Object.getPrototypeOf(owner) as Renderer | null;
        if (!owner) throw new Error(`no ${name} on the renderer`);
        const method = owner[name];
        owner[name] = undefined;
        return { name, method };
      });
      const renderer = core.renderer();
      const png = renderer.png;
      (Object.getPrototypeOf(renderer) as Renderer).png = function (this: Renderer, options: unknown) {
        for (const { name, method } of hidden) this[name] = method;
        try {
          return png.call(this, options);
        } finally {
          for (const { name } of hidden) delete this[name];
        }
      };
    });
    const fallback = await exportPng(page);
    expect(await copiesDrawn()).toBe(2); // inside cy.png()
    expect([fallback.width, fallback.height]).toEqual([live.width, live.height]);
    expect(fallback.bytes.equals(live.bytes)).toBe(true);
  });

  it('says over the canvas what a large import is waiting for: its layout, or drawing one that came placed', async () => {
    const page = await harness.openExplorer({ width: 1280, height: 800 });
    await openTool(page, 'Import…');
    // 2,000 elements without positions: the layout runs in the worker, then the graph is drawn.
    const dataset = Buffer.from(JSON.stringify(syntheticDataset(2000, 7)));
    await watchProgress(page);
    await page.getByLabel('Import data').setInputFiles({ name: 'large.json', mimeType: 'application/json', buffer: dataset });
    const laidOut = await readProgress(page);
    expect(laidOut.seen[0]).toBe('Laying out 667 actors…');
    expect(laidOut.seen.at(-1)).toBe('Drawing 667 actors…');
    expect(laidOut.goneAtPicture).toBe(true);
    expect((await drawnIds(page)).nodes.length).toBeGreaterThan(600);
    // A force-directed picture fills its box like a disc (π/4 of it); the spectral draft's two
    // crossing axes left most of a 10 × 10 grid over the picture empty.
    const filled = await page.evaluate(() => {
      const points = window
        .__explorer!.canvas()!
        .getCore()
        .nodes(':childless')
        .map((n) => n.position());
      const xs = points.map((p) => p.x);
      const ys = points.map((p) => p.y);
      const [x1, y1] = [Math.min(...xs), Math.min(...ys)];
      const [w, h] = [Math.max(...xs) - x1 || 1, Math.max(...ys) - y1 || 1];
      const cells = new Set(points.map((p) => `${Math.min(9, Math.floor(((p.x - x1) / w) * 10))},${Math.min(9, Math.floor(((p.y - y1) / h) * 10))}`));
      return cells.size / 100;
    });
    expect(filled).toBeGreaterThan(0.65);

    // Its own JSON export comes with positions: no layout, but drawing 2,000 elements is done a
    // slice at a time, and the line says so until the picture is there.
    await openTool(page, 'Export…');
    const exported = await download(page, 'Export JSON');
    await openTool(page, 'Import…');
    await watchProgress(page);
    await page.getByLabel('Import data').setInputFiles({ name: 'large-placed.json', mimeType: 'application/json', buffer: exported.bytes });
    const placed = await readProgress(page);
    expect(placed.seen).toEqual(['Drawing 667 actors…']);
    expect(placed.goneAtPicture).toBe(true);
    expect(await page.evaluate(() => window.__explorer!.explorer.layoutBusy)).toBe(false);
    expect((await drawnIds(page)).nodes.length).toBeGreaterThan(600);
    await page.context().close();
  });

  it('imports its own JSON export, refuses an invalid file without touching the graph, and goes back', async () => {
    const page = await harness.openExplorer({ width: 1400, height: 900 });
    await openTool(page, 'Export…');
    const exported = await download(page, 'Export JSON');
    expect(exported.name).toMatch(/\.json$/);
    const before = await drawnIds(page);
    await openTool(page, 'Import…');

    await page.getByLabel('Import data').setInputFiles({ name: 'export.json', mimeType: 'application/json', buffer: exported.bytes });
    await page.getByText(/^Imported “export\.json”/).waitFor({ timeout: 30_000 });
    await waitForCanvas(page);
    expect((await drawnIds(page)).nodes).toEqual(before.nodes);

    const invalid = JSON.stringify({
      attributes: { title: 'Bad', sources: [] },
      nodes: [{ key: 'belarus', attributes: { label: '<img src=x onerror="window.__pwned = true">', kind: 'state', aliases: [], description: 'd' } }],
      edges: [
        {
          key: 'belarus--consult--nowhere',
          source: 'belarus',
          target: 'nowhere',
          attributes: {
            type: 'consult',
            label: 'talks',
            direction: 'directed',
            claims: [{ source: 'ghost', quote: 'A quote that is long enough.', tone: 1, modality: 'reported', stance: 'supports' }],
          },
        },
      ],
    });
    const shown = await drawnIds(page);
    await page.getByLabel('Import data').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(invalid) });
    const failure = page.getByTestId('import-failure');
    await failure.waitFor();
    await expect.poll(() => failure.textContent()).toContain('no actor has the id "nowhere"');
    expect(await failure.textContent()).toContain('no source has the id "ghost"');
    // The panel's pieces (heading, picker, the problem list) stay inside the pane's padding.
    const overflow = await page.evaluate(() => {
      const panel = document.querySelector('.import-panel')!;
      const right = panel.getBoundingClientRect().right;
      return [...panel.children].map((c) => c.getBoundingClientRect().right - right).filter((d) => d > 0.5);
    });
    expect(overflow).toEqual([]);
    expect(await drawnIds(page)).toEqual(shown);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned)).toBeUndefined();

    await page
      .getByRole('button', { name: /^Back to the built-in/ })
      .first()
      .click();
    await waitForCanvas(page);
    expect(await page.evaluate(() => window.__explorer?.explorer.isBuiltin)).toBe(true);
  });
});
