/**
 * The one definition of the authored data format (graph-data/). Types are inferred from
 * these zod schemas, and the JSON Schemas that editors use are generated from them
 * (`npm run data:schema`), so the format cannot drift between code, docs and validation.
 */
import { z } from 'zod';
import { RELATION_TYPE_IDS } from './typology';
import * as B from './bounds';
import { ACTOR_KINDS, DIRECTIONS, MODALITIES, SOURCE_KINDS, STANCES } from './kinds';

// No compiled validators: the built page's Content-Security-Policy forbids eval, and zod's probe for
// it (`new Function('')`) would be reported as a violation before zod fell back to this anyway.
z.config({ jitless: true });

/** An id is lower-case kebab case: stable in URLs, file names and graphology keys. */
export const IdSchema = z
  .string()
  .max(B.MAX_ID, `must be at most ${B.MAX_ID} characters long`)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case kebab-case, like "united-states"');

/** A relation id joins actor ids and a type with double hyphens: `from--type--to[--qualifier]`. */
export const RelationIdSchema = z
  .string()
  .max(B.MAX_RELATION_ID, `must be at most ${B.MAX_RELATION_ID} characters long`)
  .regex(/^[a-z0-9]+(?:--?[a-z0-9]+)*$/, 'must be lower-case kebab-case, parts joined by "--", like "kellogg--consult--lukashenko"');

/** A full or partial ISO date: 2025, 2025-06 or 2025-06-21. */
export const PartialDateSchema = z
  .string()
  .regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/, 'must be an ISO date: YYYY, YYYY-MM or YYYY-MM-DD')
  .refine(B.isRealDate, 'is not a day of the calendar (that month has fewer days)');

export { SOURCE_KINDS, ACTOR_KINDS, MODALITIES, DIRECTIONS, STANCES } from './kinds';
export type { SourceKind, ActorKind, Modality, Direction, Stance } from './kinds';

/**
 * Text of at most `max` characters, trimmed, with something visible in it and no broken (lone
 * surrogate) characters: bounds.ts says why.
 */
const Text = (max: number) =>
  z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max} characters long`)
    .refine(B.isWellFormed, B.WELL_FORMED_MESSAGE)
    .refine((s) => s.length === 0 || B.hasVisible(s), B.VISIBLE_MESSAGE);
const NonEmpty = Text(B.MAX_LABEL);
/** Titles and one-line summaries. */
export const TitleText = Text(B.MAX_TITLE);
/** Labels, aliases, outlets and authors. */
export const LabelText = NonEmpty;

export const SourceSchema = z.strictObject({
  id: IdSchema,
  title: TitleText.describe('The title exactly as printed.'),
  outlet: NonEmpty.optional().describe('Where it was published, when the article says so.'),
  author: NonEmpty.optional().describe('Only when the article names its author.'),
  date: PartialDateSchema.optional().describe('Publication date, only when the article gives it.'),
  kind: z.enum(SOURCE_KINDS),
  perspective: TitleText.describe('One line, in our own words, on how this article reads the story.'),
  seedFile: z
    .string()
    .max(B.MAX_LABEL, `must be at most ${B.MAX_LABEL} characters long`)
    .regex(/^[^/\\]+\.txt$/, 'must be a plain .txt file name')
    .optional()
    .describe('File name of the full text in the articles folder, used to check quotes verbatim.'),
});

export const ActorSchema = z.strictObject({
  id: IdSchema,
  label: NonEmpty,
  kind: z.enum(ACTOR_KINDS),
  parent: IdSchema.optional().describe('The actor this one belongs to: a person within their state or movement.'),
  aliases: z.array(NonEmpty).max(B.MAX_ALIASES).default([]).describe('Every other spelling or name the articles use.'),
  description: Text(B.MAX_DESCRIPTION).describe('A short neutral description.'),
});

export const ClaimSchema = z.strictObject({
  source: IdSchema.describe('The id of the article that makes this claim.'),
  quote: z
    .string()
    .trim()
    .min(12, 'must be a real quote of at least 12 characters')
    .max(B.MAX_QUOTE, `must be a short quote: ${B.MAX_QUOTE} characters at most`)
    .refine(B.isWellFormed, B.WELL_FORMED_MESSAGE)
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
  approximate: z
    .boolean()
    .optional()
    .describe('The article gives a relative date ("last summer") resolved against its own publication date; only for an article that gives one.'),
});

/** A period whose end is not before its start (bounds.ts), as relations and edges take it. */
export const OrderedDatesSchema = RelationDatesSchema.refine((d) => d.end === undefined || !B.endsBeforeStart(d.start, d.end), {
  message: 'must not be before the start',
  path: ['end'],
});

export const RelationSchema = z.strictObject({
  id: RelationIdSchema,
  from: IdSchema,
  to: IdSchema,
  type: z.enum(RELATION_TYPE_IDS),
  direction: z.enum(DIRECTIONS).default('directed'),
  label: NonEmpty.describe('A short phrase naming what happens, e.g. "releases 14 political prisoners".'),
  dates: OrderedDatesSchema.optional().describe('An event day or a period, only where an article gives it.'),
  claims: z.array(ClaimSchema).min(1, 'a relation needs at least one claim'),
});

export const SourcesFileSchema = z.strictObject({ $schema: z.string().optional(), sources: z.array(SourceSchema) });
export const ActorsFileSchema = z.strictObject({ $schema: z.string().optional(), actors: z.array(ActorSchema) });
export const RelationsFileSchema = z.strictObject({ $schema: z.string().optional(), relations: z.array(RelationSchema) });

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
