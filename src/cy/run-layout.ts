/**
 * One layout procedure for the shipped positions (scripts/compute-layout.ts, in Node) and for
 * "Re-run layout" in the browser: fcose on a headless copy of the elements whose nodes are their
 * footprints (shape plus estimated label), optionally under a seeded Math.random, then nested
 * overlap removal. The live canvas only animates to the result, so both paths give the same
 * kind of picture and the browser never measures text mid-layout. In the browser it runs in a
 * worker (fcose-layout.worker.ts), so a large graph's layout never blocks the page; fcose's quality is
 * chosen by the graph's size (layout-options.ts).
 */
import cytoscape, { type ElementDefinition, type LayoutOptions, type StylesheetJson } from 'cytoscape';
import type { ActorNodeData } from './elements';
import { loadFcose } from './fcose';
import { FOOTPRINT_STYLE, fcoseOptions, layoutQuality, withSeededRandom, type LayoutPurpose } from './layout-options';
import { layoutBoxes, removeOverlaps } from './overlap';
import { coalesceStyleInvalidation } from './style-speedup';

export interface LayoutResult {
  readonly positions: Record<string, { x: number; y: number }>;
  /** Bounding box of the leaves' drawn boxes. */
  readonly box: { readonly w: number; readonly h: number };
}

/** Where a layout run is: fcose placing the nodes, then the overlap pass. */
export type LayoutStage = 'placing' | 'separating';

export async function computeLayout(
  elements: readonly ElementDefinition[],
  purpose: LayoutPurpose,
  seed?: number,
  onStage?: (stage: LayoutStage) => void,
): Promise<LayoutResult> {
  await loadFcose();
  onStage?.('placing');
  const nodeCount = elements.reduce((n, d) => (d.group === 'nodes' ? n + 1 : n), 0);
  // fcose's "draft" (spectral placement only) reads the graph's structure and never a node's size,
  // so large graphs are laid out without Cytoscape's style system: computing the footprints' style
  // for thousands of elements cost about a third of the run. The sizes matter to removeOverlaps,
  // which reads them from the element data (layoutBoxes), not from the style.
  const styled = layoutQuality(nodeCount, purpose) !== 'draft';
  const cy = cytoscape({
    headless: true,
    styleEnabled: styled,
    ...(styled ? { style: FOOTPRINT_STYLE as unknown as StylesheetJson } : {}),
    elements: elements.map((d) => ({ group: d.group, data: { ...d.data }, ...(d.position ? { position: { ...d.position } } : {}) })) as ElementDefinition[],
  });
  // Cytoscape styles elements lazily (when fcose first asks for a size), so the patch still applies.
  if (styled) coalesceStyleInvalidation(cy);
  try {
    const run = (): void => {
      cy.layout(fcoseOptions(purpose, cy.nodes().length) as unknown as LayoutOptions).run();
    };
    if (seed === undefined) run();
    else withSeededRandom(seed, run);
    onStage?.('separating');
    const nodes = cy.nodes().map((n) => n.data() as ActorNodeData);
    const { leaves, groups } = layoutBoxes(nodes);
    const raw: Record<string, { x: number; y: number }> = {};
    cy.nodes().forEach((n) => {
      if (n.isChildless()) raw[n.id()] = { ...n.position() };
    });
    const positions = removeOverlaps(leaves, groups, raw);
    let x1 = Infinity, y1 = Infinity, x2 = -Infinity, y2 = -Infinity;
    for (const leaf of leaves) {
      const p = positions[leaf.id];
      if (!p) continue;
      x1 = Math.min(x1, p.x - leaf.left); x2 = Math.max(x2, p.x + leaf.right);
      y1 = Math.min(y1, p.y - leaf.above); y2 = Math.max(y2, p.y + leaf.below);
    }
    // Centre on the origin and round, so files diff quietly and runs compare.
    const cx = Number.isFinite(x1) ? (x1 + x2) / 2 : 0;
    const cyy = Number.isFinite(y1) ? (y1 + y2) / 2 : 0;
    const centred: Record<string, { x: number; y: number }> = {};
    for (const id of Object.keys(positions).sort()) {
      const p = positions[id]!;
      centred[id] = { x: Math.round(p.x - cx), y: Math.round(p.y - cyy) };
    }
    return { positions: centred, box: { w: Number.isFinite(x1) ? x2 - x1 : 0, h: Number.isFinite(y1) ? y2 - y1 : 0 } };
  } finally {
    cy.destroy();
  }
}

