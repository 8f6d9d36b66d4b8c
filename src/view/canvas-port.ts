/**
 * What the explorer state asks of the canvas, as an interface: the state never imports Cytoscape,
 * and tests can hand it a fake. src/cy/adapter.ts implements it.
 */
import type { Positions } from '../model/interchange';

export interface CanvasPort {
  /** Pans (and if needed zooms) so these elements are in view; does nothing when they already are. */
  reveal(ids: readonly string[]): void;
  /** Fits the drawn graph into the view. */
  fit(): void;
  /**
   * Runs fcose ("fresh": new layout; "rerun": from the current positions, animated), off the main
   * thread; resolves with leaf positions once they are drawn. Where the layout is, the canvas
   * reports to the state's layoutProgress.
   */
  runLayout(purpose: 'fresh' | 'rerun'): Promise<Positions>;
  /**
   * Stops the layouts running (their runLayout promises reject with LayoutCancelled, layout/jobs.ts):
   * a new graph, the built-in data or another layout superseded them.
   */
  cancelLayout?(): void;
  /** Moves leaf nodes to these positions, animated. */
  animateTo(positions: Positions): void;
}

/** Where a layout run is: fcose placing the nodes, separating overlapping ones, then the canvas drawing them. */
export type LayoutProgress = 'placing' | 'separating' | 'drawing';

/** What a tap on the canvas hit: the same type as what the detail pane shows (view/target.ts). */
export type { ElementTarget as CanvasTarget } from './target';
