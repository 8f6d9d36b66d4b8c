/**
 * "Merge parallel relations" (issue 16): the centre of the built-in graph has actor pairs joined by
 * up to a dozen relations, drawn by Cytoscape as fans of bezier curves that cross each other and
 * hide the labels under them. Merging replaces, for every pair of drawn nodes joined by two or more
 * relations the view draws, those edges by ONE edge standing for them all: its width says how many
 * (a count label too), its colour the dominant QuadClass, or the perspective's colouring (tone in
 * one article's view, the comparison's status). Selecting it lists the pair's relations
 * (pairDetails). Pure: the element records in, the element records out; the looks of the merged
 * edges are made from their members' own looks (mergedLooks), so they follow every perspective.
 *
 * Which relations a pair counts: the ones the view shows; when none is shown but two or more are
 * drawn faded ("fade instead of hide"), the faded ones, and the pair is drawn faded. A pair with one
 * counted relation is left as it is (its edge already says everything). Hidden relations between a
 * merged pair are left out of the elements (they were not drawn anyway), as are faded ones beside
 * shown ones (the merged edge stands for the pair).
 */
import type { ActorGraph } from '../model/graph';
import type { Visibility } from '../model/filters';
import type { QuadClassId } from '../model/typology';
import { relationTypeInfo } from '../model/typology';
import type { RelationEdge, ViewElements } from './elements';
import { elementLooks, type ElementLook, type LookInput } from './looks';
import { STATUS_ORDER, TONE_BANDS } from './palette';

export const PAIR_PREFIX = 'pair:';

/** The merged edge's id for a pair of drawn nodes, the same whichever end comes first. */
export function pairId(a: string, b: string): string {
  return a < b ? `${PAIR_PREFIX}${a}|${b}` : `${PAIR_PREFIX}${b}|${a}`;
}

export function isPairId(id: string): boolean {
  return id.startsWith(PAIR_PREFIX);
}

interface PairBucket {
  readonly source: string;
  readonly target: string;
  /** The drawn edges (relations or collapsed bundles) between the two, in element order. */
  readonly edges: RelationEdge[];
}

/** The relation ids a drawn edge stands for: itself, or a collapsed bundle's members. */
const relationsOf = (edge: RelationEdge): readonly string[] => (edge.data.role === 'meta' ? (edge.data.members ?? []) : [edge.data.id]);

/** The relations a pair counts (see the header): shown ones, else faded ones. */
function countedRelations(edges: readonly RelationEdge[], visibility: Visibility): { ids: string[]; faded: boolean } {
  const shown: string[] = [];
  const faded: string[] = [];
  for (const edge of edges) {
    for (const id of relationsOf(edge)) {
      const state = visibility.relations.get(id) ?? 'hidden';
      if (state === 'shown') shown.push(id);
      else if (state === 'faded') faded.push(id);
    }
  }
  return shown.length > 0 ? { ids: shown, faded: false } : { ids: faded, faded: true };
}

/** The most frequent value; a tie goes to the one earliest in `priority` (the more alarming colour, so a tie never hides a conflict). */
export function dominant<T>(values: readonly T[], priority: readonly T[]): T | undefined {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: T | undefined;
  let bestCount = 0;
  const rank = (v: T): number => {
    const i = priority.indexOf(v);
    return i < 0 ? priority.length : i;
  };
  for (const [v, n] of counts) {
    if (n > bestCount || (n === bestCount && best !== undefined && rank(v) < rank(best))) {
      best = v;
      bestCount = n;
    }
  }
  return best;
}

/** QuadClasses, material conflict first: a tie between classes is coloured as the more conflictual one. */
const QUAD_PRIORITY: readonly QuadClassId[] = [4, 3, 2, 1];

/** The merged edge for a pair's counted relations. */
function pairEdge(graph: ActorGraph, bucket: PairBucket, ids: readonly string[]): RelationEdge {
  const oneWay = ids.every((id) => graph.getEdgeAttribute(id, 'direction') === 'directed');
  const forward = ids.every((id) => graph.source(id) === graph.source(ids[0]!) && graph.target(id) === graph.target(ids[0]!));
  // Drawn with an arrow only when every relation goes the same way between the same two actors.
  const directed = oneWay && forward;
  const first = bucket.edges[0]!.data;
  const quad = dominant(
    ids.map((id) => graph.getEdgeAttribute(id, 'quadClass')),
    QUAD_PRIORITY,
  );
  return {
    group: 'edges',
    data: {
      id: pairId(bucket.source, bucket.target),
      source: directed ? first.source : bucket.source < bucket.target ? bucket.source : bucket.target,
      target: directed ? first.target : bucket.source < bucket.target ? bucket.target : bucket.source,
      role: 'pair',
      direction: directed ? 'directed' : 'mutual',
      typeLabel: `${ids.length} relations`,
      ...(quad !== undefined ? { quad } : {}),
      members: [...ids],
      count: ids.length,
    },
  };
}

/**
 * The element records with every pair of drawn nodes that has two or more counted relations drawn
 * as one merged edge (role "pair"). Nodes, representatives and collapsed groups are unchanged; the
 * other edges keep their order, the merged edge takes the place of its pair's first edge.
 */
export function mergeParallel(graph: ActorGraph, elements: ViewElements, visibility: Visibility): ViewElements {
  const buckets = new Map<string, PairBucket>();
  for (const edge of elements.edges) {
    const { source, target } = edge.data;
    if (source === target) continue;
    const key = pairId(source, target);
    const bucket = buckets.get(key);
    if (bucket) bucket.edges.push(edge);
    else buckets.set(key, { source, target, edges: [edge] });
  }
  const merged = new Map<string, RelationEdge>();
  for (const [key, bucket] of buckets) {
    const { ids } = countedRelations(bucket.edges, visibility);
    if (ids.length >= 2 && ids.every((id) => graph.hasEdge(id))) merged.set(key, pairEdge(graph, bucket, ids));
  }
  if (merged.size === 0) return elements;
  const edges: RelationEdge[] = [];
  const placed = new Set<string>();
  for (const edge of elements.edges) {
    const key = pairId(edge.data.source, edge.data.target);
    const pair = merged.get(key);
    if (!pair) edges.push(edge);
    else if (!placed.has(key)) {
      placed.add(key);
      edges.push(pair);
    }
  }
  return { ...elements, edges };
}

/** Relation id -> the merged edge drawn for it, for the relations inside merged pairs. */
export function pairOfRelation(elements: ViewElements): Map<string, string> {
  const out = new Map<string, string>();
  for (const edge of elements.edges) if (edge.data.role === 'pair') for (const m of edge.data.members ?? []) out.set(m, edge.data.id);
  return out;
}

/** A bare relation record, for asking elementLooks what a member relation would look like. */
function memberRecord(id: string, source: string, target: string): RelationEdge {
  return { group: 'edges', data: { id, source, target, role: 'relation', direction: 'directed', typeLabel: '', count: 1 } };
}

/**
 * The looks of the merged edges, made from their members' looks under the same view: the colour
 * the perspective gives (QuadClass: the edge's data; tone band and comparison status: the most
 * frequent among the members, ties to the more alarming), opposed when at least half the members
 * are, the disagreement mark when any member carries it (else the weaker mark when any does), a
 * modality only when all members share it, and the strongest member's weight. Other looks are
 * returned as they are (the same map when nothing is merged).
 */
export function mergedLooks(elements: ViewElements, looks: ReadonlyMap<string, ElementLook>, input: LookInput): ReadonlyMap<string, ElementLook> {
  const pairs = elements.edges.filter((e) => e.data.role === 'pair');
  if (pairs.length === 0) return looks;
  const members = pairs.flatMap((p) => (p.data.members ?? []).map((m) => memberRecord(m, p.data.source, p.data.target)));
  const memberLooks = elementLooks({ nodes: [], edges: members, representative: new Map(), collapsed: new Set() }, { ...input, emphasis: undefined });
  const out = new Map(looks);
  const emphasis = input.emphasis?.elements;
  for (const pair of pairs) {
    const ids = pair.data.members ?? [];
    const own = ids.map((m) => memberLooks.get(m)).filter((l): l is ElementLook => l !== undefined && !l.hidden);
    // A pair stands out with any of its relations (a path's hop, a selected relation's neighbourhood).
    const stands = emphasis === undefined || emphasis.has(pair.data.id) || ids.some((m) => emphasis.has(m));
    out.set(
      pair.data.id,
      combine(
        own,
        !stands,
        ids.some((m) => input.onPath?.has(m) === true),
      ),
    );
  }
  return out;
}

const TONE_PRIORITY = TONE_BANDS.map((b) => b.id);

/** One look standing for several member looks (see mergedLooks). */
function combine(members: readonly ElementLook[], recedes: boolean, onPath: boolean): ElementLook {
  const faded = members.every((l) => l.faded);
  const disputed = members.some((l) => l.disputed);
  const modalities = new Set(members.map((l) => l.modality));
  const opposed = members.filter((l) => l.opposed).length;
  return {
    hidden: members.length === 0,
    faded,
    context: false,
    collapsed: false,
    emptyGroup: false,
    meta: false,
    backdrop: !faded && recedes,
    colourBy: members[0]?.colourBy,
    toneBand: dominant(
      members.flatMap((l) => (l.toneBand !== undefined ? [l.toneBand] : [])),
      TONE_PRIORITY,
    ),
    status: dominant(
      members.flatMap((l) => (l.status !== undefined ? [l.status] : [])),
      STATUS_ORDER,
    ),
    disputed,
    contested: !disputed && members.some((l) => l.contested),
    opposed: members.length > 0 && opposed * 2 >= members.length,
    modality: modalities.size === 1 ? [...modalities][0] : undefined,
    weight: Math.max(0, ...members.map((l) => l.weight)),
    onPath,
  };
}

/** A merged edge's two ends and every relation it stands for, for the detail pane. */
export interface PairDetails {
  readonly id: string;
  readonly a: { readonly id: string; readonly label: string };
  readonly b: { readonly id: string; readonly label: string };
  /** Whether the merged relations are the faded ones (none of the pair's relations is shown). */
  readonly faded: boolean;
  readonly relations: readonly {
    readonly id: string;
    readonly label: string;
    readonly typeLabel: string;
    readonly quad: QuadClassId;
    readonly fromLabel: string;
    readonly toLabel: string;
    readonly mutual: boolean;
  }[];
}

export function pairDetails(graph: ActorGraph, elements: ViewElements, id: string, visibility: Visibility): PairDetails | undefined {
  const edge = elements.edges.find((e) => e.data.id === id && e.data.role === 'pair');
  if (!edge) return undefined;
  const label = (actor: string): string => (graph.hasNode(actor) ? graph.getNodeAttribute(actor, 'label') : actor);
  const ids = (edge.data.members ?? []).filter((m) => graph.hasEdge(m));
  return {
    id,
    a: { id: edge.data.source, label: label(edge.data.source) },
    b: { id: edge.data.target, label: label(edge.data.target) },
    faded: ids.every((m) => visibility.relations.get(m) !== 'shown'),
    relations: ids.map((m) => ({
      id: m,
      label: graph.getEdgeAttribute(m, 'label'),
      typeLabel: relationTypeInfo(graph.getEdgeAttribute(m, 'type')).label,
      quad: graph.getEdgeAttribute(m, 'quadClass'),
      fromLabel: label(graph.source(m)),
      toLabel: label(graph.target(m)),
      mutual: graph.getEdgeAttribute(m, 'direction') === 'mutual',
    })),
  };
}
