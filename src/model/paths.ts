/**
 * The Path tool's search (issue 16): the shortest chains of relations between two actors over the
 * relations the current view shows (after perspective, filters and time; a faded relation is not
 * shown). Pure: the caller passes the shown relation ids, so the search never disagrees with the
 * canvas. Distances come from graphology-shortest-path (an unweighted BFS over a simple graph
 * built from the shown relations); the chains of that length are then read back from the target
 * along the distance layers, so every chain enumerated is a shortest one.
 *
 * Choices, written down:
 * - Undirected by default: any relation joins its two actors. "Follow direction" walks a directed
 *   relation only from its source to its target; a mutual one either way.
 * - Alternatives differ in their chain of actors. Parallel relations between the same two actors
 *   (Kellogg meets Lukashenko, Kellogg negotiates with Lukashenko) make one step: the hop names the
 *   best-attested one (most articles, then most claims, then id) and lists the others as
 *   `parallel`, instead of multiplying near-identical paths.
 * - Chains are ranked by how well attested their hops are (sum of articles), then by their actors'
 *   labels, so the first chain is stable and the best sourced. At most MAX_ENUMERATED chains are
 *   read before ranking (a dense view can have thousands of equally short chains).
 */
import { DirectedGraph, UndirectedGraph } from 'graphology';
import { singleSourceLength } from 'graphology-shortest-path/unweighted';
import type { ActorGraph } from './graph';
import type { Claim } from './schema';
import { relationTypeInfo } from './typology';

export interface PathQuery {
  readonly from: string;
  readonly to: string;
  /** Follow each relation's direction (a mutual relation goes both ways). */
  readonly directed: boolean;
}

/** One end of a path: where it starts or where it goes. */
export type PathEnd = 'from' | 'to';

export interface PathSearchInput {
  /** The relations the current view shows. */
  readonly relations: ReadonlySet<string>;
  /** The claims the view shows for a relation (a perspective shows one article's); default: all of them. */
  readonly claimsOf?: ((relationId: string) => readonly Claim[]) | undefined;
  /** An article's short name; default: its id. */
  readonly sourceLabel?: ((sourceId: string) => string) | undefined;
  /** How many chains to return: the shortest and up to `max - 1` alternatives (default 4). */
  readonly max?: number | undefined;
}

export interface PathHop {
  readonly from: string;
  readonly fromLabel: string;
  readonly to: string;
  readonly toLabel: string;
  /** The relation this step follows. */
  readonly relation: string;
  readonly typeLabel: string;
  /** How the relation's arrow runs against the step: along it, against it (undirected search only), or mutual. */
  readonly along: 'forward' | 'backward' | 'mutual';
  /** The articles that state it (short names), in claim order. */
  readonly articles: readonly string[];
  /** The first shown claim's quote, and its article. */
  readonly quote?: string;
  readonly quoteArticle?: string;
  /** Other shown relations that make the same step. */
  readonly parallel: readonly string[];
}

export interface PathChain {
  readonly actors: readonly string[];
  readonly hops: readonly PathHop[];
}

export type PathNoneReason = 'unknown-actor' | 'same-actor' | 'no-relation' | 'no-chain';

export type PathResult =
  | { readonly kind: 'found'; readonly length: number; readonly chains: readonly PathChain[]; readonly more: boolean }
  | { readonly kind: 'none'; readonly reason: PathNoneReason; readonly message: string };

/** Chains read before ranking; beyond it a dense view's remaining chains are not looked at. */
export const MAX_ENUMERATED = 200;

type Index = Map<string, string[]>;
const pairKey = (a: string, b: string): string => `${a}\u0000${b}`;

interface StepGraph {
  readonly sub: DirectedGraph | UndirectedGraph;
  readonly steps: Index;
  /** The step graph's key of an actor ("n0", "n1", …), undefined when no shown relation touches it. */
  readonly keyOf: (actor: string) => string | undefined;
  readonly actorOf: (key: string) => string;
}

/**
 * A simple graph of the shown relations (arcs for "follow direction") and, per step, the relations
 * that make it. Its nodes are keyed by place ("n0", "n1", …), not by actor id: graphology's indexes
 * and graphology-shortest-path's results are plain objects, where an actor called "__proto__" or
 * "constructor" would not be a key of its own (docs/ARCHITECTURE.md, the id rule).
 */
function stepGraph(graph: ActorGraph, relations: ReadonlySet<string>, directed: boolean): StepGraph {
  const sub = directed ? new DirectedGraph() : new UndirectedGraph();
  const steps: Index = new Map();
  const keys = new Map<string, string>();
  const actors: string[] = [];
  const keyFor = (actor: string): string => {
    let key = keys.get(actor);
    if (key === undefined) {
      key = `n${actors.length}`;
      keys.set(actor, key);
      actors.push(actor);
      sub.addNode(key);
    }
    return key;
  };
  const add = (a: string, b: string, relation: string): void => {
    sub.mergeEdge(keyFor(a), keyFor(b));
    const key = pairKey(a, b);
    const list = steps.get(key);
    if (list) list.push(relation);
    else steps.set(key, [relation]);
  };
  for (const relation of relations) {
    if (!graph.hasEdge(relation)) continue;
    const source = graph.source(relation);
    const target = graph.target(relation);
    if (source === target) continue;
    add(source, target, relation);
    if (!directed || graph.getEdgeAttribute(relation, 'direction') === 'mutual') add(target, source, relation);
  }
  return { sub, steps, keyOf: (actor) => keys.get(actor), actorOf: (key) => actors[Number(key.slice(1))]! };
}

/** Reads the chains from `from` to `to` back along the distance layers, up to `limit` of them. */
function enumerateChains(
  sub: DirectedGraph | UndirectedGraph,
  dist: Readonly<Record<string, number>>,
  from: string,
  to: string,
  limit: number,
): { chains: string[][]; more: boolean } {
  const chains: string[][] = [];
  let more = false;
  const back = (node: string, suffix: string[]): void => {
    if (chains.length >= limit) {
      more = true;
      return;
    }
    if (node === from) {
      chains.push([from, ...suffix]);
      return;
    }
    const d = dist[node]!;
    const before = sub.type === 'directed' ? sub.inNeighbors(node) : sub.neighbors(node);
    for (const p of before.filter((n) => dist[n] === d - 1)) back(p, [node, ...suffix]);
  };
  back(to, []);
  return { chains, more };
}

function describeHop(graph: ActorGraph, from: string, to: string, candidates: readonly string[], input: PathSearchInput): PathHop {
  const claimsOf = input.claimsOf ?? ((id: string) => graph.getEdgeAttribute(id, 'claims'));
  const articlesOf = (id: string): string[] => [...new Set(claimsOf(id).map((c) => c.source))];
  const ranked = [...candidates].sort((a, b) => articlesOf(b).length - articlesOf(a).length || claimsOf(b).length - claimsOf(a).length || a.localeCompare(b));
  const relation = ranked[0]!;
  const r = graph.getEdgeAttributes(relation);
  const label = input.sourceLabel ?? ((id: string) => id);
  const first = claimsOf(relation)[0];
  const along = r.direction === 'mutual' ? 'mutual' : graph.source(relation) === from ? 'forward' : 'backward';
  return {
    from,
    fromLabel: graph.getNodeAttribute(from, 'label'),
    to,
    toLabel: graph.getNodeAttribute(to, 'label'),
    relation,
    typeLabel: relationTypeInfo(r.type).label,
    along,
    articles: articlesOf(relation).map(label),
    ...(first ? { quote: first.quote, quoteArticle: label(first.source) } : {}),
    parallel: ranked.slice(1),
  };
}

const none = (reason: PathNoneReason, message: string): PathResult => ({ kind: 'none', reason, message });

/** Why no chain was found, in words (and whether dropping "follow direction" would find one). */
function noChain(graph: ActorGraph, query: PathQuery, input: PathSearchInput, step: StepGraph): PathResult {
  const name = (id: string): string => graph.getNodeAttribute(id, 'label');
  for (const end of [query.from, query.to]) {
    if (step.keyOf(end) === undefined) return none('no-relation', `${name(end)} has no relation shown in this view, so no chain reaches it.`);
  }
  if (query.directed) {
    const loose = stepGraph(graph, input.relations, false);
    const [from, to] = [loose.keyOf(query.from), loose.keyOf(query.to)];
    if (from !== undefined && to !== undefined && singleSourceLength(loose.sub, from)[to] !== undefined) {
      return none(
        'no-chain',
        `No chain leads from ${name(query.from)} to ${name(query.to)} following the relations' direction; there is one without “Follow direction”.`,
      );
    }
  }
  return none('no-chain', `No chain of relations shown in this view joins ${name(query.from)} and ${name(query.to)}.`);
}

/** The shortest chains between two actors over the shown relations, or why there is none. */
export function findPaths(graph: ActorGraph, query: PathQuery, input: PathSearchInput): PathResult {
  const { from, to, directed } = query;
  if (!graph.hasNode(from) || !graph.hasNode(to)) return none('unknown-actor', 'Choose two actors of the graph.');
  if (from === to) return none('same-actor', `From and To are the same actor (${graph.getNodeAttribute(from, 'label')}): choose two different actors.`);
  const step = stepGraph(graph, input.relations, directed);
  const [fromKey, toKey] = [step.keyOf(from), step.keyOf(to)];
  if (fromKey === undefined || toKey === undefined) return noChain(graph, query, input, step);
  const dist = singleSourceLength(step.sub, fromKey);
  const length = dist[toKey];
  if (length === undefined) return noChain(graph, query, input, step);

  const { chains: keyChains, more } = enumerateChains(step.sub, dist, fromKey, toKey, MAX_ENUMERATED);
  const steps = step.steps;
  const chains = keyChains.map((keys): PathChain => {
    const actors = keys.map(step.actorOf);
    const hops = actors.slice(1).map((next, i) => describeHop(graph, actors[i]!, next, steps.get(pairKey(actors[i]!, next)) ?? [], input));
    return { actors, hops };
  });
  const score = (c: PathChain): number => c.hops.reduce((n, h) => n + h.articles.length, 0);
  const labels = (c: PathChain): string => c.hops.map((h) => h.toLabel).join('\u0000');
  chains.sort((a, b) => score(b) - score(a) || labels(a).localeCompare(labels(b)));
  const max = Math.max(1, input.max ?? 4);
  return { kind: 'found', length, chains: chains.slice(0, max), more: more || chains.length > max };
}

/** Every actor and relation a chain passes through (for the canvas's emphasis). */
export function chainElements(chain: PathChain): Set<string> {
  const out = new Set<string>(chain.actors);
  for (const hop of chain.hops) out.add(hop.relation);
  return out;
}
