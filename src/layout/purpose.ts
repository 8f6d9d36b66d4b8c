/**
 * Why a layout runs, and which procedure that and the graph's size choose, independent of the
 * layout library: a "re-run" of a graph too large for fcose's force pass is ForceAtlas2 alone
 * (force-refine.ts). The fcose options themselves stay with Cytoscape (src/cy/layout-options.ts).
 */

export type LayoutPurpose =
  /** Precomputing positions headless (Node). */
  | 'headless'
  /** A graph without positions (an import): a fresh layout, not animated. */
  | 'fresh'
  /** "Re-run layout": from the current positions, animated. */
  | 'rerun';

/**
 * Above this many nodes "Re-run layout" is ForceAtlas2 alone, from the current positions
 * (force-refine.ts): fcose's "default" took 8 s at 1,000 nodes and 45 s at 1,700 on this machine.
 */
export const FORCE_RERUN_ABOVE = 1000;
/** ForceAtlas2 iterations of such a re-run: it starts from a finished picture and refines it. */
export const FORCE_RERUN_ITERATIONS = 200;

/** Whether this layout is ForceAtlas2 alone, without fcose: a re-run of a graph too large for fcose's force pass. */
export function forceAtlasOnly(nodeCount: number, purpose: LayoutPurpose): boolean {
  return purpose === 'rerun' && nodeCount > FORCE_RERUN_ABOVE;
}
