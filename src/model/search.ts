/**
 * Actor search for the search box: matches labels and every alias the articles use, ignoring
 * case, diacritics and punctuation, so "lukashenka", "Lukashenka" and "Łukašenka" all find
 * Lukashenko. Results are ranked (exact name, then name start, then word start, then anywhere;
 * labels before aliases) and say which alias matched, so the suggestion can show why it is there.
 */
import type { ActorGraph } from './graph';
import type { ActorKind } from './schema';

export interface SearchEntry {
  readonly id: string;
  readonly label: string;
  readonly kind: ActorKind;
  /** Label first, then aliases, each with its folded form. */
  readonly names: readonly { readonly text: string; readonly folded: string }[];
}

export interface SearchHit {
  readonly id: string;
  readonly label: string;
  readonly kind: ActorKind;
  /** The alias that matched, when it was not the label. */
  readonly matched?: string;
  /** Lower is better. */
  readonly score: number;
}

/** Lower case, no diacritics (also ł, ø, đ, ß), punctuation as spaces, single spaces. */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/ł/g, 'l')
    .replace(/ø/g, 'o')
    .replace(/đ/g, 'd')
    .replace(/ß/g, 'ss')
    .replace(/[’'`.]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function buildSearchIndex(graph: ActorGraph): readonly SearchEntry[] {
  return graph.mapNodes((id, a) => {
    const seen = new Set<string>();
    const names: { text: string; folded: string }[] = [];
    for (const text of [a.label, ...a.aliases]) {
      const folded = foldText(text);
      if (folded.length === 0 || seen.has(folded)) continue;
      seen.add(folded);
      names.push({ text, folded });
    }
    return { id, label: a.label, kind: a.kind, names };
  });
}

function scoreName(folded: string, query: string): number | undefined {
  if (folded === query) return 0;
  if (folded.startsWith(query)) return 1;
  if (folded.split(' ').some((word) => word.startsWith(query)) || folded.includes(` ${query}`)) return 2;
  if (folded.includes(query)) return 3;
  return undefined;
}

/** The best matches for `query`, at most `limit`; an empty query finds nothing. */
export function searchActors(index: readonly SearchEntry[], query: string, limit = 8): SearchHit[] {
  const q = foldText(query);
  if (q.length === 0) return [];
  const hits: SearchHit[] = [];
  for (const entry of index) {
    let best: { score: number; matched?: string } | undefined;
    for (const [i, name] of entry.names.entries()) {
      const base = scoreName(name.folded, q);
      if (base === undefined) continue;
      // A label beats an alias of the same quality; a closer-sized name beats a longer one.
      const score = base * 10 + (i === 0 ? 0 : 1) + Math.min(name.folded.length - q.length, 99) / 100;
      if (!best || score < best.score) best = i === 0 ? { score } : { score, matched: name.text };
    }
    if (best)
      hits.push({ id: entry.id, label: entry.label, kind: entry.kind, score: best.score, ...(best.matched !== undefined ? { matched: best.matched } : {}) });
  }
  hits.sort((a, b) => a.score - b.score || a.label.localeCompare(b.label));
  return hits.slice(0, limit);
}
