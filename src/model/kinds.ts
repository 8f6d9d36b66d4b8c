/**
 * The closed vocabularies of the data format (kinds of article and actor, modalities, directions,
 * stances), apart from the zod schemas that use them (schema.ts re-exports them): the page's legend
 * and caption need the lists at start-up, and importing them from schema.ts put zod (26 KB gzip)
 * into the initial JavaScript, past its 220 KB budget.
 */
export const SOURCE_KINDS = ['op-ed', 'news report', 'blog report', 'policy brief', 'analysis'] as const;
export const ACTOR_KINDS = ['state', 'bloc', 'movement', 'person', 'organisation'] as const;
export const MODALITIES = ['reported', 'recommended', 'speculated'] as const;
export const DIRECTIONS = ['directed', 'mutual'] as const;
export const STANCES = ['supports', 'opposes'] as const;

export type SourceKind = (typeof SOURCE_KINDS)[number];
export type ActorKind = (typeof ACTOR_KINDS)[number];
export type Modality = (typeof MODALITIES)[number];
export type Direction = (typeof DIRECTIONS)[number];
export type Stance = (typeof STANCES)[number];
