/**
 * The limits every reader applies to outside data (issue 18): how long an id, a label, a title, a
 * description may be, how many aliases an actor has, how far a position may lie, which dates are
 * real, and how much of a value a problem may quote. One module so that the authored format
 * (schema.ts), our graphology JSON (interchange.ts) and the readers of other tools' files
 * (import-formats/) refuse the same things with the same words. Only zod's types are imported
 * here, so the page's first load does not carry the validator.
 */
import type { Problem } from './problems';

/** Actor and source ids (and the ids that refer to them). */
export const MAX_ID = 100;
/** Relation ids join two actor ids, a type and a qualifier (`from--type--to--qualifier`). */
export const MAX_RELATION_ID = 250;
/** Labels, aliases, outlets, authors. */
export const MAX_LABEL = 200;
/** Source titles, perspectives and graph titles. */
export const MAX_TITLE = 300;
/** Actor descriptions. */
export const MAX_DESCRIPTION = 2000;
/** Quotes: the schema's own 400 is stricter than the 2,000 the issue allows. */
export const MAX_QUOTE = 400;
/** Aliases per actor. */
export const MAX_ALIASES = 50;
/** Positions lie within ±1,000,000 in x and y; outside, the file's positions are dropped and the graph is laid out. */
export const MAX_COORDINATE = 1_000_000;
/** Characters of a value or id a problem quotes before "…". */
export const QUOTED_CHARS = 80;
/** Problems a reader returns before "…and N more problems". */
export const MAX_PROBLEMS = 50;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/**
 * A character that shows: not white space, a control or format character (zero-width space and
 * joiners, bidi controls such as U+202E, the BOM), a combining mark, a surrogate or a blank filler
 * (Hangul fillers, the braille blank).
 */
const VISIBLE = /[^\s\p{Cc}\p{Cf}\p{M}\p{Z}\p{Cs}\u115F\u1160\u3164\uFFA0\u2800]/u;

export const WELL_FORMED_MESSAGE = 'contains a broken character (a lone UTF-16 surrogate): the file is not valid Unicode text here';
export const VISIBLE_MESSAGE = 'must have a visible character: it holds only invisible ones (spaces, zero-width or direction marks, combining marks)';

export const isWellFormed = (text: string): boolean => !LONE_SURROGATE.test(text);
export const hasVisible = (text: string): boolean => VISIBLE.test(text);

/** What is wrong with a text under a bound, in the schema's words; undefined when nothing is. */
export function textProblem(text: string, max: number): string | undefined {
  const trimmed = text.trim();
  if (trimmed.length === 0) return 'must not be empty';
  if (trimmed.length > max) return `must be at most ${max} characters long`;
  if (!isWellFormed(trimmed)) return WELL_FORMED_MESSAGE;
  if (!hasVisible(trimmed)) return VISIBLE_MESSAGE;
  return undefined;
}

/** A value as a problem quotes it: at most QUOTED_CHARS characters, then "…". */
export function clip(text: string, max: number = QUOTED_CHARS): string {
  if (text.length <= max) return text;
  // Never end on the first half of a surrogate pair.
  const end = /[\uD800-\uDBFF]/.test(text[max - 1] ?? '') ? max - 1 : max;
  return `${text.slice(0, end)}…`;
}

/** 2025, 2025-06 or 2025-06-21 that is a day of the calendar (not 2025-02-30). */
export function isRealDate(date: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return true;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** Whether a period's end lies before its start, compared at the precision both give (2025-06 ends no earlier than 2025-06-21). */
export function endsBeforeStart(start: string, end: string): boolean {
  const n = Math.min(start.length, end.length);
  return end.slice(0, n) < start.slice(0, n);
}

/** A coordinate the canvas can fit: a finite number within ±MAX_COORDINATE. */
export const inRange = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= MAX_COORDINATE;

export function positionsDroppedNotice(fileName: string, count: number): string {
  return (
    `“${clip(fileName)}” places ${count === 1 ? '1 actor' : `${count} actors`} outside ±${MAX_COORDINATE.toLocaleString('en')} ` +
    '(or at no finite position): its positions were dropped and the graph was laid out afresh.'
  );
}

const QUOTED = /"([^"]{81,})"|“([^”]{81,})”/g;
const FIELD_CHARS = 160;
const MESSAGE_CHARS = 400;

/** Cuts quoted values in a text to QUOTED_CHARS, then the whole text to `max`. */
function clipText(text: string, max: number): string {
  const quoted =
    text.length > QUOTED_CHARS ? text.replace(QUOTED, (whole, a?: string, b?: string) => (a !== undefined ? `"${clip(a)}"` : `“${clip(b ?? '')}”`)) : text;
  return clip(quoted, max);
}

/**
 * The problems as a reader returns them: every quoted value cut to 80 characters, every part of a
 * problem bounded, and at most MAX_PROBLEMS of them, the last one then saying how many more there
 * are (and carrying that count in `omitted`, so the summary still counts them all).
 */
export function boundProblems(problems: readonly Problem[]): Problem[] {
  const bounded = (p: Problem): Problem => ({
    ...p,
    file: clipText(p.file, FIELD_CHARS),
    item: clipText(p.item, FIELD_CHARS),
    field: clipText(p.field, FIELD_CHARS),
    message: clipText(p.message, MESSAGE_CHARS),
  });
  if (problems.length <= MAX_PROBLEMS) return problems.map(bounded);
  const shown = problems.slice(0, MAX_PROBLEMS).map(bounded);
  const omitted = problems.length - MAX_PROBLEMS;
  const last = problems[MAX_PROBLEMS]!;
  shown.push({
    name: last.name,
    file: clipText(last.file, FIELD_CHARS),
    item: '',
    field: '',
    message: `…and ${omitted} more problems (only the first ${MAX_PROBLEMS} are listed)`,
    omitted,
  });
  return shown;
}
