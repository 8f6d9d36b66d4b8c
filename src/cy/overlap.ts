/**
 * Nested overlap removal, run after fcose (headless and in the browser): force layouts leave a
 * few labels on top of each other and sometimes a node inside a group it does not belong to. This
 * pass treats every group (compound) as a block that moves with its members and pushes apart
 * blocks that share a parent, innermost groups first, until no two siblings overlap. A leaf's box
 * is its shape plus its label below it (estimated, as in elements.ts); a group's box is its
 * members' boxes plus padding and its label above. Pure and deterministic: same input, same output.
 */
import type { Positions } from '../model/interchange';
import { estimateLabelBox, LABEL_FONT_SIZE, type ActorNodeData } from './elements';

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface LeafSpec {
  readonly id: string;
  readonly parent?: string | undefined;
  /** Extent around the node's position: left and right half-widths, above and below. */
  readonly left: number;
  readonly right: number;
  readonly above: number;
  readonly below: number;
}

export interface GroupSpec {
  readonly id: string;
  readonly parent?: string | undefined;
  readonly padding: number;
  /** Room for the group's label above its box. */
  readonly labelHeight: number;
}

export interface OverlapOptions {
  /** Minimum empty space between sibling blocks. */
  readonly gap?: number;
  readonly maxIterations?: number;
}

/** Pushes overlapping sibling blocks apart; returns the new leaf positions. */
export function removeOverlaps(
  leaves: readonly LeafSpec[],
  groups: readonly GroupSpec[],
  positions: Positions,
  options: OverlapOptions = {},
): Record<string, { x: number; y: number }> {
  const gap = options.gap ?? 10;
  const maxIterations = options.maxIterations ?? 300;
  const pos = new Map<string, { x: number; y: number }>();
  for (const leaf of leaves) {
    const p = positions[leaf.id];
    pos.set(leaf.id, p ? { x: p.x, y: p.y } : { x: 0, y: 0 });
  }
  const groupById = new Map(groups.map((g) => [g.id, g]));
  const leafById = new Map(leaves.map((l) => [l.id, l]));
  const scopeOf = (parent: string | undefined): string => (parent !== undefined && groupById.has(parent) ? parent : '');
  const children = new Map<string, string[]>();
  for (const item of [...groups, ...leaves]) {
    const scope = scopeOf(item.parent);
    const list = children.get(scope);
    if (list) list.push(item.id);
    else children.set(scope, [item.id]);
  }
  for (const list of children.values()) list.sort();

  const leavesUnder = new Map<string, string[]>();
  const collect = (id: string, seen: Set<string>): string[] => {
    const cached = leavesUnder.get(id);
    if (cached) return cached;
    if (seen.has(id)) return [];
    seen.add(id);
    const out = leafById.has(id) ? [id] : (children.get(id) ?? []).flatMap((c) => collect(c, seen));
    leavesUnder.set(id, out);
    return out;
  };

  const depth = (id: string): number => {
    let d = 0;
    for (let g = groupById.get(id)?.parent; g !== undefined && groupById.has(g) && d < 50; g = groupById.get(g)?.parent) d++;
    return d;
  };
  const scopes = [...children.keys()].sort((a, b) => (a === '' ? 1 : b === '' ? -1 : depth(b) - depth(a) || (a < b ? -1 : 1)));

  const boxOf = (id: string): Box | undefined => {
    const leaf = leafById.get(id);
    if (leaf) {
      const p = pos.get(id)!;
      return { x1: p.x - leaf.left, x2: p.x + leaf.right, y1: p.y - leaf.above, y2: p.y + leaf.below };
    }
    const group = groupById.get(id);
    if (!group) return undefined;
    let box: Box | undefined;
    for (const child of children.get(id) ?? []) {
      const b = boxOf(child);
      if (!b) continue;
      box = box ? { x1: Math.min(box.x1, b.x1), y1: Math.min(box.y1, b.y1), x2: Math.max(box.x2, b.x2), y2: Math.max(box.y2, b.y2) } : { ...b };
    }
    if (!box) return undefined;
    return { x1: box.x1 - group.padding, x2: box.x2 + group.padding, y1: box.y1 - group.padding - group.labelHeight, y2: box.y2 + group.padding };
  };

  const move = (id: string, dx: number, dy: number): void => {
    for (const leaf of collect(id, new Set())) {
      const p = pos.get(leaf)!;
      p.x += dx;
      p.y += dy;
    }
  };

  // Each pass: per scope, the sibling blocks' boxes are computed once, sorted by their left edge and
  // swept (only blocks whose x ranges meet are compared), so a pass costs O(n log n + overlaps)
  // and large imported graphs stay fast.
  const shift = (box: Box, dx: number, dy: number): void => {
    box.x1 += dx; box.x2 += dx; box.y1 += dy; box.y2 += dy;
  };
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    let moved = false;
    for (const scope of scopes) {
      const blocks: { id: string; box: Box; index: number }[] = [];
      (children.get(scope) ?? []).forEach((id, index) => {
        const box = boxOf(id);
        if (box) blocks.push({ id, box, index });
      });
      blocks.sort((p, q) => p.box.x1 - q.box.x1 || p.index - q.index);
      for (let i = 0; i < blocks.length; i++) {
        const first = blocks[i]!;
        for (let j = i + 1; j < blocks.length; j++) {
          const second = blocks[j]!;
          const a = first.box;
          const b = second.box;
          if (b.x1 >= a.x2 + gap) break;
          const ox = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1) + gap;
          const oy = Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1) + gap;
          if (ox <= 0 || oy <= 0) continue;
          const areaA = (a.x2 - a.x1) * (a.y2 - a.y1);
          const areaB = (b.x2 - b.x1) * (b.y2 - b.y1);
          const shareA = areaA + areaB > 0 ? areaB / (areaA + areaB) : 0.5; // the smaller block moves more
          const shareB = 1 - shareA;
          const cax = (a.x1 + a.x2) / 2, cbx = (b.x1 + b.x2) / 2;
          const cay = (a.y1 + a.y2) / 2, cby = (b.y1 + b.y2) / 2;
          // Push along the axis that needs less movement (+0.5 px so rounding cannot leave a sliver).
          let dxa = 0, dya = 0, dxb = 0, dyb = 0;
          if (ox < oy) {
            const sign = cax < cbx || (cax === cbx && first.index < second.index) ? -1 : 1;
            dxa = sign * (ox + 0.5) * shareA;
            dxb = -sign * (ox + 0.5) * shareB;
          } else {
            const sign = cay < cby || (cay === cby && first.index < second.index) ? -1 : 1;
            dya = sign * (oy + 0.5) * shareA;
            dyb = -sign * (oy + 0.5) * shareB;
          }
          move(first.id, dxa, dya);
          move(second.id, dxb, dyb);
          shift(a, dxa, dya);
          shift(b, dxb, dyb);
          moved = true;
        }
      }
    }
    if (!moved) break;
  }
  return Object.fromEntries(pos);
}

/** Boxes of the drawn nodes (their element data), from the same estimates the headless layout uses. */
export function layoutBoxes(nodes: readonly Pick<ActorNodeData, 'id' | 'parent' | 'label' | 'size' | 'labelWidth' | 'labelHeight'>[]): { leaves: LeafSpec[]; groups: GroupSpec[] } {
  const parents = new Set(nodes.map((n) => n.parent).filter((p): p is string => p !== undefined));
  const leaves: LeafSpec[] = [];
  const groups: GroupSpec[] = [];
  for (const d of nodes) {
    if (parents.has(d.id)) {
      const label = estimateLabelBox(d.label);
      groups.push({ id: d.id, parent: d.parent, padding: 14, labelHeight: label.height * ((LABEL_FONT_SIZE + 1) / LABEL_FONT_SIZE) + 2 });
    } else {
      const half = Math.max(d.size, d.labelWidth) / 2;
      leaves.push({ id: d.id, parent: d.parent, left: half, right: half, above: d.size / 2, below: d.size / 2 + 3 + d.labelHeight });
    }
  }
  return { leaves, groups };
}
