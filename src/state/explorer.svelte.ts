/**
 * The explorer's state: one class with runes. Big immutable data (the graph, positions) is
 * `$state.raw`; everything computable (the perspective's view, what filters and focus leave
 * visible, the element definitions and their looks, the pane details, the URL hash) is `$derived`;
 * user intent arrives as small named actions (select, setPerspective, toggleType, toggleGroup,
 * runLayout, replaceGraph, …). The canvas is reached through the CanvasPort interface, so this
 * file never imports Cytoscape and the state can be tested with a fake canvas.
 */
import { untrack } from 'svelte';
import { MultiDirectedGraph } from 'graphology';
import type { ActorAttributes, ActorGraph, GraphAttributes, RelationAttributes } from '../model/graph';
import type { Positions } from '../model/interchange';
import type { ActorKind } from '../model/schema';
import type { ActorMetrics } from '../model/metrics';
import { buildSearchIndex, searchActors, type SearchHit } from '../model/search';
import { computeVisibility, NO_FILTERS, sameFilters, sameMembers, toggled, type Filters, type Visibility } from '../model/filters';
import { describeCompareCounts, formatPerspective, perspectiveView, type Perspective, type PerspectiveView } from '../model/perspective';
import { chooseSubgraph, neighbourhood, subgraphOfChoice, type DescribedChoice } from '../model/subgraph';
import { formatUrlState, type FocusHops, type KnownIds, type Selection, type UrlState } from '../model/url-state';
import { relationTypeInfo, type QuadClassId, type RelationTypeId } from '../model/typology';
import { buildElements, type CyElements } from '../view/elements';
import { ancestorsOf, centreOf, descendantsOf, membersOf } from '../model/membership';
import { elementLooks, type ElementLook } from '../view/looks';
import type { CanvasPort, CanvasTarget, LayoutProgress } from '../view/canvas-port';
import { actorDetails, relationDetails, sourceMap, type ActorDetails, type RelationDetails, type SourceInfo } from './details';
import { clearStoredPositions, datasetKey, loadStoredPositions, storePositions } from './positions-store';
import { whenIdle } from '../after-paint';

/** What the detail pane shows: an actor, a relation, or a collapsed group's bundle of relations. */
export type PaneSelection = Selection | { readonly kind: 'meta'; readonly id: string };

export interface ExplorerInit {
  readonly graph: ActorGraph;
  readonly positions: Positions | undefined;
  /** localStorage in the browser; absent in tests. */
  readonly storage?: Storage | undefined;
}

export interface ChosenSubgraph extends DescribedChoice {
  readonly graph: ActorGraph;
  /** A position for every node of the subgraph (groups at the centre of their members). */
  readonly positions: Positions;
}

export interface RelationRow {
  readonly id: string;
  readonly from: string;
  readonly to: string;
  readonly fromLabel: string;
  readonly toLabel: string;
  readonly label: string;
  readonly typeLabel: string;
  readonly quadClass: QuadClassId;
  readonly direction: 'directed' | 'mutual';
  readonly articles: number;
  readonly contested: boolean;
  readonly status?: string;
  readonly faded: boolean;
}

export interface ActorRow {
  readonly id: string;
  readonly label: string;
  readonly kind: ActorKind;
  readonly depth: number;
  readonly degree: number;
  readonly faded: boolean;
}

export interface MetaDetails {
  readonly id: string;
  readonly from: { readonly id: string; readonly label: string };
  readonly to: { readonly id: string; readonly label: string };
  readonly relations: readonly { readonly id: string; readonly label: string; readonly typeLabel: string; readonly fromLabel: string; readonly toLabel: string }[];
}

/**
 * Sorts as localeCompare does, without setting up a collator per comparison (5k rows sort in a
 * blink). Made on first use: building it loads ICU's collation data, about 5 ms on page load, and
 * only the lists (drawn after the first picture) sort.
 */
let collator: Intl.Collator | undefined;
const compare = (a: string, b: string): number => (collator ??= new Intl.Collator()).compare(a, b);

const EMPTY_GRAPH: ActorGraph = new MultiDirectedGraph<ActorAttributes, RelationAttributes, GraphAttributes>();

export class Explorer {
  // ---- data -------------------------------------------------------------------------------
  graph: ActorGraph = $state.raw(EMPTY_GRAPH);
  /** Whether the built-in dataset is shown (false after an import). */
  isBuiltin = $state(true);
  /** The current graph has no usable positions: the canvas must run a layout. */
  needsLayout = $state(false);
  layoutBusy = $state(false);
  /** What the running layout is doing, for a progress line ("Laying out 1,667 actors…"); empty when idle. */
  layoutStatus = $state('');
  /** The canvas is adding and drawing a large graph that came with its positions (no layout runs). */
  canvasDrawing = $state(false);
  /** Positions differ from the shipped ones (dragged or re-laid out), so "Reset layout" has work to do. */
  customLayout = $state(false);

  // ---- view -------------------------------------------------------------------------------
  perspective: Perspective = $state.raw({ mode: 'all' });
  fadeOutside = $state(false);
  filters: Filters = $state.raw(NO_FILTERS);
  focusHops: FocusHops = $state(0);
  collapsed: ReadonlySet<string> = $state.raw(new Set<string>());
  selection: PaneSelection | null = $state.raw(null);
  /** Everything selected on the canvas (shift-click, box selection, "Select neighbourhood"). */
  selectedIds: readonly string[] = $state.raw([]);
  /** Ask the canvas to bring these into view (a new object each time). */
  revealRequest: { readonly ids: readonly string[] } | null = $state.raw(null);
  /** Incremented when keyboard focus should move to the detail pane's heading. */
  paneFocusRequest = $state(0);

  #builtin: { graph: ActorGraph; positions: Positions | undefined };
  #shipped: Positions | undefined;
  #positions: Positions | undefined;
  #storage: Storage | undefined;
  #canvas: CanvasPort | null = null;
  #metricsLoad: { graph: ActorGraph; promise: Promise<void> } | undefined;

  constructor(init: ExplorerInit) {
    this.#storage = init.storage;
    this.#builtin = { graph: init.graph, positions: init.positions };
    this.#install(init.graph, init.positions);
  }

  // ---- derived ----------------------------------------------------------------------------
  readonly datasetKey = $derived(datasetKey(this.graph));
  readonly title = $derived(this.graph.getAttribute('title') ?? 'Actor graph');
  readonly sources: ReadonlyMap<string, SourceInfo> = $derived(sourceMap(this.graph));
  readonly sourceIds: readonly string[] = $derived([...this.sources.keys()]);
  readonly view: PerspectiveView = $derived(perspectiveView(this.graph, this.perspective));
  readonly focus = $derived(
    this.selection?.kind === 'actor' && this.focusHops > 0 ? { actor: this.selection.id, hops: this.focusHops } : undefined,
  );
  readonly visibility: Visibility = $derived(
    computeVisibility(this.graph, {
      filters: this.filters,
      perspectiveActors: this.perspective.mode === 'all' ? undefined : this.view.visibleActorIds,
      perspectiveRelations: this.perspective.mode === 'all' ? undefined : this.view.visibleRelationIds,
      fadeOutsidePerspective: this.fadeOutside,
      focus: this.focus,
    }),
  );
  /** Degree and betweenness per actor; computed by a lazily loaded module (graphology-metrics stays out of the first load), in a worker for large graphs. */
  metrics: ReadonlyMap<string, ActorMetrics> | undefined = $state.raw(undefined);
  readonly searchIndex = $derived(buildSearchIndex(this.graph));
  readonly members = $derived(membersOf(this.graph));
  /** Element definitions: rebuilt only for a new graph or a collapsed/expanded group. */
  readonly elements: CyElements = $derived.by(() => {
    const graph = this.graph;
    const collapsed = this.collapsed;
    return buildElements(graph, { positions: untrack(() => this.#positions), collapsed });
  });
  /** The selection and what touches it: the canvas lets everything else recede. */
  readonly emphasis: { readonly elements: ReadonlySet<string> } | undefined = $derived.by(() => {
    const ids = new Set<string>(this.selectedIds);
    if (this.selection) ids.add(this.selection.id);
    if (ids.size === 0) return undefined;
    const rep = (id: string): string => this.elements.representative.get(id) ?? id;
    const elements = new Set<string>();
    const drawnEdges = new Map(this.elements.edges.map((e) => [e.data.id, e.data]));
    const addNode = (id: string): void => {
      const node = rep(id);
      elements.add(node);
      if (this.graph.hasNode(node)) for (const a of ancestorsOf(this.graph, node)) elements.add(a);
    };
    for (const id of ids) {
      if (this.graph.hasNode(id)) {
        addNode(id);
        for (const member of descendantsOf(this.members, id)) if (this.elements.representative.get(member) === member) elements.add(member);
        // Its drawn relations (or the bundles standing for them) and their other ends.
        for (const edge of this.elements.edges) {
          if (edge.data.source === rep(id) || edge.data.target === rep(id)) {
            elements.add(edge.data.id);
            addNode(edge.data.source);
            addNode(edge.data.target);
          }
        }
      } else {
        const edge = drawnEdges.get(id);
        if (!edge) continue;
        elements.add(id);
        addNode(edge.source);
        addNode(edge.target);
      }
    }
    return elements.size > 0 ? { elements } : undefined;
  });
  readonly looks: ReadonlyMap<string, ElementLook> = $derived(elementLooks(this.elements, { visibility: this.visibility, view: this.view, emphasis: this.emphasis }));

  readonly urlState: UrlState = $derived({
    perspective: this.perspective,
    selection: this.selection && this.selection.kind !== 'meta' ? this.selection : null,
    focusHops: this.focusHops,
    filters: this.filters,
    collapsed: this.collapsed,
    fadeOutside: this.fadeOutside,
  });
  readonly urlHash = $derived(formatUrlState(this.urlState));

  readonly actorDetails: ActorDetails | undefined = $derived(
    this.selection?.kind === 'actor' ? actorDetails(this.graph, this.selection.id, this.view, this.visibility, this.metrics) : undefined,
  );
  readonly relationDetails: RelationDetails | undefined = $derived(
    this.selection?.kind === 'relation' ? relationDetails(this.graph, this.selection.id, this.view, this.visibility, this.sources) : undefined,
  );
  readonly metaDetails: MetaDetails | undefined = $derived.by(() => {
    const sel = this.selection;
    if (sel?.kind !== 'meta') return undefined;
    const edge = this.elements.edges.find((e) => e.data.id === sel.id);
    if (!edge) return undefined;
    const label = (id: string): string => (this.graph.hasNode(id) ? this.graph.getNodeAttribute(id, 'label') : id);
    return {
      id: sel.id,
      from: { id: edge.data.source, label: label(edge.data.source) },
      to: { id: edge.data.target, label: label(edge.data.target) },
      relations: (edge.data.members ?? []).filter((m) => this.graph.hasEdge(m)).map((m) => ({
        id: m,
        label: this.graph.getEdgeAttribute(m, 'label'),
        typeLabel: relationTypeInfo(this.graph.getEdgeAttribute(m, 'type')).label,
        fromLabel: label(this.graph.source(m)),
        toLabel: label(this.graph.target(m)),
      })),
    };
  });

  /** "share 9, contested 4, only Lawfare 17, only Quincy 22" in compare mode. */
  readonly compareLine = $derived.by(() => {
    const p = this.perspective;
    if (p.mode !== 'compare' || !this.view.counts) return undefined;
    return describeCompareCounts(this.view.counts, this.sourceLabel(p.a), this.sourceLabel(p.b));
  });

  /** Relations drawn now (hidden ones left out), for the table. */
  readonly relationRows: readonly RelationRow[] = $derived.by(() => {
    const rows: RelationRow[] = [];
    this.graph.forEachEdge((id, r, from, to) => {
      const state = this.visibility.relations.get(id) ?? 'shown';
      if (state === 'hidden') return;
      const rv = this.view.relations.get(id);
      rows.push({
        id, from, to,
        fromLabel: this.graph.getNodeAttribute(from, 'label'),
        toLabel: this.graph.getNodeAttribute(to, 'label'),
        label: r.label,
        typeLabel: relationTypeInfo(r.type).label,
        quadClass: r.quadClass,
        direction: r.direction,
        articles: rv ? rv.sourceIds.length : 0,
        contested: rv?.contested ?? false,
        ...(rv?.status ? { status: rv.status } : {}),
        faded: state === 'faded',
      });
    });
    rows.sort((a, b) => compare(a.fromLabel, b.fromLabel) || compare(a.toLabel, b.toLabel) || compare(a.typeLabel, b.typeLabel) || compare(a.id, b.id));
    return rows;
  });

  /** Actors drawn now, as a tree (members under their group), for the list. */
  readonly actorRows: readonly ActorRow[] = $derived.by(() => {
    const rows: ActorRow[] = [];
    const graph = this.graph;
    const byLabel = (a: string, b: string): number => compare(graph.getNodeAttribute(a, 'label'), graph.getNodeAttribute(b, 'label'));
    const visit = (id: string, depth: number, seen: Set<string>): void => {
      if (seen.has(id)) return;
      seen.add(id);
      const state = this.visibility.actors.get(id) ?? 'shown';
      if (state === 'hidden') return;
      const a = graph.getNodeAttributes(id);
      rows.push({ id, label: a.label, kind: a.kind, depth, degree: graph.degree(id), faded: state !== 'shown' });
      for (const child of [...(this.members.get(id) ?? [])].sort(byLabel)) visit(child, depth + 1, seen);
    };
    const seen = new Set<string>();
    const roots = graph.filterNodes((id, a) => a.parent === undefined || !graph.hasNode(a.parent)).sort(byLabel);
    for (const root of roots) visit(root, 0, seen);
    return rows;
  });

  readonly contestedRows = $derived(
    this.view.contestedRelationIds.filter((id) => this.graph.hasEdge(id)).map((id) => ({
      id,
      label: this.graph.getEdgeAttribute(id, 'label'),
      fromLabel: this.graph.getNodeAttribute(this.graph.source(id), 'label'),
      toLabel: this.graph.getNodeAttribute(this.graph.target(id), 'label'),
      typeLabel: relationTypeInfo(this.graph.getEdgeAttribute(id, 'type')).label,
    })),
  );

  readonly counts = $derived({
    actors: this.graph.order,
    relations: this.graph.size,
    shownActors: this.visibility.drawnActors.size,
    shownRelations: this.visibility.drawnRelations.size,
  });

  // ---- queries ----------------------------------------------------------------------------
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
    return this.#positions;
  }

  /**
   * What an export takes: the selected actors (canvas selection, shift-click, box selection) with
   * the shown relations among them, or, when no actor is selected, everything shown now.
   */
  chosenSubgraph(): ChosenSubgraph {
    const graph = this.graph;
    // The chosen actors; a chosen relation brings its two (and so the relations between them).
    const selected = new Set<string>();
    for (const id of [...this.selectedIds, ...(this.selection ? [this.selection.id] : [])]) {
      if (graph.hasNode(id)) selected.add(id);
      else if (graph.hasEdge(id)) selected.add(graph.source(id)).add(graph.target(id));
    }
    const nodes = new Set<string>();
    for (const [id, state] of this.visibility.actors) if (state === 'shown' || state === 'context') nodes.add(id);
    const choice = chooseSubgraph(graph, { selected, nodes, edges: this.visibility.shownRelations });
    const sub = subgraphOfChoice(graph, choice);
    const positions: Record<string, { x: number; y: number }> = {};
    const known = this.#positions;
    sub.forEachNode((id) => {
      const own = known?.[id];
      const centre = own ?? centreOf(descendantsOf(this.members, id), known);
      if (centre) positions[id] = { x: centre.x, y: centre.y };
    });
    return { ...choice, graph: sub, positions };
  }

  // ---- actions: data ----------------------------------------------------------------------
  #install(graph: ActorGraph, shipped: Positions | undefined): void {
    this.#shipped = shipped;
    const key = datasetKey(graph);
    const stored = loadStoredPositions(this.#storage, key);
    const merged = shipped || stored ? { ...shipped, ...stored } : undefined;
    // Groups need no position of their own: Cytoscape draws them around their members.
    const groups = membersOf(graph);
    const complete = merged !== undefined && graph.everyNode((id) => merged[id] !== undefined || groups.has(id));
    this.#positions = complete ? merged : undefined;
    this.selection = null;
    this.selectedIds = [];
    this.collapsed = new Set();
    this.focusHops = 0;
    const p = this.perspective;
    const sources = new Set(graph.getAttribute('sources').map((s) => s.id));
    if ((p.mode === 'one' && !sources.has(p.source)) || (p.mode === 'compare' && !(sources.has(p.a) && sources.has(p.b)))) {
      this.perspective = { mode: 'all' };
    }
    this.customLayout = stored !== undefined;
    this.needsLayout = !complete;
    this.graph = graph;
    this.metrics = undefined;
    // A graph that needs a layout gets its metrics once laid out: they would compete for the CPU.
    if (!this.needsLayout) void this.loadMetrics();
  }

  /** Computes the metrics of the current graph (loading graphology-metrics on first use); resolves when done. */
  loadMetrics(): Promise<void> {
    const graph = this.graph;
    if (this.#metricsLoad?.graph === graph) return this.#metricsLoad.promise;
    // Off the main thread for a large graph (metrics-client.ts); graphology-metrics is loaded only now.
    // Metrics are extras for the panes: computed when the page is idle, never before the first picture.
    const promise = whenIdle()
      .then(() => import('../metrics-client'))
      .then(({ computeMetrics }) => computeMetrics(graph))
      .then(
        (metrics) => {
          if (this.graph === graph) this.metrics = metrics;
        },
        // Metrics are extras for the panes: without them the panes say less, nothing breaks.
        () => undefined,
      );
    this.#metricsLoad = { graph, promise };
    return promise;
  }

  /** Shows another graph (an import); positions, when the file has them, are used as shipped. */
  replaceGraph(graph: ActorGraph, positions: Positions | undefined): void {
    this.isBuiltin = false;
    this.#install(graph, positions);
  }

  /** Back to the built-in dataset and its shipped layout (or the user's dragged version of it). */
  restoreBuiltin(): void {
    this.isBuiltin = true;
    this.#install(this.#builtin.graph, this.#builtin.positions);
  }

  // ---- actions: canvas --------------------------------------------------------------------
  attachCanvas(canvas: CanvasPort | null): void {
    this.#canvas = canvas;
  }

  /** The canvas reports what the user did: a tap (null: on the background). */
  canvasTap(target: CanvasTarget | null, additive: boolean): void {
    if (target === null) {
      if (!additive) this.select(null);
      return;
    }
    // Shift-click: the canvas reports the new selection set (canvasSelectionChanged).
    if (additive) return;
    this.select(target, { reveal: false, focusPane: true, expand: false });
  }

  /** The canvas selection changed by a gesture (box selection, shift-click, a tap). */
  canvasSelectionChanged(ids: readonly string[]): void {
    this.selectedIds = [...ids];
    // One element: its pane. Several: the pane summarises them. None: nothing.
    this.selection = ids.length === 1 ? this.#targetFor(ids[0]!) : null;
  }

  #targetFor(id: string): PaneSelection | null {
    if (this.graph.hasNode(id)) return { kind: 'actor', id };
    if (this.graph.hasEdge(id)) return { kind: 'relation', id };
    if (this.elements.edges.some((e) => e.data.id === id)) return { kind: 'meta', id };
    return null;
  }

  /** Dragged nodes (or a finished layout): remember every leaf position, and for a dragged collapsed group move its members along. */
  positionsChanged(fromCanvas: Positions): void {
    const next: Record<string, { x: number; y: number }> = { ...this.#positions };
    for (const [id, p] of Object.entries(fromCanvas)) {
      if (this.elements.collapsed.has(id)) {
        const members = descendantsOf(this.members, id);
        const centre = centreOf(members, this.#positions);
        if (!centre) continue;
        const dx = p.x - centre.x;
        const dy = p.y - centre.y;
        if (Math.abs(dx) < 0.05 && Math.abs(dy) < 0.05) continue;
        for (const m of members) {
          const old = next[m];
          if (old) next[m] = { x: old.x + dx, y: old.y + dy };
        }
      } else {
        next[id] = { x: p.x, y: p.y };
      }
    }
    this.#positions = next;
    this.customLayout = true;
    storePositions(this.#storage, this.datasetKey, next);
  }

  async runLayout(purpose: 'fresh' | 'rerun' = 'rerun'): Promise<void> {
    const canvas = this.#canvas;
    if (!canvas || this.layoutBusy) return;
    const graph = this.graph;
    this.layoutBusy = true;
    this.layoutProgress('placing');
    try {
      const positions = await canvas.runLayout(purpose);
      // Another graph came in meanwhile: it gets its own layout (the canvas ignored these positions).
      if (this.graph !== graph) return;
      this.positionsChanged(positions);
      this.needsLayout = false;
      void this.loadMetrics();
    } finally {
      this.layoutBusy = false;
      this.layoutStatus = '';
    }
  }

  /** What the canvas is busy with, shown over it until the picture is there; empty when it is idle. */
  get canvasStatus(): string {
    if (this.layoutBusy) return this.layoutStatus || 'Laying out…';
    return this.canvasDrawing ? this.#stageText('drawing') : '';
  }

  /** The canvas reports that it started (true) or finished (false) drawing a large graph that came with its positions. */
  canvasDrawingChanged(drawing: boolean): void {
    this.canvasDrawing = drawing;
  }

  /** The canvas reports where a running layout is; `canvasStatus` says it. */
  layoutProgress(stage: LayoutProgress): void {
    if (!this.layoutBusy) return;
    this.layoutStatus = this.#stageText(stage);
  }

  /** The progress line's words for a stage of laying out or drawing the current graph. */
  #stageText(stage: LayoutProgress): string {
    const actors = withThousands(this.graph.order);
    return stage === 'placing' ? `Laying out ${actors} actors…` : stage === 'separating' ? 'Separating overlapping actors…' : `Drawing ${actors} actors…`;
  }

  /** Forgets dragged positions and goes back to the shipped layout (a fresh layout when there is none). */
  resetLayout(): void {
    clearStoredPositions(this.#storage, this.datasetKey);
    this.customLayout = false;
    if (!this.#shipped) {
      void this.runLayout('fresh');
      return;
    }
    this.#positions = { ...this.#shipped };
    const targets = buildElements(this.graph, { positions: this.#positions, collapsed: this.collapsed });
    const positions: Record<string, { x: number; y: number }> = {};
    for (const n of targets.nodes) if (n.position) positions[n.data.id] = n.position;
    this.#canvas?.animateTo(positions);
  }

  fit(): void {
    this.#canvas?.fit();
  }

  // ---- actions: selection -----------------------------------------------------------------
  /**
   * Selects an actor, a relation or a group's bundle (null clears). `reveal` pans the canvas to
   * it, `focusPane` moves keyboard focus to the pane's heading, `expand` opens collapsed groups
   * that hide it.
   */
  select(target: PaneSelection | null, options: { reveal?: boolean; focusPane?: boolean; expand?: boolean } = {}): void {
    const { reveal = true, focusPane = true, expand = true } = options;
    if (target === null) {
      this.selection = null;
      this.selectedIds = [];
      this.focusHops = 0;
      return;
    }
    if (target.kind === 'actor' && !this.graph.hasNode(target.id)) return;
    if (target.kind === 'relation' && !this.graph.hasEdge(target.id)) return;
    if (expand && target.kind !== 'meta') this.#expandToShow(target);
    this.selection = target;
    this.selectedIds = [target.id];
    if (reveal) {
      const ids = target.kind === 'relation' ? [target.id, this.graph.source(target.id), this.graph.target(target.id)] : [target.id];
      this.revealRequest = { ids: ids.map((id) => this.elements.representative.get(id) ?? id) };
    }
    if (focusPane) this.paneFocusRequest++;
  }

  #expandToShow(target: Selection): void {
    const ends = target.kind === 'actor' ? [target.id] : [this.graph.source(target.id), this.graph.target(target.id)];
    const hiding = new Set<string>();
    for (const end of ends) for (const ancestor of ancestorsOf(this.graph, end)) if (this.collapsed.has(ancestor)) hiding.add(ancestor);
    if (hiding.size === 0) return;
    this.collapsed = new Set([...this.collapsed].filter((id) => !hiding.has(id)));
  }

  /** Shift-click in a list: adds the element to the canvas selection, or takes it out. */
  toggleInSelection(id: string): void {
    this.selectedIds = this.selectedIds.includes(id) ? this.selectedIds.filter((x) => x !== id) : [...this.selectedIds, id];
    if (!this.selection && this.selectedIds.length === 1) this.selection = this.#targetFor(this.selectedIds[0]!);
  }

  clearSelection(): void {
    this.select(null);
  }

  /** Adds the actors one step from the selected ones (over shown relations) to the selection. */
  selectNeighbourhood(): void {
    const start = new Set(this.selectedIds.filter((id) => this.graph.hasNode(id)));
    if (this.selection?.kind === 'actor') start.add(this.selection.id);
    if (start.size === 0) return;
    const near = neighbourhood(this.graph, start, { depth: 1, visible: { nodes: this.visibility.drawnActors, edges: this.visibility.drawnRelations } });
    this.selectedIds = near.map((id) => this.elements.representative.get(id) ?? id).filter((id, i, all) => all.indexOf(id) === i);
    this.revealRequest = { ids: this.selectedIds };
  }

  setFocusHops(hops: FocusHops): void {
    this.focusHops = hops;
  }

  // ---- actions: view ----------------------------------------------------------------------
  setPerspective(perspective: Perspective): void {
    this.perspective = perspective;
  }

  setFadeOutside(fade: boolean): void {
    this.fadeOutside = fade;
  }

  toggleType(type: RelationTypeId, shown?: boolean): void {
    this.filters = { ...this.filters, hiddenTypes: toggled(this.filters.hiddenTypes, type, shown === undefined ? undefined : !shown) };
  }

  toggleQuad(quad: QuadClassId, shown?: boolean): void {
    this.filters = { ...this.filters, hiddenQuads: toggled(this.filters.hiddenQuads, quad, shown === undefined ? undefined : !shown) };
  }

  toggleKind(kind: ActorKind, shown?: boolean): void {
    this.filters = { ...this.filters, hiddenKinds: toggled(this.filters.hiddenKinds, kind, shown === undefined ? undefined : !shown) };
  }

  resetFilters(): void {
    this.filters = NO_FILTERS;
  }

  toggleGroup(id: string, collapse?: boolean): void {
    if (!this.members.has(id)) return;
    this.collapsed = toggled(this.collapsed, id, collapse);
  }

  collapseAll(): void {
    this.collapsed = new Set(this.members.keys());
  }

  expandAll(): void {
    this.collapsed = new Set();
  }

  /**
   * Applies a parsed URL (a shared link, back or forward). What the URL leaves as it is keeps its
   * very object: on page load the URL is usually the default view, and a new but equal set of
   * collapsed groups would rebuild every element definition and restyle the whole canvas.
   */
  applyUrlState(state: UrlState): void {
    if (formatPerspective(state.perspective) !== formatPerspective(this.perspective)) this.perspective = state.perspective;
    if (!sameFilters(state.filters, this.filters)) this.filters = state.filters;
    this.fadeOutside = state.fadeOutside;
    const collapsed = new Set([...state.collapsed].filter((id) => this.members.has(id)));
    if (!sameMembers(collapsed, this.collapsed)) this.collapsed = collapsed;
    if (state.selection) this.select(state.selection, { reveal: true, focusPane: false, expand: true });
    else this.select(null);
    this.focusHops = state.selection?.kind === 'actor' ? state.focusHops : 0;
  }
}

/** 5000 → "5,000", without toLocaleString (its first call loads locale data: 30–45 ms measured during an import). */
export function withThousands(n: number): string {
  return String(Math.trunc(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
