/**
 * Nested overlap removal, run after fcose (headless and in the browser): force layouts leave a
 * few labels on top of each other and sometimes a node inside a group it does not belong to. This
 * pass treats every group (compound) as a block that moves with its members and pushes apart
 * blocks that share a parent, innermost groups first, until no two siblings overlap. A leaf's box
 * is its shape plus its label below it (estimated, as in elements.ts); a group's box is its
 * members' boxes plus padding and its label above. Pure and deterministic: same input, same output.
 */
import type { Positions } from '../model/interchange';
import { estimateLabelBox, LABEL_FONT_SIZE, type ActorNodeData } from '../view/elements';
import { ownValue, setOwn } from '../model/own-record';

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
  const state = prepare(leaves, groups, positions);
  // Each pass: per scope, the sibling blocks' boxes are computed once, sorted by their left edge and
  // swept (only blocks whose x ranges meet are compared), so a pass costs O(n log n + overlaps)
  // and large imported graphs stay fast. A block is known by its place in its scope's sorted
  // children, which also breaks ties. Each scope keeps its order from the pass before, which a
  // pass only disturbs a little, so re-sorting it is cheap.
  const widest = Math.max(0, ...state.scopes.map((kids) => kids.length));
  const boxes: Boxes = { x1: new Float64Array(widest), y1: new Float64Array(widest), x2: new Float64Array(widest), y2: new Float64Array(widest) };
  const orders = state.scopes.map((kids) => blocksWithBoxes(state, kids, boxes));
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    let moved = false;
    for (let s = 0; s < state.scopes.length; s++) {
      const kids = state.scopes[s]!;
      const order = orders[s]!;
      for (let i = 0; i < order.length; i++) boxOf(state, kids[order[i]!]!, boxes, order[i]!, 0);
      sortByLeftEdge(order, boxes.x1);
      if (sweep(state, kids, order, boxes, gap)) moved = true;
    }
    if (!moved) break;
  }
  const out: Record<string, { x: number; y: number }> = {};
  leaves.forEach((leaf, i) => {
    setOwn(out, leaf.id, { x: state.px[i]!, y: state.py[i]! });
  });
  return out;
}

/** Nesting deeper than this is treated as a cycle (the data checks refuse those anyway). */
const MAX_DEPTH = 50;

/**
 * The pass's working data in numeric arrays (this runs on thousands of blocks for hundreds of
 * passes). An item is a leaf (its index) or a group (-1 - its index).
 */
interface OverlapState {
  readonly px: Float64Array;
  readonly py: Float64Array;
  /** Per leaf: extent left, right, above and below its position. */
  readonly left: Float64Array;
  readonly right: Float64Array;
  readonly above: Float64Array;
  readonly below: Float64Array;
  /** Per group: padding, and room for its label above. */
  readonly padding: Float64Array;
  readonly labelHeight: Float64Array;
  /** Per group: its children (items), sorted by id. */
  readonly groupChildren: readonly Int32Array[];
  /** Per group: every leaf inside it, at any depth. */
  readonly leavesUnder: readonly Int32Array[];
  /** The children of each scope (the top level, then each group), innermost scopes first, sorted by id. */
  readonly scopes: readonly Int32Array[];
}

/** Boxes of one scope's blocks, indexed by the block's place among its siblings. */
interface Boxes {
  readonly x1: Float64Array;
  readonly y1: Float64Array;
  readonly x2: Float64Array;
  readonly y2: Float64Array;
}

/** The leaves inside each group, nested groups included (children: a leaf's index, or -1 - a group's). */
function leavesUnderGroups(groupChildren: readonly Int32Array[]): Int32Array[] {
  const leavesUnder: Int32Array[] = [];
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
  groupChildren.forEach((_, g) => collect(g, 0));
  return leavesUnder;
}

function prepare(leaves: readonly LeafSpec[], groups: readonly GroupSpec[], positions: Positions): OverlapState {
  const leafIndex = new Map<string, number>();
  leaves.forEach((leaf, i) => leafIndex.set(leaf.id, i));
  const groupIndex = new Map<string, number>();
  groups.forEach((group, i) => groupIndex.set(group.id, i));
  const px = new Float64Array(leaves.length);
  const py = new Float64Array(leaves.length);
  leaves.forEach((leaf, i) => {
    const p = ownValue(positions, leaf.id);
    px[i] = p ? p.x : 0;
    py[i] = p ? p.y : 0;
  });
  const scopeOf = (parent: string | undefined): string => (parent !== undefined && groupIndex.has(parent) ? parent : '');
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

  const leavesUnder = leavesUnderGroups(groupChildren);
  const depth = (id: string): number => {
    let d = 0;
    for (let g = groups[groupIndex.get(id) ?? -1]?.parent; g !== undefined && groupIndex.has(g) && d < MAX_DEPTH; g = groups[groupIndex.get(g)!]!.parent) d++;
    return d;
  };
  const scopes = [...children.keys()]
    .sort((a, b) => (a === '' ? 1 : b === '' ? -1 : depth(b) - depth(a) || (a < b ? -1 : 1)))
    .map((scope) => children.get(scope)!);
  return {
    px,
    py,
    left: Float64Array.from(leaves, (l) => l.left),
    right: Float64Array.from(leaves, (l) => l.right),
    above: Float64Array.from(leaves, (l) => l.above),
    below: Float64Array.from(leaves, (l) => l.below),
    padding: Float64Array.from(groups, (g) => g.padding),
    labelHeight: Float64Array.from(groups, (g) => g.labelHeight),
    groupChildren,
    leavesUnder,
    scopes,
  };
}

/** The places (among `kids`) of the blocks that have a box: all but empty groups. */
function blocksWithBoxes(state: OverlapState, kids: Int32Array, boxes: Boxes): Int32Array {
  const places: number[] = [];
  for (let k = 0; k < kids.length; k++) if (boxOf(state, kids[k]!, boxes, k, 0)) places.push(k);
  return Int32Array.from(places);
}

const inner: Boxes = { x1: new Float64Array(1), y1: new Float64Array(1), x2: new Float64Array(1), y2: new Float64Array(1) };

/** Writes the box of `item` to `boxes` at `at`; false when it has none (a group without members). */
function boxOf(state: OverlapState, item: number, boxes: Boxes, at: number, level: number): boolean {
  if (item >= 0) {
    boxes.x1[at] = state.px[item]! - state.left[item]!;
    boxes.y1[at] = state.py[item]! - state.above[item]!;
    boxes.x2[at] = state.px[item]! + state.right[item]!;
    boxes.y2[at] = state.py[item]! + state.below[item]!;
    return true;
  }
  const group = -1 - item;
  if (level >= MAX_DEPTH) return false;
  let x1 = Infinity,
    y1 = Infinity,
    x2 = -Infinity,
    y2 = -Infinity;
  let any = false;
  for (const child of state.groupChildren[group]!) {
    if (!boxOf(state, child, inner, 0, level + 1)) continue;
    any = true;
    x1 = Math.min(x1, inner.x1[0]!);
    y1 = Math.min(y1, inner.y1[0]!);
    x2 = Math.max(x2, inner.x2[0]!);
    y2 = Math.max(y2, inner.y2[0]!);
  }
  if (!any) return false;
  const padding = state.padding[group]!;
  boxes.x1[at] = x1 - padding;
  boxes.y1[at] = y1 - padding - state.labelHeight[group]!;
  boxes.x2[at] = x2 + padding;
  boxes.y2[at] = y2 + padding;
  return true;
}

/** Sorts block places by their box's left edge, then by place (insertion sort: the order is kept between passes and changes little). */
function sortByLeftEdge(order: Int32Array, x1: Float64Array): void {
  for (let i = 1; i < order.length; i++) {
    const place = order[i]!;
    const key = x1[place]!;
    let j = i - 1;
    while (j >= 0 && (x1[order[j]!]! > key || (x1[order[j]!]! === key && order[j]! > place))) {
      order[j + 1] = order[j]!;
      j--;
    }
    order[j + 1] = place;
  }
}

function moveBlock(state: OverlapState, item: number, dx: number, dy: number): void {
  if (item >= 0) {
    state.px[item]! += dx;
    state.py[item]! += dy;
    return;
  }
  for (const leaf of state.leavesUnder[-1 - item]!) {
    state.px[leaf]! += dx;
    state.py[leaf]! += dy;
  }
}

/** One sweep over a scope's blocks in left-edge order; true when it moved any. */
function sweep(state: OverlapState, kids: Int32Array, order: Int32Array, boxes: Boxes, gap: number): boolean {
  const { x1, y1, x2, y2 } = boxes;
  let moved = false;
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
      const cax = (x1[a]! + x2[a]!) / 2,
        cbx = (x1[b]! + x2[b]!) / 2;
      const cay = (y1[a]! + y2[a]!) / 2,
        cby = (y1[b]! + y2[b]!) / 2;
      // Push along the axis that needs less movement (+0.5 px so rounding cannot leave a sliver).
      let dxa = 0,
        dya = 0,
        dxb = 0,
        dyb = 0;
      if (ox < oy) {
        const sign = cax < cbx || (cax === cbx && a < b) ? -1 : 1;
        dxa = sign * (ox + 0.5) * shareA;
        dxb = -sign * (ox + 0.5) * shareB;
      } else {
        const sign = cay < cby || (cay === cby && a < b) ? -1 : 1;
        dya = sign * (oy + 0.5) * shareA;
        dyb = -sign * (oy + 0.5) * shareB;
      }
      moveBlock(state, kids[a]!, dxa, dya);
      moveBlock(state, kids[b]!, dxb, dyb);
      x1[a]! += dxa;
      x2[a]! += dxa;
      y1[a]! += dya;
      y2[a]! += dya;
      x1[b]! += dxb;
      x2[b]! += dxb;
      y1[b]! += dyb;
      y2[b]! += dyb;
      moved = true;
    }
  }
  return moved;
}

/** Boxes of the drawn nodes (their element data), from the same estimates the headless layout uses. */
export function layoutBoxes(nodes: readonly Pick<ActorNodeData, 'id' | 'parent' | 'label' | 'size' | 'labelWidth' | 'labelHeight'>[]): {
  leaves: LeafSpec[];
  groups: GroupSpec[];
} {
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
