/**
 * Choosing a part of the graph to export: the user's selection (with the edges among the chosen
 * nodes), a neighbourhood around it, or, with nothing chosen, what is visible now. The chosen part
 * becomes a new, self-contained ActorGraph: it never edits the full graph, it drops `parent`
 * references that would point outside it and keeps only the sources its edges cite, so an
 * exported subgraph passes the same validation on import as the full graph.
 */
import { claimSources, emptyActorGraph, type ActorAttributes, type ActorGraph } from './graph';

/** Node and edge keys of a chosen subgraph; edges only ever join two chosen nodes. */
export interface SubgraphChoice {
  readonly nodeIds: readonly string[];
  readonly edgeIds: readonly string[];
}

/** What the view shows now (after filters and the perspective); absent means everything. */
export interface VisibleSets {
  readonly nodes?: ReadonlySet<string> | undefined;
  readonly edges?: ReadonlySet<string> | undefined;
}

export interface ChoiceRequest extends VisibleSets {
  /** The selected node keys; empty means "what is visible". */
  readonly selected: Iterable<string>;
}

export interface DescribedChoice extends SubgraphChoice {
  /** Whether the choice came from the selection (true) or is everything visible (false). */
  readonly fromSelection: boolean;
  /** One line for the UI, e.g. "2 actors and 1 relation: the selection". */
  readonly summary: string;
}

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** Edges of `graph` joining two nodes of `nodes` (in graph order), optionally only the visible ones. */
export function inducedEdges(graph: ActorGraph, nodes: ReadonlySet<string>, visibleEdges?: ReadonlySet<string>): string[] {
  const edges: string[] = [];
  graph.forEachEdge((edge, _attributes, source, target) => {
    if (!nodes.has(source) || !nodes.has(target)) return;
    if (visibleEdges && !visibleEdges.has(edge)) return;
    edges.push(edge);
  });
  return edges;
}

/** The visible part of the graph: visible nodes, and visible edges whose two ends are visible. */
export function visibleChoice(graph: ActorGraph, visible: VisibleSets = {}): SubgraphChoice {
  const nodeIds = graph.filterNodes((node) => visible.nodes === undefined || visible.nodes.has(node));
  return { nodeIds, edgeIds: inducedEdges(graph, new Set(nodeIds), visible.edges) };
}

/** The selection with the (visible) edges among it; unknown or hidden keys are left out. */
export function selectionChoice(graph: ActorGraph, selected: Iterable<string>, visible: VisibleSets = {}): SubgraphChoice {
  const wanted = new Set(selected);
  const nodeIds = graph.filterNodes((node) => wanted.has(node) && (visible.nodes === undefined || visible.nodes.has(node)));
  return { nodeIds, edgeIds: inducedEdges(graph, new Set(nodeIds), visible.edges) };
}

/**
 * What an export takes: the selection when there is one (and some of it is visible),
 * otherwise everything visible. Returns the keys and a one-line summary for the UI.
 */
export function chooseSubgraph(graph: ActorGraph, request: ChoiceRequest): DescribedChoice {
  const selection = selectionChoice(graph, request.selected, request);
  const fromSelection = selection.nodeIds.length > 0;
  const choice = fromSelection ? selection : visibleChoice(graph, request);
  const counts = `${plural(choice.nodeIds.length, 'actor', 'actors')} and ${plural(choice.edgeIds.length, 'relation', 'relations')}`;
  return {
    ...choice,
    fromSelection,
    summary: `${counts}: ${fromSelection ? 'the selection' : 'everything visible'}`,
  };
}

export interface NeighbourhoodOptions {
  /** How many steps out from the start nodes; 1 by default. */
  readonly depth?: number;
  /** Follow only these edges and reach only these nodes (what is visible); absent means all. */
  readonly visible?: VisibleSets;
}

/**
 * The start nodes and every node within `depth` steps of them, following edges in either
 * direction. Returned in graph order; unknown start keys are ignored.
 */
export function neighbourhood(graph: ActorGraph, start: Iterable<string>, options: NeighbourhoodOptions = {}): string[] {
  const depth = Math.max(0, Math.floor(options.depth ?? 1));
  const { nodes: visibleNodes, edges: visibleEdges } = options.visible ?? {};
  const reachable = (node: string): boolean => graph.hasNode(node) && (visibleNodes === undefined || visibleNodes.has(node));
  const seen = new Set<string>([...start].filter(reachable));
  let frontier = [...seen];
  for (let step = 0; step < depth && frontier.length > 0; step++) {
    const next: string[] = [];
    for (const node of frontier) {
      graph.forEachEdge(node, (edge, _attributes, source, target) => {
        if (visibleEdges && !visibleEdges.has(edge)) return;
        const other = source === node ? target : source;
        if (seen.has(other) || !reachable(other)) return;
        seen.add(other);
        next.push(other);
      });
    }
    frontier = next;
  }
  return graph.filterNodes((node) => seen.has(node));
}

/** The chosen nodes plus every ancestor (compound parent) they sit in, in graph order. */
export function withAncestors(graph: ActorGraph, nodeIds: Iterable<string>): string[] {
  const chosen = new Set<string>();
  for (const node of nodeIds) {
    let cursor: string | undefined = node;
    while (cursor !== undefined && graph.hasNode(cursor) && !chosen.has(cursor)) {
      chosen.add(cursor);
      cursor = graph.getNodeAttribute(cursor, 'parent');
    }
  }
  return graph.filterNodes((node) => chosen.has(node));
}

export interface SubgraphOptions {
  /** Keep every source of the full graph, not only those the chosen edges cite. */
  readonly keepAllSources?: boolean;
}

/**
 * A new ActorGraph holding the chosen nodes and, of `edgeIds` (default: every edge among the
 * chosen nodes), those whose two ends are chosen. Attributes are copied, never shared; a
 * `parent` outside the subgraph is dropped; sources are the ones the edges cite unless
 * `keepAllSources`. The full graph is not touched.
 */
export function buildSubgraph(graph: ActorGraph, nodeIds: Iterable<string>, edgeIds?: Iterable<string>, options: SubgraphOptions = {}): ActorGraph {
  const nodes = new Set<string>();
  for (const node of nodeIds) if (graph.hasNode(node)) nodes.add(node);
  const wantedEdges = edgeIds === undefined ? undefined : new Set(edgeIds);
  const sub: ActorGraph = emptyActorGraph();

  graph.forEachNode((node, attributes) => {
    if (!nodes.has(node)) return;
    const copy: ActorAttributes = structuredClone(attributes);
    if (copy.parent !== undefined && !nodes.has(copy.parent)) delete copy.parent;
    sub.addNode(node, copy);
  });

  const cited = new Set<string>();
  graph.forEachEdge((edge, attributes, source, target) => {
    if (!nodes.has(source) || !nodes.has(target)) return;
    if (wantedEdges && !wantedEdges.has(edge)) return;
    for (const id of claimSources(attributes)) cited.add(id);
    sub.addDirectedEdgeWithKey(edge, source, target, structuredClone(attributes));
  });

  const sources = graph.getAttribute('sources') ?? [];
  sub.replaceAttributes({
    title: graph.getAttribute('title'),
    sources: structuredClone(options.keepAllSources ? sources : sources.filter((s) => cited.has(s.id))),
  });
  return sub;
}

/** The subgraph of a choice (see buildSubgraph). */
export function subgraphOfChoice(graph: ActorGraph, choice: SubgraphChoice, options: SubgraphOptions = {}): ActorGraph {
  return buildSubgraph(graph, choice.nodeIds, choice.edgeIds, options);
}
