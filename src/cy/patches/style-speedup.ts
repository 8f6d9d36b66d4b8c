/**
 * Cytoscape's (3.3x) style hot spots, fixed for our instances: every patch of its style internals
 * lives here. When Cytoscape applies a style to an element it sets the element's properties one
 * by one, and after *every* property it
 * - invalidates the element's style cache (in a graph with compound nodes that builds collections
 *   of the element's ancestors, descendants and their edges), and
 * - runs the property's "triggers": a property that can change the element's box, its z-order or
 *   its edges' curves invalidates the element's box, its groups' boxes, its connected or parallel
 *   edges' boxes, and fires an event, each time.
 * With our stylesheet (25–35 properties per element) that was most of the cost of a first picture,
 * of a perspective switch and of the headless layout.
 *
 * The patches, made once per page (or worker) on the prototypes, so every core benefits once one
 * has been passed here (the canvas, the headless layout, the PNG export's copy):
 * - `coalesceStyleInvalidation`: while an element's properties are applied, its style cache is
 *   invalidated once, after the last one, and the triggers its properties fired are run once each,
 *   after the last one. The trigger checks themselves still run per property (they compare each
 *   property's old and new value); only what they trigger is deferred. Same final state: the
 *   triggered steps only set "stale" flags and queue the elements for the renderer
 *   (tests/unit/style-speedup.test.ts).
 * - `withoutStyleTriggers`: styles the elements of a new graph without triggers at all. A staged
 *   graph (adapter #stageSlice) is never drawn before #placeStaged has moved every node, brought
 *   every group's box up to date and measured every element from scratch (and sorted them by
 *   z-order), and a graph drawn at its shipped positions (#replaceAll) is new, with no boxes yet,
 *   and measured by the fit that follows; so there is nothing for triggers to invalidate.
 *
 * On another Cytoscape release (the shared guard, guard.ts), or if an internal is missing, that
 * patch is not made and everything stays correct, only slower (the `…Patched` functions tell the
 * tests).
 */
import type { Core } from 'cytoscape';
import { internalsOf } from './guard';

type TriggerCheck = (from: unknown, to: unknown, element: unknown) => boolean;

interface StyleProperty {
  triggersZOrder?: TriggerCheck;
  triggersBounds?: TriggerCheck;
  triggersBoundsOfConnectedEdges?: TriggerCheck;
  triggersBoundsOfParallelEdges?: TriggerCheck;
}

interface ElementInternals {
  readonly length: number;
  readonly [index: number]: unknown;
  removed(): boolean;
  dirtyStyleCache(): unknown;
  dirtyCompoundBoundsCache(): unknown;
  dirtyBoundingBoxCache(): unknown;
  connectedEdges(): { forEach(fn: (edge: ElementInternals) => void): void };
  parallelEdges(): { forEach(fn: (edge: ElementInternals) => void): void };
  cy(): { notify(event: string, elements: unknown): void };
}

interface StyleInternals {
  properties?: Record<string, StyleProperty | undefined>;
  applyContextStyle?: (this: StyleInternals, meta: unknown, contextStyle: unknown, element: ElementInternals) => unknown;
  checkTriggers?: (this: StyleInternals, element: ElementInternals, name: string, from: unknown, to: unknown) => unknown;
}

/** What the properties applied so far to the element being styled have triggered. */
interface PendingTriggers {
  zOrder: boolean;
  bounds: boolean;
  connectedEdges: boolean;
  parallelEdges: boolean;
}

/** The element whose style is being applied: its cache invalidation and triggers wait until it is done. */
let styling: ElementInternals | null = null;
let invalidationSkipped = false;
let pending: PendingTriggers | null = null;
/** Inside withoutStyleTriggers. */
let quiet = false;
let coalesced = false;
let quietPatched = false;

/** Whether the coalescing patch is in place (a Cytoscape upgrade that renamed its internals would leave it out). */
export function styleInvalidationCoalesced(): boolean {
  return coalesced;
}

/** Whether the trigger patch withoutStyleTriggers needs is in place. */
export function styleTriggersPatched(): boolean {
  return quietPatched;
}

function styleProto(cy: Core): StyleInternals | undefined {
  const style = cy.style() as unknown;
  const proto: unknown = style ? Object.getPrototypeOf(style) : undefined;
  return internalsOf<StyleInternals>('style-speedup', proto, { checkTriggers: 'function', applyContextStyle: 'function' });
}

/** Runs what an element's properties triggered, once each (Cytoscape's own steps, in its order). */
function runTriggers(element: ElementInternals, triggered: PendingTriggers): void {
  if (element.removed()) return;
  if (triggered.zOrder) element.cy().notify('zorder', element);
  if (triggered.bounds) {
    element.dirtyCompoundBoundsCache();
    element.dirtyBoundingBoxCache();
  }
  if (triggered.connectedEdges) element.connectedEdges().forEach((edge) => edge.dirtyBoundingBoxCache());
  if (triggered.parallelEdges) element.parallelEdges().forEach((edge) => edge.dirtyBoundingBoxCache());
}

/** Patches `checkTriggers` once: quiet inside withoutStyleTriggers, deferred while an element is being styled. */
function patchTriggers(proto: StyleInternals): boolean {
  if (quietPatched) return true;
  const original = proto.checkTriggers;
  if (typeof original !== 'function') return false;
  quietPatched = true;
  proto.checkTriggers = function checkTriggers(element, name, from, to) {
    if (quiet) {
      element.dirtyStyleCache();
      return undefined;
    }
    const property = this.properties?.[name];
    if (pending === null || element !== styling || !property) return original.call(this, element, name, from, to);
    element.dirtyStyleCache();
    if (element.removed()) return undefined;
    const fires = (check: TriggerCheck | undefined): boolean => check != null && check(from, to, element);
    if (!pending.zOrder && fires(property.triggersZOrder)) pending.zOrder = true;
    if (!pending.bounds && fires(property.triggersBounds)) pending.bounds = true;
    if (!pending.connectedEdges && fires(property.triggersBoundsOfConnectedEdges)) pending.connectedEdges = true;
    if (!pending.parallelEdges && fires(property.triggersBoundsOfParallelEdges)) pending.parallelEdges = true;
    return undefined;
  };
  return true;
}

/** Makes style application invalidate each element's style cache and run its triggers once instead of once per property (on every core). */
export function coalesceStyleInvalidation(cy: Core): void {
  if (coalesced) return;
  const proto = styleProto(cy);
  const collectionProto = internalsOf<{ dirtyStyleCache: (this: ElementInternals) => unknown }>('style-speedup', Object.getPrototypeOf(cy.collection()), {
    dirtyStyleCache: 'function',
  });
  const apply = proto?.applyContextStyle;
  if (!proto || !collectionProto || typeof apply !== 'function' || !patchTriggers(proto)) return;
  const invalidate = collectionProto.dirtyStyleCache;
  coalesced = true;
  collectionProto.dirtyStyleCache = function dirtyStyleCache(this: ElementInternals) {
    if (styling !== null && this.length === 1 && this[0] === styling) {
      invalidationSkipped = true;
      return this;
    }
    return invalidate.call(this);
  };
  proto.applyContextStyle = function applyContextStyle(meta, contextStyle, element) {
    const outer = styling;
    const outerSkipped = invalidationSkipped;
    const outerPending = pending;
    const triggered: PendingTriggers = { zOrder: false, bounds: false, connectedEdges: false, parallelEdges: false };
    styling = element;
    invalidationSkipped = false;
    pending = triggered;
    try {
      return apply.call(this, meta, contextStyle, element);
    } finally {
      const skipped = invalidationSkipped;
      styling = outer;
      invalidationSkipped = outerSkipped;
      pending = outerPending;
      if (skipped) element.dirtyStyleCache();
      runTriggers(element, triggered);
    }
  };
}

/** Runs `style` (styling the elements of a new graph, see above) without the per-property triggers. */
export function withoutStyleTriggers(cy: Core, style: () => void): void {
  const proto = styleProto(cy);
  if (proto) patchTriggers(proto);
  const outer = quiet;
  quiet = true;
  try {
    style();
  } finally {
    quiet = outer;
  }
}
