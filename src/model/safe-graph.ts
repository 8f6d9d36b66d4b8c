/**
 * graphology keeps each node's neighbours in plain objects keyed by the neighbour's id
 * (`nodeData.out[target]`). With an actor called "constructor" or "__proto__" that reads
 * Object.prototype's members as edges: adding a relation to "__proto__" wrote `previous` onto
 * Object.prototype, and walking a node's relations then followed that into an endless loop or a
 * crash. protectIndexes gives a graph node records whose neighbour indexes have no prototype, so
 * every id is an ordinary key. It replaces the graph's (writable, per-instance) NodeDataClass with a
 * subclass before any node exists; tests/unit/hostile-ids.test.ts checks it on the pinned graphology.
 * When graphology's internals differ, it leaves the graph as it is.
 */
const INDEXES = ['in', 'out', 'undirected'] as const;

type NodeDataConstructor = new (key: string, attributes: unknown) => object;
interface WithNodeData {
  NodeDataClass?: unknown;
  order?: unknown;
}

const protectedClasses = new WeakMap<NodeDataConstructor, NodeDataConstructor>();

function withoutPrototypes(base: NodeDataConstructor): NodeDataConstructor {
  const known = protectedClasses.get(base);
  if (known) return known;
  const baseClear = (base.prototype as { clear?: unknown }).clear;
  if (typeof baseClear !== 'function') return base;
  const safe = class extends base {
    clear(): void {
      (baseClear as (this: object) => void).call(this);
      const record = this as unknown as Record<string, unknown>;
      for (const index of INDEXES) if (Object.hasOwn(record, index)) record[index] = Object.create(null);
    }
  };
  protectedClasses.set(base, safe);
  return safe;
}

/** The public methods the pair checks below are built on (graphology's own). */
interface PairQueries {
  readonly type: string;
  hasNode(node: string): boolean;
  outEdges(source: string, target: string): string[];
  undirectedEdges(source: string, target: string): string[];
}
type HasEdge = (this: unknown, ...args: unknown[]) => boolean;

/**
 * graphology answers `hasEdge(source, target)` (and its directed and undirected forms) with the
 * index's `hasOwnProperty` method, which an index without a prototype does not have: these answer
 * it through the edge lists instead. With one argument (an edge key) graphology's own method runs.
 */
function protectPairChecks(graph: PairQueries & Record<string, unknown>): void {
  const both = (s: unknown, t: unknown): s is string => typeof s === 'string' && typeof t === 'string' && graph.hasNode(s) && graph.hasNode(t);
  const directed = (s: unknown, t: unknown): boolean => graph.type !== 'undirected' && both(s, t) && graph.outEdges(s, t as string).length > 0;
  const undirected = (s: unknown, t: unknown): boolean => graph.type !== 'directed' && both(s, t) && graph.undirectedEdges(s, t as string).length > 0;
  const checks: Record<string, (s: unknown, t: unknown) => boolean> = {
    hasEdge: (s, t) => directed(s, t) || undirected(s, t),
    hasDirectedEdge: directed,
    hasUndirectedEdge: undirected,
  };
  for (const [name, pair] of Object.entries(checks)) {
    const own = graph[name];
    if (typeof own !== 'function') continue;
    graph[name] = function (this: unknown, ...args: unknown[]): boolean {
      return args.length >= 2 ? pair(args[0], args[1]) : (own as HasEdge).apply(this, args);
    };
  }
}

/** Makes an empty graphology graph safe for every id (see the header); returns it. */
export function protectIndexes<G extends object>(graph: G): G {
  const target = graph as unknown as WithNodeData;
  if (typeof target.NodeDataClass !== 'function' || target.order !== 0) return graph;
  target.NodeDataClass = withoutPrototypes(target.NodeDataClass as NodeDataConstructor);
  protectPairChecks(graph as unknown as PairQueries & Record<string, unknown>);
  return graph;
}
