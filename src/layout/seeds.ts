/**
 * Seeded randomness and scoring for reproducible layouts, free of any renderer: the shipped layout
 * (scripts/compute-layout.ts) tries a few seeds and keeps the most compact; a fresh layout in the
 * browser is seeded too, so a graph without positions looks the same on every reload.
 */

/** The seed of the shipped layout, and of every fresh layout in the browser. */
export const LAYOUT_SEED = 20250621;

/** Seeds tried by the headless run; the most compact result (after overlap removal) is shipped. */
export const CANDIDATE_SEEDS: readonly number[] = [LAYOUT_SEED, 1, 2, 3, 4, 5, 6, 7];

/**
 * How much taller the drawing is in Chromium than the headless estimate of its labels (957 against
 * 1015 px for the same positions: real two-line labels and group titles are taller than estimated).
 */
const BROWSER_HEIGHT_FACTOR = 1.06;

/**
 * Lower is better: the larger side of the drawing as the canvas will fit it, so the whole graph fits a
 * window at the highest zoom. The canvas at 1280 × 800 is 1.1 times as wide as it is tall.
 */
export function layoutScore(box: { w: number; h: number }): number {
  return Math.max(box.w, box.h * 1.1 * BROWSER_HEIGHT_FACTOR);
}

/** mulberry32: a small, good-enough seeded generator for a reproducible layout. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Runs `fn` with Math.random replaced by a seeded generator (for libraries that call Math.random). */
export function withSeededRandom<T>(seed: number, fn: () => T): T {
  const original = Math.random;
  Math.random = seededRandom(seed);
  try {
    return fn();
  } finally {
    Math.random = original;
  }
}
