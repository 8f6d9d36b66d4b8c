/**
 * The one definition of the authored data format (graph-data/). Types are inferred from
 * these zod schemas, and the JSON Schemas that editors use are generated from them
 * (`npm run data:schema`), so the format cannot drift between code, docs and validation.
 */
import { z } from 'zod';
import { RELATION_TYPE_IDS } from './typology';

// No compiled validators: the built page's Content-Security-Policy forbids eval, and zod's probe for
// it (`new Function('')`) would be reported as a violation before zod fell back to this anyway.
z.config({ jitless: true });

/** An id is lower-case kebab case: stable in URLs, file names and graphology keys. */
export const IdSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case kebab-case, like "united-states"');

/** A relation id joins actor ids and a type with double hyphens: `from--type--to[--qualifier]`. */
export const RelationIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:--?[a-z0-9]+)*$/, 'must be lower-case kebab-case, parts joined by "--", like "kellogg--consult--lukashenko"');

/** A full or partial ISO date: 2025, 2025-06 or 2025-06-21. */
export const PartialDateSchema = z
  .string()
  .regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/, 'must be an ISO date: YYYY, YYYY-MM or YYYY-MM-DD');

export const SOURCE_KINDS = ['op-ed', 'news report', 'blog report', 'policy brief', 'analysis'] as const;
export const ACTOR_KINDS = ['state', 'bloc', 'movement', 'person', 'organisation'] as const;
export const MODALITIES = ['reported', 'recommended', 'speculated'] as const;
export const DIRECTIONS = ['directed', 'mutual'] as const;
export const STANCES = ['supports', 'opposes'] as const;

const NonEmpty = z.string().trim().min(1, 'must not be empty');

export const SourceSchema = z.strictObject({
  id: IdSchema,
  title: NonEmpty.describe('The title exactly as printed.'),
  outlet: NonEmpty.optional().describe('Where it was published, when the article says so.'),
  author: NonEmpty.optional().describe('Only when the article names its author.'),
  date: PartialDateSchema.optional().describe('Publication date, only when the article gives it.'),
  kind: z.enum(SOURCE_KINDS),
  perspective: NonEmpty.describe('One line, in our own words, on how this article reads the story.'),
  seedFile: z
    .string()
    .regex(/^[^/\\]+\.txt$/, 'must be a plain .txt file name')
    .optional()
    .describe('File name of the full text in the articles folder, used to check quotes verbatim.'),
});

export const ActorSchema = z.strictObject({
  id: IdSchema,
  label: NonEmpty,
  kind: z.enum(ACTOR_KINDS),
  parent: IdSchema.optional().describe('The actor this one belongs to: a person within their state or movement.'),
  aliases: z.array(NonEmpty).default([]).describe('Every other spelling or name the articles use.'),
  description: NonEmpty.describe('A short neutral description.'),
});

export const ClaimSchema = z.strictObject({
  source: IdSchema.describe('The id of the article that makes this claim.'),
  quote: z
    .string()
    .trim()
    .min(12, 'must be a real quote of at least 12 characters')
    .max(400, 'must be a short quote: 400 characters at most')
    .describe('Verbatim from the article. "..." or "…" marks an omission, [square brackets] an insertion.'),
  tone: z.number().int().min(-10).max(10).describe('How the article frames the relation, from -10 (hostile) to +10 (cooperative), Goldstein-style.'),
  modality: z.enum(MODALITIES).describe('Whether the article reports it, recommends it or speculates about it.'),
  stance: z
    .enum(STANCES)
    .describe(
      'The side the article takes on the relation as a proposition: "supports" (asserts it, reports it as so, argues for it) or "opposes" (denies it, calls it an illusion, argues against doing it).',
    ),
  speaker: IdSchema.optional().describe(
    "The actor whose words the article quotes, when the claim is someone else's words inside the article; absent when it is the article's own voice.",
  ),
});

export const RelationDatesSchema = z.strictObject({
  start: PartialDateSchema,
  end: PartialDateSchema.optional(),
});

export const RelationSchema = z.strictObject({
  id: RelationIdSchema,
  from: IdSchema,
  to: IdSchema,
  type: z.enum(RELATION_TYPE_IDS),
  direction: z.enum(DIRECTIONS).default('directed'),
  label: NonEmpty.describe('A short phrase naming what happens, e.g. "releases 14 political prisoners".'),
  dates: RelationDatesSchema.optional().describe('An event day or a period, only where an article gives it.'),
  claims: z.array(ClaimSchema).min(1, 'a relation needs at least one claim'),
});

export const SourcesFileSchema = z.strictObject({ $schema: z.string().optional(), sources: z.array(SourceSchema) });
export const ActorsFileSchema = z.strictObject({ $schema: z.string().optional(), actors: z.array(ActorSchema) });
export const RelationsFileSchema = z.strictObject({ $schema: z.string().optional(), relations: z.array(RelationSchema) });

export type SourceKind = (typeof SOURCE_KINDS)[number];
export type ActorKind = (typeof ACTOR_KINDS)[number];
export type Modality = (typeof MODALITIES)[number];
export type Direction = (typeof DIRECTIONS)[number];
export type Stance = (typeof STANCES)[number];
export type Source = z.infer<typeof SourceSchema>;
export type Actor = z.infer<typeof ActorSchema>;
export type Claim = z.infer<typeof ClaimSchema>;
export type RelationDates = z.infer<typeof RelationDatesSchema>;
export type Relation = z.infer<typeof RelationSchema>;

/** The validated dataset: relations with the same id across files are already merged. */
export interface Dataset {
  readonly sources: readonly Source[];
  readonly actors: readonly Actor[];
  readonly relations: readonly Relation[];
}
