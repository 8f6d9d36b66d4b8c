/**
 * What the contested list shows, as plain data: in a comparison, "Where they disagree" (each
 * relation the two articles take opposite sides on, with both articles' quotes, stance, modality
 * and speaker), then where they differ in tone or certainty, then what they share and what only
 * one of them states; in the other perspectives, the disputed relations (both stances) and then
 * those whose articles differ in tone or certainty.
 */
import type { ActorGraph } from '../model/graph';
import type { ContestReason, PerspectiveView } from '../model/perspective';
import { relationTypeInfo } from '../model/typology';
import { quoteDetail, stanceOfQuotes, type CoverageStance, type QuoteDetail } from './coverage';

export interface RelationRef {
  readonly id: string;
  readonly fromLabel: string;
  readonly toLabel: string;
  readonly label: string;
  readonly typeLabel: string;
}

export interface ContestedRow extends RelationRef {
  readonly reason: ContestReason;
}

export interface SideOfRelation {
  readonly source: string;
  readonly stance: CoverageStance;
  readonly quotes: readonly QuoteDetail[];
}

export interface DisagreementRow extends ContestedRow {
  readonly a: SideOfRelation;
  readonly b: SideOfRelation;
}

export interface CompareSections {
  /** Opposite stances, with both sides' quotes. */
  readonly disputed: readonly DisagreementRow[];
  /** Same side, different tone or certainty, with both sides' quotes. */
  readonly differ: readonly DisagreementRow[];
  readonly shared: readonly RelationRef[];
  readonly onlyA: readonly RelationRef[];
  readonly onlyB: readonly RelationRef[];
}

export interface ContestedSections {
  /** Some article supports it and another opposes it ('one': another opposes this article's side). */
  readonly disputed: readonly ContestedRow[];
  /** The weaker signals: tone or certainty. */
  readonly differ: readonly ContestedRow[];
}

export function relationRef(graph: ActorGraph, id: string): RelationRef {
  return {
    id,
    label: graph.getEdgeAttribute(id, 'label'),
    fromLabel: graph.getNodeAttribute(graph.source(id), 'label'),
    toLabel: graph.getNodeAttribute(graph.target(id), 'label'),
    typeLabel: relationTypeInfo(graph.getEdgeAttribute(id, 'type')).label,
  };
}

/** The contested relations of any perspective, strongest first, split into disputed and differing. */
export function contestedSections(graph: ActorGraph, view: PerspectiveView): ContestedSections {
  const disputed: ContestedRow[] = [];
  const differ: ContestedRow[] = [];
  for (const id of view.contestedRelationIds) {
    const reason = view.relations.get(id)?.contestReason;
    if (!graph.hasEdge(id) || reason === undefined) continue;
    (reason === 'stance' ? disputed : differ).push({ ...relationRef(graph, id), reason });
  }
  return { disputed, differ };
}

function sideOf(graph: ActorGraph, id: string, source: string): SideOfRelation {
  const quotes = graph
    .getEdgeAttribute(id, 'claims')
    .filter((c) => c.source === source)
    .map((c) => quoteDetail(graph, c));
  return { source, stance: stanceOfQuotes(quotes), quotes };
}

const byEnds = (x: RelationRef, y: RelationRef): number =>
  x.fromLabel.localeCompare(y.fromLabel) || x.toLabel.localeCompare(y.toLabel) || x.label.localeCompare(y.label);

/** The comparison's sections; undefined unless the view compares two articles. */
export function compareSections(graph: ActorGraph, view: PerspectiveView): CompareSections | undefined {
  const p = view.perspective;
  if (p.mode !== 'compare') return undefined;
  const { disputed, differ } = contestedSections(graph, view);
  const withSides = (row: ContestedRow): DisagreementRow => ({ ...row, a: sideOf(graph, row.id, p.a), b: sideOf(graph, row.id, p.b) });
  const shared: RelationRef[] = [];
  const onlyA: RelationRef[] = [];
  const onlyB: RelationRef[] = [];
  for (const r of view.relations.values()) {
    if (!graph.hasEdge(r.id)) continue;
    if (r.status === 'agree') shared.push(relationRef(graph, r.id));
    else if (r.status === 'only-a') onlyA.push(relationRef(graph, r.id));
    else if (r.status === 'only-b') onlyB.push(relationRef(graph, r.id));
  }
  return {
    disputed: disputed.map(withSides),
    differ: differ.map(withSides),
    shared: shared.sort(byEnds),
    onlyA: onlyA.sort(byEnds),
    onlyB: onlyB.sort(byEnds),
  };
}
