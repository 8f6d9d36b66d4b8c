/**
 * The explorer's state, as one facade over five small states with runes: the dataset (graph,
 * positions, metrics), the view (perspective, filters, focus, time, collapsed groups), the
 * selection, the layout jobs (progress, busy, failure) and the Path tool; their getters are in
 * explorer-reads.svelte.ts. Components, the canvas wiring and the tests talk to this class only;
 * it delegates, and derives what needs more than one of them (the looks, the URL,
 * the panes and lists) by calling the pure functions in src/view/. User intent arrives as small
 * named actions (select, setPerspective, toggleType, toggleGroup, runLayout, replaceGraph, …).
 * The canvas is reached through the CanvasPort interface, so the state never imports Cytoscape.
 */
import { flushSync } from 'svelte';
import type { ActorGraph } from '../model/graph';
import type { Positions } from '../model/interchange';
import type { ActorKind } from '../model/schema';
import { searchActors, type SearchHit } from '../model/search';
import type { Perspective } from '../model/perspective';
import { describeCompareCounts } from '../view/perspective-wording';
import { relationCoverage, type ArticleCoverage } from '../view/coverage';
import { compareSections, type CompareSections, type ContestedSections } from '../view/disagreements';
import { formatUrlState, type FocusHops, type KnownIds, type TourPosition, type UrlState } from '../model/url-state';
import type { QuadClassId, RelationTypeId } from '../model/typology';
import type { ElementLook } from '../view/looks';
import type { CanvasPort, LayoutProgress } from '../view/canvas-port';
import type { ElementTarget } from '../view/target';
import { actorDetails, metaDetails, relationDetails, type ActorDetails, type MetaDetails, type RelationDetails } from '../view/details';
import { actorRows, contestedRows, relationRows, type ActorRow, type ContestedRow, type RelationRow } from '../view/rows';
import { chosenSubgraph, type ChosenSubgraph } from '../view/chosen-subgraph';
import { mergedLooks, pairDetails, type PairDetails } from '../view/merged-pairs';
import type { DatasetInit } from './dataset.svelte';
import { ExplorerReads, type PaneSelection } from './explorer-reads.svelte';
import { contestedOf, looksOf, WARM_UP_FROM, warmDerivations } from './derivations';
import type { SelectOptions } from './selection.svelte';
import { depthCounts, shownBeforeFocus, type DepthCount } from '../model/depth';

export type { ActorRow, ChosenSubgraph, ContestedRow, MetaDetails, RelationRow };
export { withThousands } from '../view/progress-text';

export type ExplorerInit = DatasetInit;
export type { PaneSelection };

export class Explorer extends ExplorerReads {
  /** The large graph whose derivations are being computed ahead (replaceGraphInSteps), if any. */
  #warming: object | undefined;

  // ---- derived from more than one state ----------------------------------------------------
  readonly looks: ReadonlyMap<string, ElementLook> = $derived.by(() => {
    const path = this.paths.highlight;
    const input = { visibility: this.visibility, view: this.view, emphasis: path?.emphasis ?? this.emphasis, onPath: path?.onPath };
    return mergedLooks(this.elements, looksOf(this.elements, input), input);
  });
  readonly urlState: UrlState = $derived({
    perspective: this.perspective,
    selection: this.selection && this.selection.kind !== 'meta' && this.selection.kind !== 'pair' ? this.selection : null,
    focusHops: this.focusHops,
    filters: this.filters,
    collapsed: this.collapsed,
    fadeOutside: this.fadeOutside,
    tour: this.tour,
    path: this.paths.ends,
    asOf: this.asOf,
    mergePairs: this.mergePairs,
  });
  readonly urlHash = $derived(formatUrlState(this.urlState));
  readonly actorDetails: ActorDetails | undefined = $derived(
    this.selection?.kind === 'actor' ? actorDetails(this.graph, this.selection.id, this.view, this.visibility, this.metrics) : undefined,
  );
  readonly relationDetails: RelationDetails | undefined = $derived(
    this.selection?.kind === 'relation' ? relationDetails(this.graph, this.selection.id, this.view, this.visibility, this.sources) : undefined,
  );
  readonly metaDetails: MetaDetails | undefined = $derived(
    this.selection?.kind === 'meta' ? metaDetails(this.graph, this.elements, this.selection.id) : undefined,
  );
  /** A merged edge's pair and every relation it stands for. */
  readonly pairDetails: PairDetails | undefined = $derived(
    this.selection?.kind === 'pair' ? pairDetails(this.graph, this.elements, this.selection.id, this.visibility) : undefined,
  );
  /** "share 9, contested 4, only Lawfare 17, only Quincy 22" in compare mode. */
  readonly compareLine: string | undefined = $derived.by(() => {
    const p = this.perspective;
    if (p.mode !== 'compare' || !this.view.counts) return undefined;
    return describeCompareCounts(this.view.counts, this.sourceLabel(p.a), this.sourceLabel(p.b));
  });
  /** The Depth control's counts for the selected actor: actors and relations each depth keeps. */
  readonly depthCounts: readonly DepthCount[] = $derived(
    this.selection?.kind === 'actor' ? depthCounts(this.graph, this.selection.id, shownBeforeFocus(this.visibility)) : [],
  );
  /** Relations drawn now (hidden ones left out), for the table. */
  readonly relationRows: readonly RelationRow[] = $derived(relationRows(this.graph, this.view, this.visibility));
  /** Actors drawn now, as a tree (members under their group), for the list. */
  readonly actorRows: readonly ActorRow[] = $derived(actorRows(this.graph, this.members, this.visibility));
  readonly contestedRows: readonly ContestedRow[] = $derived(contestedRows(this.graph, this.view));
  /** The left panel's list: disagreements first, then the weaker differences. */
  readonly contestedSections: ContestedSections = $derived(contestedOf(this.graph, this.view));
  /** Compare mode: where the two articles disagree, differ, both state, and state alone. */
  readonly compareSections: CompareSections | undefined = $derived(compareSections(this.graph, this.view));
  /** The selected relation's coverage strip: where each article stands on it. */
  readonly relationCoverage: readonly ArticleCoverage[] | undefined = $derived(
    this.selection?.kind === 'relation' ? relationCoverage(this.graph, this.selection.id, (s) => this.sources.get(s)) : undefined,
  );
  /** Relations on which the articles the view sets against each other take opposite sides. */
  readonly disputedIds: ReadonlySet<string> = $derived(new Set(this.view.disputedRelationIds));
  readonly counts = $derived({
    actors: this.graph.order,
    relations: this.graph.size,
    shownActors: this.visibility.drawnActors.size,
    shownRelations: this.visibility.drawnRelations.size,
  });

  // ---- queries ------------------------------------------------------------------------------
  sourceLabel(id: string): string {
    return this.sources.get(id)?.short ?? id;
  }

  search(query: string, limit = 8): SearchHit[] {
    return searchActors(this.searchIndex, query, limit);
  }

  knownIds(): KnownIds {
    const graph = this.graph;
    return { sources: this.sourceIds, hasActor: (id) => graph.hasNode(id), hasRelation: (id) => graph.hasEdge(id) };
  }

  /** Current positions (for the PNG or an export); leaves only. */
  currentPositions(): Positions | undefined {
    return this.dataset.positions;
  }

  /**
   * What an export takes: the selected actors (canvas selection, shift-click, box selection) with
   * the shown relations among them, or, when no actor is selected, everything shown now.
   */
  chosenSubgraph(): ChosenSubgraph {
    const selectedIds = [...this.selectedIds, ...(this.selection ? [this.selection.id] : [])];
    return chosenSubgraph(this.graph, { selectedIds, visibility: this.visibility, members: this.members, positions: this.dataset.positions });
  }

  // ---- actions: data ------------------------------------------------------------------------
  /** Computes the metrics of the current graph (loading graphology-metrics on first use); resolves when done. */
  loadMetrics(): Promise<void> {
    return this.dataset.loadMetrics();
  }

  /** Shows another graph (an import); positions, when the file has them, are used as shipped. */
  replaceGraph(graph: ActorGraph, positions: Positions | undefined): void {
    this.#warming = undefined;
    this.selectionState.reset();
    this.viewState.resetFor(graph);
    this.jobs.graphChanged();
    this.dataset.replaceGraph(graph, positions);
  }

  /**
   * Shows an imported graph; a large one has its derivations computed ahead, a task each
   * (derivations.ts), so that installing it is not one long task. Resolves once it is installed,
   * or when another graph came first (then it is not installed).
   */
  async replaceGraphInSteps(graph: ActorGraph, positions: Positions | undefined): Promise<void> {
    if (graph.order + graph.size >= WARM_UP_FROM) {
      const token = {};
      this.#warming = token;
      await warmDerivations(graph, positions, this.viewState.settingsFor(graph), async () => {
        await new Promise((resolve) => setTimeout(resolve, 0));
        return this.#warming === token;
      });
      if (this.#warming !== token) return;
      // Installed, and the page updated, in this task (measured, for the benchmark).
      const start = performance.now();
      this.replaceGraph(graph, positions);
      flushSync();
      performance.measure('install', { start, end: performance.now() });
      return;
    }
    this.replaceGraph(graph, positions);
  }

  /** Back to the built-in dataset and its shipped layout (or the user's dragged version of it). */
  restoreBuiltin(): void {
    this.#warming = undefined;
    this.selectionState.reset();
    this.jobs.graphChanged();
    this.dataset.restoreBuiltin();
    this.viewState.resetFor(this.dataset.graph);
  }

  // ---- actions: canvas ----------------------------------------------------------------------
  attachCanvas(canvas: CanvasPort | null): void {
    this.jobs.attachCanvas(canvas);
  }
  /** The canvas reports what the user did: a tap (null: on the background). */
  canvasTap(target: ElementTarget | null, additive: boolean): void {
    this.selectionState.canvasTap(target, additive);
  }
  /** The canvas selection changed by a gesture (box selection, shift-click, a tap). */
  canvasSelectionChanged(ids: readonly string[]): void {
    this.selectionState.canvasSelectionChanged(ids);
  }
  /** Dragged nodes (or a finished layout): remember every leaf position; a dragged collapsed group moves its members along. */
  positionsChanged(fromCanvas: Positions): void {
    this.dataset.positionsChanged(fromCanvas, this.elements.collapsed);
  }
  runLayout(purpose: 'fresh' | 'rerun' = 'rerun'): Promise<void> {
    return this.jobs.runLayout(purpose);
  }
  /** "Try again" after a layout failed. */
  retryLayout(): Promise<void> {
    return this.jobs.retryLayout();
  }
  /** The canvas reports that it started (true) or finished (false) drawing a large graph that came with its positions. */
  canvasDrawingChanged(drawing: boolean): void {
    this.jobs.canvasDrawingChanged(drawing);
  }
  /** The canvas reports where a running layout is; `canvasStatus` says it. */
  layoutProgress(stage: LayoutProgress): void {
    this.jobs.layoutProgress(stage);
  }
  /** Forgets dragged positions and goes back to the shipped layout (a fresh layout when there is none). */
  resetLayout(): void {
    this.jobs.resetLayout();
  }
  fit(): void {
    this.jobs.fit();
  }
  /** Moves the actors these positions place (a layout from a file, matched by id), animated; the others stay. */
  applyPositions(positions: Positions): void {
    this.jobs.applyPositions(positions);
  }

  // ---- actions: selection -------------------------------------------------------------------
  /**
   * Selects an actor, a relation or a group's bundle (null clears). `reveal` pans the canvas to
   * it, `focusPane` moves keyboard focus to the pane's heading, `expand` opens collapsed groups
   * that hide it.
   */
  select(target: PaneSelection | null, options: SelectOptions = {}): void {
    this.selectionState.select(target, options);
  }
  /** Shift-click in a list: adds the element to the canvas selection, or takes it out. */
  toggleInSelection(id: string): void {
    this.selectionState.toggleInSelection(id);
  }
  clearSelection(): void {
    this.selectionState.select(null);
  }
  /** Adds the actors one step from the selected ones (over shown relations) to the selection. */
  selectNeighbourhood(): void {
    this.selectionState.selectNeighbourhood();
  }
  setFocusHops(hops: FocusHops): void {
    this.viewState.setFocusHops(hops);
  }

  // ---- actions: view ------------------------------------------------------------------------
  setPerspective(perspective: Perspective): void {
    this.viewState.setPerspective(perspective);
  }
  setFadeOutside(fade: boolean): void {
    this.viewState.setFadeOutside(fade);
  }
  /** Starts, moves or (null) ends the guided tour's place in the URL; the step's view is applied by the tour bar. */
  setTour(tour: TourPosition | null): void {
    this.viewState.setTour(tour);
  }
  /** Shows the relations dated up to `day` (YYYY[-MM[-DD]]); null shows all dates. */
  setAsOf(day: string | null): void {
    this.viewState.setAsOf(day);
  }
  /** Turns "Merge parallel relations" on or off; a selected merged edge is let go when it goes. */
  setMergePairs(merge: boolean): void {
    this.viewState.setMergePairs(merge);
    if (!merge && this.selection?.kind === 'pair') this.select(null);
  }
  toggleType(type: RelationTypeId, shown?: boolean): void {
    this.viewState.toggleType(type, shown);
  }
  toggleQuad(quad: QuadClassId, shown?: boolean): void {
    this.viewState.toggleQuad(quad, shown);
  }
  toggleKind(kind: ActorKind, shown?: boolean): void {
    this.viewState.toggleKind(kind, shown);
  }
  resetFilters(): void {
    this.viewState.resetFilters();
  }
  toggleGroup(id: string, collapse?: boolean): void {
    this.viewState.toggleGroup(id, collapse);
  }
  collapseAll(): void {
    this.viewState.collapseAll();
  }
  expandAll(): void {
    this.viewState.expandAll();
  }

  /**
   * Applies a parsed URL (a shared link, back or forward). What the URL leaves as it is keeps its
   * very object (see ViewState.applyUrlState).
   */
  applyUrlState(state: UrlState): void {
    this.viewState.applyUrlState(state);
    if (state.selection) this.select(state.selection, { reveal: true, focusPane: false, expand: true });
    else this.select(null);
    this.viewState.setFocusHops(state.selection?.kind === 'actor' ? state.focusHops : 0);
    this.pathState.applyUrl(state.path);
  }
}
