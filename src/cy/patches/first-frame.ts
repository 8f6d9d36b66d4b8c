/**
 * The work Cytoscape's renderer does in the first frame of a new graph before it draws, done ahead
 * of it by the adapter (#placeStaged) in tasks of their own while drawing is held, so that frame
 * only draws. Measured on the benchmark's 5,000-element import, that frame was one task of over
 * half a second, most of it recomputing every label box and edge curve the adapter had just
 * measured, then sorting every element by z-order.
 *
 * All of this uses Cytoscape internals (3.34.4): the elements' `_private.rstyle` flags and the
 * renderer's `flushRenderedStyleQueue` and `getCachedZSortedEles`. Every use passes the shared
 * guard (guard.ts); on another release, or if an internal is missing, that step does nothing and
 * the first frame does the work itself, as before. Only markMeasured changes what Cytoscape
 * believes (the other two run its own passes early), so only it is turned off by the name
 * 'first-frame'; the passes go with 'renderer-internals'. tests/e2e/first-frame.test.ts checks that the
 * first picture has the same pixels with and without this module.
 */
import type { CollectionReturnValue, Core } from 'cytoscape';
import { internalsOf, patchAllowed, rendererInternals } from './guard';

interface RendererInternals {
  flushRenderedStyleQueue(): void;
  getCachedZSortedEles(): unknown;
}

/**
 * Tells the renderer that these elements' drawn geometry (label boxes, edge curves) is up to date:
 * the adapter has just computed it, a slice per task. Cytoscape's bounding-box call computes that
 * geometry and then, dropping its box caches, flags it stale again (`rstyle.clean`, and a node's
 * `rstyle.cleanConnected` for its edges), which only the renderer's per-frame pass ever clears: left
 * so, the fit and the first frame would compute every edge's curve twice more. Undisplayed elements
 * were not measured and are left as they are.
 */
export function markMeasured(elements: CollectionReturnValue): void {
  if (!patchAllowed('first-frame')) return;
  elements.forEach((element) => {
    const internals = internalsOf<{ _private: { rstyle?: unknown } }>('first-frame', element, { _private: 'object' });
    const rstyle = internalsOf<{ clean: boolean; cleanConnected?: boolean }>('first-frame', internals?._private.rstyle, { clean: 'boolean' });
    if (!rstyle || element.style('display') === 'none') return;
    rstyle.clean = true;
    if (element.isNode() && typeof rstyle.cleanConnected === 'boolean') rstyle.cleanConnected = true;
  });
}

/** The renderer's per-frame pass over the elements whose style or geometry changed, done now. */
export function flushRenderedStyleQueue(cy: Core): void {
  rendererInternals<RendererInternals>('renderer-internals', cy, { flushRenderedStyleQueue: 'function' })?.flushRenderedStyleQueue();
}

/**
 * The renderer's pass over the elements queued since they were added (after markMeasured, it only
 * updates its bookkeeping and texture caches), then the z-order sort of every element (valid until
 * elements are added or removed): one step per task.
 */
export const FIRST_FRAME_STEPS: readonly ((cy: Core) => void)[] = [
  (cy) => flushRenderedStyleQueue(cy),
  (cy) => rendererInternals<RendererInternals>('renderer-internals', cy, { getCachedZSortedEles: 'function' })?.getCachedZSortedEles(),
];
