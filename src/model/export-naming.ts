/**
 * File names for what the explorer downloads, e.g. `belarus-graph-lawfare-2026-11-23.png`: a fixed
 * prefix, the perspective as a slug, and the date of export. Only `a-z`, `0-9` and `-` ever reach
 * the name, so it is safe on every file system and in a `download` attribute.
 */

import type { Perspective } from './perspective';

export const EXPORT_FILE_PREFIX = 'belarus-graph';

export type ExportExtension = 'png' | 'json' | 'gexf';

/** Longest slug kept from a perspective name, so names stay readable. */
export const MAX_SLUG_LENGTH = 48;

/**
 * A perspective name -> a slug of `a-z0-9-`: accents are folded (é -> e), everything else that is
 * not a Latin letter or a digit becomes a separator. Text with no Latin letters or digits (say,
 * Cyrillic only) gives an empty slug, which callers leave out of the name.
 */
export function slugify(text: string, maxLength: number = MAX_SLUG_LENGTH): string {
  const folded = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/[æÆ]/g, 'ae')
    .replace(/[øØ]/g, 'o')
    .replace(/[łŁ]/g, 'l')
    .toLowerCase();
  const slug = folded.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength);
  const lastDash = cut.lastIndexOf('-');
  return (lastDash > maxLength / 2 ? cut.slice(0, lastDash) : cut).replace(/-+$/g, '');
}

/** The calendar date of `date` in the user's time zone, as YYYY-MM-DD. */
export function isoDate(date: Date): string {
  if (Number.isNaN(date.getTime())) throw new RangeError('export-naming: invalid date');
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${String(date.getFullYear()).padStart(4, '0')}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * `belarus-graph-<perspective>-<YYYY-MM-DD>.<ext>`; the perspective part is left out when it
 * slugifies to nothing (no perspective, or a name without Latin letters or digits).
 */
export function exportFileName(perspective: string | undefined, date: Date, extension: ExportExtension): string {
  const slug = perspective === undefined ? '' : slugify(perspective);
  return [EXPORT_FILE_PREFIX, slug, isoDate(date)].filter((part) => part.length > 0).join('-') + `.${extension}`;
}

/** The perspective as it goes into a file name: `all-sources`, `lawfare`, `lawfare-vs-quincy`. */
export function perspectiveSlug(p: Perspective): string {
  return p.mode === 'all' ? 'all-sources' : p.mode === 'one' ? p.source : `${p.a}-vs-${p.b}`;
}
