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
 * Uses the renderer's internals (`data.lyrTxrCache` with `getLayers`, `dequeue`, `layersQueue`,
 * `firstGet` and `skipping`; `getCachedZSortedEles`, `getPixelRatio`); on another release (the
 * shared guard, guard.ts), or if one is missing, `prebuildLayers` returns undefined and the first
 * frame builds the layers itself, as before.
 */
import type { Core } from 'cytoscape';
import { SMALL_GRAPH_ELEMENTS } from './small-graph-drawing';
import { internalsOf, rendererInternals } from './guard';

interface LayerCacheInternals {
  layersByLevel?: Record<string, readonly { context?: { getImageData?: (x: number, y: number, w: number, h: number) => unknown } }[] | undefined>;
  firstGet: boolean;
  skipping: boolean;
  getLayers(eles: readonly unknown[], pxRatio: number): unknown;
  dequeue(pxRatio: number): unknown;
  layersQueue: { size(): number };
}

interface RendererInternals {
  data: { lyrTxrCache?: unknown };
  getCachedZSortedEles: () => readonly unknown[] & { nondrag?: readonly unknown[] };
  getPixelRatio: () => number;
}

export interface LayerBuild {
  /** Paints queued elements into the layers for up to `budgetMs`; true once every element is in. */
  step(budgetMs: number): boolean;
}

/**
 * Has the layer canvases paint what was drawn into them so far, now. Chromium records a 2D canvas's
 * drawing and paints it later, all at once: at 60,000 elements, inside whichever single element's
 * draw filled the record, one call of over a second (a CPU profile shows one `stroke` or `fill` as
 * the whole task). Reading a pixel back makes it paint the record now, at the end of each step.
 */
function paintLayersNow(cache: LayerCacheInternals): void {
  for (const layers of Object.values(cache.layersByLevel ?? {})) for (const layer of layers ?? []) layer.context?.getImageData?.(0, 0, 1, 1);
}

/**
 * Queues the graph's elements for the layer images at the current zoom (see above); undefined when
 * there is nothing to build. With `paintEachStep` (a huge graph), each step ends by having the
 * layers painted (paintLayersNow).
 */
export function prebuildLayers(cy: Core, paintEachStep = false): LayerBuild | undefined {
  const renderer = rendererInternals<RendererInternals>('layer-prebuild', cy, { data: 'object', getCachedZSortedEles: 'function', getPixelRatio: 'function' });
  const cache = internalsOf<LayerCacheInternals>('layer-prebuild', renderer?.data.lyrTxrCache, {
    getLayers: 'function',
    dequeue: 'function',
    layersQueue: 'object',
    firstGet: 'boolean',
    skipping: 'boolean',
  });
  const queue = internalsOf<{ size(): number }>('layer-prebuild', cache?.layersQueue, { size: 'function' });
  if (!renderer || !cache || !queue) return undefined;
  const sorted = renderer.getCachedZSortedEles();
  const eles = sorted.nondrag ?? sorted;
  if (eles.length <= SMALL_GRAPH_ELEMENTS) return undefined;
  const pxRatio = renderer.getPixelRatio();
  // Queued rather than drawn at once (Cytoscape draws them at once only on a canvas's very first
  // use), and not skipped: the cache skips layers while styles keep changing (within 250 ms of the
  // last change, judged once per frame), which the graph's staging just did; it is settled now.
  cache.firstGet = false;
  cache.skipping = false;
  cache.getLayers(eles, pxRatio);
  return {
    step(budgetMs) {
      const started = performance.now();
      while (queue.size() > 0) {
        if (performance.now() - started >= budgetMs) {
          if (paintEachStep) paintLayersNow(cache);
          return false;
        }
        // (One element per call: at tens of thousands of elements one can take milliseconds.)
        cache.dequeue(pxRatio);
      }
      if (paintEachStep) paintLayersNow(cache);
      return true;
    },
  };
}
