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
 * Browsers refuse canvases over a size: the scale is chosen by src/export/png-scale.ts. The caption
 * is laid out by src/export/png-layout.ts and drawn by src/export/png-draw.ts; this module only
 * has Cytoscape draw the graph. The renderer methods it draws with are reached through
 * src/cy/patches/picture-drawing.ts (on another Cytoscape release, the public `cy.png()` instead).
 * An empty picture is never returned: every failure throws a PngExportError saying what happened.
 */
import cytoscape from 'cytoscape';
import { pictureTheme, type PngExportRequest, type PngExportResult } from '../export/caption';
import { PALETTES } from '../view/themes';
import { canvasMeasure, canvasToBlob, drawOps } from '../export/png-draw';
import { layoutPicture } from '../export/png-layout';
import { chooseScale, PngExportError, type ScaleChoice } from '../export/png-scale';
import { drawGroupLabelsOnTop } from './patches/group-labels-on-top';
import { drawAllOnCanvas, livePainter, type LivePainter } from './patches/picture-drawing';
import { sortDrawingOrderOnce } from './patches/z-order-speedup';

// (Re-exported: callers and tests have always found the scale choice here.)
export { CANVAS_MAX_AREA, CANVAS_MAX_SIDE, chooseScale, MIN_SCALE, PngExportError, type ScaleChoice } from '../export/png-scale';

export interface PngRenderOptions {
  /**
   * The stylesheet to draw with, as passed to `cytoscape({ style })`. Defaults to the live one;
   * pass it when it holds function values, which Cytoscape cannot hand back (they are then
   * copied per element from the live computed style instead).
   */
  readonly stylesheet?: cytoscape.StylesheetJson;
}

// --- what is drawn: the chosen elements ---------------------------------------------------

type StyleWithJson = { json(): cytoscape.StylesheetJson };

/** Classes that record where the pointer is, not what the graph says; a picture leaves them out. */
// Pointer states and the selection's emphasis (`backdrop` dims what the selection does not touch)
// belong to the live view, not to the picture; perspective and focus fading (`faded`) stay.
const POINTER_CLASSES = new Set(['hovered', 'hover', 'active', 'grabbed', 'backdrop']);

const keptClasses = (element: cytoscape.SingularElementArgument): string[] => element.classes().filter((name) => !POINTER_CLASSES.has(name));

/** The chosen elements that exist in `core`: the nodes, and the edges with both ends chosen. (Also the SVG export's choice, svg.ts.) */
export function chosenElements(
  core: cytoscape.Core,
  request: Pick<PngExportRequest, 'nodeIds' | 'edgeIds'>,
): {
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
 * Whether the live view draws exactly the picture a copy of the chosen elements would: they are
 * all it lays out (every element not `display: none` is chosen, even a transparent one, as it
 * counts in compound bounds and edge bundles), all visible, none selected, grabbed or marked by
 * the pointer, no compound parent left out, and each label is drawn at the view's zoom exactly
 * when it would be at zoom 1 (Cytoscape leaves out labels under `min-zoomed-font-size` at the
 * zoom's power of two).
 */
function liveViewIsThePicture(core: cytoscape.Core, chosen: cytoscape.Collection, painter: LivePainter): boolean {
  const laidOut = core.elements().filter((ele) => ele.style('display') !== 'none');
  if (laidOut.length !== chosen.length || !laidOut.same(chosen) || chosen.filter(':hidden').nonempty()) return false;
  const marked = [':selected', ':active', ':grabbed', ...[...POINTER_CLASSES].map((name) => `.${name}`)].join(', ');
  if (chosen.filter(marked).nonempty()) return false;
  if (chosen.nodes().parent().difference(chosen).nonempty()) return false;
  const labelScale = 2 ** Math.ceil(Math.log2(core.zoom() * painter.pixelRatio));
  return (
    labelScale === 1 ||
    chosen.toArray().every((ele: cytoscape.SingularElementArgument) => {
      const hasLabel = ['label', 'source-label', 'target-label'].some((name) => String(ele.style(name) ?? '').length > 0);
      if (!hasLabel) return true;
      const size = Number(ele.numericStyle('font-size'));
      const min = Number(ele.numericStyle('min-zoomed-font-size'));
      return size * labelScale >= min === size >= min;
    })
  );
}

/** The chosen elements' picture at `scale`, drawn by the live view's renderer on a new canvas (as bufferCanvasImage does). */
function drawLive(chosen: cytoscape.Collection, painter: LivePainter, bounds: Bounds, scale: number): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(bounds.w) * scale;
  canvas.height = Math.ceil(bounds.h) * scale;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new PngExportError(`The browser could not make a ${canvas.width} × ${canvas.height} canvas.`);
  ctx.translate(-bounds.x1 * scale, -bounds.y1 * scale);
  ctx.scale(scale, scale);
  painter.draw(ctx, chosen);
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
    elements.push({ group: 'nodes', data: data, position: { ...node.position() }, classes: keptClasses(node) });
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
    return { selector: block.selector, style: kept };
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

/** The graph at the export scale, to be copied under the caption. */
type GraphImage = { readonly canvas: HTMLCanvasElement } | { readonly png: Blob };

type Bounds = cytoscape.BoundingBox12 & cytoscape.BoundingBoxWH;

/** What draws the graph: its bounds at 1×, then its picture at a scale; disposed of when done. */
interface GraphSource {
  readonly bounds: Bounds;
  draw(scale: number): GraphImage;
  dispose(): void;
}

function liveSource(chosen: cytoscape.Collection, painter: LivePainter): GraphSource {
  const bounds = chosen.boundingBox();
  return { bounds, draw: (scale) => ({ canvas: drawLive(chosen, painter, bounds, scale) }), dispose: () => undefined };
}

/**
 * The copy's elements drawn at `scale` (their full bounding box, transparent around them): a
 * canvas from the renderer (patches/picture-drawing.ts), or, on another Cytoscape release or if
 * it gives no usable canvas, a PNG from the public `cy.png` (correct, only slower). Synchronous
 * either way, so the copy can be destroyed before anything waits.
 */
function drawCopy(copy: cytoscape.Core, scale: number): GraphImage {
  const drawn = drawAllOnCanvas(copy, scale);
  if (drawn) return { canvas: drawn };
  const png = copy.png({ output: 'blob', full: true, scale });
  if (png.size === 0) throw new PngExportError('The browser drew an empty picture of the graph.');
  return { png };
}

/** A short-lived Cytoscape copy of the chosen elements, and how to be rid of it. */
export interface PictureCopy {
  readonly copy: cytoscape.Core;
  readonly dispose: () => void;
}

/**
 * A short-lived Cytoscape instance with the chosen elements, the live stylesheet (or
 * `options.stylesheet`) and zoom 1, in an off-screen container; the caller disposes of it. The
 * PNG draws it (copySource), the SVG export reads it into its own drawing (svg.ts).
 */
export function makePictureCopy(
  core: cytoscape.Core,
  nodes: cytoscape.NodeCollection,
  edges: cytoscape.EdgeCollection,
  options: PngRenderOptions = {},
): PictureCopy {
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
      if (fnProperties.size > 0) copyFunctionStyles(core, copy, fnProperties);
      return { copy, dispose };
    } catch (error) {
      dispose();
      throw error;
    }
  } catch (error) {
    container.remove();
    throw error;
  }
}

/** The live computed value of each style property that was a function, set on the copy's elements as bypasses. */
function copyFunctionStyles(core: cytoscape.Core, copy: cytoscape.Core, fnProperties: ReadonlySet<string>): void {
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

/** The copy (makePictureCopy) as what draws the PNG's graph. */
function copySource(core: cytoscape.Core, nodes: cytoscape.NodeCollection, edges: cytoscape.EdgeCollection, options: PngRenderOptions): GraphSource {
  const { copy, dispose } = makePictureCopy(core, nodes, edges, options);
  return { bounds: copy.elements().boundingBox(), draw: (scale) => drawCopy(copy, scale), dispose };
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
  const painter = options.stylesheet ? undefined : livePainter(core);
  const source = painter && liveViewIsThePicture(core, chosen, painter) ? liveSource(chosen, painter) : copySource(core, nodes, edges, options);
  try {
    const { bounds } = source;
    const graphWidth = Math.ceil(bounds.w);
    const graphHeight = Math.ceil(bounds.h);
    if (!(graphWidth > 0 && graphHeight > 0)) throw new PngExportError('Nothing to export: the chosen elements have no visible size.');
    const measure = canvasMeasure();
    if (!measure) throw new PngExportError('The browser gave no canvas to draw the picture on.');
    const theme = pictureTheme(request.background);
    const picture = layoutPicture(request.caption, graphWidth, graphHeight, measure, theme);

    const choice = chooseScale(picture.width, picture.height, request.scale);
    const { scale } = choice;
    const graph = source.draw(scale);

    const canvas = document.createElement('canvas');
    canvas.width = choice.width;
    canvas.height = choice.height;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new PngExportError(`The browser could not make a ${choice.width} × ${choice.height} canvas.`);
    if (request.background !== 'transparent') {
      ctx.fillStyle = PALETTES[theme].picture;
      ctx.fillRect(0, 0, canvas.width, canvas.height);
    }
    ctx.save();
    ctx.scale(scale, scale);
    drawOps(ctx, picture.ops);
    ctx.restore();
    return { canvas, ctx, choice, graph, graphAt: { x: Math.round(picture.graphX * scale), y: Math.round(picture.graphY * scale) } };
  } finally {
    source.dispose();
  }
}

/**
 * Draws the chosen subgraph with its caption as a PNG. Throws a PngExportError (never returns an
 * empty blob) when nothing drawable is chosen or the browser cannot produce the image.
 */
export async function renderSubgraphPng(core: cytoscape.Core, request: PngExportRequest, options: PngRenderOptions = {}): Promise<PngExportResult> {
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
