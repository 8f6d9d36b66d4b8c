/**
 * The pure function from the graph and a chosen perspective to what shows and how. The UI calls
 * it on every perspective switch, so the per-edge, per-article statistics are computed once per
 * graph (stats.ts) and each call is one pass, asking the mode's module (all.ts, one.ts,
 * compare.ts) for each relation's view. Tests in tests/unit/perspective.test.ts pin each rule.
 */
import type { ActorGraph } from '../graph';
import { allArticlesRelation } from './all';
import { compareRelation } from './compare';
import { oneArticleRelation } from './one';
import { graphStats, NO_IDS, type SourceStats } from './stats';
import { CONTESTED_TONE_GAP, type Perspective, type PerspectiveView, type RelationView } from './types';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
type Column = readonly (SourceStats | undefined)[];

/** Disputed first, then by largest gap, ties by id. */
function byStrength(x: { id: string; gap: number; disputed: boolean }, y: { id: string; gap: number; disputed: boolean }): number {
  if (x.disputed !== y.disputed) return x.disputed ? -1 : 1;
  return y.gap - x.gap || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);
}

type CompareTally = { agree: number; onlyA: number; onlyB: number; disputed: number; differ: number; contested: number };

/** Adds one relation's comparison status to the compare counts (disputed and differ are both contested). */
function countStatus(counts: CompareTally, status: RelationView['status']): void {
  switch (status) {
    case 'agree':
      counts.agree++;
      break;
    case 'only-a':
      counts.onlyA++;
      break;
    case 'only-b':
      counts.onlyB++;
      break;
    case 'disputed':
      counts.disputed++;
      counts.contested++;
      break;
    case 'differ':
      counts.differ++;
      counts.contested++;
      break;
    default:
      break;
  }
}

/**
 * The graph as the perspective tells it. A source the graph does not know simply states nothing
 * (everything hidden); use parsePerspective to turn user input into a valid perspective.
 */
export function perspectiveView(graph: ActorGraph, perspective: Perspective, options?: { readonly toneGap?: number }): PerspectiveView {
  const toneGap = options?.toneGap ?? CONTESTED_TONE_GAP;
  const stats = graphStats(graph);
  const relations = new Map<string, RelationView>();
  const visibleRelationIds = new Set<string>();
  const visibleActorIds = new Set<string>();
  const contested: { id: string; gap: number; disputed: boolean }[] = [];
  const counts: CompareTally = { agree: 0, onlyA: 0, onlyB: 0, disputed: 0, differ: 0, contested: 0 };

  const showActor = (node: string): void => {
    // An actor already in the set came with its ancestors (an ancestor's chain is a suffix).
    if (visibleActorIds.has(node)) return;
    visibleActorIds.add(node);
    for (const ancestor of stats.ancestors.get(node) ?? NO_IDS) visibleActorIds.add(ancestor);
  };

  const silent: Column = [];
  const column = (source: string): Column => stats.columns.get(source) ?? silent;
  const p = perspective;
  const ownColumn = p.mode === 'one' ? column(p.source) : silent;
  const columnA = p.mode === 'compare' ? column(p.a) : silent;
  // Comparing an article with itself: B's column is A's, and compare.ts agrees with itself.
  const columnB = p.mode === 'compare' ? column(p.b) : silent;
  const out = { gap: 0 };

  const edges = stats.edges;
  for (let i = 0; i < edges.length; i++) {
    const edge = edges[i]!;
    const view =
      p.mode === 'all'
        ? allArticlesRelation(edge, stats.sourceCount, toneGap, out)
        : p.mode === 'one'
          ? oneArticleRelation(edge, ownColumn[i], toneGap, out)
          : compareRelation(edge, columnA[i], columnB[i], toneGap, out);
    relations.set(edge.id, view);
    if (view.visible) {
      visibleRelationIds.add(edge.id);
      showActor(edge.endpoints[0]);
      showActor(edge.endpoints[1]);
    }
    if (view.contested) contested.push({ id: edge.id, gap: out.gap, disputed: view.disputed });
    countStatus(counts, view.status);
  }

  contested.sort(byStrength);
  const result: Mutable<PerspectiveView> = {
    perspective,
    relations,
    visibleRelationIds,
    visibleActorIds,
    contestedRelationIds: contested.map((c) => c.id),
    disputedRelationIds: contested.filter((c) => c.disputed).map((c) => c.id),
  };
  if (p.mode === 'compare') result.counts = counts;
  return result;
}
