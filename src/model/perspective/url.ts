/** The perspective's URL form: "all" | "one:lawfare" | "compare:lawfare,quincy". */
import type { Perspective } from './types';

/**
 * Whitespace around parts and upper case are tolerated (ids are lower-case). Anything else, a
 * source not in knownSources, or comparing an article with itself gives {mode: 'all'}.
 */
export function parsePerspective(text: string, knownSources: readonly string[]): Perspective {
  const all: Perspective = { mode: 'all' };
  const known = new Set(knownSources);
  const trimmed = text.trim().toLowerCase();
  const colon = trimmed.indexOf(':');
  if (colon < 0) return all;
  const mode = trimmed.slice(0, colon).trim();
  const rest = trimmed.slice(colon + 1);
  if (mode === 'one') {
    const source = rest.trim();
    return known.has(source) ? { mode: 'one', source } : all;
  }
  if (mode === 'compare') {
    const parts = rest.split(',').map((part) => part.trim());
    if (parts.length !== 2) return all;
    const [a, b] = parts as [string, string];
    return a !== b && known.has(a) && known.has(b) ? { mode: 'compare', a, b } : all;
  }
  return all;
}

export function formatPerspective(p: Perspective): string {
  switch (p.mode) {
    case 'all':
      return 'all';
    case 'one':
      return `one:${p.source}`;
    case 'compare':
      return `compare:${p.a},${p.b}`;
  }
}
