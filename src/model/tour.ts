/**
 * The guided tour's file format (graph-data/tours/*.json) as a zod schema, and the checks
 * `npm run data:check` runs on a tour against the dataset: every step's view parses to a valid
 * state in which nothing is dropped (every perspective, actor, relation, filter the view names
 * exists), captions are short, and whatever a caption puts in quotation marks is a verbatim piece
 * of a claim's quote in the data (a caption quotes nothing the data does not hold). Node-side
 * only: the page reads tours through tour-steps.ts, without zod.
 */
import { z } from 'zod';
import { readableIssue } from './readable-issues';
import { MAX_CAPTION_LENGTH, type Tour } from './tour-steps';
import { MAX_TOUR_STEPS, formatUrlState, parseUrlState, type KnownIds } from './url-state';

export const TourStepSchema = z.strictObject({
  view: z
    .string()
    .max(2000, 'must be a URL hash of at most 2000 characters')
    .regex(/^(#.*)?$/, 'must be a URL hash: empty, or starting with "#"')
    .describe('The view, as the explorer writes it in the URL hash.'),
  caption: z.string().trim().min(1, 'must not be empty').max(MAX_CAPTION_LENGTH, `must be at most ${MAX_CAPTION_LENGTH} characters long`),
});

export const TourFileSchema = z.strictObject({
  $schema: z.string().optional(),
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case kebab-case, like "five-readings"'),
  title: z.string().trim().min(1, 'must not be empty').max(120, 'must be at most 120 characters long'),
  steps: z.array(TourStepSchema).min(1).max(MAX_TOUR_STEPS),
});

/** One thing wrong with a tour file, located like the dataset's problems (problems.ts). */
export interface TourProblem {
  readonly name: 'TourError';
  readonly file: string;
  /** "steps[2] (step 3)", or "" for the file as a whole. */
  readonly item: string;
  readonly field: string;
  readonly message: string;
}

export interface TourContext {
  readonly known: KnownIds;
  /** Every claim quote in the dataset. */
  readonly quotes: readonly string[];
  /** The id the file's name gives (five-readings.json: "five-readings"). */
  readonly expectedId?: string;
}

export function formatTourProblem(p: TourProblem): string {
  return `${p.name}: ${[p.file, p.item, p.field].filter((s) => s.length > 0).join(' › ')}: ${p.message}`;
}

const stepItem = (index: number): string => `steps[${index}] (step ${index + 1})`;

/** A hash's parameters, each value in a comparable form (lists sorted; the perspective as written). */
function hashParams(hash: string): Map<string, string> {
  const params = new Map<string, string>();
  for (const part of hash.replace(/^#/, '').split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const key = eq < 0 ? part : part.slice(0, eq);
    let value = eq < 0 ? '' : part.slice(eq + 1);
    try {
      value = decodeURIComponent(value.replace(/\+/g, ' '));
    } catch {
      // kept as written: it will not match the parsed form and is reported
    }
    const parts = value
      .split(',')
      .map((v) => v.trim())
      .filter((v) => v !== '');
    params.set(key, key === 'view' ? value.trim().toLowerCase() : parts.sort().join(','));
  }
  return params;
}

/** What the explorer would drop or read differently in a step's view; empty when it takes every part. */
export function viewLosses(view: string, known: KnownIds): string[] {
  const written = hashParams(view);
  const kept = hashParams(formatUrlState(parseUrlState(view, known)));
  const losses: string[] = [];
  for (const [key, value] of written) {
    if (key === 'tour' || key === 'step') losses.push(`names "${key}": the tour adds its own place`);
    else if (key === 'view' && value === 'all' && !kept.has('view')) continue;
    else if (!kept.has(key)) losses.push(`drops "${key}=${value}" (unknown, or not valid with the rest of the view)`);
    else if (kept.get(key) !== value) losses.push(`reads "${key}=${value}" as "${key}=${kept.get(key) ?? ''}"`);
  }
  return losses;
}

/** The texts a caption puts in quotation marks ("…" or “…”). */
export function quotedPhrases(caption: string): string[] {
  return [...caption.matchAll(/"([^"]*)"|“([^”]*)”/g)].map((m) => m[1] ?? m[2] ?? '');
}

/** Problems with one step's view and caption (the schema already passed). */
function checkStep(step: { view: string; caption: string }, index: number, file: string, context: TourContext): TourProblem[] {
  const problem = (field: string, message: string): TourProblem => ({ name: 'TourError', file, item: stepItem(index), field, message });
  const problems = viewLosses(step.view, context.known).map((loss) => problem('view', loss));
  const opens = (step.caption.match(/“/g) ?? []).length;
  if ((step.caption.match(/"/g) ?? []).length % 2 !== 0 || opens !== (step.caption.match(/”/g) ?? []).length) {
    problems.push(problem('caption', 'has an unclosed quotation mark'));
  }
  for (const phrase of quotedPhrases(step.caption)) {
    if (phrase.trim() === '' || !context.quotes.some((quote) => quote.includes(phrase))) {
      problems.push(problem('caption', `quotes "${phrase}", which is not part of any claim's quote in the data`));
    }
  }
  return problems;
}

export type TourCheck = { readonly ok: true; readonly tour: Tour } | { readonly ok: false; readonly problems: readonly TourProblem[] };

/** Validates a parsed tour file against the schema and the dataset; every problem names file, step and field. */
export function checkTour(json: unknown, file: string, context: TourContext): TourCheck {
  const parsed = TourFileSchema.safeParse(json, { error: readableIssue });
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => {
        const [top, index, ...rest] = issue.path;
        const inStep = top === 'steps' && typeof index === 'number';
        const field = (inStep ? rest : issue.path).map(String).join('.');
        return { name: 'TourError', file, item: inStep ? stepItem(index) : '', field, message: issue.message };
      }),
    };
  }
  const tour = parsed.data;
  const problems: TourProblem[] = [];
  if (context.expectedId !== undefined && tour.id !== context.expectedId) {
    problems.push({ name: 'TourError', file, item: '', field: 'id', message: `must be "${context.expectedId}", the file's name` });
  }
  tour.steps.forEach((step, index) => problems.push(...checkStep(step, index, file, context)));
  return problems.length > 0 ? { ok: false, problems } : { ok: true, tour: { id: tour.id, title: tour.title, steps: tour.steps } };
}
