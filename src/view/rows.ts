/**
 * The rows of the lists beside the canvas (the relation table, the actor tree, the contested
 * relations), computed from the graph and the current view as plain data: what the canvas draws
 * is also reachable as a list, and the counts over the lists match their rows.
 */
import type { ActorGraph } from '../model/graph';
import type { ActorKind } from '../model/schema';
import type { Visibility } from '../model/filters';
import type { PerspectiveView } from '../model/perspective';
import { relationTypeInfo, type QuadClassId } from '../model/typology';

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

export interface ContestedRow {
  readonly id: string;
  readonly label: string;
  readonly fromLabel: string;
  readonly toLabel: string;
  readonly typeLabel: string;
}

/**
 * Sorts as localeCompare does, without setting up a collator per comparison (5k rows sort in a
 * blink). Made on first use: building it loads ICU's collation data, about 5 ms on page load, and
 * only the lists (drawn after the first picture) sort.
 */
let collator: Intl.Collator | undefined;
const compare = (a: string, b: string): number => (collator ??= new Intl.Collator()).compare(a, b);

/** Relations drawn now (hidden ones left out), by their ends' labels, then type, then id. */
export function relationRows(graph: ActorGraph, view: PerspectiveView, visibility: Visibility): RelationRow[] {
  const rows: RelationRow[] = [];
  graph.forEachEdge((id, r, from, to) => {
    const state = visibility.relations.get(id) ?? 'shown';
    if (state === 'hidden') return;
    const rv = view.relations.get(id);
    rows.push({
      id,
      from,
      to,
      fromLabel: graph.getNodeAttribute(from, 'label'),
      toLabel: graph.getNodeAttribute(to, 'label'),
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
}

/** Actors drawn now, as a tree (members under their group, each level by label). */
export function actorRows(graph: ActorGraph, members: ReadonlyMap<string, readonly string[]>, visibility: Visibility): ActorRow[] {
  const rows: ActorRow[] = [];
  const byLabel = (a: string, b: string): number => compare(graph.getNodeAttribute(a, 'label'), graph.getNodeAttribute(b, 'label'));
  const seen = new Set<string>();
  const visit = (id: string, depth: number): void => {
    if (seen.has(id)) return;
    seen.add(id);
    const state = visibility.actors.get(id) ?? 'shown';
    if (state === 'hidden') return;
    const a = graph.getNodeAttributes(id);
    rows.push({ id, label: a.label, kind: a.kind, depth, degree: graph.degree(id), faded: state !== 'shown' });
    for (const child of [...(members.get(id) ?? [])].sort(byLabel)) visit(child, depth + 1);
  };
  const roots = graph.filterNodes((id, a) => a.parent === undefined || !graph.hasNode(a.parent)).sort(byLabel);
  for (const root of roots) visit(root, 0);
  return rows;
}

/** The relations the perspective finds contested, in its order. */
export function contestedRows(graph: ActorGraph, view: PerspectiveView): ContestedRow[] {
  return view.contestedRelationIds
    .filter((id) => graph.hasEdge(id))
    .map((id) => ({
      id,
      label: graph.getEdgeAttribute(id, 'label'),
      fromLabel: graph.getNodeAttribute(graph.source(id), 'label'),
      toLabel: graph.getNodeAttribute(graph.target(id), 'label'),
      typeLabel: relationTypeInfo(graph.getEdgeAttribute(id, 'type')).label,
    }));
}
