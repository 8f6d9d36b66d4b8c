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
  // Plain arrays indexed by number: this runs on thousands of blocks for hundreds of passes.
  const leafIndex = new Map<string, number>();
  leaves.forEach((leaf, i) => leafIndex.set(leaf.id, i));
  const px = new Float64Array(leaves.length);
  const py = new Float64Array(leaves.length);
  leaves.forEach((leaf, i) => {
    const p = positions[leaf.id];
    px[i] = p ? p.x : 0;
    py[i] = p ? p.y : 0;
  });
  const groupIndex = new Map<string, number>();
  groups.forEach((group, i) => groupIndex.set(group.id, i));
  const scopeOf = (parent: string | undefined): string => (parent !== undefined && groupIndex.has(parent) ? parent : '');
  // An item is a leaf (its index) or a group (-1 - its index); each scope's children are sorted by id.
  const childIds = new Map<string, string[]>();
  for (const item of [...groups, ...leaves]) {
    const scope = scopeOf(item.parent);
    const list = childIds.get(scope);
    if (list) list.push(item.id);
    else childIds.set(scope, [item.id]);
  }
  const itemOf = (id: string): number => leafIndex.get(id) ?? -1 - groupIndex.get(id)!;
  const children = new Map<string, Int32Array>();
  for (const [scope, ids] of childIds) children.set(scope, Int32Array.from(ids.sort(), itemOf));
  const groupChildren = groups.map((g) => children.get(g.id) ?? new Int32Array(0));

  // The leaves each group carries along when it moves.
  const leavesUnder: (Int32Array | undefined)[] = [];
  const collect = (group: number, depth: number): Int32Array => {
    const cached = leavesUnder[group];
    if (cached) return cached;
    const out: number[] = [];
    if (depth < MAX_DEPTH) {
      for (const child of groupChildren[group]!) {
        if (child >= 0) out.push(child);
        else out.push(...collect(-1 - child, depth + 1));
      }
    }
    const leavesOf = Int32Array.from(out);
    leavesUnder[group] = leavesOf;
    return leavesOf;
  };

  const depth = (id: string): number => {
    let d = 0;
    for (let g = groups[groupIndex.get(id) ?? -1]?.parent; g !== undefined && groupIndex.has(g) && d < MAX_DEPTH; g = groups[groupIndex.get(g)!]!.parent) d++;
    return d;
  };
  const scopes = [...children.keys()].sort((a, b) => (a === '' ? 1 : b === '' ? -1 : depth(b) - depth(a) || (a < b ? -1 : 1)));

  // One block's box, written to `out` (x1, y1, x2, y2); false when it has none (an empty group).
  const box = new Float64Array(4);
  const boxOf = (item: number, out: Float64Array, level: number): boolean => {
    if (item >= 0) {
      const leaf = leaves[item]!;
      out[0] = px[item]! - leaf.left;
      out[1] = py[item]! - leaf.above;
      out[2] = px[item]! + leaf.right;
      out[3] = py[item]! + leaf.below;
      return true;
    }
    const group = groups[-1 - item]!;
    if (level >= MAX_DEPTH) return false;
    let x1 = Infinity, y1 = Infinity, x2 = -Infinity, y2 = -Infinity;
    let any = false;
    const inner = new Float64Array(4);
    for (const child of groupChildren[-1 - item]!) {
      if (!boxOf(child, inner, level + 1)) continue;
      any = true;
      x1 = Math.min(x1, inner[0]!); y1 = Math.min(y1, inner[1]!);
      x2 = Math.max(x2, inner[2]!); y2 = Math.max(y2, inner[3]!);
    }
    if (!any) return false;
    out[0] = x1 - group.padding;
    out[1] = y1 - group.padding - group.labelHeight;
    out[2] = x2 + group.padding;
    out[3] = y2 + group.padding;
    return true;
  };

  const move = (item: number, dx: number, dy: number): void => {
    if (item >= 0) {
      px[item]! += dx;
      py[item]! += dy;
      return;
    }
    for (const leaf of collect(-1 - item, 0)) {
      px[leaf]! += dx;
      py[leaf]! += dy;
    }
  };

  // Each pass: per scope, the sibling blocks' boxes are computed once, sorted by their left edge and
  // swept (only blocks whose x ranges meet are compared), so a pass costs O(n log n + overlaps)
  // and large imported graphs stay fast. A block is known by its place in its scope's sorted
  // children, which also breaks ties.
  let capacity = 0;
  let bx1 = new Float64Array(0), by1 = bx1, bx2 = bx1, by2 = bx1;
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    let moved = false;
    for (const scope of scopes) {
      const kids = children.get(scope)!;
      if (kids.length > capacity) {
        capacity = kids.length;
        bx1 = new Float64Array(capacity); by1 = new Float64Array(capacity);
        bx2 = new Float64Array(capacity); by2 = new Float64Array(capacity);
      }
      const order: number[] = [];
      for (let k = 0; k < kids.length; k++) {
        if (!boxOf(kids[k]!, box, 0)) continue;
        bx1[k] = box[0]!; by1[k] = box[1]!; bx2[k] = box[2]!; by2[k] = box[3]!;
        order.push(k);
      }
      const x1 = bx1, y1 = by1, x2 = bx2, y2 = by2;
      order.sort((p, q) => x1[p]! - x1[q]! || p - q);
      for (let i = 0; i < order.length; i++) {
        const a = order[i]!;
        for (let j = i + 1; j < order.length; j++) {
          const b = order[j]!;
          if (x1[b]! >= x2[a]! + gap) break;
          const ox = Math.min(x2[a]!, x2[b]!) - Math.max(x1[a]!, x1[b]!) + gap;
          const oy = Math.min(y2[a]!, y2[b]!) - Math.max(y1[a]!, y1[b]!) + gap;
          if (ox <= 0 || oy <= 0) continue;
          const areaA = (x2[a]! - x1[a]!) * (y2[a]! - y1[a]!);
          const areaB = (x2[b]! - x1[b]!) * (y2[b]! - y1[b]!);
          const shareA = areaA + areaB > 0 ? areaB / (areaA + areaB) : 0.5; // the smaller block moves more
          const shareB = 1 - shareA;
          const cax = (x1[a]! + x2[a]!) / 2, cbx = (x1[b]! + x2[b]!) / 2;
          const cay = (y1[a]! + y2[a]!) / 2, cby = (y1[b]! + y2[b]!) / 2;
          // Push along the axis that needs less movement (+0.5 px so rounding cannot leave a sliver).
          let dxa = 0, dya = 0, dxb = 0, dyb = 0;
          if (ox < oy) {
            const sign = cax < cbx || (cax === cbx && a < b) ? -1 : 1;
            dxa = sign * (ox + 0.5) * shareA;
            dxb = -sign * (ox + 0.5) * shareB;
          } else {
            const sign = cay < cby || (cay === cby && a < b) ? -1 : 1;
            dya = sign * (oy + 0.5) * shareA;
            dyb = -sign * (oy + 0.5) * shareB;
          }
          move(kids[a]!, dxa, dya);
          move(kids[b]!, dxb, dyb);
          x1[a]! += dxa; x2[a]! += dxa; y1[a]! += dya; y2[a]! += dya;
          x1[b]! += dxb; x2[b]! += dxb; y1[b]! += dyb; y2[b]! += dyb;
          moved = true;
        }
      }
    }
    if (!moved) break;
  }
  const out: Record<string, { x: number; y: number }> = {};
  leaves.forEach((leaf, i) => {
    out[leaf.id] = { x: px[i]!, y: py[i]! };
  });
  return out;
}

/** Nesting deeper than this is treated as a cycle (the data checks refuse those anyway). */
const MAX_DEPTH = 50;

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
