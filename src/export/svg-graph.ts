/**
 * The SVG export's graph, drawn by the explorer itself: groups, edges, actors and labels as SVG
 * elements, from plain records that src/cy/svg.ts reads out of Cytoscape's public API (positions,
 * sizes, computed styles, edge endpoints and control points). Pure string and geometry work, tested
 * in Node; every text and attribute value is escaped. Shapes, arrow sizes and label placement follow
 * what Cytoscape's canvas draws, so the SVG looks like the PNG without running Cytoscape's renderer.
 */
import { escapeXml } from './svg-draw';

export interface Point {
  readonly x: number;
  readonly y: number;
}

/** Node shapes the stylesheet uses (src/view/palette.ts); anything else is drawn as a rectangle. */
export type NodeShape = 'ellipse' | 'round-rectangle' | 'hexagon' | 'diamond' | 'rectangle';

export interface LabelRecord {
  /** The lines, in order, each with its measured width. */
  readonly lines: readonly { readonly text: string; readonly width: number }[];
  /** Horizontal centre, and the edge the text block hangs from (valign top: its bottom; bottom: its top; center: its middle). */
  readonly x: number;
  readonly y: number;
  readonly valign: 'top' | 'center' | 'bottom';
  readonly fontSize: number;
  /** A CSS font shorthand, as the canvas draws it. */
  readonly font: string;
  readonly color: string;
  readonly opacity: number;
  /** The backing behind the text (none when its opacity is 0). */
  readonly background?: { readonly color: string; readonly opacity: number; readonly padding: number };
  /** Degrees, about (x, y); 0 for node labels. */
  readonly rotation?: number;
}

interface Paint {
  readonly fill: string;
  readonly fillOpacity: number;
  readonly stroke: string;
  readonly strokeWidth: number;
  readonly strokeOpacity: number;
  readonly strokeDash?: readonly number[];
  /** The element's own `opacity`. */
  readonly opacity: number;
  /** False for an element Cytoscape does not draw (display: none, visibility: hidden, or a hidden end): left out. */
  readonly visible: boolean;
}

/** A leaf node: its shape centred on (x, y), w × h. */
export interface NodeRecord extends Paint {
  readonly id: string;
  readonly shape: NodeShape;
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
  readonly label?: LabelRecord;
}

/** A compound node: a rounded rectangle over its bounding box (without labels). */
export interface GroupRecord extends Paint {
  readonly id: string;
  readonly x1: number;
  readonly y1: number;
  readonly w: number;
  readonly h: number;
  readonly label?: LabelRecord;
}

export interface EdgeRecord {
  readonly id: string;
  /** Where the line leaves the source, and the target end (the arrow's tip when there is one). */
  readonly source: Point;
  readonly target: Point;
  /** Bezier control points (a bundle's curve), in order; none for a straight edge. */
  readonly controls: readonly Point[];
  readonly color: string;
  readonly width: number;
  readonly opacity: number;
  readonly dash?: readonly number[];
  /** The target arrow head (a triangle), if the edge is directed. */
  readonly arrow?: { readonly color: string; readonly scale: number };
  /** A mark at the edge's midpoint (mid-target-arrow-shape), pointing to the target: a diamond or a bar across it. */
  readonly mark?: { readonly shape: 'diamond' | 'tee'; readonly color: string; readonly filled: boolean; readonly scale: number; readonly at: Point };
  readonly label?: LabelRecord;
  /** As Paint's `visible`. */
  readonly visible: boolean;
}

export interface GraphRecords {
  /** The drawing's bounds in model coordinates. */
  readonly x1: number;
  readonly y1: number;
  readonly width: number;
  readonly height: number;
  readonly groups: readonly GroupRecord[];
  readonly edges: readonly EdgeRecord[];
  readonly nodes: readonly NodeRecord[];
}

/** A number as SVG writes it: at most two decimals, never `-0`. */
const num = (n: number): string => {
  const rounded = Math.round(n * 100) / 100;
  return String(rounded === 0 ? 0 : rounded);
};

const attr = (value: string): string => escapeXml(value);

/** Cytoscape's corner radius for round rectangles (math.getRoundRectangleRadius). */
export const roundRadius = (w: number, h: number): number => Math.min(w / 4, h / 4, 8);

/** Cytoscape's arrow size for an edge width and arrow-scale (getArrowWidth × arrowShapeWidth): a triangle is 0.3 of it long. */
export const arrowSize = (edgeWidth: number, scale: number): number => Math.max((edgeWidth * 13.37) ** 0.9, 29) * scale * 0.3;

function paintAttrs(p: Paint): string {
  const dash = p.strokeDash && p.strokeDash.length > 0 ? ` stroke-dasharray="${p.strokeDash.map(num).join(' ')}"` : '';
  const opacity = p.opacity < 1 ? ` opacity="${num(p.opacity)}"` : '';
  const stroke = p.strokeWidth > 0 ? ` stroke="${attr(p.stroke)}" stroke-width="${num(p.strokeWidth)}" stroke-opacity="${num(p.strokeOpacity)}"${dash}` : '';
  return `fill="${attr(p.fill)}" fill-opacity="${num(p.fillOpacity)}"${stroke}${opacity}`;
}

/** A polygon from unit points (−1…1) scaled to w × h about (x, y). */
const polygon = (n: NodeRecord, unit: readonly (readonly [number, number])[]): string =>
  `<polygon points="${unit.map(([ux, uy]) => `${num(n.x + (ux * n.w) / 2)},${num(n.y + (uy * n.h) / 2)}`).join(' ')}" ${paintAttrs(n)}/>`;

const HEXAGON: readonly (readonly [number, number])[] = [
  [-1, 0],
  [-0.5, -1],
  [0.5, -1],
  [1, 0],
  [0.5, 1],
  [-0.5, 1],
];
const DIAMOND: readonly (readonly [number, number])[] = [
  [0, -1],
  [1, 0],
  [0, 1],
  [-1, 0],
];

/** A leaf node's shape as one SVG element. */
export function nodeShapeSvg(n: NodeRecord): string {
  const x1 = n.x - n.w / 2;
  const y1 = n.y - n.h / 2;
  switch (n.shape) {
    case 'ellipse':
      return `<ellipse cx="${num(n.x)}" cy="${num(n.y)}" rx="${num(n.w / 2)}" ry="${num(n.h / 2)}" ${paintAttrs(n)}/>`;
    case 'round-rectangle': {
      const r = num(roundRadius(n.w, n.h));
      return `<rect x="${num(x1)}" y="${num(y1)}" width="${num(n.w)}" height="${num(n.h)}" rx="${r}" ry="${r}" ${paintAttrs(n)}/>`;
    }
    case 'hexagon':
      return polygon(n, HEXAGON);
    case 'diamond':
      return polygon(n, DIAMOND);
    default:
      return `<rect x="${num(x1)}" y="${num(y1)}" width="${num(n.w)}" height="${num(n.h)}" ${paintAttrs(n)}/>`;
  }
}

export function groupSvg(g: GroupRecord): string {
  const r = num(roundRadius(g.w, g.h));
  return `<rect x="${num(g.x1)}" y="${num(g.y1)}" width="${num(g.w)}" height="${num(g.h)}" rx="${r}" ry="${r}" ${paintAttrs(g)}/>`;
}

/** The unit vector from `a` to `b` (or along x when they coincide). */
function direction(a: Point, b: Point): Point {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length = Math.hypot(dx, dy);
  return length > 0 ? { x: dx / length, y: dy / length } : { x: 1, y: 0 };
}

// Cytoscape's arrow shapes (arrow-shapes.mjs), in units of the arrow size: x across the edge, y along it (0 the tip, negative towards the source).
const MARK_POINTS: Readonly<Record<'diamond' | 'tee', readonly number[]>> = {
  diamond: [-0.15, -0.15, 0, -0.3, 0.15, -0.15, 0, 0],
  tee: [-0.15, 0, -0.15, -0.1, 0.15, -0.1, 0.15, 0],
};

/** A mid-edge mark at `mark.at`, pointing along `along` (at a bezier's middle its tangent is parallel to source → target). */
function markSvg(mark: NonNullable<EdgeRecord['mark']>, along: Point, edgeWidth: number): string {
  const size = arrowSize(edgeWidth, mark.scale) / 0.3;
  const coords = MARK_POINTS[mark.shape];
  const points: string[] = [];
  for (let i = 0; i < coords.length; i += 2) {
    const across = coords[i]! * size;
    const back = coords[i + 1]! * size;
    points.push(`${num(mark.at.x - along.y * across + along.x * back)},${num(mark.at.y + along.x * across + along.y * back)}`);
  }
  const paint = mark.filled ? `fill="${attr(mark.color)}"` : `fill="none" stroke="${attr(mark.color)}" stroke-width="${num(edgeWidth)}"`;
  return `<polygon class="mark" points="${points.join(' ')}" ${paint}/>`;
}

/**
 * An edge as SVG: its line (straight, or quadratic through the control points as Cytoscape's
 * bezier draws it), stopped short of the target by the arrow's length, and the arrow head at the
 * target end; both with the edge's colour, width, opacity and dash pattern.
 */
export function edgeSvg(e: EdgeRecord): string {
  const last = e.controls.length > 0 ? e.controls[e.controls.length - 1]! : e.source;
  const along = direction(last, e.target);
  const length = e.arrow ? arrowSize(e.width, e.arrow.scale) : 0;
  const end = { x: e.target.x - along.x * length, y: e.target.y - along.y * length };
  let d = `M${num(e.source.x)} ${num(e.source.y)}`;
  if (e.controls.length === 0) d += ` L${num(end.x)} ${num(end.y)}`;
  else {
    // Several control points: quadratic pieces joined at the midpoints between them (as the canvas does).
    for (let i = 0; i < e.controls.length; i++) {
      const c = e.controls[i]!;
      const next = e.controls[i + 1];
      const to = next ? { x: (c.x + next.x) / 2, y: (c.y + next.y) / 2 } : end;
      d += ` Q${num(c.x)} ${num(c.y)} ${num(to.x)} ${num(to.y)}`;
    }
  }
  const dash = e.dash && e.dash.length > 0 ? ` stroke-dasharray="${e.dash.map(num).join(' ')}"` : '';
  const parts = [`<path d="${d}" fill="none" stroke="${attr(e.color)}" stroke-width="${num(e.width)}"${dash}/>`];
  if (e.arrow) {
    const half = length / 2;
    const normal = { x: -along.y, y: along.x };
    const pts = [e.target, { x: end.x + normal.x * half, y: end.y + normal.y * half }, { x: end.x - normal.x * half, y: end.y - normal.y * half }];
    parts.push(`<polygon points="${pts.map((p) => `${num(p.x)},${num(p.y)}`).join(' ')}" fill="${attr(e.arrow.color)}"/>`);
  }
  if (e.mark) parts.push(markSvg(e.mark, direction(e.source, e.target), e.width));
  const opacity = e.opacity < 1 ? ` opacity="${num(e.opacity)}"` : '';
  return `<g class="edge" data-id="${attr(e.id)}"${opacity}>${parts.join('')}</g>`;
}

/**
 * A label's lines: its own line breaks, and with `maxWidth` (text-wrap: wrap) each line broken
 * between words where it would pass that width, as Cytoscape's canvas wraps them.
 */
export function wrapLabel(text: string, maxWidth: number | undefined, measure: (line: string) => number): { text: string; width: number }[] {
  const out: { text: string; width: number }[] = [];
  for (const own of text.split('\n')) {
    if (maxWidth === undefined) {
      out.push({ text: own, width: measure(own) });
      continue;
    }
    let line = '';
    for (const word of own.split(/\s+/).filter((w) => w.length > 0)) {
      const candidate = line ? `${line} ${word}` : word;
      if (line && measure(candidate) > maxWidth) {
        out.push({ text: line, width: measure(line) });
        line = word;
      } else line = candidate;
    }
    out.push({ text: line, width: measure(line) });
  }
  return out;
}

/** A label as SVG: its backing (if any) and one <text> per line, centred on x, each line's bottom at its line box's (the canvas draws labels with textBaseline 'bottom'). */
export function labelSvg(l: LabelRecord): string {
  const lineHeight = l.fontSize;
  const blockHeight = lineHeight * l.lines.length;
  const top = l.valign === 'bottom' ? l.y : l.valign === 'top' ? l.y - blockHeight : l.y - blockHeight / 2;
  const parts: string[] = [];
  if (l.background && l.background.opacity > 0) {
    const pad = l.background.padding;
    const w = Math.max(0, ...l.lines.map((line) => line.width)) + 2 * pad;
    const h = blockHeight + 2 * pad;
    parts.push(
      `<rect x="${num(l.x - w / 2)}" y="${num(top - pad)}" width="${num(w)}" height="${num(h)}" rx="2" ry="2" fill="${attr(l.background.color)}" fill-opacity="${num(l.background.opacity)}"/>`,
    );
  }
  l.lines.forEach((line, i) => {
    parts.push(
      `<text x="${num(l.x)}" y="${num(top + (i + 1) * lineHeight)}" text-anchor="middle" dominant-baseline="text-after-edge" style="font: ${attr(l.font)}" fill="${attr(l.color)}">${escapeXml(line.text)}</text>`,
    );
  });
  const rotate = l.rotation ? ` transform="rotate(${num(l.rotation)} ${num(l.x)} ${num(l.y)})"` : '';
  const opacity = l.opacity < 1 ? ` opacity="${num(l.opacity)}"` : '';
  return `<g class="label"${rotate}${opacity}>${parts.join('')}</g>`;
}

/**
 * The graph as an SVG element in model coordinates (viewBox = its bounds): group boxes, then
 * edges, then actors, then actor and edge labels, then group labels on top (as the live view draws
 * them, src/cy/patches/group-labels-on-top.ts). Each list is drawn in the order given; elements
 * that are not visible are left out.
 */
export function graphToSvg(all: GraphRecords): string {
  const shown = <T extends { readonly visible: boolean }>(items: readonly T[]): T[] => items.filter((item) => item.visible);
  const g = { ...all, groups: shown(all.groups), edges: shown(all.edges), nodes: shown(all.nodes) };
  const labels = (items: readonly { readonly label?: LabelRecord }[]): string[] => items.flatMap((item) => (item.label ? [labelSvg(item.label)] : []));
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${num(g.width)}" height="${num(g.height)}" viewBox="${num(g.x1)} ${num(g.y1)} ${num(g.width)} ${num(g.height)}">`,
    `<g class="groups">${g.groups.map(groupSvg).join('')}</g>`,
    `<g class="edges">${g.edges.map(edgeSvg).join('')}</g>`,
    `<g class="nodes">${g.nodes.map(nodeShapeSvg).join('')}</g>`,
    `<g class="labels">${[...labels(g.edges), ...labels(g.nodes), ...labels(g.groups)].join('')}</g>`,
    '</svg>',
  ].join('\n');
}
