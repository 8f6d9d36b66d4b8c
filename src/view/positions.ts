/**
 * Positions between the canvas and the stored layout: what the canvas reports (a dragged node, a
 * finished layout) folded into the leaf positions, where a dragged collapsed group carries its
 * members along; and the leaf positions a set of elements asks the canvas to move to.
 */
import type { Positions } from '../model/interchange';
import { centreOf, descendantsOf } from '../model/membership';
import { ownValue, setOwn } from '../model/own-record';
import type { ViewElements } from './elements';

/** Below this a collapsed group's move is rounding, not a drag. */
const STILL = 0.05;

/**
 * The leaf positions after the canvas reported these: a leaf takes its own, a collapsed group
 * moves each of its members by the group's displacement from their centre.
 */
export function mergeCanvasPositions(
  previous: Positions | undefined,
  fromCanvas: Positions,
  collapsed: ReadonlySet<string>,
  members: ReadonlyMap<string, readonly string[]>,
): Positions {
  const next: Record<string, { x: number; y: number }> = { ...previous };
  for (const [id, p] of Object.entries(fromCanvas)) {
    if (!collapsed.has(id)) {
      setOwn(next, id, { x: p.x, y: p.y });
      continue;
    }
    const inside = descendantsOf(members, id);
    const centre = centreOf(inside, previous);
    if (!centre) continue;
    const dx = p.x - centre.x;
    const dy = p.y - centre.y;
    if (Math.abs(dx) < STILL && Math.abs(dy) < STILL) continue;
    for (const m of inside) {
      const old = ownValue(next, m);
      if (old) setOwn(next, m, { x: old.x + dx, y: old.y + dy });
    }
  }
  return next;
}

/** Where each drawn node that has a position stands (collapsed groups at their members' centre). */
export function nodePositions(elements: ViewElements): Positions {
  const positions: Record<string, { x: number; y: number }> = {};
  for (const n of elements.nodes) if (n.position) setOwn(positions, n.data.id, { x: n.position.x, y: n.position.y });
  return positions;
}
