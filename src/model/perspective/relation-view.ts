/**
 * The one constructor of a RelationView, shared by the per-mode modules: every view has the same
 * keys in the same order (absent ones undefined), so all 5,000 views of a switch share one shape.
 */
import type { Claim } from '../schema';
import type { CompareStatus, ContestReason, RelationView, ShownStance } from './types';
import type { EdgeStats } from './stats';

export interface RelationParts {
  readonly visible: boolean;
  readonly claims: readonly Claim[];
  readonly otherSourceCount: number;
  readonly tone: number;
  readonly weight: number;
  readonly stance: ShownStance | undefined;
  readonly status: CompareStatus | undefined;
  readonly reason: ContestReason | undefined;
}

export function makeView(edge: EdgeStats, parts: RelationParts): RelationView {
  return {
    id: edge.id,
    visible: parts.visible,
    claims: parts.claims,
    sourceIds: edge.sourceIds,
    otherSourceCount: parts.otherSourceCount,
    tone: parts.tone,
    weight: parts.weight,
    stance: parts.stance,
    disputed: parts.reason === 'stance',
    contested: parts.reason !== undefined,
    status: parts.status,
    contestReason: parts.reason,
  };
}

/** The strongest reason two sides differ, if any: opposite stances, then tone, then modality. */
export function reasonOf(stance: boolean, gap: number, toneGap: number, modality: boolean): ContestReason | undefined {
  return stance ? 'stance' : gap > toneGap ? 'tone' : modality ? 'modality' : undefined;
}
