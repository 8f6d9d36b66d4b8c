/**
 * A huge graph (tens of thousands of elements, issue 18) is drawn with straight edges. Cytoscape's
 * bezier edges cost, per edge and per measuring, a look for parallel edges (a traversal of the
 * edges between the same two nodes) and a control-point computation; at 40,000 relations those
 * were most of each slice of the staging, of the renderer's first pass and of the layer images.
 * Zoomed out far enough to show 20,000 actors, the curve of a parallel edge is under a pixel
 * anyway; zoomed in, parallel relations between two actors lie on one line (the relation table
 * and the panes still list each).
 *
 * The rule is switched while the canvas holds no elements (a new graph, right after the old one
 * was removed), so switching restyles nothing.
 */
import type { Core, StylesheetJson } from 'cytoscape';
import { STYLESHEET } from './style';

/** From this many elements (nodes + edges) edges are straight. */
export const HUGE_GRAPH_ELEMENTS = 15_000;

const STRAIGHT_EDGES = { selector: 'edge', style: { 'curve-style': 'straight' } } as const;

const straight = new WeakSet<Core>();

/** Whether this core draws its edges straight now. */
export function drawsStraightEdges(cy: Core): boolean {
  return straight.has(cy);
}

/** Call with the canvas empty: the stylesheet for a graph of `elementCount` elements. */
export function fitStylesheetToSize(cy: Core, elementCount: number): void {
  const huge = elementCount >= HUGE_GRAPH_ELEMENTS;
  if (huge === straight.has(cy)) return;
  const sheet = (huge ? [...STYLESHEET, STRAIGHT_EDGES] : STYLESHEET) as unknown as StylesheetJson;
  cy.style().fromJson(sheet).update();
  if (huge) straight.add(cy);
  else straight.delete(cy);
}
