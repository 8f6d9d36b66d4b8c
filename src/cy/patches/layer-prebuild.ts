/**
 * A large graph's first frame, drawn from images built ahead of it in short tasks. Cytoscape (3.3x)
 * draws a graph of thousands of elements through "layer" images: each element is painted into one
 * of a few large canvases, and every frame paints those canvases. It builds them in the first frame
 * that needs them, all at once (the first time a canvas draws a large graph) or, later, by drawing
 * every element directly until its queue of layer work is done. At 5,000 elements either way that
 * first frame was one task of 250–400 ms: the longest of an import.
 *
 * The adapter (#placeStaged) holds drawing until a new graph is placed; while it still holds it,
 * `prebuildLayers` queues every element for the layers at the zoom the graph will be shown at and
 * `step` paints the queue a slice per task. The first frame then finds the layers complete and only
 * paints them. Below SMALL_GRAPH_ELEMENTS the canvas paints elements directly (small-graph-drawing.ts)
 * and there is nothing to build.
 *
 * Cytoscape's own getLayers, which boxes every element and queues it for the layer, was itself one
 * task of 250-450 ms at 60,000 elements (issue 18): for a graph the cache has never layered, the
 * same work is done here a part per step (layerSliced), and getLayers is called only otherwise.
 *
 * Uses the renderer's internals (`data.lyrTxrCache` with `layersByLevel`, `makeLayer`,
 * `validateLayersElesOrdering`, `getLayers`, `dequeue`, `layersQueue`, `firstGet` and `skipping`;
 * the elements' `_private.rscratch.imgLayerCaches`; `getCachedZSortedEles`, `getPixelRatio`) and
 * repeats the limits of its layered-texture-cache.js; on another release (the shared guard,
 * guard.ts), or if one is missing, `prebuildLayers` returns undefined and the first frame builds the
 * layers itself, as before.
 */
import type { Core } from 'cytoscape';
import { SMALL_GRAPH_ELEMENTS } from './small-graph-drawing';
import { internalsOf, rendererInternals } from './guard';

interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  w: number;
  h: number;
}

/** An element as the layer cache sees it. */
interface LayerElement {
  id(): string;
  boundingBox(): Box;
  _private: { rscratch: { imgLayerCaches?: Record<number, unknown> } };
}

interface Layer {
  eles: LayerElement[];
  elesQueue: LayerElement[] & { hasId?: Record<string, boolean> };
  reqs: number;
  invalid?: boolean;
}

interface LayerCacheInternals {
  layersByLevel: Record<string, Layer[] | undefined>;
  firstGet: boolean;
  skipping: boolean;
  getLayers(eles: readonly LayerElement[], pxRatio: number): unknown;
  makeLayer(bb: Box, lvl: number): Layer;
  validateLayersElesOrdering(lvl: number, eles: readonly LayerElement[]): void;
  dequeue(pxRatio: number): unknown;
  layersQueue: { size(): number; push(layer: Layer): void };
}

interface RendererInternals {
  data: { lyrTxrCache?: unknown };
  getCachedZSortedEles: () => readonly LayerElement[] & { nondrag?: readonly LayerElement[] };
  getPixelRatio: () => number;
}

export interface LayerBuild {
  /** Does the next part of the build for up to about `budgetMs`; true once every element is painted in. */
  step(budgetMs: number): boolean;
}

/** Cytoscape 3.34.4's layer limits (layered-texture-cache.js): levels, zoom, canvas size. */
const MIN_LEVEL = -4;
const MAX_LEVEL = 2;
const MAX_LAYER_ZOOM = 3.99;
const MAX_LAYER_DIM = 32767;
const MAX_LAYER_AREA = 4000 * 4000;
/** Elements boxed or queued between two looks at the clock. */
const CHECK_EVERY = 500;

/**
 * Has the layer canvases paint what was drawn into them so far, now. Chromium records a 2D canvas's
 * drawing and paints it later, all at once: at 60,000 elements, inside whichever single element's
 * draw filled the record, one call of over a second (a CPU profile shows one `stroke` or `fill` as
 * the whole task). Reading a pixel back makes it paint the record now, at the end of each step.
 */
function paintLayersNow(cache: LayerCacheInternals): void {
  for (const layers of Object.values(cache.layersByLevel))
    for (const layer of layers ?? []) (layer as { context?: CanvasRenderingContext2D }).context?.getImageData?.(0, 0, 1, 1);
}

/** The layer level Cytoscape's getLayers picks for this zoom, or undefined where it uses no layers. */
export function layerLevel(zoom: number, pxRatio: number): number | undefined {
  const level = Math.ceil(Math.log2(zoom * pxRatio));
  if (level < MIN_LEVEL) return MIN_LEVEL;
  return zoom >= MAX_LAYER_ZOOM || level > MAX_LEVEL ? undefined : level;
}

/**
 * Whether the cache holds nothing for these elements: every layer it has (from an earlier graph) is
 * invalid once checked against them, as getLayers would check them. Only then is the build below the
 * one getLayers would do; otherwise getLayers itself is called, in one task, as before.
 */
function nothingLayered(cache: LayerCacheInternals, eles: readonly LayerElement[]): boolean {
  for (const key of Object.keys(cache.layersByLevel)) {
    const level = Number(key);
    const layers = cache.layersByLevel[key];
    if (!layers?.length) continue;
    cache.validateLayersElesOrdering(level, eles);
    if (layers.some((layer) => !layer.invalid)) return false;
  }
  return true;
}

/**
 * getLayers for a graph the cache has never layered, a part per step: the box around every
 * element (getLayers' `getBb`), then one layer the size of that box (Cytoscape makes a single layer,
 * `defNumLayers` being 1) with every element queued for it in drawing order. At 60,000 elements
 * getLayers did this in one task of 250-450 ms. Returns false while unfinished; undefined when
 * the box is too large for a layer (getLayers then uses none).
 */
function layerSliced(cache: LayerCacheInternals, eles: readonly LayerElement[], level: number): (budgetMs: number) => boolean | undefined {
  const box: Box = { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity, w: 0, h: 0 };
  let boxed = 0;
  let layer: Layer | undefined;
  let queued = 0;
  const hasId: Record<string, boolean> = Object.create(null) as Record<string, boolean>;
  return (budgetMs) => {
    const started = performance.now();
    const inBudget = (): boolean => performance.now() - started < budgetMs;
    while (boxed < eles.length) {
      const end = Math.min(eles.length, boxed + CHECK_EVERY);
      for (; boxed < end; boxed++) {
        const b = eles[boxed]!.boundingBox();
        if (b.x1 < box.x1) box.x1 = b.x1;
        if (b.y1 < box.y1) box.y1 = b.y1;
        if (b.x2 > box.x2) box.x2 = b.x2;
        if (b.y2 > box.y2) box.y2 = b.y2;
      }
      if (!inBudget()) return false;
    }
    if (!layer) {
      box.w = box.x2 - box.x1;
      box.h = box.y2 - box.y1;
      const scale = 2 ** level;
      const w = Math.ceil(box.w * scale);
      const h = Math.ceil(box.h * scale);
      if (w > MAX_LAYER_DIM || h > MAX_LAYER_DIM || w * h > MAX_LAYER_AREA) return undefined;
      layer = cache.makeLayer(box, level);
      const layers = (cache.layersByLevel[level] ??= []);
      for (let i = layers.length - 1; i >= 0; i--) if (layers[i]!.invalid) layers.splice(i, 1);
      layers.unshift(layer);
      // (Cytoscape's own `hasId` is a plain object: an element called "constructor" would count as
      // queued already, and never be painted into the layer.)
      layer.elesQueue.hasId = hasId;
    }
    while (queued < eles.length) {
      const end = Math.min(eles.length, queued + CHECK_EVERY);
      for (; queued < end; queued++) {
        const ele = eles[queued]!;
        const scratch = ele._private.rscratch;
        (scratch.imgLayerCaches ??= {})[level] = layer;
        layer.elesQueue.push(ele);
        hasId[ele.id()] = true;
        layer.eles.push(ele);
      }
      if (!inBudget() && queued < eles.length) return false;
    }
    layer.reqs = layer.elesQueue.length;
    cache.layersQueue.push(layer);
    return true;
  };
}

/**
 * Queues the graph's elements for the layer images at the current zoom (see above); undefined when
 * there is nothing to build. Each step first goes on with the queueing (layerSliced), then paints
 * queued elements into the layers; with `paintEachStep` (a huge graph), each step ends by having
 * the layers painted (paintLayersNow), and the drawing gets a share of the step's budget that
 * leaves room for that painting (measured on the steps before).
 */
export function prebuildLayers(cy: Core, paintEachStep = false): LayerBuild | undefined {
  const renderer = rendererInternals<RendererInternals>('layer-prebuild', cy, { data: 'object', getCachedZSortedEles: 'function', getPixelRatio: 'function' });
  const cache = internalsOf<LayerCacheInternals>('layer-prebuild', renderer?.data.lyrTxrCache, {
    layersByLevel: 'object',
    getLayers: 'function',
    makeLayer: 'function',
    validateLayersElesOrdering: 'function',
    dequeue: 'function',
    layersQueue: 'object',
    firstGet: 'boolean',
    skipping: 'boolean',
  });
  const queue = internalsOf<LayerCacheInternals['layersQueue']>('layer-prebuild', cache?.layersQueue, { size: 'function', push: 'function' });
  if (!renderer || !cache || !queue) return undefined;
  const sorted = renderer.getCachedZSortedEles();
  const eles = sorted.nondrag ?? sorted;
  if (eles.length <= SMALL_GRAPH_ELEMENTS) return undefined;
  const pxRatio = renderer.getPixelRatio();
  const level = layerLevel(cy.zoom(), pxRatio);
  const first = eles[0];
  const shaped = first !== undefined && typeof first.boundingBox === 'function' && typeof first._private?.rscratch === 'object';
  // Queued rather than drawn at once (Cytoscape draws them at once only on a canvas's very first
  // use), and not skipped: the cache skips layers while styles keep changing (within 250 ms of the
  // last change, judged once per frame), which the graph's staging just did; it is settled now.
  cache.firstGet = false;
  cache.skipping = false;
  let queueing: ((budgetMs: number) => boolean | undefined) | undefined;
  if (level !== undefined && shaped && nothingLayered(cache, eles)) queueing = layerSliced(cache, eles, level);
  else cache.getLayers(eles, pxRatio);
  /** Painting's cost per millisecond of drawing, as last measured (Chromium paints about 2-3 times the drawing's time). */
  let paintPerDrawMs = 3;
  return {
    step(budgetMs) {
      const started = performance.now();
      if (queueing) {
        const done = queueing(budgetMs);
        if (done === false) return false;
        queueing = undefined;
        if (done === undefined) return true;
      }
      const drawBudget = paintEachStep ? budgetMs / (1 + paintPerDrawMs) : budgetMs;
      while (queue.size() > 0 && performance.now() - started < drawBudget) {
        // (One element per call: at tens of thousands of elements one can take milliseconds.)
        cache.dequeue(pxRatio);
      }
      if (paintEachStep) {
        const drawn = performance.now();
        paintLayersNow(cache);
        const drawMs = drawn - started;
        if (drawMs >= 5) paintPerDrawMs = (performance.now() - drawn) / drawMs;
      }
      return queue.size() === 0;
    },
  };
}
