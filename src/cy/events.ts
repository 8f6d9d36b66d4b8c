/**
 * The canvas's events: user gestures on Cytoscape (taps, double taps on groups, drags, box
 * selection, hovering) reported as callbacks, and the selection the state sets made the canvas's
 * without being reported back as a gesture. The state decides what a gesture means.
 */
import type { EventObject, NodeSingular, SingularElementReturnValue } from 'cytoscape';
import type { Positions } from '../model/interchange';
import type { CanvasTarget, LayoutProgress } from '../view/canvas-port';
import { setHovered } from './look-sync';
import type { Scene } from './scene';
import { leafPositions } from './viewport';

export interface AdapterCallbacks {
  /** A click or tap on an element (null: the background); additive when shift, ctrl or cmd was held. */
  onTap(target: CanvasTarget | null, additive: boolean): void;
  /** The set of selected elements changed by a user gesture (tap, shift-click, box selection). */
  onSelectionChanged(ids: readonly string[]): void;
  /** The user dragged nodes: every leaf's position now, and which nodes moved. */
  onPositionsChanged(positions: Positions, moved: readonly string[]): void;
  /** Double click on a group: collapse or expand it. */
  onToggleGroup(id: string): void;
  /** Where a running layout is (the worker's stages, then drawing). */
  onLayoutProgress?(stage: LayoutProgress): void;
  /** A large graph that came with its positions is being added and drawn a slice per task (true), then is on screen (false). */
  onDrawing?(drawing: boolean): void;
}

function targetOf(element: SingularElementReturnValue): CanvasTarget {
  if (element.group() === 'nodes') return { kind: 'actor', id: element.id() };
  return element.data('role') === 'meta' || element.data('role') === 'pair'
    ? { kind: element.data('role') as 'meta' | 'pair', id: element.id() }
    : { kind: 'relation', id: element.id() };
}

function additive(event: EventObject): boolean {
  const e = event.originalEvent as MouseEvent | undefined;
  return Boolean(e && (e.shiftKey || e.ctrlKey || e.metaKey));
}

export class CanvasEvents {
  readonly #scene: Scene;
  readonly #callbacks: AdapterCallbacks;
  /** The selection last reported or set (sorted ids), so a gesture that changes nothing is not reported. */
  #lastSelection = '';
  #selectionQueued = false;
  /** The state is setting the selection: Cytoscape's select events are not the user's. */
  #syncingSelection = false;

  constructor(scene: Scene, callbacks: AdapterCallbacks) {
    this.#scene = scene;
    this.#callbacks = callbacks;
    this.#listen();
  }

  #listen(): void {
    const { cy, looks } = this.#scene;
    const callbacks = this.#callbacks;
    cy.on('tap', (event) => {
      if (event.target === cy) callbacks.onTap(null, additive(event));
    });
    cy.on('tap', 'node, edge', (event) => callbacks.onTap(targetOf(event.target as SingularElementReturnValue), additive(event)));
    cy.on('dbltap', 'node', (event) => {
      const node = event.target as NodeSingular;
      if (node.isParent() || node.hasClass('collapsed')) callbacks.onToggleGroup(node.id());
    });
    cy.on('select unselect', () => this.#queueSelection());
    cy.on('boxend', () => this.#queueSelection());
    cy.on('dragfree', 'node', (event) => {
      const node = event.target as NodeSingular;
      const moved = [node.id(), ...node.descendants().map((d) => d.id())];
      callbacks.onPositionsChanged(leafPositions(cy), moved);
    });
    cy.on('mouseover', 'node, edge', (event) => {
      const element = event.target as SingularElementReturnValue;
      looks.hoveredId = element.id();
      setHovered(element, true);
    });
    cy.on('mouseout', 'node, edge', (event) => {
      const element = event.target as SingularElementReturnValue;
      if (looks.hoveredId === element.id()) looks.hoveredId = undefined;
      setHovered(element, false);
    });
  }

  /** Reports the selection once per task, after Cytoscape's select/unselect events for one gesture have all fired. */
  #queueSelection(): void {
    if (this.#syncingSelection || this.#selectionQueued) return;
    this.#selectionQueued = true;
    queueMicrotask(() => {
      this.#selectionQueued = false;
      const { cy } = this.#scene;
      if (cy.destroyed()) return;
      const ids = cy.$(':selected').map((e) => e.id());
      const key = [...ids].sort().join('\n');
      if (key === this.#lastSelection) return;
      this.#lastSelection = key;
      this.#callbacks.onSelectionChanged(ids);
    });
  }

  /** Makes the canvas selection exactly these ids (without reporting it back as a user gesture). */
  setSelection(ids: readonly string[]): void {
    const { cy } = this.#scene;
    const wanted = new Set(ids);
    this.#syncingSelection = true;
    try {
      cy.batch(() => {
        cy.$(':selected')
          .filter((e) => !wanted.has(e.id()))
          .unselect();
        for (const id of ids) {
          const element = cy.getElementById(id);
          if (!element.empty() && !element.selected()) element.select();
        }
      });
    } finally {
      this.#syncingSelection = false;
    }
    this.#lastSelection = [...cy.$(':selected').map((e) => e.id())].sort().join('\n');
  }
}
