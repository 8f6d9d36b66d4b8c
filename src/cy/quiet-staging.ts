/**
 * Styling a new graph's elements while the adapter stages them (adapter.ts, #stageSlice) without
 * Cytoscape's per-property "triggers". For every style property that can change an element's box,
 * its z-order or its edges' curves, Cytoscape invalidates the element's box, its groups' boxes and
 * its edges' boxes and fires an event each time: for a freshly added element that is a dozen times
 * per element, and about a quarter of the time styling takes. A staged graph is never drawn before
 * #placeStaged has moved every node, brought every group's box up to date and measured every
 * element from scratch (and sorted them by z-order), so those invalidations change nothing there.
 * A graph drawn at its shipped positions (#replaceAll) is styled the same way: its elements are
 * new, with no boxes yet, and the fit that follows measures them all.
 *
 * The style's cache invalidation (`dirtyStyleCache`, the first thing a trigger check does) is kept.
 * The patch wraps Cytoscape's internal `checkTriggers` once per page; if a Cytoscape upgrade renames
 * it, nothing is patched and staging only stays slower.
 */
import type { Core } from 'cytoscape';

interface StyleTriggers {
  checkTriggers?: (this: unknown, element: { dirtyStyleCache(): unknown }, name: string, from: unknown, to: unknown) => unknown;
}

let quiet = false;
let patched = false;

function patch(cy: Core): void {
  if (patched) return;
  const style = cy.style() as unknown;
  const proto = (style ? Object.getPrototypeOf(style) : null) as StyleTriggers | null;
  const original = proto?.checkTriggers;
  if (!proto || typeof original !== 'function') return;
  patched = true;
  proto.checkTriggers = function checkTriggers(element, name, from, to) {
    if (!quiet) return original.call(this, element, name, from, to);
    element.dirtyStyleCache();
    return undefined;
  };
}

/** Whether the patch is in place (a Cytoscape upgrade that renamed `checkTriggers` would leave it out). */
export function styleTriggersPatched(): boolean {
  return patched;
}

/** Runs `style` (styling elements of a graph that is staged, see above) without the per-property triggers. */
export function withoutStyleTriggers(cy: Core, style: () => void): void {
  patch(cy);
  const outer = quiet;
  quiet = true;
  try {
    style();
  } finally {
    quiet = outer;
  }
}
