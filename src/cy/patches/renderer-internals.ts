/**
 * Small uses of Cytoscape (3.34.4) internals that are not patches of its code: the renderer
 * handed over (`cy.renderer()`, which the public typings do not show), two renderer options that
 * Cytoscape only takes at start-up, and two collection methods it has but does not document. The
 * renderer ones pass the shared guard (guard.ts) and do nothing on another release. The two
 * collection methods only run Cytoscape's own code early (what it would otherwise do later, or
 * after the batch), so they are used whenever they exist: gating them on the release would make
 * the adapter's staging wrong on another release, not plain.
 */
import type { CollectionReturnValue, Core, EdgeCollection, NodeCollection } from 'cytoscape';
import { patchAllowed } from './guard';

/** Any element collection: Cytoscape's typings keep nodes, edges and mixed collections apart. */
type Collection = CollectionReturnValue | NodeCollection | EdgeCollection;

/**
 * The renderer of `cy`, typed as the caller's view of it (every member to be checked before
 * use); undefined for a core without one (headless) or on a Cytoscape release other than the
 * pinned one. Prefer guard.ts's rendererInternals, which checks the members too.
 */
export function rendererOf<T extends object>(cy: Core): Partial<T> | undefined {
  if (!patchAllowed('renderer-internals')) return undefined;
  const renderer: unknown = (cy as unknown as { renderer?: () => unknown }).renderer?.();
  return typeof renderer === 'object' && renderer !== null ? renderer : undefined;
}

/**
 * Large graphs: while the user pans or zooms, Cytoscape moves a snapshot of the picture
 * (`textureOnViewport`) and leaves edges out (`hideEdgesOnViewport`). Both are start-up options;
 * they are set on the renderer so that one canvas can serve graphs of any size. False if not set.
 */
export function setViewportShortcuts(cy: Core, on: boolean): boolean {
  const renderer = rendererOf<{ textureOnViewport: boolean; hideEdgesOnViewport: boolean }>(cy);
  if (!renderer || typeof renderer.textureOnViewport !== 'boolean' || typeof renderer.hideEdgesOnViewport !== 'boolean') return false;
  renderer.textureOnViewport = on;
  renderer.hideEdgesOnViewport = on;
  return true;
}

/** Computes the stale styles of these elements now (the collection's internal `cleanStyle`); otherwise they are computed on first use. */
export function cleanStyle(elements: Collection): void {
  (elements as unknown as { cleanStyle?: () => void }).cleanStyle?.();
}

/**
 * Brings these groups' boxes up to date with their members now (the collection's internal
 * `updateCompoundBounds`); Cytoscape leaves them stale inside a batch. False if not done.
 */
export function updateCompoundBounds(groups: Collection): boolean {
  const update = (groups as unknown as { updateCompoundBounds?: (force: boolean) => void }).updateCompoundBounds;
  if (typeof update !== 'function') return false;
  update.call(groups, true);
  return true;
}
