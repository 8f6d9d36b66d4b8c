/**
 * The dataset the explorer shows: the graph (built-in or imported), its positions (shipped, or
 * dragged and kept per dataset in localStorage) and its metrics, loaded when the page is idle.
 * Big immutable data is `$state.raw`; what follows from the graph alone is `$derived`. Positions
 * are a plain field: they change on every drag, and nothing should re-run when they do (the
 * canvas already shows them).
 */
import { MultiDirectedGraph } from 'graphology';
import type { ActorAttributes, ActorGraph, GraphAttributes, RelationAttributes } from '../model/graph';
import type { Positions } from '../model/interchange';
import type { ActorMetrics } from '../model/metrics';
import { membersOf } from '../model/membership';
import { ownValue } from '../model/own-record';
import { buildSearchIndex } from '../model/search';
import { sourceMap, type SourceInfo } from '../view/details';
import { mergeCanvasPositions } from '../view/positions';
import { clearStoredPositions, datasetKey, loadStoredPositions, storePositions } from './positions-store';
import { whenIdle } from '../after-paint';

export interface DatasetInit {
  readonly graph: ActorGraph;
  readonly positions: Positions | undefined;
  /** localStorage in the browser; absent in tests. */
  readonly storage?: Storage | undefined;
}

const EMPTY_GRAPH: ActorGraph = new MultiDirectedGraph<ActorAttributes, RelationAttributes, GraphAttributes>();

export class DatasetState {
  #graph: ActorGraph = $state.raw(EMPTY_GRAPH);
  #isBuiltin = $state(true);
  #needsLayout = $state(false);
  #customLayout = $state(false);
  #metrics: ReadonlyMap<string, ActorMetrics> | undefined = $state.raw(undefined);

  readonly #builtin: { readonly graph: ActorGraph; readonly positions: Positions | undefined };
  readonly #storage: Storage | undefined;
  #shipped: Positions | undefined;
  #positions: Positions | undefined;
  #metricsLoad: { graph: ActorGraph; promise: Promise<void> } | undefined;

  constructor(init: DatasetInit) {
    this.#storage = init.storage;
    this.#builtin = { graph: init.graph, positions: init.positions };
    this.#install(init.graph, init.positions);
  }

  readonly datasetKey = $derived(datasetKey(this.#graph));
  readonly title = $derived(this.#graph.getAttribute('title') ?? 'Actor graph');
  readonly sources: ReadonlyMap<string, SourceInfo> = $derived(sourceMap(this.#graph));
  readonly sourceIds: readonly string[] = $derived([...this.sources.keys()]);
  readonly searchIndex = $derived(buildSearchIndex(this.#graph));
  /** Group id -> its direct members. */
  readonly members = $derived(membersOf(this.#graph));

  get graph(): ActorGraph {
    return this.#graph;
  }
  /** Whether the built-in dataset is shown (false after an import). */
  get isBuiltin(): boolean {
    return this.#isBuiltin;
  }
  /** The current graph has no usable positions: the canvas must run a layout. */
  get needsLayout(): boolean {
    return this.#needsLayout;
  }
  /** Positions differ from the shipped ones (dragged or re-laid out), so "Reset layout" has work to do. */
  get customLayout(): boolean {
    return this.#customLayout;
  }
  /** Degree and betweenness per actor, once computed (see loadMetrics). */
  get metrics(): ReadonlyMap<string, ActorMetrics> | undefined {
    return this.#metrics;
  }
  /** Current leaf positions (for the canvas, the PNG or an export). */
  get positions(): Positions | undefined {
    return this.#positions;
  }

  /** Shows another graph (an import); positions, when the file has them, are used as shipped. */
  replaceGraph(graph: ActorGraph, positions: Positions | undefined): void {
    this.#isBuiltin = false;
    this.#install(graph, positions);
  }

  /** Back to the built-in dataset and its shipped layout (or the user's dragged version of it). */
  restoreBuiltin(): void {
    this.#isBuiltin = true;
    this.#install(this.#builtin.graph, this.#builtin.positions);
  }

  #install(graph: ActorGraph, shipped: Positions | undefined): void {
    this.#shipped = shipped;
    const stored = loadStoredPositions(this.#storage, datasetKey(graph));
    const merged = shipped || stored ? { ...shipped, ...stored } : undefined;
    // Groups need no position of their own: Cytoscape draws them around their members.
    const groups = membersOf(graph);
    const complete = merged !== undefined && graph.everyNode((id) => ownValue(merged, id) !== undefined || groups.has(id));
    this.#positions = complete ? merged : undefined;
    this.#customLayout = stored !== undefined;
    this.#needsLayout = !complete;
    this.#graph = graph;
    this.#metrics = undefined;
    // A graph that needs a layout gets its metrics once laid out: they would compete for the CPU.
    if (!this.#needsLayout) void this.loadMetrics();
  }

  /** Computes the metrics of the current graph (loading graphology-metrics on first use); resolves when done. */
  loadMetrics(): Promise<void> {
    const graph = this.#graph;
    if (this.#metricsLoad?.graph === graph) return this.#metricsLoad.promise;
    // Off the main thread for a large graph (metrics-client.ts); graphology-metrics is loaded only now.
    // Metrics are extras for the panes: computed when the page is idle, never before the first picture.
    const promise = whenIdle()
      .then(() => import('../metrics-client'))
      .then(({ computeMetrics }) => computeMetrics(graph))
      .then(
        (metrics) => {
          if (this.#graph === graph) this.#metrics = metrics;
        },
        // Metrics are extras for the panes: without them the panes say less, nothing breaks.
        () => undefined,
      );
    this.#metricsLoad = { graph, promise };
    return promise;
  }

  /** The canvas moved nodes (a drag, a finished layout): keep every leaf position, here and in storage. */
  positionsChanged(fromCanvas: Positions, collapsed: ReadonlySet<string>): void {
    this.#positions = mergeCanvasPositions(this.#positions, fromCanvas, collapsed, this.members);
    this.#customLayout = true;
    storePositions(this.#storage, this.datasetKey, this.#positions);
  }

  /** A layout of the current graph finished: it no longer needs one, and its metrics may load. */
  laidOut(): void {
    this.#needsLayout = false;
    void this.loadMetrics();
  }

  /**
   * The layout of a graph without positions failed: it is drawn at these (a plain grid), which are
   * neither stored nor custom, and it is not laid out again on its own ("Try again" does that).
   */
  placedWithoutLayout(positions: Positions): void {
    this.#positions = positions;
    this.#needsLayout = false;
    void this.loadMetrics();
  }

  /**
   * Forgets dragged positions and goes back to the shipped ones; returns them, or undefined when
   * the dataset came without (then only a fresh layout can reset it).
   */
  resetPositions(): Positions | undefined {
    clearStoredPositions(this.#storage, this.datasetKey);
    this.#customLayout = false;
    if (!this.#shipped) return undefined;
    this.#positions = { ...this.#shipped };
    return this.#positions;
  }
}
