/**
 * One article: the relations it states, with its own claims and its mean tone. A relation is
 * disputed when another article takes the side opposite to this one's, and otherwise contested
 * when another differs from it in tone or certainty (hidden articles dispute what this one says);
 * the gap used for sorting is the largest such gap. Relations it does not state are never contested.
 */
import { makeView, reasonOf } from './relation-view';
import { modalitiesClash, NO_CLAIMS, round1, stanceOf, stancesClash, toneGapOf, type EdgeStats, type SourceStats } from './stats';
import type { RelationView } from './types';

export function oneArticleRelation(edge: EdgeStats, own: SourceStats | undefined, toneGap: number, out: { gap: number }): RelationView {
  const n = edge.bySource.length;
  out.gap = 0;
  if (!own) {
    return makeView(edge, false, NO_CLAIMS, n, 0, 0, undefined, undefined, undefined);
  }
  let gap = 0;
  let modality = false;
  let stance = false;
  for (const other of edge.bySource) {
    if (other === own) continue;
    gap = Math.max(gap, toneGapOf(own, other));
    modality ||= modalitiesClash(own, other);
    stance ||= stancesClash(own, other);
  }
  out.gap = gap;
  return makeView(
    edge,
    true,
    own.claims,
    n - 1,
    round1(own.toneSum / own.count),
    1,
    stanceOf(own.supports, own.opposes),
    undefined,
    reasonOf(stance, gap, toneGap, modality),
  );
}
