/**
 * A last pass over the shipped layout (issue 16): fcose places the built-in graph compactly, but at
 * its centre (Belarus, Lukashenko, Russia, NATO, the West, the EU) about ninety edges converge and
 * many labels end up under lines. This pass moves one actor at a time, a little in one of eight
 * directions or onto the place of another member of its group (a swap), and keeps a move only when
 * it makes the picture measurably better (the caller's objective: hidden labels and crossings,
 * picture-measure.ts), while the drawing keeps its size (so the whole graph still fits a 1280 × 800
 * window with 9 px labels), no two blocks overlap (overlap.ts's own test: a pass that moves
 * nothing), and every actor stays in its group. Pure and deterministic: leaves in id order,
 * candidates in a fixed order, ties kept.
 */
import type { GroupSpec, LeafSpec } from './overlap';
import { removeOverlaps } from './overlap';

type Point = { x: number; y: number };
type Positions = Record<string, Point>;

export interface UntangleOptions {
  readonly leaves: readonly LeafSpec[];
  readonly groups: readonly GroupSpec[];
  /** Lower is better. */
  readonly objective: (positions: Readonly<Positions>) => number;
  /** The drawing's width and height for these positions (it may not grow). */
  readonly size: (positions: Readonly<Positions>) => { w: number; h: number };
  /** Distances tried in each of eight directions. */
  readonly steps?: readonly number[];
  readonly maxPasses?: number;
  /** Also try swapping an actor with another member of its group (default true). */
  readonly swaps?: boolean;
  /**
   * A moved actor's box (shape and label, plus a group's padding when it has a group) must stay
   * inside this: the estimates of labels are a few per cent off in Chromium, so a move near the
   * drawing's edge could widen the real drawing even when the estimated one keeps its size.
   */
  readonly inside?: { readonly x1: number; readonly y1: number; readonly x2: number; readonly y2: number };
}

export interface UntangleResult {
  readonly positions: Positions;
  readonly before: number;
  readonly after: number;
  readonly moves: number;
  readonly evaluations: number;
}

/** Compound padding (style.ts). */
const GROUP_PADDING = 14;

const DIRECTIONS: readonly Point[] = [
  { x: 1, y: 0 },
  { x: -1, y: 0 },
  { x: 0, y: 1 },
  { x: 0, y: -1 },
  { x: Math.SQRT1_2, y: Math.SQRT1_2 },
  { x: -Math.SQRT1_2, y: Math.SQRT1_2 },
  { x: Math.SQRT1_2, y: -Math.SQRT1_2 },
  { x: -Math.SQRT1_2, y: -Math.SQRT1_2 },
];

/**
 * Whether one overlap pass would move nothing by more than a pixel and a half: no two sibling
 * blocks come closer than the pass's 10 px gap (the shipped positions are rounded to whole pixels,
 * which alone leaves pushes under a pixel).
 */
function separated(leaves: readonly LeafSpec[], groups: readonly GroupSpec[], positions: Readonly<Positions>): boolean {
  const after = removeOverlaps(leaves, groups, positions, { maxIterations: 1 });
  return leaves.every((l) => {
    const a = after[l.id]!;
    const p = positions[l.id]!;
    return Math.abs(a.x - p.x) <= 1.5 && Math.abs(a.y - p.y) <= 1.5;
  });
}

/** The candidate positions for one leaf: small moves, then swaps with the other members of its group. */
function candidates(leaf: LeafSpec, leaves: readonly LeafSpec[], positions: Readonly<Positions>, steps: readonly number[], swaps: boolean): Positions[] {
  const p = positions[leaf.id]!;
  const out: Positions[] = [];
  for (const step of steps)
    for (const d of DIRECTIONS) out.push({ ...positions, [leaf.id]: { x: Math.round(p.x + d.x * step), y: Math.round(p.y + d.y * step) } });
  for (const other of swaps ? leaves : []) {
    if (other.id === leaf.id || other.parent !== leaf.parent) continue;
    out.push({ ...positions, [leaf.id]: { ...positions[other.id]! }, [other.id]: { ...p } });
  }
  return out;
}

export function untangle(start: Readonly<Positions>, options: UntangleOptions): UntangleResult {
  const { leaves, groups, objective, size } = options;
  const steps = options.steps ?? [16, 32, 64];
  const limit = size(start);
  const fits = (positions: Readonly<Positions>): boolean => {
    const s = size(positions);
    return s.w <= limit.w + 0.5 && s.h <= limit.h + 0.5;
  };
  let positions: Positions = { ...start };
  let current = objective(positions);
  const before = current;
  let moves = 0;
  let evaluations = 1;
  const inside = options.inside;
  const within = (leaf: LeafSpec, p: Point): boolean => {
    if (!inside) return true;
    const pad = leaf.parent !== undefined ? GROUP_PADDING : 0;
    return (
      p.x - leaf.left - pad >= inside.x1 && p.x + leaf.right + pad <= inside.x2 && p.y - leaf.above - pad >= inside.y1 && p.y + leaf.below + pad <= inside.y2
    );
  };
  const ordered = [...leaves].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (let pass = 0; pass < (options.maxPasses ?? 3); pass++) {
    let improved = false;
    for (const leaf of ordered) {
      let best: { positions: Positions; score: number } | undefined;
      for (const candidate of candidates(leaf, ordered, positions, steps, options.swaps ?? true)) {
        if (!within(leaf, candidate[leaf.id]!) || !fits(candidate) || !separated(leaves, groups, candidate)) continue;
        evaluations++;
        const score = objective(candidate);
        if (score < (best?.score ?? current)) best = { positions: candidate, score };
      }
      if (best) {
        positions = best.positions;
        current = best.score;
        moves++;
        improved = true;
      }
    }
    if (!improved) break;
  }
  return { positions, before, after: current, moves, evaluations };
}
