/**
 * What the user has picked: the element the detail pane shows (an actor, a relation or a group's
 * bundle), everything selected on the canvas (shift-click, box selection, "Select
 * neighbourhood"), and the one-shot requests that follow a pick (bring it into view, move keyboard
 * focus to the pane). The emphasis (what stays bright on the canvas) is derived from it.
 */
import { ancestorsOf } from '../model/membership';
import { neighbourhood } from '../model/subgraph';
import { emphasisOf, type Emphasis } from '../view/emphasis';
import { targetFor, type ElementTarget } from '../view/target';
import { pairOfRelation } from '../view/merged-pairs';
import type { DatasetState } from './dataset.svelte';
import type { ViewState } from './view-state.svelte';

export interface SelectOptions {
  /** Pan the canvas to it (default true). */
  readonly reveal?: boolean;
  /** Move keyboard focus to the pane's heading (default true). */
  readonly focusPane?: boolean;
  /** Open collapsed groups that hide it (default true). */
  readonly expand?: boolean;
}

export class SelectionState {
  #selection: ElementTarget | null = $state.raw(null);
  #selectedIds: readonly string[] = $state.raw([]);
  #revealRequest: { readonly ids: readonly string[] } | null = $state.raw(null);
  #paneFocusRequest = $state(0);

  readonly #data: DatasetState;
  readonly #view: ViewState;

  constructor(data: DatasetState, view: ViewState) {
    this.#data = data;
    this.#view = view;
  }

  /** What the detail pane shows. */
  get selection(): ElementTarget | null {
    return this.#selection;
  }
  /** Everything selected on the canvas (shift-click, box selection, "Select neighbourhood"). */
  get selectedIds(): readonly string[] {
    return this.#selectedIds;
  }
  /** Ask the canvas to bring these into view (a new object each time). */
  get revealRequest(): { readonly ids: readonly string[] } | null {
    return this.#revealRequest;
  }
  /** Incremented when keyboard focus should move to the detail pane's heading. */
  get paneFocusRequest(): number {
    return this.#paneFocusRequest;
  }
  /** The actor the pane shows, if it shows one (the focus is around it). */
  get selectedActor(): string | undefined {
    return this.#selection?.kind === 'actor' ? this.#selection.id : undefined;
  }

  /** The selection and what touches it: the canvas lets everything else recede. */
  readonly emphasis: Emphasis | undefined = $derived.by(() => {
    const ids = new Set<string>(this.#selectedIds);
    if (this.#selection) ids.add(this.#selection.id);
    // A relation drawn inside a merged pair brings its merged edge forward.
    const pairs = pairOfRelation(this.#view.elements);
    for (const id of [...ids]) if (pairs.has(id)) ids.add(pairs.get(id)!);
    return emphasisOf(this.#data.graph, this.#view.elements, this.#data.members, ids);
  });

  /** Selects an actor, a relation or a group's bundle (null clears); see SelectOptions. */
  select(target: ElementTarget | null, options: SelectOptions = {}): void {
    const { reveal = true, focusPane = true, expand = true } = options;
    const graph = this.#data.graph;
    if (target === null) {
      this.#selection = null;
      this.#selectedIds = [];
      this.#view.setFocusHops(0);
      return;
    }
    if (target.kind === 'actor' && !graph.hasNode(target.id)) return;
    if (target.kind === 'relation' && !graph.hasEdge(target.id)) return;
    if (expand && target.kind !== 'meta' && target.kind !== 'pair') {
      const ends = target.kind === 'actor' ? [target.id] : [graph.source(target.id), graph.target(target.id)];
      this.#view.expand(new Set(ends.flatMap((end) => ancestorsOf(graph, end))));
    }
    this.#selection = target;
    this.#selectedIds = [target.id];
    if (reveal) {
      const ids = target.kind === 'relation' ? [target.id, graph.source(target.id), graph.target(target.id)] : [target.id];
      this.#revealRequest = { ids: ids.map((id) => this.#view.elements.representative.get(id) ?? id) };
    }
    if (focusPane) this.#paneFocusRequest++;
  }

  /** The canvas reports a tap (null: on the background); shift-click is reported as a new selection set instead. */
  canvasTap(target: ElementTarget | null, additive: boolean): void {
    if (target === null) {
      if (!additive) this.select(null);
      return;
    }
    if (additive) return;
    this.select(target, { reveal: false, focusPane: true, expand: false });
  }

  /** The canvas selection changed by a gesture (box selection, shift-click, a tap). */
  canvasSelectionChanged(ids: readonly string[]): void {
    this.#selectedIds = [...ids];
    // One element: its pane. Several: the pane summarises them. None: nothing.
    this.#selection = ids.length === 1 ? this.#targetFor(ids[0]!) : null;
  }

  /** Shift-click in a list: adds the element to the canvas selection, or takes it out. */
  toggleInSelection(id: string): void {
    this.#selectedIds = this.#selectedIds.includes(id) ? this.#selectedIds.filter((x) => x !== id) : [...this.#selectedIds, id];
    if (!this.#selection && this.#selectedIds.length === 1) this.#selection = this.#targetFor(this.#selectedIds[0]!);
  }

  /** Adds the actors one step from the selected ones (over drawn relations) to the selection. */
  selectNeighbourhood(): void {
    const graph = this.#data.graph;
    const start = new Set(this.#selectedIds.filter((id) => graph.hasNode(id)));
    const actor = this.selectedActor;
    if (actor !== undefined) start.add(actor);
    if (start.size === 0) return;
    const { drawnActors, drawnRelations } = this.#view.visibility;
    const near = neighbourhood(graph, start, { depth: 1, visible: { nodes: drawnActors, edges: drawnRelations } });
    const representative = this.#view.elements.representative;
    this.#selectedIds = near.map((id) => representative.get(id) ?? id).filter((id, i, all) => all.indexOf(id) === i);
    this.#revealRequest = { ids: this.#selectedIds };
  }

  /** A new graph came in: nothing of the old one stays selected. */
  reset(): void {
    this.#selection = null;
    this.#selectedIds = [];
  }

  #targetFor(id: string): ElementTarget | null {
    return targetFor(this.#data.graph, this.#view.elements, id);
  }
}
