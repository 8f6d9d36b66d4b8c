/**
 * GEXF 1.2 / 1.3 (Gephi, Gephi Lite, networkx) -> a foreign graph: nodes with their label, typed
 * columns, `viz:position` (y up, negated later), `viz:color` and `viz:size`; edges with label,
 * weight, direction (`undirected` and `mutual` read as mutual) and colour. Parsed by graphology-gexf
 * (its XML parser is pure JavaScript, so it runs in the worker). The parser stops at the first
 * wrong thing, so edges that name no node are found here first, every one of them named.
 */
import Graph from 'graphology';
import { parse } from 'graphology-gexf';
import type { Problem } from '../problems';
import { titleFromFileName } from '../interchange';
import { clip, FORBIDDEN_ID, FORBIDDEN_ID_MESSAGE } from '../bounds';
import type { Direction } from '../schema';
import type { ForeignEdge, ForeignGraph, ForeignNode, Scalar } from './foreign-graph';

/** Node attributes the parser gives that are not the file's own columns. */
const NODE_OWN = new Set(['label', 'x', 'y', 'z', 'color', 'size', 'shape', 'kind', 'parent', 'description', 'aliases', 'pid']);

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** A character reference's character; the reference as written when it names no character (`&#x110000;`, found by fuzzing: it threw). */
function fromCodePoint(code: number, whole: string): string {
  return Number.isInteger(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
}

function decodeXml(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code.startsWith('#x') || code.startsWith('#X')) return fromCodePoint(parseInt(code.slice(2), 16), whole);
    if (code.startsWith('#')) return fromCodePoint(parseInt(code.slice(1), 10), whole);
    return Object.hasOwn(ENTITIES, code) ? (ENTITIES[code] ?? whole) : whole;
  });
}

/** The ids the file declares as `<node id="…">`, read from the text (the parser would invent missing ones). */
function declaredNodeIds(text: string): Set<string> {
  const ids = new Set<string>();
  for (const m of text.matchAll(/<(?:[\w-]+:)?node\b[^>]*?\sid\s*=\s*("([^"]*)"|'([^']*)')/g)) ids.add(decodeXml(m[2] ?? m[3] ?? ''));
  return ids;
}

const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined);
const num = (value: unknown): number | undefined => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);

function nodeOf(id: string, a: Record<string, unknown>): ForeignNode {
  const extras: Record<string, Scalar> = {};
  for (const [k, v] of Object.entries(a)) {
    if (NODE_OWN.has(k)) continue;
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') extras[k] = v;
  }
  const aliases = str(a.aliases);
  return {
    id,
    label: str(a.label),
    kind: str(a.kind),
    parent: str(a.parent) ?? str(a.pid),
    description: str(a.description),
    aliases: aliases
      ? aliases
          .split(';')
          .map((s) => s.trim())
          .filter(Boolean)
      : undefined,
    x: num(a.x),
    y: num(a.y),
    color: str(a.color),
    size: num(a.size),
    extras,
  };
}

function edgeOf(graph: Graph, edge: string, a: Record<string, unknown>): ForeignEdge {
  const direction: Direction = graph.isUndirected(edge) || a.direction === 'mutual' ? 'mutual' : 'directed';
  return {
    id: edge,
    source: graph.source(edge),
    target: graph.target(edge),
    label: str(a.label),
    type: str(a.relationType) ?? str(a.relation_type) ?? str(a.type),
    direction,
    weight: num(a.weight),
    color: str(a.color),
  };
}

export type GexfRead = { readonly ok: true; readonly graph: ForeignGraph } | { readonly ok: false; readonly problems: readonly Problem[] };

const problem = (file: string, item: string, field: string, message: string): Problem => ({ name: 'ParseError', file, item, field, message });

/** Every id, source and target attribute value in the file, decoded. */
function referencedIds(text: string): string[] {
  return [...text.matchAll(/\s(?:id|source|target)\s*=\s*("([^"]*)"|'([^']*)')/g)].map((m) => decodeXml(m[2] ?? m[3] ?? ''));
}

/** Whether the file names a node "__proto__" (bounds.ts says why): checked before the parser builds a graph. */
const namesForbiddenId = (text: string): boolean => referencedIds(text).includes(FORBIDDEN_ID);

/** Why the parser failed, in words: a node named like a JavaScript object property (graphology-gexf cannot hold one), else malformed XML. */
function parserFailure(text: string, error: unknown): string {
  const propertyName = referencedIds(text).find((id) => id in Object.prototype);
  if (propertyName !== undefined)
    return `the GEXF parser cannot hold a node or edge called "${clip(propertyName)}" (a name every JavaScript object already has): rename it`;
  // A TypeError is the parser stumbling on a document it could not build (malformed XML): say that, not its internals.
  return error instanceof TypeError ? 'the XML is not well-formed, or has no <graph> element' : error instanceof Error ? error.message : String(error);
}

/** The first edge id the file gives twice (the parser would stop on it with its internals' words). */
function duplicateEdgeId(text: string): string | undefined {
  const seen = new Set<string>();
  for (const m of text.matchAll(/<(?:[\w-]+:)?edge\b[^>]*?\sid\s*=\s*("([^"]*)"|'([^']*)')/g)) {
    const id = decodeXml(m[2] ?? m[3] ?? '');
    if (seen.has(id)) return id;
    seen.add(id);
  }
  return undefined;
}

/** Reads a GEXF file's text; never throws. */
export function readGexf(fileName: string, text: string): GexfRead {
  if (!/<gexf\b/.test(text) || !/<graph\b/.test(text)) {
    return { ok: false, problems: [problem(fileName, '', '', 'is not a GEXF file: it has no <gexf> element with a <graph> in it')] };
  }
  const duplicate = duplicateEdgeId(text);
  if (duplicate !== undefined) {
    return {
      ok: false,
      problems: [{ name: 'DuplicateIdError', file: fileName, item: `edge "${clip(duplicate)}"`, field: 'id', message: 'another edge has this id' }],
    };
  }
  if (namesForbiddenId(text))
    return { ok: false, problems: [{ name: 'SchemaError', file: fileName, item: `node "${FORBIDDEN_ID}"`, field: 'id', message: FORBIDDEN_ID_MESSAGE }] };
  let graph: Graph;
  try {
    graph = parse(Graph, text, { addMissingNodes: true, allowUndeclaredAttributes: true });
  } catch (error) {
    return { ok: false, problems: [problem(fileName, '', '', `could not be read as GEXF: ${parserFailure(text, error)}`)] };
  }
  const declared = declaredNodeIds(text);
  const problems: Problem[] = [];
  let index = 0;
  graph.forEachEdge((edge, _a, source, target) => {
    for (const [field, id] of [
      ['source', source],
      ['target', target],
    ] as const) {
      if (!declared.has(id))
        problems.push({
          name: 'DanglingReferenceError',
          file: fileName,
          item: `edges[${index}] "${clip(edge)}"`,
          field,
          message: `names no node: "${clip(id)}"`,
        });
    }
    index++;
  });
  if (problems.length > 0) return { ok: false, problems };
  if (graph.order === 0) return { ok: false, problems: [{ name: 'EmptyDatasetError', file: fileName, item: '', field: '', message: 'has no nodes' }] };
  const title = str(graph.getAttribute('title')) ?? str(graph.getAttribute('description'))?.trim() ?? titleFromFileName(fileName);
  return {
    ok: true,
    graph: {
      title: title || titleFromFileName(fileName),
      nodes: graph.mapNodes((id, a) => nodeOf(id, a)),
      edges: graph.mapEdges((edge, a) => edgeOf(graph, edge, a)),
      yUp: true,
      fileName,
    },
  };
}
