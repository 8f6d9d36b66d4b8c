/**
 * What the foreign readers (GEXF, CSV, another tool's graphology JSON) hand over, and how it becomes
 * our graph. A file from elsewhere has no articles behind it, so the graph it makes is UNSOURCED: no
 * sources, and every relation with `claims: []`. That is allowed only here, in an imported graph:
 * graph-data/ and our own files still need a claim per relation (load.ts, interchange.ts), and
 * `isUnsourced` is how the panes and the perspective controls tell the two apart.
 *
 * Positions are kept when every actor has one. GEXF and sigma-style JSON draw y upwards and the
 * canvas draws it downwards, so readers pass `yUp` and y is negated here. Colours, sizes and the
 * file's own columns are kept: `color` and `size` as node attributes (other tools and exports read
 * them; the canvas does not), the columns in words in the actor's description, which the pane shows.
 */
import { buildGraph, type ActorGraph } from '../graph';
import { exportGraph, type Positions, type SerializedGraph } from '../serialization';
import { ACTOR_KINDS } from '../kinds';
import type { Actor, ActorKind, Direction, Relation } from '../schema';
import { RELATION_TYPES, type RelationTypeId } from '../typology';
import { ownValue } from '../own-record';
import { clip, hasVisible, inRange, MAX_DESCRIPTION, MAX_TITLE, positionsDroppedNotice } from '../bounds';

/** Longer than any colour a tool writes ("rgba(255,255,255,0.5)", "#ffffff"): not kept. */
const MAX_COLOUR = 64;
const colour = (value: string | undefined): string | undefined => (value !== undefined && value.length <= MAX_COLOUR ? value : undefined);

export type Scalar = string | number | boolean;

export interface ForeignNode {
  readonly id: string;
  readonly label?: string | undefined;
  readonly kind?: string | undefined;
  readonly parent?: string | undefined;
  readonly description?: string | undefined;
  readonly aliases?: readonly string[] | undefined;
  readonly x?: number | undefined;
  readonly y?: number | undefined;
  readonly color?: string | undefined;
  readonly size?: number | undefined;
  /** The file's other columns, shown in the description. */
  readonly extras?: Readonly<Record<string, Scalar>> | undefined;
  /** Where the reader found it (a CSV row), for problems; else its index in the list is named. */
  readonly place?: ForeignPlace | undefined;
}

export interface ForeignPlace {
  readonly file: string;
  readonly item: string;
}

export interface ForeignEdge {
  readonly id?: string | undefined;
  readonly source: string;
  readonly target: string;
  readonly label?: string | undefined;
  /** The file's relation type: one of ours (id or label) is used, anything else kept in the label. */
  readonly type?: string | undefined;
  readonly direction: Direction;
  readonly weight?: number | undefined;
  readonly color?: string | undefined;
  readonly place?: ForeignPlace | undefined;
}

export interface ForeignGraph {
  readonly title: string;
  readonly nodes: readonly ForeignNode[];
  readonly edges: readonly ForeignEdge[];
  /** Positions given with y upwards (GEXF, sigma): negated for the canvas. */
  readonly yUp: boolean;
  /** Where the graph came from, for the actor descriptions: "net.gexf". */
  readonly fileName: string;
}

/** The kind an actor gets when the file names none of ours. */
export const DEFAULT_KIND: ActorKind = 'organisation';
/** The type a relation gets when the file names none of ours: the most general, a public statement. */
export const DEFAULT_TYPE: RelationTypeId = 'statement';

const KIND_WORDS: Readonly<Record<string, ActorKind>> = {
  organization: 'organisation',
  country: 'state',
  nation: 'state',
  people: 'person',
  individual: 'person',
};

function ourKind(value: string | undefined): ActorKind | undefined {
  const v = value?.trim().toLowerCase();
  if (!v) return undefined;
  return ACTOR_KINDS.find((k) => k === v) ?? ownValue(KIND_WORDS, v);
}

function ourType(value: string | undefined): RelationTypeId | undefined {
  const v = value?.trim().toLowerCase();
  if (!v) return undefined;
  return RELATION_TYPES.find((t) => t.id === v || t.label.toLowerCase() === v)?.id;
}

/** Whether a graph is an imported one without sources (relations shown, no quotes, no perspectives). */
export function isUnsourced(graph: ActorGraph): boolean {
  return (graph.getAttribute('sources') ?? []).length === 0 && graph.size + graph.order > 0;
}

/** The file's description, or one made of its other columns, cut to the bound a description has. */
function describe(node: ForeignNode, fileName: string): string {
  if (node.description?.trim()) return node.description.trim();
  const parts = Object.entries(node.extras ?? {}).map(([k, v]) => `${clip(k)}: ${clip(String(v))}`);
  if (colour(node.color)) parts.push(`colour: ${node.color}`);
  if (node.size !== undefined) parts.push(`size: ${node.size}`);
  const from = clip(fileName);
  return clip(parts.length > 0 ? `From “${from}”. ${parts.join('; ')}.` : `From “${from}”, without a description.`, MAX_DESCRIPTION - 1);
}

/** Edge keys share Cytoscape's id space with node keys: a file's edge id is kept when it is unique and no node's. */
function edgeKeys(nodes: ReadonlySet<string>, edges: readonly ForeignEdge[]): string[] {
  const used = new Set<string>(nodes);
  return edges.map((e, i) => {
    let key = e.id?.trim() ? e.id.trim() : `${e.source}--${e.target}`;
    if (used.has(key)) key = `edge-${e.id?.trim() ? e.id.trim() : String(i)}`;
    for (let n = 2; used.has(key); n++) key = `${key}-${n}`;
    used.add(key);
    return key;
  });
}

export interface ForeignResult {
  readonly serialized: SerializedGraph;
  readonly notices: readonly string[];
}

function actorsOf(g: ForeignGraph, guessed: { kinds: number }): Actor[] {
  const ids = new Set(g.nodes.map((n) => n.id));
  return g.nodes.map((n) => {
    const kind = ourKind(n.kind);
    if (!kind) guessed.kinds++;
    const parent = n.parent?.trim();
    return {
      id: n.id,
      label: n.label?.trim() || n.id,
      kind: kind ?? DEFAULT_KIND,
      ...(parent && parent !== n.id && ids.has(parent) ? { parent } : {}),
      aliases: [...(n.aliases ?? [])],
      description: describe(n, g.fileName),
    };
  });
}

function relationsOf(g: ForeignGraph, guessed: { types: number }): Relation[] {
  const keys = edgeKeys(new Set(g.nodes.map((n) => n.id)), g.edges);
  return g.edges.map((e, i) => {
    const type = ourType(e.type);
    if (!type) guessed.types++;
    const label = e.label?.trim() || (type ? undefined : e.type?.trim()) || 'related to';
    return { id: keys[i]!, from: e.source, to: e.target, type: type ?? DEFAULT_TYPE, direction: e.direction, label, claims: [] };
  });
}

/** Positions when every actor has one within ±1e6; `outside` counts those placed beyond (then none are kept). */
function positionsOf(g: ForeignGraph): { positions: Positions | undefined; outside: number } {
  const complete = g.nodes.length > 0 && g.nodes.every((n) => Number.isFinite(n.x) && Number.isFinite(n.y));
  const outside = complete ? g.nodes.filter((n) => !inRange(n.x) || !inRange(n.y)).length : 0;
  return { positions: complete && outside === 0 ? completePositions(g) : undefined, outside };
}

function completePositions(g: ForeignGraph): Positions {
  const flip = (y: number): number => (g.yUp ? (y === 0 ? 0 : -y) : y);
  return Object.fromEntries(g.nodes.map((n) => [n.id, { x: n.x ?? 0, y: flip(n.y ?? 0) }]));
}

/** The file's title, cut to a title's bound; its name when the title shows nothing. */
function titleOf(g: ForeignGraph): string {
  const title = g.title.trim();
  return title && hasVisible(title) ? clip(title, MAX_TITLE - 1) : clip(g.fileName, MAX_TITLE - 1);
}

/** The foreign graph as our (unsourced) graph's serialization, with what the import assumed as notices. */
export function buildForeignGraph(g: ForeignGraph): ForeignResult {
  const guessed = { kinds: 0, types: 0 };
  const dataset = { sources: [], actors: actorsOf(g, guessed), relations: relationsOf(g, guessed) };
  const { positions, outside } = positionsOf(g);
  const serialized = exportGraph(buildGraph(dataset, titleOf(g)), positions);
  // Colours and sizes ride along as node attributes (exports and other tools read them).
  const byId = new Map(g.nodes.map((n) => [n.id, n]));
  for (const node of serialized.nodes) {
    const n = byId.get(node.key);
    if (colour(n?.color)) node.attributes.color = n?.color;
    if (n?.size !== undefined && Number.isFinite(n.size)) node.attributes.size = n.size;
  }
  serialized.edges.forEach((edge, i) => {
    const e = g.edges[i];
    if (e?.weight !== undefined && Number.isFinite(e.weight)) edge.attributes.weight = e.weight;
    if (colour(e?.color)) edge.attributes.color = e?.color;
  });
  const notices = [`“${clip(g.fileName)}” gives no sources: the graph is unsourced (no quotes, no article perspectives).`];
  if (outside > 0) notices.push(positionsDroppedNotice(g.fileName, outside));
  if (guessed.kinds > 0) notices.push(`${guessed.kinds} of ${g.nodes.length} actors have no kind of ours: drawn as ${DEFAULT_KIND}.`);
  if (guessed.types > 0)
    notices.push(`${guessed.types} of ${g.edges.length} relations have no type of ours: typed as “public statement”, the file's own in the label.`);
  return { serialized, notices };
}
