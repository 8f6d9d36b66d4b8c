/**
 * The explorer's state, as one facade over four small states with runes: the dataset (graph,
 * positions, metrics), the view (perspective, filters, focus, collapsed groups), the selection,
 * and the layout jobs (progress, busy). Components, the canvas wiring and the tests talk to this
 * class only; it delegates, and derives what needs more than one of the four (the looks, the URL,
 * the panes and lists) by calling the pure functions in src/view/. User intent arrives as small
 * named actions (select, setPerspective, toggleType, toggleGroup, runLayout, replaceGraph, …).
 * The canvas is reached through the CanvasPort interface, so the state never imports Cytoscape.
 */
import type { ActorGraph } from '../model/graph';
import type { Positions } from '../model/interchange';
import type { ActorKind } from '../model/schema';
import type { ActorMetrics } from '../model/metrics';
import type { Filters, Visibility } from '../model/filters';
import { searchActors, type SearchHit } from '../model/search';
import type { Perspective, PerspectiveView } from '../model/perspective';
import { describeCompareCounts } from '../view/perspective-wording';
import { relationCoverage, type ArticleCoverage } from '../view/coverage';
import { compareSections, contestedSections, type CompareSections, type ContestedSections } from '../view/disagreements';
import { formatUrlState, type FocusHops, type KnownIds, type TourPosition, type UrlState } from '../model/url-state';
import type { QuadClassId, RelationTypeId } from '../model/typology';
import type { ViewElements } from '../view/elements';
import { elementLooks, type ElementLook } from '../view/looks';
import type { CanvasPort, LayoutProgress } from '../view/canvas-port';
import type { ElementTarget } from '../view/target';
import type { Emphasis } from '../view/emphasis';
import { actorDetails, metaDetails, relationDetails, type ActorDetails, type MetaDetails, type RelationDetails, type SourceInfo } from '../view/details';
import { actorRows, contestedRows, relationRows, type ActorRow, type ContestedRow, type RelationRow } from '../view/rows';
import { chosenSubgraph, type ChosenSubgraph } from '../view/chosen-subgraph';
import { mergedLooks, pairDetails, type PairDetails } from '../view/merged-pairs';
import { DatasetState, type DatasetInit } from './dataset.svelte';
import { ViewState } from './view-state.svelte';
import { SelectionState, type SelectOptions } from './selection.svelte';
import { LayoutJobs } from './layout-jobs.svelte';
import { PathState } from './path-state.svelte';
import { depthCounts, shownBeforeFocus, type DepthCount } from '../model/depth';

export type { ActorRow, ChosenSubgraph, ContestedRow, MetaDetails, RelationRow };
export { withThousands } from '../view/progress-text';

/** What the detail pane shows: an actor, a relation, or a collapsed group's bundle of relations. */
export type PaneSelection = ElementTarget;
export type ExplorerInit = DatasetInit;

export class Explorer {
  readonly #data: DatasetState;
  readonly #view: ViewState;
  readonly #sel: SelectionState;
  readonly #jobs: LayoutJobs;
  readonly #paths: PathState;

  constructor(init: ExplorerInit) {
    this.#data = new DatasetState(init);
    this.#view = new ViewState(this.#data, () => this.#sel.selectedActor);
    this.#sel = new SelectionState(this.#data, this.#view);
    this.#jobs = new LayoutJobs(this.#data, this.#view);
    this.#paths = new PathState(this.#data, this.#view, () => this.#sel.selectedIds);
  }

  // ---- data ---------------------------------------------------------------------------------
  get graph(): ActorGraph {
    return this.#data.graph;
  }
  /** Whether the built-in dataset is shown (false after an import). */
  get isBuiltin(): boolean {
    return this.#data.isBuiltin;
  }
  /** The current graph has no usable positions: the canvas must run a layout. */
  get needsLayout(): boolean {
    return this.#data.needsLayout;
  }
  /** Positions differ from the shipped ones (dragged or re-laid out), so "Reset layout" has work to do. */
  get customLayout(): boolean {
    return this.#data.customLayout;
  }
  /** Degree and betweenness per actor; computed by a lazily loaded module, in a worker for large graphs. */
  get metrics(): ReadonlyMap<string, ActorMetrics> | undefined {
    return this.#data.metrics;
  }
  get datasetKey(): string {
    return this.#data.datasetKey;
  }
  get title(): string {
    return this.#data.title;
  }
  get sources(): ReadonlyMap<string, SourceInfo> {
    return this.#data.sources;
  }
  get sourceIds(): readonly string[] {
    return this.#data.sourceIds;
  }
  get searchIndex(): DatasetState['searchIndex'] {
    return this.#data.searchIndex;
  }
  get members(): ReadonlyMap<string, readonly string[]> {
    return this.#data.members;
  }

  // ---- layout jobs --------------------------------------------------------------------------
  get layoutBusy(): boolean {
    return this.#jobs.layoutBusy;
  }
  /** What the running layout is doing, for a progress line ("Laying out 1,667 actors…"); empty when idle. */
  get layoutStatus(): string {
    return this.#jobs.layoutStatus;
  }
  /** The canvas is adding and drawing a large graph that came with its positions (no layout runs). */
  get canvasDrawing(): boolean {
    return this.#jobs.canvasDrawing;
  }
  /** Why the last layout failed ("Could not lay out: …"); empty when it did not. */
  get layoutFailure(): string {
    return this.#jobs.layoutFailure;
  }
  /** What the canvas is busy with, shown over it until the picture is there; empty when it is idle. */
  get canvasStatus(): string {
    return this.#jobs.canvasStatus;
  }

  // ---- view ---------------------------------------------------------------------------------
  get perspective(): Perspective {
    return this.#view.perspective;
  }
  get fadeOutside(): boolean {
    return this.#view.fadeOutside;
  }
  get filters(): Filters {
    return this.#view.filters;
  }
  get focusHops(): FocusHops {
    return this.#view.focusHops;
  }
  get collapsed(): ReadonlySet<string> {
    return this.#view.collapsed;
  }
  /** The guided tour being played and its step (`tour=ID&step=N` in the URL), or null. */
  get tour(): TourPosition | null {
    return this.#view.tour;
  }
  /** The time bar's day (null: all dates) and the data's dates (model/time.ts). */
  get asOf(): string | null {
    return this.#view.asOf;
  }
  get timeline(): ViewState['timeline'] {
    return this.#view.timeline;
  }
  /** "Merge parallel relations": one edge per actor pair. */
  get mergePairs(): boolean {
    return this.#view.mergePairs;
  }
  get view(): PerspectiveView {
    return this.#view.view;
  }
  get focus(): ViewState['focus'] {
    return this.#view.focus;
  }
  get visibility(): Visibility {
    return this.#view.visibility;
  }
  /** Element records: rebuilt only for a new graph or a collapsed/expanded group. */
  get elements(): ViewElements {
    return this.#view.elements;
  }

  // ---- selection ----------------------------------------------------------------------------
  get selection(): PaneSelection | null {
    return this.#sel.selection;
  }
  /** Everything selected on the canvas (shift-click, box selection, "Select neighbourhood"). */
  get selectedIds(): readonly string[] {
    return this.#sel.selectedIds;
  }
  /** Ask the canvas to bring these into view (a new object each time). */
  get revealRequest(): { readonly ids: readonly string[] } | null {
    return this.#sel.revealRequest;
  }
  /** Incremented when keyboard focus should move to the detail pane's heading. */
  get paneFocusRequest(): number {
    return this.#sel.paneFocusRequest;
  }
  /** The selection and what touches it: the canvas lets everything else recede. */
  get emphasis(): Emphasis | undefined {
    return this.#sel.emphasis;
  }

  /** The Path tool: its ends, the chains found and the one shown (issue 16). */
  get paths(): PathState {
    return this.#paths;
  }

  // ---- derived from more than one state ----------------------------------------------------
  readonly looks: ReadonlyMap<string, ElementLook> = $derived.by(() => {
    const path = this.paths.highlight;
    const input = { visibility: this.visibility, view: this.view, emphasis: path?.emphasis ?? this.emphasis, onPath: path?.onPath };
    return mergedLooks(this.elements, elementLooks(this.elements, input), input);
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
  readonly contestedSections: ContestedSections = $derived(contestedSections(this.graph, this.view));
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
    return this.#data.positions;
  }

  /**
   * What an export takes: the selected actors (canvas selection, shift-click, box selection) with
   * the shown relations among them, or, when no actor is selected, everything shown now.
   */
  chosenSubgraph(): ChosenSubgraph {
    const selectedIds = [...this.selectedIds, ...(this.selection ? [this.selection.id] : [])];
    return chosenSubgraph(this.graph, { selectedIds, visibility: this.visibility, members: this.members, positions: this.#data.positions });
  }

  // ---- actions: data ------------------------------------------------------------------------
  /** Computes the metrics of the current graph (loading graphology-metrics on first use); resolves when done. */
  loadMetrics(): Promise<void> {
    return this.#data.loadMetrics();
  }

  /** Shows another graph (an import); positions, when the file has them, are used as shipped. */
  replaceGraph(graph: ActorGraph, positions: Positions | undefined): void {
    this.#sel.reset();
    this.#view.resetFor(graph);
    this.#jobs.graphChanged();
    this.#data.replaceGraph(graph, positions);
  }

  /** Back to the built-in dataset and its shipped layout (or the user's dragged version of it). */
  restoreBuiltin(): void {
    this.#sel.reset();
    this.#jobs.graphChanged();
    this.#data.restoreBuiltin();
    this.#view.resetFor(this.#data.graph);
  }

  // ---- actions: canvas ----------------------------------------------------------------------
  attachCanvas(canvas: CanvasPort | null): void {
    this.#jobs.attachCanvas(canvas);
  }
  /** The canvas reports what the user did: a tap (null: on the background). */
  canvasTap(target: ElementTarget | null, additive: boolean): void {
    this.#sel.canvasTap(target, additive);
  }
  /** The canvas selection changed by a gesture (box selection, shift-click, a tap). */
  canvasSelectionChanged(ids: readonly string[]): void {
    this.#sel.canvasSelectionChanged(ids);
  }
  /** Dragged nodes (or a finished layout): remember every leaf position; a dragged collapsed group moves its members along. */
  positionsChanged(fromCanvas: Positions): void {
    this.#data.positionsChanged(fromCanvas, this.elements.collapsed);
  }
  runLayout(purpose: 'fresh' | 'rerun' = 'rerun'): Promise<void> {
    return this.#jobs.runLayout(purpose);
  }
  /** "Try again" after a layout failed. */
  retryLayout(): Promise<void> {
    return this.#jobs.retryLayout();
  }
  /** The canvas reports that it started (true) or finished (false) drawing a large graph that came with its positions. */
  canvasDrawingChanged(drawing: boolean): void {
    this.#jobs.canvasDrawingChanged(drawing);
  }
  /** The canvas reports where a running layout is; `canvasStatus` says it. */
  layoutProgress(stage: LayoutProgress): void {
    this.#jobs.layoutProgress(stage);
  }
  /** Forgets dragged positions and goes back to the shipped layout (a fresh layout when there is none). */
  resetLayout(): void {
    this.#jobs.resetLayout();
  }
  fit(): void {
    this.#jobs.fit();
  }
  /** Moves the actors these positions place (a layout from a file, matched by id), animated; the others stay. */
  applyPositions(positions: Positions): void {
    this.#jobs.applyPositions(positions);
  }

  // ---- actions: selection -------------------------------------------------------------------
  /**
   * Selects an actor, a relation or a group's bundle (null clears). `reveal` pans the canvas to
   * it, `focusPane` moves keyboard focus to the pane's heading, `expand` opens collapsed groups
   * that hide it.
   */
  select(target: PaneSelection | null, options: SelectOptions = {}): void {
    this.#sel.select(target, options);
  }
  /** Shift-click in a list: adds the element to the canvas selection, or takes it out. */
  toggleInSelection(id: string): void {
    this.#sel.toggleInSelection(id);
  }
  clearSelection(): void {
    this.#sel.select(null);
  }
  /** Adds the actors one step from the selected ones (over shown relations) to the selection. */
  selectNeighbourhood(): void {
    this.#sel.selectNeighbourhood();
  }
  setFocusHops(hops: FocusHops): void {
    this.#view.setFocusHops(hops);
  }

  // ---- actions: view ------------------------------------------------------------------------
  setPerspective(perspective: Perspective): void {
    this.#view.setPerspective(perspective);
  }
  setFadeOutside(fade: boolean): void {
    this.#view.setFadeOutside(fade);
  }
  /** Starts, moves or (null) ends the guided tour's place in the URL; the step's view is applied by the tour bar. */
  setTour(tour: TourPosition | null): void {
    this.#view.setTour(tour);
  }
  /** Shows the relations dated up to `day` (YYYY[-MM[-DD]]); null shows all dates. */
  setAsOf(day: string | null): void {
    this.#view.setAsOf(day);
  }
  /** Turns "Merge parallel relations" on or off; a selected merged edge is let go when it goes. */
  setMergePairs(merge: boolean): void {
    this.#view.setMergePairs(merge);
    if (!merge && this.selection?.kind === 'pair') this.select(null);
  }
  toggleType(type: RelationTypeId, shown?: boolean): void {
    this.#view.toggleType(type, shown);
  }
  toggleQuad(quad: QuadClassId, shown?: boolean): void {
    this.#view.toggleQuad(quad, shown);
  }
  toggleKind(kind: ActorKind, shown?: boolean): void {
    this.#view.toggleKind(kind, shown);
  }
  resetFilters(): void {
    this.#view.resetFilters();
  }
  toggleGroup(id: string, collapse?: boolean): void {
    this.#view.toggleGroup(id, collapse);
  }
  collapseAll(): void {
    this.#view.collapseAll();
  }
  expandAll(): void {
    this.#view.expandAll();
  }

  /**
   * Applies a parsed URL (a shared link, back or forward). What the URL leaves as it is keeps its
   * very object (see ViewState.applyUrlState).
   */
  applyUrlState(state: UrlState): void {
    this.#view.applyUrlState(state);
    if (state.selection) this.select(state.selection, { reveal: true, focusPane: false, expand: true });
    else this.select(null);
    this.#view.setFocusHops(state.selection?.kind === 'actor' ? state.focusHops : 0);
    this.#paths.applyUrl(state.path);
  }
}
