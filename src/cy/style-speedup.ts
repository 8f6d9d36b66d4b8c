/**
 * One Cytoscape hot spot, fixed for our instances. When Cytoscape (3.3x) applies a style to an
 * element, it invalidates the element's style cache after *every* property it sets, and in a
 * graph with compound nodes each invalidation builds collections of the element's ancestors,
 * descendants and their edges. With our stylesheet (25–35 properties per element) that is most of
 * the cost of drawing a graph for the first time, of a perspective switch, and of the headless
 * layout: measured at 1,000 elements, style and bounding boxes take half as long with the
 * invalidation done once per element, after its properties are set, which leaves the same state.
 *
 * The patch wraps, once per page (or worker), the style's per-element step and the collection
 * method that invalidates, which skips the element being styled until its step ends. It is made
 * on the prototypes, so every core benefits once one has been passed here: the canvas, the
 * headless layout, and the short-lived copy the PNG export draws. If a Cytoscape upgrade renames
 * either internal, nothing is patched and everything stays correct, only slower.
 */
import type { Core } from 'cytoscape';

interface StyleInternals {
  applyContextStyle?: (meta: unknown, contextStyle: unknown, element: ElementInternals) => unknown;
}

interface ElementInternals {
  readonly length: number;
  readonly [index: number]: unknown;
  dirtyStyleCache(): unknown;
}

/** The element whose style is being applied: its cache is invalidated once, when that is done. */
let styling: unknown = null;
let invalidationSkipped = false;
let patched = false;

/** Whether the patch is in place (a Cytoscape upgrade that renamed its internals would leave it out). */
export function styleInvalidationCoalesced(): boolean {
  return patched;
}

/** Makes style application invalidate each element's style cache once instead of once per property (on every core). */
export function coalesceStyleInvalidation(cy: Core): void {
  if (patched) return;
  const styleProto = Object.getPrototypeOf(cy.style()) as StyleInternals | null;
  const collectionProto = Object.getPrototypeOf(cy.collection()) as { dirtyStyleCache?: (this: ElementInternals) => unknown } | null;
  const apply = styleProto?.applyContextStyle;
  const invalidate = collectionProto?.dirtyStyleCache;
  if (!styleProto || !collectionProto || typeof apply !== 'function' || typeof invalidate !== 'function') return;
  patched = true;
  collectionProto.dirtyStyleCache = function dirtyStyleCache(this: ElementInternals) {
    if (styling !== null && this.length === 1 && this[0] === styling) {
      invalidationSkipped = true;
      return this;
    }
    return invalidate.call(this);
  };
  styleProto.applyContextStyle = function applyContextStyle(this: unknown, meta, contextStyle, element) {
    const outer = styling;
    const outerSkipped = invalidationSkipped;
    styling = element;
    invalidationSkipped = false;
    try {
      return apply.call(this, meta, contextStyle, element);
    } finally {
      const skipped = invalidationSkipped;
      styling = outer;
      invalidationSkipped = outerSkipped;
      if (skipped) element.dirtyStyleCache();
    }
  };
}
