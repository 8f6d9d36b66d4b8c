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

/** The renderer's listeners that queue elements for its per-frame pass (`r.binder(cy).on(...)` in its constructor). */
const QUEUEING_EVENTS = ['bounds.*', 'dirty.*', 'style.*', 'background.*'];

/** The stand-ins for held listeners (a hold is never held again, nor its stand-in taken for the listener). */
const HOLDING = new WeakSet<object>();

interface Listener {
  event: unknown;
  callback: unknown;
}

/**
 * Stops the renderer queueing elements for its per-frame pass, until the returned function is
 * called; undefined when not done. That pass takes its whole queue at once, and a graph staged
 * element by element queues every element (at 60,000 elements, a task of 150-300 ms after the
 * measuring: the texture caches' invalidation of every element, and the geometry of some). For
 * elements that were never drawn the pass has nothing to do that the measuring does not: they
 * have no textures to invalidate, and `markStale` flags each slice as queueing would, just before
 * the measuring computes it. Ids shared with an earlier graph's elements may keep that graph's
 * textures, which are keyed by style and so only ever reused by an element that looks the same.
 * The listeners are found by their event names and stay in place: only their callbacks are swapped.
 */
export function holdRenderQueue(cy: Core): (() => void) | undefined {
  const emitter = internalsOf<{ listeners: unknown }>('first-frame', (cy as unknown as { emitter?: () => unknown }).emitter?.(), { listeners: 'object' });
  if (!emitter || !Array.isArray(emitter.listeners)) return undefined;
  const queueing = (emitter.listeners as Listener[]).filter((l) => typeof l === 'object' && l !== null && QUEUEING_EVENTS.includes(String(l.event)));
  if (queueing.length !== QUEUEING_EVENTS.length || queueing.some((l) => typeof l.callback !== 'function')) return undefined;
  if (queueing.some((l) => HOLDING.has(l.callback as object))) return undefined;
  const callbacks = queueing.map((l) => l.callback);
  const hold = (): undefined => undefined;
  HOLDING.add(hold);
  for (const l of queueing) l.callback = hold;
  let held = true;
  return () => {
    if (!held) return;
    held = false;
    queueing.forEach((l, i) => (l.callback = callbacks[i]));
  };
}

/** Flags these elements' drawn geometry as stale, as the renderer's queueing would have (see holdRenderQueue). */
export function markStale(elements: CollectionReturnValue): void {
  if (!patchAllowed('first-frame')) return;
  elements.forEach((element) => {
    const rstyle = (element as unknown as { _private: { rstyle?: { clean?: boolean; cleanConnected?: boolean } } })._private.rstyle;
    if (!rstyle) return;
    rstyle.clean = false;
    rstyle.cleanConnected = false;
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
