/**
 * Whether a quote stands verbatim in an article. Verbatim means equal after collapsing
 * whitespace and treating curly and straight quotes, and dash variants, as the same;
 * "..." or "…" marks an omission and [square brackets] an insertion, so the quote is
 * split there and each remaining fragment must occur in the article, in order.
 */

const QUOTE_CHARS = /[\u2018\u2019\u201A\u201B\u2032\u02BC`]/g;
const DOUBLE_QUOTE_CHARS = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g;
const DASH_CHARS = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D]/g;

/** Normalise text for comparison: quotes, dashes, ellipses and whitespace. */
export function normaliseForMatch(text: string): string {
  return text
    .normalize('NFC')
    .replace(QUOTE_CHARS, "'")
    .replace(DOUBLE_QUOTE_CHARS, '"')
    .replace(DASH_CHARS, '-')
    .replace(/\u2026/g, '...')
    .replace(/\u00A0/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The parts of a quote that must appear in the article: split at omissions and insertions. */
export function quoteFragments(quote: string): string[] {
  return normaliseForMatch(quote)
    .split(/\.{3}|\[[^\]]*\]/)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}

export type QuoteMatch = { readonly found: true } | { readonly found: false; readonly missing: string };

/** Finds the quote's fragments in the article in order; reports the first fragment that is not there. */
export function findQuote(quote: string, article: string): QuoteMatch {
  const haystack = normaliseForMatch(article);
  const fragments = quoteFragments(quote);
  if (fragments.length === 0) return { found: false, missing: quote };
  let from = 0;
  for (const fragment of fragments) {
    const at = haystack.indexOf(fragment, from);
    if (at < 0) return { found: false, missing: fragment };
    from = at + fragment.length;
  }
  return { found: true };
}
