/**
 * The one constructor of a RelationView, shared by the per-mode modules: every view has the same
 * keys in the same order (absent ones undefined), so all 5,000 views of a switch share one shape.
 */
import type { Claim } from '../schema';
import type { CompareStatus, ContestReason, RelationView, ShownStance } from './types';
import type { EdgeStats } from './stats';

/**
 * Positional rather than an options object: this runs for every edge on every switch (5,000 at
 * the benchmark's size), and one object per view is all it should allocate.
 */
export function makeView(
  edge: EdgeStats,
  visible: boolean,
  claims: readonly Claim[],
  otherSourceCount: number,
  tone: number,
  weight: number,
  stance: ShownStance | undefined,
  status: CompareStatus | undefined,
  reason: ContestReason | undefined,
): RelationView {
  return {
    id: edge.id,
    visible,
    claims,
    sourceIds: edge.sourceIds,
    otherSourceCount,
    tone,
    weight,
    stance,
    disputed: reason === 'stance',
    contested: reason !== undefined,
    status,
    contestReason: reason,
  };
}

/** The strongest reason two sides differ, if any: opposite stances, then tone, then modality. */
export function reasonOf(stance: boolean, gap: number, toneGap: number, modality: boolean): ContestReason | undefined {
  return stance ? 'stance' : gap > toneGap ? 'tone' : modality ? 'modality' : undefined;
}
