/**
 * "All articles": every relation shows with all its claims, weighted by the share of the articles
 * that state it; it is disputed when one article supports it and another opposes it, and
 * otherwise contested when some pair of articles differs in tone or certainty. A relation with no
 * claims at all (an imported, unsourced graph: import-formats/foreign-graph.ts) is shown at full
 * weight: no article is behind it, and none hides it.
 */
import { makeView, reasonOf } from './relation-view';
import { round1, type EdgeStats } from './stats';
import type { RelationView } from './types';

export function allArticlesRelation(edge: EdgeStats, sourceCount: number, toneGap: number, out: { gap: number }): RelationView {
  const n = edge.bySource.length;
  const claims = edge.claims;
  out.gap = edge.maxGap;
  const unsourced = claims.length === 0;
  const visible = n > 0 || unsourced;
  return makeView(
    edge,
    visible,
    claims,
    0,
    claims.length > 0 ? round1(edge.toneSum / claims.length) : 0,
    unsourced ? 1 : n / (sourceCount > 0 ? sourceCount : 1),
    visible ? edge.stance : undefined,
    undefined,
    reasonOf(edge.stanceClash, edge.maxGap, toneGap, edge.modalityClash),
  );
}
