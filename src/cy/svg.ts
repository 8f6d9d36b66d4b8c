/**
 * The SVG export: exactly the chosen nodes and edges, laid out as on screen, drawn by the explorer
 * itself. This module only reads Cytoscape's public API (positions, sizes, bounding boxes, computed
 * styles, edge endpoints and control points) into plain records; src/export/svg-graph.ts writes
 * them as SVG, and src/export/svg-draw.ts adds the caption and legend the PNG carries, laid out by
 * the same code (src/export/png-layout.ts). Like the PNG, the elements are read from a short-lived
 * copy of the chosen elements (png.ts's makePictureCopy), so the live view's selection and pointer
 * marks stay out of the picture and the live view is never touched. Loaded on the first SVG export.
 */
import type cytoscape from 'cytoscape';
import type { SvgExportRequest, SvgExportResult } from '../export/svg-draw';
import { composeSvg } from '../export/svg-draw';
import { canvasMeasure } from '../export/png-draw';
import { layoutPicture, type Measure } from '../export/png-layout';
import { PngExportError } from '../export/png-scale';
import { graphToSvg, wrapLabel, type EdgeRecord, type GroupRecord, type LabelRecord, type NodeRecord, type NodeShape } from '../export/svg-graph';
import { chosenElements, makePictureCopy, type PngRenderOptions } from './png';
import { pictureTheme } from '../export/caption';

type Element = cytoscape.SingularElementArgument;

const SHAPES: ReadonlySet<string> = new Set<NodeShape>(['ellipse', 'round-rectangle', 'hexagon', 'diamond', 'rectangle']);

const MARKS: ReadonlySet<string> = new Set(['diamond', 'tee']);

const numeric = (ele: Element, name: string, fallback = 0): number => {
  const value = Number(ele.numericStyle(name));
  return Number.isFinite(value) ? value : fallback;
};
const text = (ele: Element, name: string): string => String(ele.style(name) ?? '');

/** The element's label as the canvas lays it out: font, wrapped lines, colour, backing; none when it has no text. */
function readLabel(ele: Element, measure: Measure, at: { x: number; y: number; valign: LabelRecord['valign']; rotation?: number }): LabelRecord | undefined {
  const content = text(ele, 'label');
  if (content.trim() === '') return undefined;
  const fontSize = numeric(ele, 'font-size', 12);
  const font = `${text(ele, 'font-style')} ${text(ele, 'font-weight')} ${fontSize}px ${text(ele, 'font-family')}`;
  const maxWidth = text(ele, 'text-wrap') === 'wrap' ? numeric(ele, 'text-max-width', Infinity) : undefined;
  const backingOpacity = numeric(ele, 'text-background-opacity');
  return {
    lines: wrapLabel(content, maxWidth, (line) => measure(line, font)),
    x: at.x,
    y: at.y,
    valign: at.valign,
    fontSize,
    font,
    color: text(ele, 'color'),
    opacity: numeric(ele, 'text-opacity', 1),
    ...(backingOpacity > 0
      ? { background: { color: text(ele, 'text-background-color'), opacity: backingOpacity, padding: numeric(ele, 'text-background-padding') } }
      : {}),
    ...(at.rotation ? { rotation: at.rotation } : {}),
  };
}

/** A node's label placed by text-valign and text-margin-y, off its outer box as Cytoscape places it. */
function nodeLabel(node: cytoscape.NodeSingular, measure: Measure): LabelRecord | undefined {
  const valign = text(node, 'text-valign');
  const { x, y } = node.position();
  const half = (node.outerHeight() - numeric(node, 'border-width')) / 2;
  const margin = numeric(node, 'text-margin-y');
  if (valign === 'top') return readLabel(node, measure, { x, y: y - half + margin, valign: 'top' });
  if (valign === 'bottom') return readLabel(node, measure, { x, y: y + half + margin, valign: 'bottom' });
  return readLabel(node, measure, { x, y: y + margin, valign: 'center' });
}

/** The fill, border and opacity every node shape is drawn with. */
function nodePaint(node: cytoscape.NodeSingular) {
  const borderStyle = text(node, 'border-style');
  const borderWidth = numeric(node, 'border-width');
  return {
    fill: text(node, 'background-color'),
    fillOpacity: numeric(node, 'background-opacity', 1),
    stroke: text(node, 'border-color'),
    strokeWidth: borderWidth,
    strokeOpacity: numeric(node, 'border-opacity', 1),
    ...(borderStyle === 'dashed'
      ? { strokeDash: [borderWidth * 3, borderWidth * 2] }
      : borderStyle === 'dotted'
        ? { strokeDash: [borderWidth, borderWidth] }
        : {}),
    opacity: numeric(node, 'opacity', 1),
    visible: node.visible(),
  };
}

function readGroup(node: cytoscape.NodeSingular, measure: Measure): GroupRecord {
  const box = node.boundingBox({ includeLabels: false, includeOverlays: false });
  const inset = numeric(node, 'border-width') / 2; // the box includes the border; the rectangle is drawn on its centre line
  const label = nodeLabel(node, measure);
  return { id: node.id(), x1: box.x1 + inset, y1: box.y1 + inset, w: box.w - 2 * inset, h: box.h - 2 * inset, ...nodePaint(node), ...(label ? { label } : {}) };
}

function readNode(node: cytoscape.NodeSingular, measure: Measure): NodeRecord {
  const shape = text(node, 'shape');
  const { x, y } = node.position();
  const label = nodeLabel(node, measure);
  return {
    id: node.id(),
    shape: SHAPES.has(shape) ? (shape as NodeShape) : 'rectangle',
    x,
    y,
    w: node.width(),
    h: node.height(),
    ...nodePaint(node),
    ...(label ? { label } : {}),
  };
}

/** The dash pattern of a line-style: none when solid. */
function edgeDash(edge: cytoscape.EdgeSingular): number[] | undefined {
  const style = text(edge, 'line-style');
  if (style === 'dotted') return [1, 1];
  if (style !== 'dashed') return undefined;
  const pattern = (text(edge, 'line-dash-pattern').match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
  return pattern.length > 0 ? pattern : [6, 3];
}

function readEdge(edge: cytoscape.EdgeSingular, measure: Measure): EdgeRecord {
  const source = edge.sourceEndpoint();
  const target = edge.targetEndpoint();
  const controls = (text(edge, 'curve-style') === 'bezier' ? (edge.controlPoints() ?? []) : []).map(({ x, y }) => ({ x, y }));
  const mid = edge.midpoint();
  let angle = (Math.atan2(target.y - source.y, target.x - source.x) * 180) / Math.PI;
  if (angle > 90) angle -= 180;
  else if (angle < -90) angle += 180;
  const label = readLabel(edge, measure, {
    x: mid.x,
    y: mid.y,
    valign: 'center',
    ...(text(edge, 'text-rotation') === 'autorotate' ? { rotation: angle } : {}),
  });
  const dash = edgeDash(edge);
  const markShape = text(edge, 'mid-target-arrow-shape');
  return {
    id: edge.id(),
    visible: edge.visible(),
    source: { x: source.x, y: source.y },
    target: { x: target.x, y: target.y },
    controls,
    color: text(edge, 'line-color'),
    width: numeric(edge, 'width', 1),
    opacity: numeric(edge, 'opacity', 1),
    ...(dash ? { dash } : {}),
    ...(text(edge, 'target-arrow-shape') !== 'none' ? { arrow: { color: text(edge, 'target-arrow-color'), scale: numeric(edge, 'arrow-scale', 1) } } : {}),
    ...(MARKS.has(markShape)
      ? {
          mark: {
            shape: markShape as 'diamond' | 'tee',
            color: text(edge, 'mid-target-arrow-color'),
            filled: text(edge, 'mid-target-arrow-fill') !== 'hollow',
            scale: numeric(edge, 'arrow-scale', 1),
            at: { x: mid.x, y: mid.y },
          },
        }
      : {}),
    ...(label ? { label } : {}),
  };
}

/** The chosen elements' SVG, 1× (the layout's own units), transparent, and its size. */
function graphSvg(
  core: cytoscape.Core,
  request: SvgExportRequest,
  measure: Measure,
  options: PngRenderOptions,
): { svg: string; width: number; height: number } {
  const { nodes, edges } = chosenElements(core, request);
  if (nodes.empty()) throw new PngExportError('Nothing to export: choose at least one actor that is on the graph.');
  const { copy, dispose } = makePictureCopy(core, nodes, edges, options);
  try {
    const shown = copy.elements(); // hidden ones are left out by graphToSvg
    const bounds = shown.filter((ele) => ele.visible()).boundingBox();
    const width = Math.ceil(bounds.w);
    const height = Math.ceil(bounds.h);
    if (!(width > 0 && height > 0)) throw new PngExportError('Nothing to export: the chosen elements have no visible size.');
    const zOrder = (a: Element, b: Element): number => numeric(a, 'z-index') - numeric(b, 'z-index');
    const inOrder = <T extends Element>(items: T[]): T[] => items.sort(zOrder); // stable: view order among equal z-index
    const groups = shown
      .nodes(':parent')
      .toArray()
      .sort((a, b) => a.ancestors().length - b.ancestors().length || zOrder(a, b));
    const svg = graphToSvg({
      x1: bounds.x1,
      y1: bounds.y1,
      width,
      height,
      groups: groups.map((node) => readGroup(node, measure)),
      edges: inOrder(shown.edges().toArray()).map((edge) => readEdge(edge, measure)),
      nodes: inOrder(shown.nodes(':childless').toArray()).map((node) => readNode(node, measure)),
    });
    return { svg, width, height };
  } finally {
    dispose();
  }
}

/**
 * Draws the chosen subgraph with its caption as an SVG document. Throws a PngExportError (never
 * returns an empty file) when nothing drawable is chosen or the drawing fails.
 */
export function renderSubgraphSvg(core: cytoscape.Core, request: SvgExportRequest, options: PngRenderOptions = {}): Promise<SvgExportResult> {
  try {
    const measure = canvasMeasure();
    if (!measure) throw new PngExportError('The browser gave no canvas to measure the labels and caption with.');
    const graph = graphSvg(core, request, measure, options);
    const picture = layoutPicture(request.caption, graph.width, graph.height, measure, pictureTheme(request.background));
    const text = composeSvg(picture, graph.svg, { background: request.background, title: request.caption.title });
    const blob = new Blob([text], { type: 'image/svg+xml;charset=utf-8' });
    return Promise.resolve({ blob, width: picture.width, height: picture.height });
  } catch (error) {
    if (error instanceof PngExportError) return Promise.reject(error);
    return Promise.reject(new PngExportError(`The SVG could not be made: ${error instanceof Error ? error.message : String(error)}`));
  }
}
