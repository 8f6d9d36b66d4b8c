/**
 * data:check's verbatim rule, apart from the loader (load.ts) that runs it: every quote must stand,
 * word for word, in the article its source names (../shared/seeds/), and a source without an
 * article file is named, so its quotes are known to be unchecked.
 */
import type { Relation, Source } from './schema';
import type { Problem } from './problems';
import { findQuote } from './verbatim';

/** An item and where it was written (load.ts's Located). */
interface Placed<T> {
  readonly value: T;
  readonly file: string;
  readonly item: string;
}

/** Every quote must stand verbatim in the article its source names. */
export function checkQuotes(
  relations: readonly Placed<Relation>[],
  sources: readonly Placed<Source>[],
  articles: ReadonlyMap<string, string>,
  problems: Problem[],
): void {
  const articleOf = new Map<string, string | undefined>();
  for (const { value, file, item } of sources) {
    const text = value.seedFile === undefined ? undefined : articles.get(value.seedFile);
    if (text === undefined) {
      problems.push({
        name: 'MissingArticleError',
        file,
        item,
        field: 'seedFile',
        message: value.seedFile === undefined ? 'names no article file, so its quotes cannot be checked' : `article file "${value.seedFile}" was not found`,
      });
    }
    articleOf.set(value.id, text);
  }
  for (const { value, file, item } of relations) {
    value.claims.forEach((claim, index) => {
      const article = articleOf.get(claim.source);
      if (article === undefined) return;
      const match = findQuote(claim.quote, article);
      if (!match.found) {
        problems.push({
          name: 'QuoteNotFoundError',
          file,
          item,
          field: `claims[${index}].quote`,
          message: `is not verbatim in "${claim.source}": cannot find "${match.missing.slice(0, 120)}"`,
        });
      }
    });
  }
}
