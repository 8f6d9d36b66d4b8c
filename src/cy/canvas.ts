/**
 * The one command channel from the page to the canvas. The state's commands (CanvasPort, in
 * src/view/: reveal, fit, layouts, animation) plus what the toolbar and the Export panel ask:
 * whether the whole graph is in view, and the picture exports. CyAdapter implements it; nothing
 * outside src/cy/ reaches the Cytoscape core. (It extends CanvasPort here rather than living in
 * src/view/ because the export requests are src/export/'s types, a layer above view/.)
 */
import type { PngExportRequest, PngExportResult } from '../export/caption';
import type { SvgExportRequest, SvgExportResult } from '../export/svg-draw';
import type { CanvasPort } from '../view/canvas-port';
import type { Viewport } from '../model/saved-views';

export interface CanvasChannel extends CanvasPort {
  /** Whether everything drawn is in view (the user sees the whole graph, not a part they zoomed to). */
  showsEverything(): boolean;
  /** The zoom and pan now (a saved view keeps them). */
  getViewport(): Viewport;
  /** Puts the view at this zoom and pan at once, stopping any animation of the view (a saved view restored). */
  setViewport(viewport: Viewport): void;
  /** The chosen subgraph with its caption as a PNG (src/cy/png.ts, loaded on first use). */
  exportPng(request: PngExportRequest): Promise<PngExportResult>;
  /** The same choice and caption as an SVG document, drawn by the explorer from Cytoscape's public API (src/cy/svg.ts, loaded on first use). */
  exportSvg(request: SvgExportRequest): Promise<SvgExportResult>;
}
