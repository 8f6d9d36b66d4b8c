/**
 * The dating checks of `data:check` (issue 16): a relation's dates can be no later than the
 * publication date of any article that states it, where that article gives one (an article cannot
 * report what had not yet happened), and `approximate` (a relative date such as "last summer"
 * resolved against an article's own date) is only allowed where an article stating it, in that
 * entry, gives a publication date to resolve against. Run on the relations as written, before
 * merging, so a problem names the file and the item; the stating articles are pooled by id.
 * Partial dates count from their first day (see time.ts): "2025-06" is not after 23 June 2025.
 */
import type { Problem } from './problems';
import type { Relation, Source } from './schema';
import { firstDay, isAfter, publicationDates } from './time';

/** An item with where it came from (the shape of load.ts's Located, without importing it). */
export interface LocatedItem<T> {
  readonly value: T;
  readonly file: string;
  readonly item: string;
}

const dateProblem = (file: string, item: string, field: string, message: string): Problem => ({ name: 'DateError', file, item, field, message });

export function checkDates(relations: readonly LocatedItem<Relation>[], sources: readonly LocatedItem<Source>[], problems: Problem[]): void {
  const published = publicationDates(sources.map((s) => s.value));
  const stating = new Map<string, Set<string>>();
  for (const { value } of relations) {
    const set = stating.get(value.id) ?? new Set<string>();
    for (const claim of value.claims) set.add(claim.source);
    stating.set(value.id, set);
  }
  for (const { value, file, item } of relations) {
    const dates = value.dates;
    if (!dates) continue;
    for (const field of ['start', 'end'] as const) {
      const date = dates[field];
      if (date === undefined || firstDay(date) === undefined) continue;
      for (const source of stating.get(value.id) ?? []) {
        const day = published.get(source);
        if (day !== undefined && isAfter(date, day)) {
          problems.push(dateProblem(file, item, `dates.${field}`, `${date} is after ${day}, when "${source}", which states this relation, was published`));
        }
      }
    }
    if (dates.approximate === true && !value.claims.some((c) => published.has(c.source))) {
      problems.push(
        dateProblem(
          file,
          item,
          'dates.approximate',
          "an approximate date is a relative one resolved against an article's publication date, but no article stating it here gives a date",
        ),
      );
    }
  }
}
