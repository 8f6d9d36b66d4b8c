/**
 * The SVG export: exactly the chosen nodes and edges, laid out as on screen, drawn by Cytoscape
 * itself into SVG through cytoscape-svg (which replays the canvas renderer's drawing calls into
 * SVG elements: node shapes, edges, arrows, and labels as <text>), with the caption and legend
 * that the PNG carries, laid out by the same code (src/export/png-layout.ts) and written as SVG
 * (src/export/svg-draw.ts). Like the PNG, the picture is drawn from a short-lived copy of the
 * chosen elements (png.ts's makePictureCopy), so the live view is never touched. Loaded on the
 * first SVG export; cytoscape-svg is registered here, once.
 */
import cytoscape from 'cytoscape';
import svgExtension from 'cytoscape-svg';
import type { SvgExportRequest, SvgExportResult } from '../export/svg-draw';
import { composeSvg } from '../export/svg-draw';
import { canvasMeasure } from '../export/png-draw';
import { layoutPicture } from '../export/png-layout';
import { PngExportError } from '../export/png-scale';
import { chosenElements, makePictureCopy } from './png';

let registered = false;

/** cytoscape-svg on the Cytoscape we import, once per page. */
function registerSvg(): void {
  if (registered) return;
  cytoscape.use(svgExtension);
  registered = true;
}

/** The chosen elements' SVG, 1× (the layout's own units), transparent, and its size. */
function graphSvg(core: cytoscape.Core, request: SvgExportRequest): { svg: string; width: number; height: number } {
  const { nodes, edges } = chosenElements(core, request);
  if (nodes.empty()) throw new PngExportError('Nothing to export: choose at least one actor that is on the graph.');
  const { copy, dispose } = makePictureCopy(core, nodes, edges);
  try {
    const bounds = copy.elements().boundingBox();
    const width = Math.ceil(bounds.w);
    const height = Math.ceil(bounds.h);
    if (!(width > 0 && height > 0)) throw new PngExportError('Nothing to export: the chosen elements have no visible size.');
    return { svg: copy.svg({ full: true, scale: 1 }), width, height };
  } finally {
    dispose();
  }
}

/**
 * Draws the chosen subgraph with its caption as an SVG document. Throws a PngExportError (never
 * returns an empty file) when nothing drawable is chosen or the drawing fails.
 */
export function renderSubgraphSvg(core: cytoscape.Core, request: SvgExportRequest): Promise<SvgExportResult> {
  try {
    registerSvg();
    const graph = graphSvg(core, request);
    const measure = canvasMeasure();
    if (!measure) throw new PngExportError('The browser gave no canvas to measure the caption with.');
    const picture = layoutPicture(request.caption, graph.width, graph.height, measure);
    const text = composeSvg(picture, graph.svg, { background: request.background, title: request.caption.title });
    const blob = new Blob([text], { type: 'image/svg+xml;charset=utf-8' });
    return Promise.resolve({ blob, width: picture.width, height: picture.height });
  } catch (error) {
    if (error instanceof PngExportError) return Promise.reject(error);
    return Promise.reject(new PngExportError(`The SVG could not be made: ${error instanceof Error ? error.message : String(error)}`));
  }
}
