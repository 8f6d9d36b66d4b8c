/**
 * How readable a drawing is, in two numbers (issue 16): how many times edges cross, and how many
 * actor labels are hidden: overlapped by another label, or crossed by an edge that does not end
 * at that actor. It decides whether "Merge parallel relations" is on by default and whether a
 * layout change loosens the knot at the centre of the built-in graph (scripts/measure-picture.ts).
 *
 * The picture is rebuilt from the same estimates the headless layout uses (elements.ts):
 * - a leaf is a circle of its size; its label a box of the estimated width and height centred
 *   below it (3 px margin, as style.ts draws it);
 * - a group's box spans its members' shapes and labels plus 14 px padding, with its label above;
 *   group labels are drawn on top of the edges with a backing (group-labels-on-top.ts), so they
 *   can hide a leaf's label but are never counted as hidden themselves;
 * - edges run between the ends' centres, cut at the end's circle or group box. Cytoscape draws the
 *   k edges between one pair (either direction) as a bundle of quadratic beziers whose control
 *   points lie (i + 0.5 - k/2) × step from the midpoint, across the line (an odd bundle's middle
 *   edge is straight); each is counted as its own curve, flattened to a polyline, because the
 *   lines of a bundle really do each cross whatever the bundle crosses.
 * A crossing is a point where two edges that share no end meet. A label is hidden once, whatever
 * hides it. Labels too small to be drawn at the zoom (Cytoscape's min-zoomed-font-size) are
 * neither counted nor hidden: `labelsDrawn` says how many were looked at. Pure and deterministic.
 */
export interface MeasureNode {
  readonly id: string;
  readonly parent?: string | undefined;
  /** The label, for group labels' width. */
  readonly label: string;
  /** Shape size (leaves). */
  readonly size: number;
  readonly labelWidth: number;
  readonly labelHeight: number;
}

export interface MeasureEdge {
  readonly id: string;
  readonly source: string;
  readonly target: string;
}

export interface MeasureOptions {
  /** Cytoscape's control-point-step-size (style.ts). */
  readonly stepSize?: number;
  /** The zoom the picture is looked at: labels smaller than minFontPx on screen are not drawn. */
  readonly zoom?: number;
  readonly fontSize?: number;
  readonly minFontPx?: number;
  /** Compound padding (style.ts) and the group label's scale against a leaf's (17 px bold against 16). */
  readonly groupPadding?: number;
  /** Segments per bezier curve. */
  readonly curveSteps?: number;
}

export interface PictureMeasure {
  readonly crossings: number;
  readonly hiddenLabels: number;
  /** Ids of the actors whose labels are hidden, sorted. */
  readonly hidden: readonly string[];
  readonly labelsDrawn: number;
  readonly edges: number;
}

export interface Rect {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}
type Point = { readonly x: number; readonly y: number };
type Positions = Readonly<Record<string, Point>>;

/** Box of a leaf's label: centred under its shape. */
export function leafLabelBox(node: MeasureNode, p: Point): Rect {
  const top = p.y + node.size / 2 + 3;
  return { x1: p.x - node.labelWidth / 2, y1: top, x2: p.x + node.labelWidth / 2, y2: top + node.labelHeight };
}

interface Shapes {
  /** Leaves: centre and radius; groups: box. */
  readonly centre: Map<string, Point>;
  readonly radius: Map<string, number>;
  readonly groupBox: Map<string, Rect>;
  readonly groupLabel: Map<string, Rect>;
}

/** Group boxes from their members (innermost first), as Cytoscape sizes compounds. */
function shapesOf(nodes: readonly MeasureNode[], positions: Positions, padding: number): Shapes {
  const parents = new Set(nodes.flatMap((n) => (n.parent !== undefined ? [n.parent] : [])));
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const centre = new Map<string, Point>();
  const radius = new Map<string, number>();
  const groupBox = new Map<string, Rect>();
  const groupLabel = new Map<string, Rect>();
  const extend = (group: string, r: Rect, depth: number): void => {
    if (depth > 50) return;
    const box = groupBox.get(group);
    if (box) {
      box.x1 = Math.min(box.x1, r.x1 - padding);
      box.y1 = Math.min(box.y1, r.y1 - padding);
      box.x2 = Math.max(box.x2, r.x2 + padding);
      box.y2 = Math.max(box.y2, r.y2 + padding);
    } else groupBox.set(group, { x1: r.x1 - padding, y1: r.y1 - padding, x2: r.x2 + padding, y2: r.y2 + padding });
    const g = byId.get(group);
    // A group's box (with its label above) grows the box of the group around it.
    if (g?.parent !== undefined && parents.has(g.parent)) extend(g.parent, withLabel(g, groupBox.get(group)!), depth + 1);
  };
  for (const n of nodes) {
    if (parents.has(n.id)) continue;
    const p = positions[n.id];
    if (!p) continue;
    centre.set(n.id, p);
    radius.set(n.id, n.size / 2);
    const label = leafLabelBox(n, p);
    const r = { x1: Math.min(p.x - n.size / 2, label.x1), y1: p.y - n.size / 2, x2: Math.max(p.x + n.size / 2, label.x2), y2: label.y2 };
    if (n.parent !== undefined && parents.has(n.parent)) extend(n.parent, r, 0);
  }
  for (const [id, box] of groupBox) {
    centre.set(id, { x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 });
    groupLabel.set(id, groupLabelBox(byId.get(id)!, box));
  }
  return { centre, radius, groupBox, groupLabel };
}

/**
 * A group's label above its box, 17 px bold, wrapped at 150 px: wider letters than a leaf's
 * estimate (0.6 em against 0.55), so "Belarusian democratic opposition" takes its real three lines.
 */
function groupLabelBox(group: MeasureNode, box: Rect): Rect {
  const full = group.label.length * 17 * 0.6;
  const lines = Math.max(1, Math.ceil(full / 150));
  const w = Math.min(full, 150) + 6;
  const h = lines * 17 * 1.25 + 4;
  const cx = (box.x1 + box.x2) / 2;
  return { x1: cx - w / 2, y1: box.y1 - h - 2, x2: cx + w / 2, y2: box.y1 - 2 };
}

function withLabel(group: MeasureNode, box: Rect): Rect {
  const label = groupLabelBox(group, box);
  return { x1: Math.min(box.x1, label.x1), y1: label.y1, x2: Math.max(box.x2, label.x2), y2: box.y2 };
}

/** Where the segment from `inside` towards `outside` leaves the end's shape (circle or box). */
function leaveShape(shapes: Shapes, id: string, from: Point, to: Point): Point {
  const r = shapes.radius.get(id);
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const len = Math.hypot(dx, dy);
  if (len === 0) return from;
  if (r !== undefined) return { x: from.x + (dx / len) * Math.min(r, len), y: from.y + (dy / len) * Math.min(r, len) };
  const box = shapes.groupBox.get(id);
  if (!box) return from;
  const tx = dx === 0 ? Infinity : Math.max((box.x1 - from.x) / dx, (box.x2 - from.x) / dx);
  const ty = dy === 0 ? Infinity : Math.max((box.y1 - from.y) / dy, (box.y2 - from.y) / dy);
  const t = Math.min(1, Math.max(0, Math.min(tx, ty)));
  return { x: from.x + dx * t, y: from.y + dy * t };
}

/** Each edge as a polyline, bundles of parallel edges as Cytoscape's beziers (see the header). */
export function edgeCurves(
  edges: readonly MeasureEdge[],
  shapes: Pick<Shapes, 'centre' | 'radius' | 'groupBox'>,
  stepSize = 16,
  steps = 8,
): Map<string, Point[]> {
  const bundles = new Map<string, MeasureEdge[]>();
  for (const e of edges) {
    const key = e.source < e.target ? `${e.source}\n${e.target}` : `${e.target}\n${e.source}`;
    const list = bundles.get(key);
    if (list) list.push(e);
    else bundles.set(key, [e]);
  }
  const curves = new Map<string, Point[]>();
  for (const bundle of bundles.values()) {
    bundle.forEach((e, i) => {
      const a = shapes.centre.get(e.source);
      const b = shapes.centre.get(e.target);
      if (!a || !b || e.source === e.target) return;
      // Cytoscape measures the offset from the pair's first-named end (the lower id); a reversed edge is mirrored back.
      const swapped = e.source > e.target;
      const [lo, hi] = swapped ? [b, a] : [a, b];
      const len = Math.hypot(hi.x - lo.x, hi.y - lo.y) || 1;
      const normal = { x: -(hi.y - lo.y) / len, y: (hi.x - lo.x) / len };
      const offset = (0.5 - bundle.length / 2 + i) * stepSize;
      const p0 = leaveShape(shapes as Shapes, e.source, a, b);
      const p2 = leaveShape(shapes as Shapes, e.target, b, a);
      const mid = { x: (p0.x + p2.x) / 2, y: (p0.y + p2.y) / 2 };
      const c = { x: mid.x + normal.x * offset, y: mid.y + normal.y * offset };
      if (offset === 0) {
        curves.set(e.id, [p0, p2]);
        return;
      }
      const points: Point[] = [];
      for (let s = 0; s <= steps; s++) {
        const t = s / steps;
        const u = 1 - t;
        points.push({ x: u * u * p0.x + 2 * u * t * c.x + t * t * p2.x, y: u * u * p0.y + 2 * u * t * c.y + t * t * p2.y });
      }
      curves.set(e.id, points);
    });
  }
  return curves;
}

/**
 * Whether segments ab and cd cross. Half-open: a point exactly on the other line counts as on its
 * negative side, so two curves meeting at a vertex of their polylines cross once, not twice or never.
 */
export function segmentsCross(a: Point, b: Point, c: Point, d: Point): boolean {
  const o = (p: Point, q: Point, r: Point): number => (q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x);
  const d1 = o(c, d, a);
  const d2 = o(c, d, b);
  const d3 = o(a, b, c);
  const d4 = o(a, b, d);
  if ((d1 === 0 && d2 === 0) || (d3 === 0 && d4 === 0)) return false; // collinear
  return d1 > 0 !== d2 > 0 && d3 > 0 !== d4 > 0;
}

/** Whether segment ab passes through rectangle r (Liang–Barsky clipping). */
export function segmentHitsRect(a: Point, b: Point, r: Rect): boolean {
  let t0 = 0;
  let t1 = 1;
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const checks: [number, number][] = [
    [-dx, a.x - r.x1],
    [dx, r.x2 - a.x],
    [-dy, a.y - r.y1],
    [dy, r.y2 - a.y],
  ];
  for (const [p, q] of checks) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 > t1) return false;
  }
  return true;
}

const rectsOverlap = (a: Rect, b: Rect): boolean => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

function polylineBounds(points: readonly Point[]): Rect {
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  return { x1: Math.min(...xs), y1: Math.min(...ys), x2: Math.max(...xs), y2: Math.max(...ys) };
}

/** Crossing points between curves of edges that share no end. */
function countCrossings(edges: readonly MeasureEdge[], curves: ReadonlyMap<string, Point[]>): number {
  const drawn = edges.filter((e) => curves.has(e.id));
  const bounds = drawn.map((e) => polylineBounds(curves.get(e.id)!));
  let crossings = 0;
  for (let i = 0; i < drawn.length; i++) {
    for (let j = i + 1; j < drawn.length; j++) {
      const a = drawn[i]!;
      const b = drawn[j]!;
      if (a.source === b.source || a.source === b.target || a.target === b.source || a.target === b.target) continue;
      const ba = bounds[i]!;
      const bb = bounds[j]!;
      if (ba.x1 > bb.x2 || bb.x1 > ba.x2 || ba.y1 > bb.y2 || bb.y1 > ba.y2) continue;
      const pa = curves.get(a.id)!;
      const pb = curves.get(b.id)!;
      for (let s = 1; s < pa.length; s++) for (let t = 1; t < pb.length; t++) if (segmentsCross(pa[s - 1]!, pa[s]!, pb[t - 1]!, pb[t]!)) crossings++;
    }
  }
  return crossings;
}

/**
 * The two numbers for a drawing: `nodes` are the drawn actors (leaves and groups), `positions` the
 * leaves' centres, `edges` the drawn edges (hidden ones left out by the caller).
 */
export function measurePicture(
  nodes: readonly MeasureNode[],
  positions: Positions,
  edges: readonly MeasureEdge[],
  options: MeasureOptions = {},
): PictureMeasure {
  const shapes = shapesOf(nodes, positions, options.groupPadding ?? 14);
  const curves = edgeCurves(edges, shapes, options.stepSize ?? 16, options.curveSteps ?? 8);
  const fontDrawn = (options.fontSize ?? 16) * (options.zoom ?? 1) >= (options.minFontPx ?? 6);
  const leaves = nodes.filter((n) => !shapes.groupBox.has(n.id) && positions[n.id] !== undefined);
  const labels = fontDrawn ? leaves.map((n) => ({ id: n.id, box: leafLabelBox(n, positions[n.id]!) })) : [];
  const hidden = new Set<string>();
  const occluders = [...labels, ...[...shapes.groupLabel].map(([id, box]) => ({ id, box }))];
  for (const label of labels) {
    if (occluders.some((o) => o.id !== label.id && rectsOverlap(o.box, label.box))) hidden.add(label.id);
  }
  for (const e of edges) {
    const points = curves.get(e.id);
    if (!points) continue;
    const bounds = polylineBounds(points);
    for (const label of labels) {
      if (hidden.has(label.id) || label.id === e.source || label.id === e.target || !rectsOverlap(bounds, label.box)) continue;
      for (let s = 1; s < points.length; s++) {
        if (segmentHitsRect(points[s - 1]!, points[s]!, label.box)) {
          hidden.add(label.id);
          break;
        }
      }
    }
  }
  return { crossings: countCrossings(edges, curves), hiddenLabels: hidden.size, hidden: [...hidden].sort(), labelsDrawn: labels.length, edges: curves.size };
}

/** Every drawn edge's curve as the measure models it (for checking the model against Cytoscape's drawing). */
export function pictureCurves(
  nodes: readonly MeasureNode[],
  positions: Positions,
  edges: readonly MeasureEdge[],
  stepSize = 16,
  steps = 8,
): Map<string, Point[]> {
  return edgeCurves(edges, shapesOf(nodes, positions, 14), stepSize, steps);
}

/** The box the whole drawing spans: shapes, labels, group boxes and their labels. */
export function drawingBox(nodes: readonly MeasureNode[], positions: Positions): Rect | undefined {
  const shapes = shapesOf(nodes, positions, 14);
  const boxes: Rect[] = [...shapes.groupBox.values(), ...shapes.groupLabel.values()];
  for (const n of nodes) {
    const p = positions[n.id];
    if (!p || shapes.groupBox.has(n.id)) continue;
    const label = leafLabelBox(n, p);
    boxes.push({ x1: Math.min(p.x - n.size / 2, label.x1), y1: p.y - n.size / 2, x2: Math.max(p.x + n.size / 2, label.x2), y2: label.y2 });
  }
  if (boxes.length === 0) return undefined;
  return {
    x1: Math.min(...boxes.map((b) => b.x1)),
    y1: Math.min(...boxes.map((b) => b.y1)),
    x2: Math.max(...boxes.map((b) => b.x2)),
    y2: Math.max(...boxes.map((b) => b.y2)),
  };
}

/**
 * The zoom at which Cytoscape's fit shows the whole drawing (shapes, labels, group boxes and their
 * labels) in a canvas of this size with this padding: the "default zoom" the numbers are taken at.
 */
export function fitZoom(nodes: readonly MeasureNode[], positions: Positions, canvas: { readonly w: number; readonly h: number }, padding = 36): number {
  const box = drawingBox(nodes, positions);
  if (!box) return 1;
  return Math.min((canvas.w - 2 * padding) / (box.x2 - box.x1), (canvas.h - 2 * padding) / (box.y2 - box.y1));
}
