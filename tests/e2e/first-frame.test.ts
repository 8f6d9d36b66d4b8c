/**
 * End to end, in Chromium: how a new graph's first frame is drawn, and that it is the picture
 * later frames draw. The built-in graph's first frame draws its elements straight onto the canvas
 * (src/cy/patches/small-graph-drawing.ts), the frames after it from element textures. A graph above the
 * small-graph size (2,400 elements, the benchmark's synthetic generator) imported through the
 * Import panel: Its first frame must paint the layer
 * images built ahead of it (src/cy/patches/layer-prebuild.ts), neither drawing thousands of elements nor
 * painting them into the layers itself, and
 * those images must hold the same picture Cytoscape draws element by element.
 *
 * src/cy/patches/first-frame.ts marks the geometry the adapter has just measured as current, so the
 * first frame does not compute it again: were that wrong, the first frame would draw stale label
 * boxes or edge curves. So each first picture is compared with the one drawn with that module
 * turned off (the guard's `__cyPatchesOff`), on the built-in graph and on a large graph placed a
 * slice per task: the pixels must be the same.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { syntheticDataset } from '../../bench/synthetic';
import { startHarness, waitForCanvas, type Harness } from './harness';

let harness: Harness;
let dir: string;

beforeAll(async () => {
  harness = await startHarness();
  dir = mkdtempSync(join(tmpdir(), 'explorer-large-'));
});

afterAll(async () => {
  await harness?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

interface FrameRecord {
  /** Elements Cytoscape drew one by one in this frame (0 when it painted layer images). */
  direct: number;
  /** Layer images painted in this frame. */
  layers: number;
  /** Elements painted into layer images during this frame. */
  intoLayers: number;
}

/** Records, per Cytoscape frame, whether it drew elements one by one or painted its layer images. */
async function recordFrames(page: Page): Promise<void> {
  await page.evaluate(() => {
    const cy = window.__explorer?.canvas()?.getCore();
    if (!cy) throw new Error('no canvas');
    type Renderer = Record<string, (...args: unknown[]) => unknown> & { data: { lyrTxrCache: Record<string, (...args: unknown[]) => unknown> } };
    const renderer = (cy as unknown as { renderer(): Renderer }).renderer();
    const frames: FrameRecord[] = [];
    let current: FrameRecord = { direct: 0, layers: 0, intoLayers: 0 };
    (window as unknown as { __frames: FrameRecord[] }).__frames = frames;
    const drawCached = renderer.drawCachedElements!;
    renderer.drawCachedElements = function (this: unknown, ...args: unknown[]) {
      current.direct += (args[1] as unknown[]).length;
      return drawCached.apply(this, args);
    };
    const cache = renderer.data.lyrTxrCache;
    const getLayers = cache.getLayers!;
    cache.getLayers = function (this: unknown, ...args: unknown[]) {
      const layers = getLayers.apply(this, args) as unknown[] | null;
      current.layers += layers?.length ?? 0;
      return layers;
    };
    const drawEleInLayer = cache.drawEleInLayer!;
    cache.drawEleInLayer = function (this: unknown, ...args: unknown[]) {
      current.intoLayers++;
      return drawEleInLayer.apply(this, args);
    };
    // (Counted inside the renderer's draw only: layer work done between frames is not the frame's.)
    const render = renderer.render!;
    renderer.render = function (this: unknown, ...args: unknown[]) {
      current = { direct: 0, layers: 0, intoLayers: 0 };
      try {
        return render.apply(this, args);
      } finally {
        if (current.direct + current.layers + current.intoLayers > 0) frames.push(current);
      }
    };
  });
}

/**
 * Snapshots the node layer in the page (a few million numbers are slow to hand to the test) and
 * says how many of its pixels are inked, and how far it is from the previous snapshot (mean
 * difference of grey levels; -1 for the first).
 */
async function snapshotNodeLayer(page: Page): Promise<{ inked: number; meanDifference: number }> {
  return page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('[data-testid="graph-canvas"] canvas[data-id="layer2-node"]');
    if (!canvas) throw new Error('no node layer canvas');
    const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
    const grey = new Uint8Array(data.length / 4);
    let inked = 0;
    for (let i = 0, p = 0; i < data.length; i += 4, p++) {
      const alpha = data[i + 3]!;
      if (alpha > 24) inked++;
      grey[p] = alpha === 0 ? 255 : Math.round(((data[i]! + data[i + 1]! + data[i + 2]!) / 3) * (alpha / 255) + 255 * (1 - alpha / 255));
    }
    const store = window as unknown as { __snapshot?: Uint8Array };
    const previous = store.__snapshot;
    store.__snapshot = grey;
    if (!previous || previous.length !== grey.length) return { inked, meanDifference: -1 };
    let difference = 0;
    for (let p = 0; p < grey.length; p++) difference += Math.abs(grey[p]! - previous[p]!);
    return { inked, meanDifference: difference / grey.length };
  });
}

/** Element textures Cytoscape holds (bodies and labels). */
const TEXTURES_HELD = `(cy) => {
  const data = cy.renderer().data;
  let held = 0;
  for (const cache of [data.eleTxrCache, data.lblTxrCache]) {
    for (const [height, textures] of Object.entries(cache.eleImgCaches ?? {})) {
      if (height === 'retired') continue;
      for (const texture of textures) held += texture.eleCaches.length;
    }
  }
  return held;
}`;

describe('the built-in graph', () => {
  it('draws its first frame without element textures, makes them when idle, and looks the same from them', async () => {
    const page: Page = await harness.newPage({ width: 1280, height: 800 });
    // At the final-picture mark (the frame after the first draw), the node layer and the textures held.
    // (The counting function is put into the page here: the built page's Content-Security-Policy
    // forbids making one from its source text there, as \`new Function\` would.)
    await page.addInitScript(`{
      window.__texturesHeld = ${TEXTURES_HELD};
      const mark = performance.mark.bind(performance);
      performance.mark = (name, options) => {
        if (name === 'final-picture' && !window.__firstFrame) {
          const cy = window.__explorer?.canvas()?.getCore();
          const canvas = document.querySelector('[data-testid="graph-canvas"] canvas[data-id="layer2-node"]');
          if (cy && canvas) {
            // (Kept in the page: a few million numbers are slow to hand to the test.)
            const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
            window.__firstFrame = { textures: window.__texturesHeld(cy), pixels };
          }
        }
        return mark(name, options);
      };
    }`);
    await page.goto(`${harness.baseUrl}/?e2e`);
    await page.waitForFunction(() => (window as unknown as { __firstFrame?: unknown }).__firstFrame !== undefined, undefined, { timeout: 30_000 });
    const firstTextures = await page.evaluate(() => (window as unknown as { __firstFrame: { textures: number } }).__firstFrame.textures);
    expect(firstTextures).toBe(0);

    // Nobody touches the page: a frame drawn when it is idle makes the textures.
    await page.waitForFunction(
      () => {
        const cy = window.__explorer!.canvas()!.getCore();
        return (window as unknown as { __texturesHeld: (core: unknown) => number }).__texturesHeld(cy) > 20;
      },
      undefined,
      { timeout: 10_000 },
    );
    const later = await page.evaluate(async () => {
      const cy = window.__explorer!.canvas()!.getCore();
      await new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
      const canvas = document.querySelector<HTMLCanvasElement>('[data-testid="graph-canvas"] canvas[data-id="layer2-node"]')!;
      const pixels = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
      const first = (window as unknown as { __firstFrame: { pixels: Uint8ClampedArray } }).__firstFrame.pixels;
      let inked = 0;
      let difference = 0;
      for (let i = 0; i < first.length; i++) {
        if (i % 4 === 3 && first[i]! > 24) inked++;
        difference += Math.abs(first[i]! - (pixels[i] ?? 0));
      }
      const textures = (window as unknown as { __texturesHeld: (core: unknown) => number }).__texturesHeld(cy);
      return { textures, sameSize: pixels.length === first.length, inked, meanDifference: difference / first.length };
    });
    expect(later.textures).toBeGreaterThan(20);
    expect(later.sameSize).toBe(true);
    expect(later.inked).toBeGreaterThan(20_000);
    expect(later.meanDifference).toBeLessThan(2);
    await page.context().close();
  });
});

describe('a large imported graph', () => {
  it('is first drawn from layer images built ahead of the frame, which hold the same picture, with its positions or without', async () => {
    const page = await harness.openExplorer({ width: 1280, height: 800 });
    await recordFrames(page);
    const file = join(dir, 'synthetic-2400.json');
    writeFileSync(file, JSON.stringify(syntheticDataset(2400, 7)));
    await page.getByRole('button', { name: 'Import…', exact: true }).click();
    const input = page.getByLabel('Import data');
    await input.waitFor({ state: 'attached' });
    const marksBefore = await page.evaluate(() => {
      // (Frames of the built-in graph drawn before the import are not this test's.)
      (window as unknown as { __frames: FrameRecord[] }).__frames.length = 0;
      return performance.getEntriesByName('final-picture').length;
    });
    await input.setInputFiles(file);
    await page.waitForFunction((n) => performance.getEntriesByName('final-picture').length > n, marksBefore, { timeout: 90_000 });
    await page.getByRole('button', { name: 'Import…', exact: true }).click(); // close the panel

    const drawn = await page.evaluate(
      () =>
        window
          .__explorer!.canvas()!
          .getCore()
          .elements()
          .filter((e) => e.visible()).length,
    );
    expect(drawn).toBeGreaterThan(1500);
    const frames = await page.evaluate(() => (window as unknown as { __frames: FrameRecord[] }).__frames);
    // The frame that showed the new graph first: the first with layers or many elements in it.
    const first = frames.find((f) => f.layers > 0 || f.direct > 1500);
    expect(first).toBeDefined();
    expect(first!.direct).toBe(0);
    expect(first!.intoLayers).toBe(0);
    expect(first!.layers).toBeGreaterThan(0);

    const fromLayers = await snapshotNodeLayer(page);
    expect(fromLayers.inked).toBeGreaterThan(2000);
    // The same view drawn element by element: every layer discarded, and layers skipped for this frame.
    await page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const cy = window.__explorer!.canvas()!.getCore();
          const cache = (cy as unknown as { renderer(): { data: { lyrTxrCache: { invalidateElements(e: unknown): void; skipping: boolean } } } }).renderer()
            .data.lyrTxrCache;
          cache.invalidateElements(cy.elements());
          cy.one('render', () => requestAnimationFrame(() => resolve()));
          cy.forceRender();
        }),
    );
    const lastFrame = await page.evaluate(() => (window as unknown as { __frames: FrameRecord[] }).__frames.at(-1)!);
    expect(lastFrame.direct).toBeGreaterThan(1500);
    const direct = await snapshotNodeLayer(page);
    expect(Math.abs(direct.inked - fromLayers.inked) / direct.inked).toBeLessThan(0.1);
    expect(direct.meanDifference).toBeGreaterThanOrEqual(0);
    expect(direct.meanDifference).toBeLessThan(4);

    // The same graph again, now with its positions (as our own JSON export carries them): placed a
    // slice per task too, and first drawn from layers built ahead of the frame.
    const placed = await page.evaluate(async () => {
      const { explorer, canvas } = window.__explorer!;
      const positions = canvas()!.leafPositions();
      const marks = performance.getEntriesByName('final-picture').length;
      (window as unknown as { __frames: FrameRecord[] }).__frames.length = 0;
      explorer.replaceGraph(explorer.graph.copy(), positions);
      await new Promise<void>((resolve) => {
        const check = (): void => (performance.getEntriesByName('final-picture').length > marks ? resolve() : void setTimeout(check, 50));
        check();
      });
      const moved = canvas()!
        .getCore()
        .nodes()
        .filter(
          (n) => n.isChildless() && (Math.abs(n.position().x - positions[n.id()]!.x) > 0.5 || Math.abs(n.position().y - positions[n.id()]!.y) > 0.5),
        ).length;
      return { frames: (window as unknown as { __frames: FrameRecord[] }).__frames, moved, needsLayout: explorer.needsLayout };
    });
    expect(placed.needsLayout).toBe(false);
    expect(placed.moved).toBe(0);
    const firstPlaced = placed.frames.find((f) => f.layers > 0 || f.direct > 1500);
    expect(firstPlaced).toBeDefined();
    expect(firstPlaced!.direct).toBe(0);
    expect(firstPlaced!.intoLayers).toBe(0);
    await page.context().close();
  }, 150_000);
});

/** At every final-picture mark (the frame after a new graph's first draw), the node layer as a PNG data URL, kept in the page. */
const KEEP_FIRST_PICTURES = (patchesOff: readonly string[]): string => `{
  window.__cyPatchesOff = ${JSON.stringify(patchesOff)};
  window.__firstPictures = [];
  const mark = performance.mark.bind(performance);
  performance.mark = (name, options) => {
    if (name === 'final-picture') {
      const canvas = document.querySelector('[data-testid="graph-canvas"] canvas[data-id="layer2-node"]');
      if (canvas) window.__firstPictures.push(canvas.toDataURL('image/png'));
    }
    return mark(name, options);
  };
}`;

const firstPictures = (page: Page): Promise<string[]> => page.evaluate(() => (window as unknown as { __firstPictures: string[] }).__firstPictures);

/** How two PNG data URLs differ: share of pixels that differ at all, mean difference per channel, inked pixels of the first. */
async function comparePictures(page: Page, a: string, b: string): Promise<{ sameSize: boolean; differing: number; meanDifference: number; inked: number }> {
  return page.evaluate(
    async ([first, second]) => {
      const pixels = async (url: string): Promise<ImageData> => {
        const image = new Image();
        image.src = url;
        await image.decode();
        const canvas = document.createElement('canvas');
        canvas.width = image.width;
        canvas.height = image.height;
        const context = canvas.getContext('2d')!;
        context.drawImage(image, 0, 0);
        return context.getImageData(0, 0, image.width, image.height);
      };
      const [x, y] = [await pixels(first), await pixels(second)];
      if (x.data.length !== y.data.length) return { sameSize: false, differing: 1, meanDifference: 255, inked: 0 };
      let differing = 0;
      let difference = 0;
      let inked = 0;
      for (let i = 0; i < x.data.length; i += 4) {
        let pixel = 0;
        for (let c = 0; c < 4; c++) pixel += Math.abs(x.data[i + c]! - y.data[i + c]!);
        if (pixel > 0) differing++;
        difference += pixel;
        if (x.data[i + 3]! > 24) inked++;
      }
      const count = x.data.length / 4;
      return { sameSize: true, differing: differing / count, meanDifference: difference / x.data.length, inked };
    },
    [a, b] as const,
  );
}

describe('the first picture with geometry marked measured (first-frame.ts)', () => {
  it('has the same pixels as without it, on the built-in graph', async () => {
    const pictures: string[] = [];
    for (const off of [[], ['first-frame']]) {
      const page = await harness.newPage({ width: 1280, height: 800 });
      await page.addInitScript(KEEP_FIRST_PICTURES(off));
      await page.goto(`${harness.baseUrl}/?e2e`);
      await page.waitForFunction(() => (window as unknown as { __firstPictures: string[] }).__firstPictures.length > 0, undefined, { timeout: 30_000 });
      pictures.push((await firstPictures(page))[0]!);
      if (off.length === 0) continue;
      const result = await comparePictures(page, pictures[0]!, pictures[1]!);
      expect(result.sameSize).toBe(true);
      expect(result.inked).toBeGreaterThan(20_000);
      expect(result.differing).toBeLessThan(0.001);
      expect(result.meanDifference).toBeLessThan(0.05);
      await page.context().close();
    }
  });

  it('has the same pixels as without it, on a large graph placed a slice per task', async () => {
    const file = join(dir, 'synthetic-1800.json');
    writeFileSync(file, JSON.stringify(syntheticDataset(1800, 11)));
    let positions: Record<string, { x: number; y: number }> | undefined;
    const pictures: string[] = [];
    for (const off of [[], ['first-frame']]) {
      const page = await harness.newPage({ width: 1280, height: 800 });
      await page.addInitScript(KEEP_FIRST_PICTURES(off));
      await page.goto(`${harness.baseUrl}/?e2e`);
      await waitForCanvas(page);
      await page.getByRole('button', { name: 'Import…', exact: true }).click();
      const input = page.getByLabel('Import data');
      await input.waitFor({ state: 'attached' });
      const marks = await page.evaluate(() => performance.getEntriesByName('final-picture').length);
      await input.setInputFiles(file);
      await page.waitForFunction((n) => performance.getEntriesByName('final-picture').length > n, marks, { timeout: 90_000 });
      await page.getByRole('button', { name: 'Import…', exact: true }).click(); // close the panel
      // The same positions in both pages (the first page's layout), drawn a slice per task.
      const placed = await page.evaluate(async (given) => {
        const { explorer, canvas } = window.__explorer!;
        const at = given ?? canvas()!.leafPositions();
        const count = performance.getEntriesByName('final-picture').length;
        explorer.replaceGraph(explorer.graph.copy(), at);
        await new Promise<void>((resolve) => {
          const check = (): void => (performance.getEntriesByName('final-picture').length > count ? resolve() : void setTimeout(check, 50));
          check();
        });
        return { at, drawn: canvas()!.getCore().elements().length };
      }, positions);
      expect(placed.drawn).toBeGreaterThan(1500);
      positions = placed.at;
      pictures.push((await firstPictures(page)).at(-1)!);
      if (off.length === 0) {
        await page.context().close();
        continue;
      }
      const result = await comparePictures(page, pictures[0]!, pictures[1]!);
      expect(result.sameSize).toBe(true);
      expect(result.inked).toBeGreaterThan(2000);
      expect(result.differing).toBeLessThan(0.001);
      expect(result.meanDifference).toBeLessThan(0.05);
      await page.context().close();
    }
  }, 200_000);
});
