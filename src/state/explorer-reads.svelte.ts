/**
 * What the explorer's state reads out, kept apart from what it does (explorer.svelte.ts): the five
 * small states with runes it is built from (the dataset, the view, the selection, the layout jobs,
 * the Path tool) and one getter per value components and the canvas wiring read from them. Explorer
 * extends this class with what needs more than one of them (the looks, the URL, the panes and
 * lists), the queries and the actions; the split keeps each file a size a reader can hold.
 */
import type { ActorGraph } from '../model/graph';
import type { ActorMetrics } from '../model/metrics';
import type { Filters, Visibility } from '../model/filters';
import type { Perspective, PerspectiveView } from '../model/perspective';
import type { FocusHops, TourPosition } from '../model/url-state';
import type { ViewElements } from '../view/elements';
import type { ElementTarget } from '../view/target';
import type { Emphasis } from '../view/emphasis';
import type { SourceInfo } from '../view/details';
import { DatasetState, type DatasetInit } from './dataset.svelte';
import { ViewState } from './view-state.svelte';
import { SelectionState } from './selection.svelte';
import { LayoutJobs } from './layout-jobs.svelte';
import { PathState } from './path-state.svelte';

/** What the detail pane shows: an actor, a relation, a merged pair, or a collapsed group's bundle of relations. */
export type PaneSelection = ElementTarget;

export class ExplorerReads {
  protected readonly dataset: DatasetState;
  protected readonly viewState: ViewState;
  protected readonly selectionState: SelectionState;
  protected readonly jobs: LayoutJobs;
  protected readonly pathState: PathState;

  constructor(init: DatasetInit) {
    this.dataset = new DatasetState(init);
    this.viewState = new ViewState(this.dataset, () => this.selectionState.selectedActor);
    this.selectionState = new SelectionState(this.dataset, this.viewState);
    this.jobs = new LayoutJobs(this.dataset, this.viewState);
    this.pathState = new PathState(this.dataset, this.viewState, () => this.selectionState.selectedIds);
  }

  // ---- data ---------------------------------------------------------------------------------
  get graph(): ActorGraph {
    return this.dataset.graph;
  }
  /** Whether the built-in dataset is shown (false after an import). */
  get isBuiltin(): boolean {
    return this.dataset.isBuiltin;
  }
  /** The current graph has no usable positions: the canvas must run a layout. */
  get needsLayout(): boolean {
    return this.dataset.needsLayout;
  }
  /** Positions differ from the shipped ones (dragged or re-laid out), so "Reset layout" has work to do. */
  get customLayout(): boolean {
    return this.dataset.customLayout;
  }
  /** Degree and betweenness per actor; computed by a lazily loaded module, in a worker for large graphs. */
  get metrics(): ReadonlyMap<string, ActorMetrics> | undefined {
    return this.dataset.metrics;
  }
  get datasetKey(): string {
    return this.dataset.datasetKey;
  }
  get title(): string {
    return this.dataset.title;
  }
  get sources(): ReadonlyMap<string, SourceInfo> {
    return this.dataset.sources;
  }
  get sourceIds(): readonly string[] {
    return this.dataset.sourceIds;
  }
  get searchIndex(): DatasetState['searchIndex'] {
    return this.dataset.searchIndex;
  }
  get members(): ReadonlyMap<string, readonly string[]> {
    return this.dataset.members;
  }

  // ---- layout jobs --------------------------------------------------------------------------
  get layoutBusy(): boolean {
    return this.jobs.layoutBusy;
  }
  /** What the running layout is doing, for a progress line ("Laying out 1,667 actors…"); empty when idle. */
  get layoutStatus(): string {
    return this.jobs.layoutStatus;
  }
  /** The canvas is adding and drawing a large graph that came with its positions (no layout runs). */
  get canvasDrawing(): boolean {
    return this.jobs.canvasDrawing;
  }
  /** Why the last layout failed ("Could not lay out: …"); empty when it did not. */
  get layoutFailure(): string {
    return this.jobs.layoutFailure;
  }
  /** What the canvas is busy with, shown over it until the picture is there; empty when it is idle. */
  get canvasStatus(): string {
    return this.jobs.canvasStatus;
  }

  // ---- view ---------------------------------------------------------------------------------
  get perspective(): Perspective {
    return this.viewState.perspective;
  }
  get fadeOutside(): boolean {
    return this.viewState.fadeOutside;
  }
  get filters(): Filters {
    return this.viewState.filters;
  }
  get focusHops(): FocusHops {
    return this.viewState.focusHops;
  }
  get collapsed(): ReadonlySet<string> {
    return this.viewState.collapsed;
  }
  /** The guided tour being played and its step (`tour=ID&step=N` in the URL), or null. */
  get tour(): TourPosition | null {
    return this.viewState.tour;
  }
  /** The time bar's day (null: all dates) and the data's dates (model/time.ts). */
  get asOf(): string | null {
    return this.viewState.asOf;
  }
  get timeline(): ViewState['timeline'] {
    return this.viewState.timeline;
  }
  /** "Merge parallel relations": one edge per actor pair. */
  get mergePairs(): boolean {
    return this.viewState.mergePairs;
  }
  get view(): PerspectiveView {
    return this.viewState.view;
  }
  get focus(): ViewState['focus'] {
    return this.viewState.focus;
  }
  get visibility(): Visibility {
    return this.viewState.visibility;
  }
  /** Element records: rebuilt only for a new graph or a collapsed/expanded group. */
  get elements(): ViewElements {
    return this.viewState.elements;
  }

  // ---- selection ----------------------------------------------------------------------------
  get selection(): PaneSelection | null {
    return this.selectionState.selection;
  }
  /** Everything selected on the canvas (shift-click, box selection, "Select neighbourhood"). */
  get selectedIds(): readonly string[] {
    return this.selectionState.selectedIds;
  }
  /** Ask the canvas to bring these into view (a new object each time). */
  get revealRequest(): { readonly ids: readonly string[] } | null {
    return this.selectionState.revealRequest;
  }
  /** Incremented when keyboard focus should move to the detail pane's heading. */
  get paneFocusRequest(): number {
    return this.selectionState.paneFocusRequest;
  }
  /** The selection and what touches it: the canvas lets everything else recede. */
  get emphasis(): Emphasis | undefined {
    return this.selectionState.emphasis;
  }

  /** The Path tool: its ends, the chains found and the one shown (issue 16). */
  get paths(): PathState {
    return this.pathState;
  }
}
