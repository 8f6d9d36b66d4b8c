/**
 * A graphology JSON written by another tool (sigma.js, Gephi Lite, Retina, a script): nodes and
 * edges with whatever attributes, and no sources or claims. Ours carry `attributes.sources` and a
 * `claims` list on every edge and are read by interchange.ts with all our checks; a file with
 * neither is read here, as an unsourced graph. Positions are sigma's (y up) and are negated later.
 */
import type { Problem } from '../problems';
import { titleFromFileName } from '../interchange';
import { clip } from '../bounds';
import type { ForeignEdge, ForeignGraph, ForeignNode, Scalar } from './foreign-graph';

type Json = Record<string, unknown>;
const isRecord = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined);
const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

/** Whether a parsed JSON file is another tool's graphology JSON, or an unsourced one of ours (nodes/edges, no source, no claim). */
export function isForeignGraphology(parsed: unknown): boolean {
  if (!isRecord(parsed) || !('nodes' in parsed || 'edges' in parsed)) return false;
  const sources = isRecord(parsed.attributes) ? parsed.attributes.sources : undefined;
  if (Array.isArray(sources) && sources.length > 0) return false;
  const edges = Array.isArray(parsed.edges) ? parsed.edges : [];
  // An unsourced graph exported from here has `claims: []` on every edge: still not sourced.
  return !edges.some((e) => isRecord(e) && isRecord(e.attributes) && Array.isArray(e.attributes.claims) && e.attributes.claims.length > 0);
}

const NODE_OWN = new Set(['label', 'x', 'y', 'z', 'size', 'color', 'kind', 'parent', 'description', 'aliases', 'type', 'hidden', 'forceLabel', 'highlighted']);

function nodeOf(key: string, a: Json): ForeignNode {
  const extras: Record<string, Scalar> = {};
  for (const [k, v] of Object.entries(a)) {
    if (!NODE_OWN.has(k) && (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')) extras[k] = v;
  }
  return {
    id: key,
    label: str(a.label),
    kind: str(a.kind),
    parent: str(a.parent),
    description: str(a.description),
    aliases: Array.isArray(a.aliases) ? a.aliases.filter((s): s is string => typeof s === 'string') : undefined,
    x: num(a.x),
    y: num(a.y),
    color: str(a.color),
    size: num(a.size),
    extras,
  };
}

export type ForeignJsonRead = { readonly ok: true; readonly graph: ForeignGraph } | { readonly ok: false; readonly problems: readonly Problem[] };

function readNodes(file: string, list: readonly unknown[], problems: Problem[]): ForeignNode[] {
  const seen = new Set<string>();
  const nodes: ForeignNode[] = [];
  list.forEach((n, i) => {
    const key = isRecord(n) ? str(n.key) : undefined;
    const item = `nodes[${i}]`;
    if (key === undefined || key === '') problems.push({ name: 'SchemaError', file, item, field: 'key', message: 'a node needs a key' });
    else if (seen.has(key))
      problems.push({ name: 'DuplicateIdError', file, item: `${item} "${clip(key)}"`, field: 'key', message: 'another node has this key' });
    else {
      seen.add(key);
      nodes.push(nodeOf(key, isRecord(n) && isRecord(n.attributes) ? n.attributes : {}));
    }
  });
  return nodes;
}

function readEdges(file: string, list: readonly unknown[], ids: ReadonlySet<string>, directedGraph: boolean, problems: Problem[]): ForeignEdge[] {
  const edges: ForeignEdge[] = [];
  const keys = new Set<string>();
  list.forEach((e, i) => {
    const r = isRecord(e) ? e : {};
    const key = str(r.key);
    const item = key === undefined ? `edges[${i}]` : `edges[${i}] "${clip(key)}"`;
    // graphology itself refuses a second edge with one key: say so rather than rename it.
    if (key !== undefined && key !== '') {
      if (keys.has(key)) problems.push({ name: 'DuplicateIdError', file, item, field: 'key', message: 'another edge has this key' });
      keys.add(key);
    }
    const ends = (['source', 'target'] as const).map((field) => {
      const id = str(r[field]);
      if (id === undefined) problems.push({ name: 'SchemaError', file, item, field, message: `an edge needs a ${field}` });
      else if (!ids.has(id)) problems.push({ name: 'DanglingReferenceError', file, item, field, message: `names no node: "${clip(id)}"` });
      else return id;
      return undefined;
    });
    const [source, target] = ends;
    if (source === undefined || target === undefined) return;
    const a = isRecord(r.attributes) ? r.attributes : {};
    edges.push({
      id: key,
      source,
      target,
      label: str(a.label),
      type: str(a.relationType) ?? str(a.type),
      direction: r.undirected === true || !directedGraph || a.direction === 'mutual' ? 'mutual' : 'directed',
      weight: num(a.weight),
      color: str(a.color),
    });
  });
  return edges;
}

/** Reads another tool's graphology JSON (already parsed); never throws. */
export function readForeignJson(file: string, parsed: Json): ForeignJsonRead {
  const problems: Problem[] = [];
  const nodeList = parsed.nodes ?? [];
  const edgeList = parsed.edges ?? [];
  if (!Array.isArray(nodeList)) problems.push({ name: 'SchemaError', file, item: 'nodes', field: '', message: 'must be a list' });
  if (!Array.isArray(edgeList)) problems.push({ name: 'SchemaError', file, item: 'edges', field: '', message: 'must be a list' });
  if (!Array.isArray(nodeList) || !Array.isArray(edgeList)) return { ok: false, problems };
  const nodes = readNodes(file, nodeList, problems);
  const options = isRecord(parsed.options) ? parsed.options : {};
  const edges = readEdges(file, edgeList, new Set(nodes.map((n) => n.id)), options.type !== 'undirected', problems);
  if (problems.length > 0) return { ok: false, problems };
  if (nodes.length === 0) return { ok: false, problems: [{ name: 'EmptyDatasetError', file, item: 'nodes', field: '', message: 'has no nodes' }] };
  const attributes = isRecord(parsed.attributes) ? parsed.attributes : {};
  const title = str(attributes.title) ?? str(attributes.name) ?? titleFromFileName(file);
  return { ok: true, graph: { title, nodes, edges, yUp: true, fileName: file } };
}
