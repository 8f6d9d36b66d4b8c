/**
 * Two articles compared: each relation either of them states is `disputed` (one supports it, the
 * other opposes it), `differ` (same side, but a tone gap over the threshold or reported against
 * only speculated), `agree`, or stated by one of them only. A third article's view never changes
 * the pair's status. Comparing an article with itself agrees wherever it speaks.
 */
import type { Claim } from '../schema';
import { makeView, reasonOf } from './relation-view';
import { modalitiesClash, NO_CLAIMS, round1, stanceOf, stancesClash, statsOf, toneGapOf, type EdgeStats, type SourceStats } from './stats';
import { CONTESTED_TONE_GAP, type CompareStatus, type ContestReason, type RelationView } from './types';

export interface PairResult {
  status: CompareStatus;
  reason?: ContestReason;
  gap: number;
}

export function comparePairStats(a: SourceStats | undefined, b: SourceStats | undefined, toneGap: number): PairResult {
  if (a && a === b) return { status: 'agree', gap: 0 };
  if (a && b) {
    const gap = toneGapOf(a, b);
    const reason = reasonOf(stancesClash(a, b), gap, toneGap, modalitiesClash(a, b));
    if (reason === undefined) return { status: 'agree', gap };
    return { status: reason === 'stance' ? 'disputed' : 'differ', reason, gap };
  }
  if (a) return { status: 'only-a', gap: 0 };
  if (b) return { status: 'only-b', gap: 0 };
  throw new RangeError('perspective: comparePair needs claims from at least one of the two articles');
}

/**
 * Compares what two articles say about one relation: each array holds one article's claims on it
 * (the source field is not checked). Throws a RangeError when both are empty.
 */
export function comparePair(claimsA: readonly Claim[], claimsB: readonly Claim[], toneGap: number = CONTESTED_TONE_GAP): PairResult {
  const a = claimsA.length > 0 ? statsOf(claimsA[0]!.source, claimsA) : undefined;
  const b = claimsB.length > 0 ? statsOf(claimsB[0]!.source, claimsB) : undefined;
  return comparePairStats(a, b, toneGap);
}

export function compareRelation(edge: EdgeStats, a: SourceStats | undefined, b: SourceStats | undefined, toneGap: number, out: { gap: number }): RelationView {
  const n = edge.bySource.length;
  out.gap = 0;
  if (!a && !b) {
    return makeView(edge, false, NO_CLAIMS, n, 0, 0, undefined, undefined, undefined);
  }
  // Comparing an article with itself (b === a): its own claims, once.
  const both = a !== undefined && b !== undefined && a !== b;
  const claims = both ? a.claims.concat(b.claims) : a ? a.claims : b!.claims;
  const pair = comparePairStats(a, b, toneGap);
  out.gap = pair.gap;
  return makeView(
    edge,
    true,
    claims,
    n - (both ? 2 : 1),
    round1((both ? a.toneSum + b.toneSum : (a ?? b)!.toneSum) / claims.length),
    1,
    stanceOf(!!(a?.supports || b?.supports), !!(a?.opposes || b?.opposes)),
    pair.status,
    pair.reason,
  );
}
