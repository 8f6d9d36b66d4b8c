/**
 * A finished layout centred on the origin and rounded to whole pixels, with the box its leaves'
 * drawn boxes span: the shipped layout file diffs quietly, and runs (seeds) compare by that box.
 */
import type { LeafSpec } from './overlap';
import { ownValue, setOwn } from '../model/own-record';

type Point = { x: number; y: number };

export function centreOnOrigin(
  leaves: readonly LeafSpec[],
  positions: Readonly<Record<string, Point>>,
): { positions: Record<string, Point>; box: { w: number; h: number } } {
  let x1 = Infinity,
    y1 = Infinity,
    x2 = -Infinity,
    y2 = -Infinity;
  for (const leaf of leaves) {
    const p = ownValue(positions, leaf.id);
    if (!p) continue;
    x1 = Math.min(x1, p.x - leaf.left);
    x2 = Math.max(x2, p.x + leaf.right);
    y1 = Math.min(y1, p.y - leaf.above);
    y2 = Math.max(y2, p.y + leaf.below);
  }
  const cx = Number.isFinite(x1) ? (x1 + x2) / 2 : 0;
  const cy = Number.isFinite(y1) ? (y1 + y2) / 2 : 0;
  const centred: Record<string, Point> = {};
  for (const id of Object.keys(positions).sort()) {
    const p = ownValue(positions, id)!;
    setOwn(centred, id, { x: Math.round(p.x - cx), y: Math.round(p.y - cy) });
  }
  return { positions: centred, box: { w: Number.isFinite(x1) ? x2 - x1 : 0, h: Number.isFinite(y1) ? y2 - y1 : 0 } };
}
