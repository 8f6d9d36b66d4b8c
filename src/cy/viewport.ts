/**
 * The canvas's view: fitting, bringing elements into view, whether everything is in view, keeping
 * the view centred (and the selection in it) when panels beside the canvas change its size, the
 * zoom range and viewport shortcuts by graph size, and animating nodes to new positions. Under
 * `prefers-reduced-motion: reduce` nothing is animated: the view and the nodes jump to where they go.
 */
import type { CollectionReturnValue, Core, LayoutOptions, NodeSingular } from 'cytoscape';
import type { Positions } from '../model/interchange';
import type { Viewport } from '../model/saved-views';
import { ownValue, setOwn } from '../model/own-record';
import { setViewportShortcuts } from './patches/renderer-internals';

export const FIT_PADDING = 36;
export const MIN_ZOOM = 0.1;
export const MAX_ZOOM = 4;
const LARGE_GRAPH_MIN_ZOOM = 0.02;
/** Above this many elements a graph is drawn with the viewport shortcuts of tuneForSize. */
const LARGE_GRAPH_ELEMENTS = 1500;
/** How far in from the view's edges `reveal` and `keepInView` want what they bring into view. */
const VIEW_MARGIN = 24;

/** Whether the person asked for less motion (read on each move, so a change in the system setting applies at once). */
export function reducedMotion(): boolean {
  return typeof globalThis.matchMedia === 'function' && globalThis.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

type Box = { x1: number; y1: number; x2: number; y2: number; w: number; h: number };

/** A rendered box against a `width` × `height` view, `margin` pixels in from its edges (a negative margin is slack). */
function boxInView(box: Box, width: number, height: number, margin: number): { inside: boolean; tooBig: boolean } {
  return {
    inside: box.x1 >= margin && box.y1 >= margin && box.x2 <= width - margin && box.y2 <= height - margin,
    tooBig: box.w > width - 2 * margin || box.h > height - 2 * margin,
  };
}

/** Pans the least that brings `elements` (what is selected) back inside a `width` × `height` view, with a margin; no-op when they are in view or too big for it. */
function keepInView(cy: Core, elements: CollectionReturnValue, width: number, height: number): void {
  if (elements.empty()) return;
  const margin = VIEW_MARGIN;
  const box = elements.renderedBoundingBox();
  if (boxInView(box, width, height, margin).tooBig) return;
  const dx = box.x1 < margin ? margin - box.x1 : box.x2 > width - margin ? width - margin - box.x2 : 0;
  const dy = box.y1 < margin ? margin - box.y1 : box.y2 > height - margin ? height - margin - box.y2 : 0;
  if (dx !== 0 || dy !== 0) cy.panBy({ x: dx, y: dy });
}

/** Panels beside the canvas can change its size (the perspective strip grows, a pane comes in): keeps the view centred, and the selection in it. Returns the disconnect. */
export function watchSize(cy: Core, container: HTMLElement): () => void {
  if (typeof ResizeObserver === 'undefined') return () => undefined;
  let width = container.clientWidth;
  let height = container.clientHeight;
  const observer = new ResizeObserver(() => {
    const w = container.clientWidth;
    const h = container.clientHeight;
    if (w === width && h === height) return;
    cy.resize();
    cy.panBy({ x: (w - width) / 2, y: (h - height) / 2 });
    width = w;
    height = h;
    keepInView(cy, cy.$(':selected'), w, h);
  });
  observer.observe(container);
  return () => observer.disconnect();
}

/** Pans (and if needed zooms) so these elements are in view; nothing when they already are. */
export function reveal(cy: Core, ids: readonly string[]): void {
  let elements = cy.collection();
  for (const id of ids) elements = elements.union(cy.getElementById(id));
  elements = elements.filter((e) => e.visible());
  if (elements.empty()) return;
  const { inside, tooBig } = boxInView(elements.renderedBoundingBox({ includeLabels: true }), cy.width(), cy.height(), VIEW_MARGIN);
  if (inside) return;
  cy.stop();
  if (reducedMotion()) {
    if (tooBig) cy.fit(elements, FIT_PADDING);
    else cy.center(elements);
  } else if (tooBig) cy.animate({ fit: { eles: elements, padding: FIT_PADDING }, duration: 300 });
  else cy.animate({ center: { eles: elements }, duration: 300 });
}

/** Fits what is drawn into the view, animated. */
export function fit(cy: Core): void {
  if (reducedMotion()) {
    cy.stop();
    cy.fit(cy.elements(':visible'), FIT_PADDING);
    return;
  }
  cy.animate({ fit: { eles: cy.elements(':visible'), padding: FIT_PADDING }, duration: 300 });
}

/** Whether everything drawn is in view: the user sees the whole graph, not a part they zoomed to. */
export function showsEverything(cy: Core): boolean {
  // (2 px of slack: a fitted view's box touches the edges.)
  return boxInView(cy.elements(':visible').renderedBoundingBox(), cy.width(), cy.height(), -2).inside;
}

/**
 * Large graphs: while the user pans or zooms, Cytoscape moves a snapshot of the picture and leaves
 * edges out (patches/viewport-shortcuts.ts) instead of redrawing thousands of elements per frame,
 * and the view may zoom out further. Small graphs keep the full drawing while they move. (Labels
 * already drop out below a readable size: min-zoomed-font-size.)
 */
export function tuneForSize(cy: Core, elementCount: number): void {
  const large = elementCount > LARGE_GRAPH_ELEMENTS;
  // A graph of thousands of actors is wider than the window even at a tenth of its size: let Fit show all of it.
  cy.minZoom(large ? LARGE_GRAPH_MIN_ZOOM : MIN_ZOOM);
  setViewportShortcuts(cy, large);
}

/** Moves leaf nodes to these positions, animated, and fits; resolves when they are there. */
export function animateTo(cy: Core, positions: Positions): Promise<void> {
  const leaves = cy.nodes().filter((n) => n.isChildless() && ownValue(positions, n.id()) !== undefined);
  return new Promise((resolve) => {
    const layout = leaves.layout({
      name: 'preset',
      positions: (node: NodeSingular) => {
        const p = ownValue(positions, node.id());
        return p ? { x: p.x, y: p.y } : node.position();
      },
      animate: !reducedMotion(),
      animationDuration: 600,
      fit: true,
      padding: FIT_PADDING,
    } as unknown as LayoutOptions);
    layout.one('layoutstop', () => resolve());
    layout.run();
  });
}

/** Leaf positions (collapsed groups included), rounded to a tenth of a pixel. */
export function leafPositions(cy: Core): Positions {
  const positions: Record<string, { x: number; y: number }> = {};
  cy.nodes().forEach((node) => {
    if (!node.isChildless()) return;
    const p = node.position();
    setOwn(positions, node.id(), { x: Math.round(p.x * 10) / 10, y: Math.round(p.y * 10) / 10 });
  });
  return positions;
}

/** The zoom and pan now. */
export function getViewport(cy: Core): Viewport {
  const pan = cy.pan();
  return { zoom: cy.zoom(), pan: { x: pan.x, y: pan.y } };
}

/** Sets zoom and pan at once (within the zoom range), after stopping any animation of the view (a reveal under way). */
export function setViewport(cy: Core, viewport: Viewport): void {
  cy.stop(true, false);
  const zoom = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), viewport.zoom));
  cy.viewport({ zoom, pan: { x: viewport.pan.x, y: viewport.pan.y } });
}
