/**
 * The PNG export: exactly the chosen nodes and edges, laid out as on screen, with a caption block
 * (title, perspective, cited articles, export date, legend) drawn below on one canvas.
 *
 * The chosen elements are copied, with their positions, classes and the live stylesheet, into a
 * short-lived Cytoscape instance in an off-screen container, and that instance draws the picture.
 * The live view is never touched: no element is hidden, unselected or moved, no event fires, so
 * there is nothing to restore, and the picture carries no selection highlight. Its pixel ratio is
 * fixed at 1 and its zoom at 1 (it is not fitted to its container), so "2×" means twice the
 * layout's size on any screen, and no label is left out as too small to read (the stylesheet's
 * min-zoomed-font-size is met at zoom 1). The copy takes the elements in the live view's order,
 * so overlapping elements and parallel edges are drawn as on screen.
 *
 * Speed (issue 6; measured with `npm run bench`): when the live view draws exactly the picture
 * (the choice is everything it shows, nothing is selected or under the pointer, its zoom leaves
 * out no label a copy would draw), its own renderer draws the chosen elements onto a new canvas
 * and no copy is made: making one and computing its style is most of the work otherwise. Either
 * way the graph is drawn once, at the export scale, and copied as pixels under the caption; a copy
 * is made, drawn and destroyed without waiting in between, so it never draws a frame of its own;
 * and the only PNG encoded is the final picture.
 *
 * Browsers refuse canvases over a size (here 16384 px per side and 268,435,456 px in all); a
 * picture that would pass them is drawn at the largest scale that fits, and the result says so.
 * An empty picture is never returned: every failure throws a PngExportError saying what happened.
 */
import cytoscape from 'cytoscape';
import {
  formatArticle,
  type CaptionData,
  type PngExportRequest,
  type PngExportResult,
  type EdgeMarkGlyph,
} from '../export/caption';
import { drawGroupLabelsOnTop } from './patches/group-labels-on-top';
import { sortDrawingOrderOnce } from './patches/z-order-speedup';
import { rendererOf } from './patches/renderer-internals';
import { KIND_LOOKS, QUAD_COLOURS, RECOMMENDED_DASHES } from '../view/palette';

export const CANVAS_MAX_SIDE = 16384;
export const CANVAS_MAX_AREA = 268_435_456;
/** Below this scale a picture is not worth drawing; the export fails with a message instead. */
export const MIN_SCALE = 0.05;

export class PngExportError extends Error {
  override readonly name = 'PngExportError';
}

export interface PngRenderOptions {
  /**
   * The stylesheet to draw with, as passed to `cytoscape({ style })`. Defaults to the live one;
   * pass it when it holds function values, which Cytoscape cannot hand back (they are then
   * copied per element from the live computed style instead).
   */
  readonly stylesheet?: cytoscape.StylesheetJson;
}

// --- caption layout, in 1× units ----------------------------------------------------------

const PADDING = 24;
const MIN_WIDTH = 560;
const FONT_FAMILY = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif';
const TEXT = '#1b1b1b';
const MUTED = '#555555';
const RULE = '#d0d0d0';

type DrawOp =
  | { readonly op: 'text'; readonly x: number; readonly y: number; readonly text: string; readonly font: string; readonly color: string }
  | { readonly op: 'circle'; readonly x: number; readonly y: number; readonly r: number; readonly color: string }
  /** An SVG path in a 16×16 box, drawn `size` wide with its top-left at (x, y). */
  | { readonly op: 'icon'; readonly x: number; readonly y: number; readonly size: number; readonly path: string; readonly color: string }
  | { readonly op: 'line'; readonly x1: number; readonly y1: number; readonly x2: number; readonly y2: number; readonly color: string; readonly width: number; readonly dash?: readonly number[] };

interface CaptionLayout {
  readonly ops: readonly DrawOp[];
  readonly height: number;
}

type Measure = (text: string, font: string) => number;

const font = (size: number, weight: 'normal' | 'bold' = 'normal'): string => `${weight} ${size}px ${FONT_FAMILY}`;

/** Splits text into lines no wider than `width`; a word longer than a line is broken by characters. */
function wrap(text: string, width: number, fontSpec: string, measure: Measure): string[] {
  const lines: string[] = [];
  let line = '';
  const push = (): void => {
    if (line.length > 0) lines.push(line);
    line = '';
  };
  for (const word of text.split(/\s+/).filter((w) => w.length > 0)) {
    const candidate = line.length === 0 ? word : `${line} ${word}`;
    if (measure(candidate, fontSpec) <= width) {
      line = candidate;
      continue;
    }
    push();
    if (measure(word, fontSpec) <= width) {
      line = word;
      continue;
    }
    for (const char of word) {
      if (measure(line + char, fontSpec) > width && line.length > 0) push();
      line += char;
    }
  }
  push();
  return lines;
}

/** Where every piece of the caption goes, top-left at (x, y), `width` wide. */
function layoutCaption(caption: CaptionData, x: number, y: number, width: number, measure: Measure): CaptionLayout {
  const ops: DrawOp[] = [];
  let cursor = y;
  const paragraph = (text: string, size: number, options: { weight?: 'normal' | 'bold'; color?: string; indent?: number; gap?: number } = {}): void => {
    const f = font(size, options.weight);
    const indent = options.indent ?? 0;
    const lineHeight = Math.round(size * 1.35);
    for (const line of wrap(text, width - indent, f, measure)) {
      ops.push({ op: 'text', x: x + indent, y: cursor, text: line, font: f, color: options.color ?? TEXT });
      cursor += lineHeight;
    }
    cursor += options.gap ?? 0;
  };

  paragraph(caption.title, 20, { weight: 'bold', gap: 4 });
  paragraph(`Perspective: ${caption.perspective}`, 14, { gap: 2 });
  paragraph(caption.summary, 13, { color: MUTED, gap: 10 });

  if (caption.articles.length > 0) {
    paragraph(caption.articles.length === 1 ? 'Article cited' : 'Articles cited', 13, { weight: 'bold', gap: 2 });
    for (const article of caption.articles) {
      const f = font(12);
      const bulletIndent = 14;
      const lines = wrap(formatArticle(article), width - bulletIndent, f, measure);
      lines.forEach((line, i) => {
        if (i === 0) ops.push({ op: 'text', x, y: cursor, text: '•', font: f, color: MUTED });
        ops.push({ op: 'text', x: x + bulletIndent, y: cursor, text: line, font: f, color: TEXT });
        cursor += 16;
      });
      cursor += 2;
    }
    cursor += 8;
  }

  const { kinds, quadClasses, edgeColours, edgeMarks } = caption.legend;
  const edgeEntries = edgeColours?.entries ?? [];
  if (kinds.length > 0 || quadClasses.length > 0 || edgeEntries.length > 0 || edgeMarks) {
    paragraph('Legend', 13, { weight: 'bold', gap: 4 });
    const f = font(12);
    /** Items on one line (wrapping when needed): a swatch, then "label (count)". */
    const flow = (items: readonly { label: string; swatch: (x: number, y: number) => DrawOp }[]): void => {
      let lineX = x;
      for (const item of items) {
        const itemWidth = 16 + measure(item.label, f) + 18;
        if (lineX > x && lineX + itemWidth > x + width) {
          lineX = x;
          cursor += 18;
        }
        ops.push(item.swatch(lineX, cursor));
        ops.push({ op: 'text', x: lineX + 16, y: cursor, text: item.label, font: f, color: TEXT });
        lineX += itemWidth;
      }
      if (items.length > 0) cursor += 22;
    };
    // Actor kinds: the node's shape (or a dot) in its colour, then "State (3)".
    flow(kinds.map((kind) => {
      const swatch = kind.color ?? KIND_LOOKS[kind.kind].colour;
      return {
        label: `${kind.label} (${kind.count})`,
        swatch: (sx, sy): DrawOp => kind.icon !== undefined
          ? { op: 'icon', x: sx, y: sy + 1, size: 12, path: kind.icon, color: swatch }
          : { op: 'circle', x: sx + 6, y: sy + 7, r: 6, color: swatch },
      };
    }));
    // Edges coloured by tone or comparison: what each colour means, a stroke in it for each.
    if (edgeColours && edgeEntries.length > 0) {
      paragraph(edgeColours.title, 12, { gap: 2 });
      flow(edgeEntries.map((entry) => ({
        label: `${entry.label} (${entry.count})`,
        swatch: (sx, sy): DrawOp => ({ op: 'line', x1: sx + 1, y1: sy + 7, x2: sx + 11, y2: sy + 7, color: entry.color, width: 3 }),
      })));
    }
    // One line per QuadClass with the relation types shown; a stroke in its colour when that is
    // how the picture colours edges.
    if (edgeColours && quadClasses.length > 0) paragraph('Relation types shown', 12, { gap: 2 });
    for (const quad of quadClasses) {
      const types = quad.types.map((t) => `${t.label} (CAMEO ${t.cameo})`).join(', ');
      const text = `${quad.label}: ${types}`;
      const indent = edgeColours ? 0 : 30;
      const lines = wrap(text, width - indent, f, measure);
      if (!edgeColours) {
        const swatch = quad.color ?? QUAD_COLOURS[quad.quadClass];
        ops.push({ op: 'line', x1: x, y1: cursor + 7, x2: x + 22, y2: cursor + 7, color: swatch, width: 3 });
      }
      for (const line of lines) {
        ops.push({ op: 'text', x: x + indent, y: cursor, text: line, font: f, color: TEXT });
        cursor += 16;
      }
      cursor += 4;
    }
    // Marks besides colour (the contested diamond, dashed and dotted lines), then what width means.
    if (edgeMarks) {
      if (edgeMarks.entries.length > 0) paragraph('Marks on edges', 12, { gap: 2 });
      for (const mark of edgeMarks.entries) {
        // (The sample as wide as the QuadClass strokes above, the text where theirs starts.)
        ops.push(markSample(mark.glyph, x, cursor, 22, mark.color));
        for (const line of wrap(`${mark.label} (${mark.count})`, width - 30, f, measure)) {
          ops.push({ op: 'text', x: x + 30, y: cursor, text: line, font: f, color: TEXT });
          cursor += 16;
        }
        cursor += 4;
      }
      if (edgeMarks.widthNote !== undefined) paragraph(edgeMarks.widthNote, 12, { gap: 2 });
      cursor += 4;
    }
    cursor += 6;
  }

  paragraph(`Exported ${caption.exportedOn}`, 12, { color: MUTED });
  return { ops, height: cursor - y };
}

/** A 16×16 diamond, as the canvas marks a contested relation. */
const DIAMOND_PATH = 'M8 1 L15 8 L8 15 L1 8 Z';

/** The legend's sample of an edge mark, `width` wide at (x, y): the diamond on a short line, or a dashed or dotted line. */
function markSample(glyph: EdgeMarkGlyph, x: number, y: number, width: number, color: string): DrawOp {
  if (glyph === 'diamond') return { op: 'icon', x: x + width / 2 - 6, y: y + 1, size: 12, path: DIAMOND_PATH, color };
  return { op: 'line', x1: x + 1, y1: y + 7, x2: x + width - 1, y2: y + 7, color, width: 2, dash: glyph === 'dashed' ? RECOMMENDED_DASHES : DOTTED_DASHES };
}

/** Dots: with round caps, a dash of 0.1 is a dot the line's width wide. */
const DOTTED_DASHES: readonly number[] = [0.1, 4];

function drawOps(ctx: CanvasRenderingContext2D, ops: readonly DrawOp[]): void {
  ctx.textBaseline = 'top';
  for (const item of ops) {
    if (item.op === 'text') {
      ctx.font = item.font;
      ctx.fillStyle = item.color;
      ctx.fillText(item.text, item.x, item.y);
    } else if (item.op === 'icon') {
      ctx.save();
      ctx.translate(item.x, item.y);
      ctx.scale(item.size / 16, item.size / 16);
      ctx.fillStyle = item.color;
      try {
        ctx.fill(new Path2D(item.path));
      } catch {
        ctx.fillRect(2, 2, 12, 12); // an unreadable path still gets a swatch
      }
      ctx.restore();
    } else if (item.op === 'circle') {
      ctx.beginPath();
      ctx.arc(item.x, item.y, item.r, 0, Math.PI * 2);
      ctx.fillStyle = item.color;
      ctx.fill();
    } else {
      ctx.beginPath();
      ctx.moveTo(item.x1, item.y1);
      ctx.lineTo(item.x2, item.y2);
      ctx.strokeStyle = item.color;
      ctx.lineWidth = item.width;
      ctx.lineCap = 'round';
      ctx.setLineDash(item.dash ? [...item.dash] : []);
      ctx.stroke();
      ctx.setLineDash([]);
    }
  }
}

// --- scale against the canvas limits ------------------------------------------------------

export interface ScaleChoice {
  readonly scale: number;
  readonly width: number;
  readonly height: number;
  readonly downscaled: boolean;
  readonly note?: string;
}

const fits = (width: number, height: number): boolean =>
  width <= CANVAS_MAX_SIDE && height <= CANVAS_MAX_SIDE && width * height <= CANVAS_MAX_AREA;

/**
 * The requested scale when a `width1` × `height1` picture (in 1× pixels) fits the canvas limits
 * at it, otherwise the largest scale (to 1/100) that fits, with a note saying so. Pure.
 */
export function chooseScale(width1: number, height1: number, requested: number): ScaleChoice {
  const size = (s: number) => ({ width: Math.ceil(width1 * s), height: Math.ceil(height1 * s) });
  const wanted = size(requested);
  if (fits(wanted.width, wanted.height)) return { scale: requested, ...wanted, downscaled: false };
  let scale = Math.floor(Math.min(
    CANVAS_MAX_SIDE / width1,
    CANVAS_MAX_SIDE / height1,
    Math.sqrt(CANVAS_MAX_AREA / (width1 * height1)),
    requested,
  ) * 100) / 100;
  while (scale >= MIN_SCALE && !fits(size(scale).width, size(scale).height)) scale = Math.round((scale - 0.01) * 100) / 100;
  if (scale < MIN_SCALE) {
    throw new PngExportError(
      `The picture would be ${wanted.width} × ${wanted.height} pixels, too large for the browser to draw even when reduced. Export a smaller part of the graph.`,
    );
  }
  const actual = size(scale);
  return {
    scale,
    ...actual,
    downscaled: true,
    note: `At ${requested}× the picture would be ${wanted.width} × ${wanted.height} pixels, more than the browser can draw `
      + `(${CANVAS_MAX_SIDE} pixels a side, ${CANVAS_MAX_AREA.toLocaleString('en')} pixels in all), so it was exported at ${scale}× (${actual.width} × ${actual.height}).`,
  };
}

// --- what is drawn: the chosen elements ---------------------------------------------------

type StyleWithJson = { json(): cytoscape.StylesheetJson };

/** Classes that record where the pointer is, not what the graph says; a picture leaves them out. */
// Pointer states and the selection's emphasis (`backdrop` dims what the selection does not touch)
// belong to the live view, not to the picture; perspective and focus fading (`faded`) stay.
const POINTER_CLASSES = new Set(['hovered', 'hover', 'active', 'grabbed', 'backdrop']);

const keptClasses = (element: cytoscape.SingularElementArgument): string[] =>
  element.classes().filter((name) => !POINTER_CLASSES.has(name));

/** The chosen elements that exist in `core`: the nodes, and the edges with both ends chosen. */
function chosenElements(core: cytoscape.Core, request: Pick<PngExportRequest, 'nodeIds' | 'edgeIds'>): {
  readonly nodes: cytoscape.NodeCollection;
  readonly edges: cytoscape.EdgeCollection;
} {
  const nodeIds = new Set(request.nodeIds);
  const edgeIds = new Set(request.edgeIds);
  const nodes = core.nodes().filter((node) => nodeIds.has(node.id()));
  const edges = core.edges().filter((edge) => edgeIds.has(edge.id()) && nodeIds.has(edge.source().id()) && nodeIds.has(edge.target().id()));
  return { nodes, edges };
}

// --- drawing from the live view ------------------------------------------------------------

/**
 * The methods of Cytoscape's canvas renderer (3.3x, src/extensions/renderer) that `cy.png()`
 * draws with: the elements in drawing order, drawing some of them on a 2D context under its
 * transform, and the pixel ratio the labels' minimum size is judged at. Internal, hence looked up
 * with a type check.
 */
interface ElementPainter {
  getCachedZSortedEles(): ArrayLike<cytoscape.SingularElementArgument>;
  drawElements(context: CanvasRenderingContext2D, elements: ArrayLike<cytoscape.SingularElementArgument>): void;
  getPixelRatio(): number;
}

function elementPainter(cy: cytoscape.Core): ElementPainter | undefined {
  const r = rendererOf<ElementPainter>(cy);
  const ok = typeof r?.getCachedZSortedEles === 'function' && typeof r.drawElements === 'function' && typeof r.getPixelRatio === 'function';
  return ok ? (r as ElementPainter) : undefined;
}

/**
 * Whether the live view draws exactly the picture a copy of the chosen elements would: they are
 * all it lays out (every element not `display: none` is chosen, even a transparent one, as it
 * counts in compound bounds and edge bundles), all visible, none selected, grabbed or marked by
 * the pointer, no compound parent left out, and each label is drawn at the view's zoom exactly
 * when it would be at zoom 1 (Cytoscape leaves out labels under `min-zoomed-font-size` at the
 * zoom's power of two).
 */
function liveViewIsThePicture(core: cytoscape.Core, chosen: cytoscape.Collection, painter: ElementPainter): boolean {
  const laidOut = core.elements().filter((ele) => ele.style('display') !== 'none');
  if (laidOut.length !== chosen.length || !laidOut.same(chosen) || chosen.filter(':hidden').nonempty()) return false;
  const marked = [':selected', ':active', ':grabbed', ...[...POINTER_CLASSES].map((name) => `.${name}`)].join(', ');
  if (chosen.filter(marked).nonempty()) return false;
  if (chosen.nodes().parent().difference(chosen).nonempty()) return false;
  const labelScale = 2 ** Math.ceil(Math.log2(core.zoom() * painter.getPixelRatio()));
  return labelScale === 1 || chosen.toArray().every((ele: cytoscape.SingularElementArgument) => {
    const hasLabel = ['label', 'source-label', 'target-label'].some((name) => String(ele.style(name) ?? '').length > 0);
    if (!hasLabel) return true;
    const size = Number(ele.numericStyle('font-size'));
    const min = Number(ele.numericStyle('min-zoomed-font-size'));
    return size * labelScale >= min === size >= min;
  });
}

/** The chosen elements' picture at `scale`, drawn by the live view's renderer on a new canvas (as bufferCanvasImage does). */
function drawLive(chosen: cytoscape.Collection, painter: ElementPainter, bounds: cytoscape.BoundingBox12 & cytoscape.BoundingBoxWH, scale: number): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(bounds.w) * scale;
  canvas.height = Math.ceil(bounds.h) * scale;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new PngExportError(`The browser could not make a ${canvas.width} × ${canvas.height} canvas.`);
  ctx.translate(-bounds.x1 * scale, -bounds.y1 * scale);
  ctx.scale(scale, scale);
  painter.drawElements(ctx, Array.from(painter.getCachedZSortedEles()).filter((ele) => chosen.has(ele)));
  return canvas;
}

// --- drawing from a short-lived copy -------------------------------------------------------

/** Definitions of the chosen elements: data, position, classes; no selection, no pointer state. */
function copyDefinitions(nodes: cytoscape.NodeCollection, edges: cytoscape.EdgeCollection): cytoscape.ElementDefinition[] {
  const elements: cytoscape.ElementDefinition[] = [];
  nodes.forEach((node) => {
    const data: Record<string, unknown> = { ...(node.data() as Record<string, unknown>) };
    const parent = data.parent;
    if (typeof parent !== 'string' || !nodes.has(node.cy().getElementById(parent))) delete data.parent;
    elements.push({ group: 'nodes', data: data as cytoscape.NodeDataDefinition, position: { ...node.position() }, classes: keptClasses(node) });
  });
  edges.forEach((edge) => {
    elements.push({ group: 'edges', data: { ...(edge.data() as cytoscape.EdgeDataDefinition) }, classes: keptClasses(edge) });
  });
  return elements;
}

/** The live stylesheet without function values, and the names of the properties that had one. */
function liveStylesheet(core: cytoscape.Core): { stylesheet: cytoscape.StylesheetJson; fnProperties: Set<string> } {
  const fnProperties = new Set<string>();
  const json = (core.style() as unknown as StyleWithJson).json();
  const stylesheet = json.map((block) => {
    const style = ('style' in block ? block.style : block.css) as Record<string, unknown>;
    const kept: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(style)) {
      if (value === 'fn') fnProperties.add(name);
      else kept[name] = value;
    }
    return { selector: block.selector, style: kept } as cytoscape.StylesheetJsonBlock;
  });
  return { stylesheet, fnProperties };
}

function offscreenContainer(): HTMLDivElement {
  const container = document.createElement('div');
  container.setAttribute('aria-hidden', 'true');
  // The copy never draws a frame of its own (see compose), so its view needs no size.
  container.style.cssText = 'position:fixed;left:-20000px;top:0;width:1px;height:1px;pointer-events:none;visibility:hidden;';
  document.body.append(container);
  return container;
}

function canvasToBlob(canvas: HTMLCanvasElement): Promise<Blob | null> {
  return new Promise((resolve) => {
    try {
      canvas.toBlob((blob) => resolve(blob), 'image/png');
    } catch {
      resolve(null);
    }
  });
}

/**
 * The method of Cytoscape's canvas renderer that `cy.png()` itself draws with (3.3x:
 * src/extensions/renderer/canvas/export-image.mjs): the elements drawn on a new canvas, which
 * `cy.png()` then encodes. Internal, hence looked up with a type check.
 */
interface ImageRenderer {
  bufferCanvasImage(options: { full: boolean; scale: number }): unknown;
}

function imageRenderer(cy: cytoscape.Core): ImageRenderer | undefined {
  const r = rendererOf<ImageRenderer>(cy);
  return typeof r?.bufferCanvasImage === 'function' ? (r as ImageRenderer) : undefined;
}

/** The graph at the export scale, to be copied under the caption. */
type GraphImage = { readonly canvas: HTMLCanvasElement } | { readonly png: Blob };

type Bounds = cytoscape.BoundingBox12 & cytoscape.BoundingBoxWH;

/** What draws the graph: its bounds at 1×, then its picture at a scale; disposed of when done. */
interface GraphSource {
  readonly bounds: Bounds;
  draw(scale: number): GraphImage;
  dispose(): void;
}

function liveSource(chosen: cytoscape.Collection, painter: ElementPainter): GraphSource {
  const bounds = chosen.boundingBox();
  return { bounds, draw: (scale) => ({ canvas: drawLive(chosen, painter, bounds, scale) }), dispose: () => undefined };
}

/**
 * The copy's elements drawn at `scale` (their full bounding box, transparent around them): a
 * canvas from the renderer's `bufferCanvasImage`, or, if a Cytoscape upgrade renamed it or it
 * gives no usable canvas, a PNG from the public `cy.png` (correct, only slower). Synchronous
 * either way, so the copy can be destroyed before anything waits.
 */
function drawCopy(copy: cytoscape.Core, scale: number): GraphImage {
  const drawn = imageRenderer(copy)?.bufferCanvasImage({ full: true, scale });
  if (drawn instanceof HTMLCanvasElement && drawn.width > 0 && drawn.height > 0) return { canvas: drawn };
  const png = copy.png({ output: 'blob', full: true, scale });
  if (png.size === 0) throw new PngExportError('The browser drew an empty picture of the graph.');
  return { png };
}

/** A short-lived Cytoscape instance with the chosen elements, the live stylesheet (or `options.stylesheet`) and zoom 1. */
function copySource(core: cytoscape.Core, nodes: cytoscape.NodeCollection, edges: cytoscape.EdgeCollection, options: PngRenderOptions): GraphSource {
  let stylesheet: cytoscape.StylesheetJson;
  let fnProperties = new Set<string>();
  if (options.stylesheet) stylesheet = options.stylesheet;
  else ({ stylesheet, fnProperties } = liveStylesheet(core));

  const container = offscreenContainer();
  try {
    const copy = cytoscape({
      container,
      elements: copyDefinitions(nodes, edges),
      style: stylesheet,
      layout: { name: 'preset', fit: false },
      pixelRatio: 1,
      userZoomingEnabled: false,
      userPanningEnabled: false,
      boxSelectionEnabled: false,
      autoungrabify: true,
      autounselectify: true,
    });
    sortDrawingOrderOnce(copy);
    drawGroupLabelsOnTop(copy);
    const dispose = (): void => {
      copy.destroy();
      container.remove();
    };
    try {
      if (fnProperties.size > 0) {
        copy.batch(() => {
          copy.elements().forEach((element) => {
            const live = core.getElementById(element.id());
            const bypass: Record<string, unknown> = {};
            for (const name of fnProperties) {
              const value: unknown = live.style(name);
              if (value !== undefined && value !== null) bypass[name] = value;
            }
            element.style(bypass);
          });
        });
      }
      return { bounds: copy.elements().boundingBox(), draw: (scale) => drawCopy(copy, scale), dispose };
    } catch (error) {
      dispose();
      throw error;
    }
  } catch (error) {
    container.remove();
    throw error;
  }
}

interface Composed {
  readonly canvas: HTMLCanvasElement;
  readonly ctx: CanvasRenderingContext2D;
  readonly choice: ScaleChoice;
  /** The graph, still to be copied onto `canvas` with its top-left at `graphAt`. */
  readonly graph: GraphImage;
  readonly graphAt: { readonly x: number; readonly y: number };
}

/**
 * Everything but the waiting: the graph is measured and drawn at the chosen scale, by the live
 * view when it shows exactly the picture, otherwise by a short-lived copy, made and destroyed
 * here (so it never reaches an animation frame); the picture's canvas gets its background and
 * caption.
 */
function compose(core: cytoscape.Core, request: PngExportRequest, options: PngRenderOptions): Composed {
  const { nodes, edges } = chosenElements(core, request);
  if (nodes.empty()) throw new PngExportError('Nothing to export: choose at least one actor that is on the graph.');
  const chosen = nodes.union(edges);
  const painter = options.stylesheet ? undefined : elementPainter(core);
  const source = painter && liveViewIsThePicture(core, chosen, painter) ? liveSource(chosen, painter) : copySource(core, nodes, edges, options);
  try {
    const { bounds } = source;
    const graphWidth = Math.ceil(bounds.w);
    const graphHeight = Math.ceil(bounds.h);
    if (!(graphWidth > 0 && graphHeight > 0)) throw new PngExportError('Nothing to export: the chosen elements have no visible size.');

    const measureCanvas = document.createElement('canvas').getContext('2d');
    if (!measureCanvas) throw new PngExportError('The browser gave no canvas to draw the picture on.');
    const measure: Measure = (text, f) => {
      measureCanvas.font = f;
      return measureCanvas.measureText(text).width;
    };

    const width1 = Math.max(graphWidth + 2 * PADDING, MIN_WIDTH);
    const graphX = Math.round((width1 - graphWidth) / 2);
    const ruleY = PADDING + graphHeight + PADDING;
    const layout = layoutCaption(request.caption, PADDING, ruleY + PADDING, width1 - 2 * PADDING, measure);
    const height1 = ruleY + PADDING + layout.height + PADDING;

    const choice = chooseScale(width1, height1, request.scale);
    const { scale } = choice;
    const graph = source.draw(scale);

    const canvas = document.createElement('canvas');
    canvas.width = choice.width;
    canvas.height = choice.height;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new PngExportError(`The browser could not make a ${choice.width} × ${choice.height} canvas.`);
    if (request.background === 'white') {
      ctx.fillStyle = '#ffffff';
      ctx.fillRect(0, 0, canvas.width, canvas.height);
    }
    ctx.save();
    ctx.scale(scale, scale);
    drawOps(ctx, [{ op: 'line', x1: PADDING, y1: ruleY, x2: width1 - PADDING, y2: ruleY, color: RULE, width: 1 }, ...layout.ops]);
    ctx.restore();
    return { canvas, ctx, choice, graph, graphAt: { x: Math.round(graphX * scale), y: Math.round(PADDING * scale) } };
  } finally {
    source.dispose();
  }
}

/**
 * Draws the chosen subgraph with its caption as a PNG. Throws a PngExportError (never returns an
 * empty blob) when nothing drawable is chosen or the browser cannot produce the image.
 */
export async function renderSubgraphPng(
  core: cytoscape.Core,
  request: PngExportRequest,
  options: PngRenderOptions = {},
): Promise<PngExportResult> {
  let bitmap: ImageBitmap | undefined;
  try {
    const picture = compose(core, request, options);
    const { canvas, ctx, choice, graphAt } = picture;
    let graph: CanvasImageSource;
    if ('canvas' in picture.graph) graph = picture.graph.canvas;
    else graph = bitmap = await createImageBitmap(picture.graph.png);
    ctx.drawImage(graph, graphAt.x, graphAt.y);
    const blob = await canvasToBlob(canvas);
    if (!blob || blob.size === 0) {
      throw new PngExportError(`The browser could not encode the ${choice.width} × ${choice.height} picture as PNG.`);
    }
    return {
      blob,
      width: choice.width,
      height: choice.height,
      downscaled: choice.downscaled,
      ...(choice.note !== undefined ? { note: choice.note } : {}),
    };
  } catch (error) {
    if (error instanceof PngExportError) throw error;
    throw new PngExportError(`The picture could not be made: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    bitmap?.close();
  }
}
