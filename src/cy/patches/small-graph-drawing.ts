/**
 * One Cytoscape drawing shortcut, turned off for small graphs. Cytoscape (3.3x) draws the graph
 * through two caches: each element into its own texture, then the textures into a few large
 * "layer" images, which are what each frame paints. The layers pay off while a large graph is
 * panned or zoomed (a few images instead of thousands of elements); but they must be rebuilt
 * whenever a style changes, and the first frame builds them all at once. For a graph of a few
 * hundred elements, painting the element textures directly is cheaper in every case we measured:
 * the first frame, a perspective switch, a filter (on the built-in graph, warm, the draw took
 * about half as long: median 8.6 ms against 17.4 ms).
 *
 * Above SMALL_GRAPH_ELEMENTS drawn elements the layers are used as before. The switch is made on
 * the one renderer given (its own cache object), and does nothing on another Cytoscape release
 * (the shared guard, guard.ts) or if an internal is missing: everything stays correct, only the
 * speed changes.
 *
 * The element textures themselves pay off from the second frame on (a hover, a switch: most
 * elements are copied, not drawn); the first frame of a new graph draws every element twice to
 * make them, into its texture and from there onto the canvas. `drawNextFrameWithoutTextures` has
 * that one frame draw a small graph's elements straight onto the canvas (on the built-in graph
 * the first frame went from about 70 to 45 ms); a frame drawn once the page is idle makes the
 * textures.
 */
import type { Core } from 'cytoscape';
import { whenIdle } from '../../after-paint';
import { internalsOf, rendererInternals } from './guard';

export const SMALL_GRAPH_ELEMENTS = 1500;

interface LayerCache {
  getLayers(eles: { readonly length: number }, pxRatio: number, lvl?: number): unknown;
}

interface TextureCache {
  getElement(...args: unknown[]): unknown;
}

interface RendererCaches {
  lyrTxrCache?: LayerCache;
  /** Element bodies, and their labels (main, source and target). */
  eleTxrCache?: TextureCache;
  lblTxrCache?: TextureCache;
  slbTxrCache?: TextureCache;
  tlbTxrCache?: TextureCache;
}

const cachesOf = (cy: Core): RendererCaches | undefined => rendererInternals<{ data: RendererCaches }>('small-graph-drawing', cy, { data: 'object' })?.data;

/** The cores whose next frame draws without element textures. */
const texturesSkipped = new WeakSet<Core>();
const texturesPatched = new WeakSet<Core>();

/**
 * Has the next frame draw a small graph's elements straight onto the canvas (see above); false if
 * the renderer's internals are not there (the frame then draws as usual).
 */
export function drawNextFrameWithoutTextures(cy: Core, elementCount: number): boolean {
  if (elementCount > SMALL_GRAPH_ELEMENTS) return false;
  const data = cachesOf(cy);
  const caches = [data?.eleTxrCache, data?.lblTxrCache, data?.slbTxrCache, data?.tlbTxrCache].map((cache) =>
    internalsOf<TextureCache>('small-graph-drawing', cache, { getElement: 'function' }),
  );
  if (!caches.every((c) => c !== undefined)) return false;
  if (!texturesPatched.has(cy)) {
    texturesPatched.add(cy);
    for (const cache of caches) {
      const get = cache.getElement;
      // (null is what the cache answers when it cannot make a texture: the element is then drawn directly.)
      cache.getElement = function getElement(this: TextureCache, ...args: unknown[]) {
        return texturesSkipped.has(cy) ? null : get.apply(this, args);
      };
    }
  }
  texturesSkipped.add(cy);
  cy.one('render', () => {
    texturesSkipped.delete(cy);
    // The textures are made by a frame drawn when the page is idle, not by the user's first hover.
    void whenIdle().then(() => {
      if (!cy.destroyed()) cy.forceRender();
    });
  });
  return true;
}

/** Whether this core's renderer now skips the layer images for small graphs. */
export function paintElementsDirectlyWhenSmall(cy: Core): boolean {
  const cache = internalsOf<LayerCache>('small-graph-drawing', cachesOf(cy)?.lyrTxrCache, { getLayers: 'function' });
  if (!cache) return false;
  const layered = cache.getLayers;
  // (null is what Cytoscape's own cache answers when it cannot make layers: it then paints the elements.)
  cache.getLayers = function getLayers(this: LayerCache, eles, pxRatio, lvl) {
    return eles.length <= SMALL_GRAPH_ELEMENTS ? null : layered.call(this, eles, pxRatio, lvl);
  };
  return true;
}
