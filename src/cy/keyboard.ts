/**
 * The keyboard's focus on the canvas (issue 17): which actor or relation the arrow keys are on,
 * drawn with a focus ring (the `kbFocus` data flag, styled in style.ts), and the geometry the
 * pure navigation (view/keyboard-nav.ts) needs: where the drawn actors are on screen and which are
 * the focused one's neighbours. The page decides what Enter or Escape then means.
 */
import type { Core, EdgeSingular, NodeSingular, SingularElementReturnValue } from 'cytoscape';
import type { CanvasTarget } from '../view/canvas-port';
import { cycle, firstFocus, nextFocus, type Direction, type Placed } from '../view/keyboard-nav';
import * as viewport from './viewport';

const FLAG = 'kbFocus';

function targetOf(element: SingularElementReturnValue): CanvasTarget {
  if (element.group() === 'nodes') return { kind: 'actor', id: element.id() };
  return element.data('role') === 'meta' || element.data('role') === 'pair'
    ? { kind: element.data('role') as 'meta' | 'pair', id: element.id() }
    : { kind: 'relation', id: element.id() };
}

function placed(node: NodeSingular): Placed {
  const p = node.renderedPosition();
  return { id: node.id(), x: p.x, y: p.y };
}

export class CanvasKeyboard {
  readonly #cy: Core;
  #focusedId: string | undefined;
  /** The actor whose relations ] and [ step through (the last actor focused). */
  #anchorId: string | undefined;

  constructor(cy: Core) {
    this.#cy = cy;
  }

  /** The element the keyboard is on, when it is still drawn. */
  #focused(): SingularElementReturnValue | undefined {
    if (this.#focusedId === undefined) return undefined;
    const element = this.#cy.getElementById(this.#focusedId);
    return element.nonempty() && element.visible() ? element : undefined;
  }

  /** What the keyboard is on (null: nothing). */
  focused(): CanvasTarget | null {
    const element = this.#focused();
    return element ? targetOf(element) : null;
  }

  /** Puts the focus ring on this element (undefined: nowhere) and brings it into view. */
  focus(id: string | undefined): CanvasTarget | null {
    const cy = this.#cy;
    if (this.#focusedId !== undefined && this.#focusedId !== id) {
      const before = cy.getElementById(this.#focusedId);
      if (before.nonempty()) before.removeData(FLAG);
    }
    this.#focusedId = undefined;
    if (id === undefined) return null;
    const element = cy.getElementById(id);
    if (element.empty()) return null;
    this.#focusedId = id;
    if (element.isNode()) this.#anchorId = id;
    element.data(FLAG, true);
    viewport.reveal(cy, [id]);
    return targetOf(element);
  }

  /** The drawn actors a keyboard can land on: every visible one, groups too (a state has relations of its own). */
  #candidates(): NodeSingular[] {
    return this.#cy.nodes(':visible').toArray();
  }

  /** The canvas lost the keyboard: the ring goes, the place is kept for when it comes back. */
  rest(): void {
    this.#focused()?.removeData(FLAG);
  }

  /** Focuses the actor nearest the middle of the view (where Tab lands first), or the one focused before. */
  enter(): CanvasTarget | null {
    const current = this.focused();
    if (current) return this.focus(current.id);
    const all = this.#candidates().map(placed);
    return this.focus(firstFocus(all, { x: this.#cy.width() / 2, y: this.#cy.height() / 2 }));
  }

  /**
   * An arrow key: to the nearest neighbour of the focused actor that way, else the nearest actor
   * (from a relation: from its midpoint). Nothing focused yet: the first actor. Stays when nothing lies that way.
   */
  move(direction: Direction): CanvasTarget | null {
    const element = this.#focused();
    if (!element) return this.enter();
    const all = this.#candidates();
    let from: Placed;
    let neighbours: NodeSingular[];
    if (element.isNode()) {
      from = placed(element);
      neighbours = (element as NodeSingular).connectedEdges(':visible').connectedNodes(':visible').toArray();
    } else {
      const edge = element as EdgeSingular;
      const mid = edge.renderedMidpoint();
      from = { id: edge.id(), x: mid.x, y: mid.y };
      neighbours = [edge.source(), edge.target()];
    }
    const id = nextFocus(from, neighbours.filter((n) => n.visible()).map(placed), all.map(placed), direction);
    return id === undefined ? this.focused() : this.focus(id);
  }

  /** ] and [: through the drawn relations of the focused actor (or of the relation's source actor). */
  cycleRelation(step: 1 | -1): CanvasTarget | null {
    const element = this.#focused();
    if (!element) return this.enter();
    const edge = element as EdgeSingular;
    const anchor = element.isEdge() && (edge.source().id() === this.#anchorId || edge.target().id() === this.#anchorId) ? this.#anchorId : undefined;
    const node = element.isNode() ? (element as NodeSingular) : anchor !== undefined ? this.#cy.getElementById(anchor) : edge.source();
    const ids = node
      .connectedEdges(':visible')
      .map((e) => e.id())
      .sort();
    const id = cycle(ids, element.isEdge() ? element.id() : undefined, step);
    return id === undefined ? this.focused() : this.focus(id);
  }

  /** + and -: zoom about the focused element (or the middle of the view), within the zoom range. */
  zoomBy(factor: number): void {
    const cy = this.#cy;
    const element = this.#focused();
    const at = element ? (element.isNode() ? (element as NodeSingular).renderedPosition() : (element as EdgeSingular).renderedMidpoint()) : undefined;
    const level = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), cy.zoom() * factor));
    cy.zoom({ level, renderedPosition: at ?? { x: cy.width() / 2, y: cy.height() / 2 } });
  }
}
