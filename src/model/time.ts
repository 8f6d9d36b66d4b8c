/**
 * When each relation happened, for the "As of" time bar (issue 16): pure rules, tested in Node.
 *
 * - A relation's date is its event date (`dates.start`) where the data gives one.
 * - Otherwise it is the publication date of the earliest-dated article that states it (any claim
 *   on it, whatever its stance), where such an article gives a date.
 * - With neither it is undated, and always shown.
 *
 * A partial date counts from its first day: "2025" is 1 January 2025, "2025-06" is 1 June 2025.
 * A relation is after day D when its first day is later than D's first day, so as of "June 2025"
 * a relation dated 2025-06 shows and one dated 21 June 2025 does not yet. The time bar's stops are
 * the data's dates, so each stop shows exactly the relations dated up to it.
 */
import type { ActorGraph } from './graph';
import type { RelationDates } from './schema';

const PARTIAL_DATE = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;

/** Whether `text` is YYYY, YYYY-MM or YYYY-MM-DD naming a real calendar day (no 30 February). */
export function isPartialDate(text: string): boolean {
  const match = PARTIAL_DATE.exec(text);
  if (!match) return false;
  const [, year, month, day] = match;
  if (month === undefined || day === undefined) return true;
  const lastDay = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
  return Number(day) <= lastDay;
}

/** The first day a partial date covers, as YYYY-MM-DD; undefined for anything that is not a date. */
export function firstDay(date: string): string | undefined {
  if (!isPartialDate(date)) return undefined;
  const [year, month = '01', day = '01'] = date.split('-');
  return `${year}-${month}-${day}`;
}

/** Whether `date` lies after day `day` (both partial dates, each counted from its first day). */
export function isAfter(date: string, day: string): boolean {
  const a = firstDay(date);
  const b = firstDay(day);
  return a !== undefined && b !== undefined && a > b;
}

export interface RelationDate {
  /** The date as written (partial), event date or publication date. */
  readonly date: string;
  /** Where it comes from: the relation's own event date, or the earliest dated article stating it. */
  readonly basis: 'event' | 'publication';
  /** The article whose publication date it is (basis "publication"). */
  readonly source?: string;
}

export interface DatableRelation {
  readonly dates?: RelationDates | undefined;
  readonly claims: readonly { readonly source: string }[];
}

/** Source id -> publication date, for the sources that give a valid one. */
export function publicationDates(sources: readonly { readonly id: string; readonly date?: string | undefined }[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const s of sources) if (s.date !== undefined && isPartialDate(s.date)) out.set(s.id, s.date);
  return out;
}

/** The rule above: event date, else the earliest publication date among the stating articles, else undefined. */
export function relationDate(relation: DatableRelation, published: ReadonlyMap<string, string>): RelationDate | undefined {
  if (relation.dates && isPartialDate(relation.dates.start)) return { date: relation.dates.start, basis: 'event' };
  let best: { date: string; day: string; source: string } | undefined;
  for (const { source } of relation.claims) {
    const date = published.get(source);
    const day = date === undefined ? undefined : firstDay(date);
    if (date === undefined || day === undefined) continue;
    if (best === undefined || day < best.day) best = { date, day, source };
  }
  return best ? { date: best.date, basis: 'publication', source: best.source } : undefined;
}

export interface Timeline {
  /** The distinct dates, earliest first (one per first day: the least precise spelling kept). */
  readonly dates: readonly string[];
  /** Relation id -> its date, for the dated relations. */
  readonly byRelation: ReadonlyMap<string, string>;
  /** How many relations have no date at all (always shown). */
  readonly undated: number;
}

export const EMPTY_TIMELINE: Timeline = Object.freeze({ dates: [], byRelation: new Map<string, string>(), undated: 0 });

/** Every relation's date and the distinct dates, for a graph (its sources are the graph's attribute). */
export function buildTimeline(graph: ActorGraph): Timeline {
  const published = publicationDates(graph.getAttribute('sources'));
  const byRelation = new Map<string, string>();
  let undated = 0;
  graph.forEachEdge((edge, attributes) => {
    const dated = relationDate(attributes, published);
    if (dated) byRelation.set(edge, dated.date);
    else undated += 1;
  });
  return { dates: distinctDates(byRelation.values()), byRelation, undated };
}

/** Sorted by first day; of several spellings of one first day ("2025", "2025-01-01") the shortest is kept. */
export function distinctDates(dates: Iterable<string>): string[] {
  const byDay = new Map<string, string>();
  for (const date of dates) {
    const day = firstDay(date);
    if (day === undefined) continue;
    const kept = byDay.get(day);
    if (kept === undefined || date.length < kept.length) byDay.set(day, date);
  }
  return [...byDay.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, date]) => date);
}

/** The relations dated after day `day`: what "As of" hides (or fades). Undated relations never are. */
export function relationsAfter(timeline: Timeline, day: string): Set<string> {
  const out = new Set<string>();
  if (firstDay(day) === undefined) return out;
  for (const [id, date] of timeline.byRelation) if (isAfter(date, day)) out.add(id);
  return out;
}

/**
 * The time bar's position for a chosen day: the index of the last stop not after it (0 when the
 * day is before every stop), and `dates.length` (the "All dates" end) for no day.
 */
export function stopIndex(timeline: Timeline, asOf: string | null): number {
  if (asOf === null) return timeline.dates.length;
  let index = 0;
  timeline.dates.forEach((date, i) => {
    if (!isAfter(date, asOf)) index = i;
  });
  return index;
}

/** The day for a time bar position: a stop's date, or null (no filter) at the "All dates" end. */
export function stopDate(timeline: Timeline, index: number): string | null {
  return index >= 0 && index < timeline.dates.length ? (timeline.dates[index] ?? null) : null;
}
