/**
 * What the detail panes show, computed from the graph and the current view as plain data, so the
 * pane components stay thin (props in, callbacks out) and can be tested without a canvas. The
 * perspective decides which claims a pane shows: all of them, one article's (with a note of how
 * many other articles speak to the relation), or two articles' side by side. A collapsed group's
 * bundle of relations (a meta-edge) gets its own small pane (metaDetails).
 */
import type { ActorGraph } from '../model/graph';
import type { ActorMetrics } from '../model/metrics';
import type { CompareStatus, PerspectiveView, RelationView } from '../model/perspective';
import { agreementSummary } from './perspective-wording';
import type { ActorKind, Claim, Modality, Source } from '../model/schema';
import { QUAD_CLASSES, relationTypeInfo, RELATION_TYPES, type QuadClassId, type RelationTypeId } from '../model/typology';
import type { RelationState, Visibility } from '../model/filters';
import { KIND_LABELS } from './palette';
import { formatDates } from './format';
import type { ViewElements } from './elements';

export interface SourceInfo {
  readonly id: string;
  readonly title: string;
  readonly outlet?: string;
  readonly author?: string;
  readonly date?: string;
  readonly kind: string;
  readonly perspective: string;
  /** Short name for counts and legends: the outlet, or the start of the title. */
  readonly short: string;
}

export function shortSourceLabel(source: Pick<Source, 'title' | 'outlet'>): string {
  if (source.outlet) return source.outlet.replace(/\s*\(.*\)\s*$/, '').trim();
  const head = source.title.split(/[:–—]/)[0]!.trim();
  return head.length <= 34 ? head : `${head.slice(0, 32).replace(/\s+\S*$/, '')}…`;
}

export function sourceInfo(source: Source): SourceInfo {
  return { ...source, short: shortSourceLabel(source) };
}

/** "1st", "2nd", "3rd", "11th", "22nd". */
export function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  switch (n % 10) {
    case 1:
      return `${n}st`;
    case 2:
      return `${n}nd`;
    case 3:
      return `${n}rd`;
    default:
      return `${n}th`;
  }
}

export interface ActorRef {
  readonly id: string;
  readonly label: string;
  readonly kind: ActorKind;
}

export interface ClaimDetail {
  readonly source: SourceInfo;
  readonly quote: string;
  readonly tone: number;
  readonly modality: Modality;
}

export interface RelationDetails {
  readonly id: string;
  readonly label: string;
  readonly from: ActorRef;
  readonly to: ActorRef;
  readonly direction: 'directed' | 'mutual';
  readonly type: {
    readonly id: RelationTypeId;
    readonly label: string;
    readonly cameo: string;
    readonly cameoLabel: string;
    readonly quadClass: QuadClassId;
    readonly quadLabel: string;
  };
  readonly dates?: string;
  /** The modalities of the claims shown, in a fixed order. */
  readonly modalities: readonly Modality[];
  readonly mode: 'all' | 'one' | 'compare';
  /** The claims this perspective shows. */
  readonly claims: readonly ClaimDetail[];
  /** How many articles state it at all. */
  readonly articleCount: number;
  /** Articles that state it but are not shown in this perspective. */
  readonly otherSourceCount: number;
  readonly agreement: string;
  readonly contested: boolean;
  readonly status?: CompareStatus;
  /** Whether the perspective states it (false: shown only because of "fade instead of hide", or hidden). */
  readonly inPerspective: boolean;
  readonly state: RelationState;
  /** Compare mode: A's and B's claims apart, for the side-by-side quotes. */
  readonly compare?: { readonly a: SourceInfo; readonly b: SourceInfo; readonly claimsA: readonly ClaimDetail[]; readonly claimsB: readonly ClaimDetail[] };
}

const MODALITY_ORDER: readonly Modality[] = ['reported', 'recommended', 'speculated'];

function actorRef(graph: ActorGraph, id: string): ActorRef {
  const a = graph.getNodeAttributes(id);
  return { id, label: a.label, kind: a.kind };
}

export function sourceMap(graph: ActorGraph): ReadonlyMap<string, SourceInfo> {
  return new Map(graph.getAttribute('sources').map((s) => [s.id, sourceInfo(s)]));
}

function unknownSource(id: string): SourceInfo {
  return { id, title: id, kind: 'unknown', perspective: '', short: id };
}

export function relationDetails(
  graph: ActorGraph,
  id: string,
  view: PerspectiveView,
  visibility: Visibility,
  sources: ReadonlyMap<string, SourceInfo> = sourceMap(graph),
): RelationDetails | undefined {
  if (!graph.hasEdge(id)) return undefined;
  const r = graph.getEdgeAttributes(id);
  const info = relationTypeInfo(r.type);
  const rv: RelationView | undefined = view.relations.get(id);
  const source = (sid: string): SourceInfo => sources.get(sid) ?? unknownSource(sid);
  const detail = (c: Claim): ClaimDetail => ({ source: source(c.source), quote: c.quote, tone: c.tone, modality: c.modality });
  const shown = rv ? rv.claims : r.claims;
  const present = new Set(shown.map((c) => c.modality));
  const p = view.perspective;
  const dates = formatDates(r.dates);
  return {
    id,
    label: r.label,
    from: actorRef(graph, graph.source(id)),
    to: actorRef(graph, graph.target(id)),
    direction: r.direction,
    type: {
      id: r.type,
      label: info.label,
      cameo: info.cameo,
      cameoLabel: info.cameoLabel,
      quadClass: info.quadClass,
      quadLabel: QUAD_CLASSES[info.quadClass].label,
    },
    ...(dates !== undefined ? { dates } : {}),
    modalities: MODALITY_ORDER.filter((m) => present.has(m)),
    mode: p.mode,
    claims: shown.map(detail),
    articleCount: rv ? rv.sourceIds.length : new Set(r.claims.map((c) => c.source)).size,
    otherSourceCount: rv?.otherSourceCount ?? 0,
    agreement: rv ? agreementSummary(rv, (sid) => source(sid).short) : '',
    contested: rv?.contested ?? false,
    ...(rv?.status ? { status: rv.status } : {}),
    inPerspective: rv?.visible ?? true,
    state: visibility.relations.get(id) ?? 'shown',
    ...(p.mode === 'compare'
      ? {
          compare: {
            a: source(p.a),
            b: source(p.b),
            claimsA: r.claims.filter((c) => c.source === p.a).map(detail),
            claimsB: r.claims.filter((c) => c.source === p.b).map(detail),
          },
        }
      : {}),
  };
}

export interface ActorRelationRow {
  readonly id: string;
  readonly label: string;
  readonly counterpart: ActorRef;
  /** out: this actor acts on the counterpart; in: the counterpart acts on it; mutual. */
  readonly direction: 'out' | 'in' | 'mutual';
  /** Articles that state it (all of them, whatever the perspective). */
  readonly articles: number;
  readonly inPerspective: boolean;
  readonly contested: boolean;
  readonly status?: CompareStatus;
  readonly state: RelationState;
}

export interface ActorRelationGroup {
  readonly type: RelationTypeId;
  readonly label: string;
  readonly quadClass: QuadClassId;
  readonly relations: readonly ActorRelationRow[];
}

export interface ActorDetails {
  readonly id: string;
  readonly label: string;
  readonly kind: ActorKind;
  readonly kindLabel: string;
  readonly aliases: readonly string[];
  readonly description: string;
  readonly parent?: ActorRef;
  readonly members: readonly ActorRef[];
  readonly metrics?: ActorMetrics;
  readonly actorCount: number;
  /** Relations drawn now, grouped by type in typology order. */
  readonly groups: readonly ActorRelationGroup[];
  /** Relations of this actor hidden by the perspective or the filters. */
  readonly hiddenRelations: number;
}

export function actorDetails(
  graph: ActorGraph,
  id: string,
  view: PerspectiveView,
  visibility: Visibility,
  metrics: ReadonlyMap<string, ActorMetrics> | undefined,
): ActorDetails | undefined {
  if (!graph.hasNode(id)) return undefined;
  const a = graph.getNodeAttributes(id);
  const members: ActorRef[] = [];
  graph.forEachNode((node, attributes) => {
    if (attributes.parent === id) members.push(actorRef(graph, node));
  });
  const { groups, hidden } = relationGroups(graph, id, view, visibility);
  const m = metrics?.get(id);
  return {
    id,
    label: a.label,
    kind: a.kind,
    kindLabel: KIND_LABELS[a.kind],
    aliases: a.aliases,
    description: a.description,
    ...(a.parent !== undefined && graph.hasNode(a.parent) ? { parent: actorRef(graph, a.parent) } : {}),
    members,
    ...(m ? { metrics: m } : {}),
    actorCount: graph.order,
    groups,
    hiddenRelations: hidden,
  };
}

/** An actor's drawn relations grouped by type in typology order, and how many of them are hidden. */
function relationGroups(graph: ActorGraph, id: string, view: PerspectiveView, visibility: Visibility): { groups: ActorRelationGroup[]; hidden: number } {
  const byType = new Map<RelationTypeId, ActorRelationRow[]>();
  let hidden = 0;
  graph.forEachEdge(id, (edge, r, source, target) => {
    const state = visibility.relations.get(edge) ?? 'shown';
    if (state === 'hidden') {
      hidden++;
      return;
    }
    const rv = view.relations.get(edge);
    const other = source === id ? target : source;
    const row: ActorRelationRow = {
      id: edge,
      label: r.label,
      counterpart: actorRef(graph, other),
      direction: r.direction === 'mutual' ? 'mutual' : source === id ? 'out' : 'in',
      articles: rv ? rv.sourceIds.length : new Set(r.claims.map((c) => c.source)).size,
      inPerspective: rv?.visible ?? true,
      contested: rv?.contested ?? false,
      ...(rv?.status ? { status: rv.status } : {}),
      state,
    };
    const list = byType.get(r.type);
    if (list) list.push(row);
    else byType.set(r.type, [row]);
  });
  const groups: ActorRelationGroup[] = [];
  for (const t of RELATION_TYPES) {
    const rows = byType.get(t.id);
    if (!rows) continue;
    rows.sort((x, y) => x.counterpart.label.localeCompare(y.counterpart.label) || x.label.localeCompare(y.label));
    groups.push({ type: t.id, label: t.label, quadClass: t.quadClass, relations: rows });
  }
  return { groups, hidden };
}

/** A collapsed group's bundle of relations: its two ends and the relations it stands for. */
export interface MetaDetails {
  readonly id: string;
  readonly from: { readonly id: string; readonly label: string };
  readonly to: { readonly id: string; readonly label: string };
  readonly relations: readonly {
    readonly id: string;
    readonly label: string;
    readonly typeLabel: string;
    readonly fromLabel: string;
    readonly toLabel: string;
  }[];
}

export function metaDetails(graph: ActorGraph, elements: ViewElements, id: string): MetaDetails | undefined {
  const edge = elements.edges.find((e) => e.data.id === id);
  if (!edge) return undefined;
  const label = (actor: string): string => (graph.hasNode(actor) ? graph.getNodeAttribute(actor, 'label') : actor);
  return {
    id,
    from: { id: edge.data.source, label: label(edge.data.source) },
    to: { id: edge.data.target, label: label(edge.data.target) },
    relations: (edge.data.members ?? [])
      .filter((m) => graph.hasEdge(m))
      .map((m) => ({
        id: m,
        label: graph.getEdgeAttribute(m, 'label'),
        typeLabel: relationTypeInfo(graph.getEdgeAttribute(m, 'type')).label,
        fromLabel: label(graph.source(m)),
        toLabel: label(graph.target(m)),
      })),
  };
}
