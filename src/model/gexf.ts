/**
 * The graph (or a chosen subgraph) as GEXF 1.3 for Gephi and Gephi Lite, written by graphology's
 * GEXF package. Gephi reads the node `label` and the edge `label` and `weight` natively; the rest
 * becomes typed columns it can partition and colour by: actor `kind` and `parent`, relation
 * `relationType` (our type id; not `type`, which Gephi reserves for edge direction), its CAMEO root
 * `cameo`, `quadClass` and the `claimCount` (the weight counts articles, not claims). Where the articles stand: GEXF
 * values are scalars, so a relation's claims become `supportedBy` and `opposedBy` (the source ids of
 * the claims on each side), `disputed` (true when some article supports it and another opposes it:
 * Gephi can filter and colour by it) and `speakers` (actor ids of the people quoted). Positions become
 * `<viz:position>` when given, so the picture opens laid out as in the explorer; y is negated there,
 * because Gephi and sigma.js (Gephi Lite) draw y upwards and Cytoscape downwards. With `looks`
 * (src/export/data-looks.ts) nodes get `<viz:size>` (the radius in the explorer's pixels) and
 * `<viz:color>` as r/g/b (networkx reads only r/g/b, not 1.3's `hex`), edges their QuadClass colour.
 * An edge's weight is the number of articles that state it. Mutual relations are written
 * `type="mutual"` (GEXF's third edge type; graphology's writer knows only directed and undirected,
 * so the attribute is added to those edges' start tags afterwards).
 */
import { MultiDirectedGraph } from 'graphology';
import { write } from 'graphology-gexf';
import { protectIndexes } from './safe-graph';
import { claimSources, type ActorAttributes, type ActorGraph, type RelationAttributes } from './graph';
import { QUAD_CLASSES, relationTypeInfo } from './typology';
import { flipY, positionOf, type Positions } from './serialization';
import { isoDate } from './export-naming';
import { articleCount, hexToRgb, type ExportLooks } from './export-looks';

export interface GexfOptions {
  /** Node positions (e.g. the on-screen layout); nodes without one get no `<viz:position>`. */
  readonly positions?: Positions | undefined;
  /** `<viz:color>` and `<viz:size>` per actor kind, `<viz:color>` per QuadClass, when the caller wants them. */
  readonly looks?: ExportLooks | undefined;
  /** The date written as the file's last-modified date; today by default. */
  readonly date?: Date;
  readonly pretty?: boolean;
}

/** Node columns, as Gephi shows them. */
interface GexfNodeColumns {
  [key: string]: unknown;
  kind: string;
  parent?: string;
  parentLabel?: string;
  aliases: string;
  description: string;
  relationCount: number;
  claimCount: number;
}

/** Edge columns, as Gephi shows them. */
interface GexfEdgeColumns {
  [key: string]: unknown;
  relationType: string;
  relationTypeLabel: string;
  cameo: string;
  cameoLabel: string;
  quadClass: number;
  quadClassLabel: string;
  direction: string;
  claimCount: number;
  sources: string;
  supportedBy: string;
  opposedBy: string;
  disputed: boolean;
  speakers: string;
  dateStart?: string;
  dateEnd?: string;
}

/** A `#rrggbb` colour as the CSS `rgb()` graphology's writer turns into r/g/b attributes; undefined if not a colour. */
function rgb(value: string | undefined): string | undefined {
  const channels = value === undefined ? undefined : hexToRgb(value);
  return channels && `rgb(${channels.r},${channels.g},${channels.b})`;
}

const distinct = (values: readonly string[]): string => [...new Set(values)].join('; ');

/** Where the articles stand on a relation, as scalar columns. */
function stanceColumns(a: RelationAttributes): Pick<GexfEdgeColumns, 'supportedBy' | 'opposedBy' | 'disputed' | 'speakers'> {
  const supportedBy = a.claims.filter((c) => c.stance === 'supports').map((c) => c.source);
  const opposedBy = a.claims.filter((c) => c.stance === 'opposes').map((c) => c.source);
  return {
    supportedBy: distinct(supportedBy),
    opposedBy: distinct(opposedBy),
    disputed: supportedBy.length > 0 && opposedBy.length > 0,
    speakers: distinct(a.claims.flatMap((c) => (c.speaker === undefined ? [] : [c.speaker]))),
  };
}

/** One node's GEXF label, columns and viz (position with y up, colour). */
function gexfNode(graph: ActorGraph, key: string, a: ActorAttributes, options: GexfOptions) {
  let relationCount = 0;
  let claimCount = 0;
  graph.forEachEdge(key, (_edge, edgeAttributes) => {
    relationCount += 1;
    claimCount += edgeAttributes.claims.length;
  });
  const columns: GexfNodeColumns = {
    kind: a.kind,
    aliases: a.aliases.join('; '),
    description: a.description,
    relationCount,
    claimCount,
  };
  if (a.parent !== undefined) {
    columns.parent = a.parent;
    if (graph.hasNode(a.parent)) columns.parentLabel = graph.getNodeAttribute(a.parent, 'label');
  }
  const position = positionOf(options.positions, key);
  const nodeColor = rgb(options.looks?.nodeColor(a.kind));
  const size = options.looks?.nodeSize(a.kind);
  const viz = {
    ...(position ? { x: position.x, y: flipY(position.y) } : {}),
    ...(nodeColor ? { color: nodeColor } : {}),
    ...(size !== undefined && Number.isFinite(size) ? { size } : {}),
  };
  return { label: a.label, attributes: columns, ...(Object.keys(viz).length > 0 ? { viz } : {}) };
}

/** One edge's GEXF label, weight (its articles), columns and colour. */
function gexfEdge(a: RelationAttributes, options: GexfOptions) {
  const info = relationTypeInfo(a.type);
  const columns: GexfEdgeColumns = {
    relationType: a.type,
    relationTypeLabel: info.label,
    cameo: a.cameo,
    cameoLabel: info.cameoLabel,
    quadClass: a.quadClass,
    quadClassLabel: QUAD_CLASSES[a.quadClass].label,
    direction: a.direction,
    claimCount: a.claims.length,
    sources: claimSources(a).join('; '),
    ...stanceColumns(a),
  };
  if (a.dates) {
    columns.dateStart = a.dates.start;
    if (a.dates.end !== undefined) columns.dateEnd = a.dates.end;
  }
  const edgeColor = rgb(options.looks?.edgeColor(a.quadClass));
  return {
    label: a.label,
    weight: articleCount(a),
    attributes: columns,
    ...(edgeColor ? { viz: { color: edgeColor } } : {}),
  };
}

/** The GEXF text of `graph`. Does not change the graph. */
export function graphToGexf(graph: ActorGraph, options: GexfOptions = {}): string {
  // A plain copy whose graph attributes are only the GEXF meta Gephi knows (the sources list is
  // not a scalar and GEXF meta has no place for it; the JSON export carries it).
  const exported = protectIndexes(new MultiDirectedGraph<ActorAttributes, RelationAttributes>());
  graph.forEachNode((node, attributes) => exported.addNode(node, attributes));
  graph.forEachEdge((edge, attributes, source, target) => exported.addDirectedEdgeWithKey(edge, source, target, attributes));
  exported.replaceAttributes({
    creator: 'Belarus thaw graph explorer',
    description: graph.getAttribute('title'),
    lastModifiedDate: isoDate(options.date ?? new Date()),
  });

  const text = write<ActorAttributes, RelationAttributes, GexfNodeColumns, GexfEdgeColumns>(exported, {
    version: '1.3',
    pedantic: true,
    pretty: options.pretty ?? true,
    formatNode: (key, a) => gexfNode(graph, key, a, options),
    formatEdge: (_key, a) => gexfEdge(a, options),
  });
  return markMutual(text, new Set(graph.filterEdges((_edge, a) => a.direction === 'mutual')));
}

const XML_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const unescapeXml = (value: string): string => value.replace(/&(amp|lt|gt|quot|apos);/g, (_m, name: string) => XML_ENTITIES[name] ?? '');

/** `type="mutual"` added to the start tag of each edge whose id is in `mutual` (the writer puts `id` first). */
function markMutual(text: string, mutual: ReadonlySet<string>): string {
  if (mutual.size === 0) return text;
  return text.replace(/<edge id="([^"]*)"/g, (tag, id: string) => (mutual.has(unescapeXml(id)) ? `${tag} type="mutual"` : tag));
}
