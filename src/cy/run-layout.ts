/**
 * One layout procedure for the shipped positions (scripts/compute-layout.ts, in Node) and for
 * "Re-run layout" in the browser: fcose on a headless copy of the elements whose nodes are their
 * footprints (shape plus estimated label), optionally under a seeded Math.random, then nested
 * overlap removal. The live canvas only animates to the result, so both paths give the same
 * kind of picture and the browser never measures text mid-layout. In the browser it runs in a
 * worker (fcose-layout.worker.ts), so a large graph's layout never blocks the page; fcose's quality is
 * chosen by the graph's size (layout-options.ts), and a large graph's spectral draft is then made
 * force-directed by ForceAtlas2 (force-refine.ts).
 */
import cytoscape, { type ElementDefinition, type StylesheetJson } from 'cytoscape';
import type { ActorNodeData } from '../view/elements';
import { loadFcose } from './fcose';
import { DEFAULT_MAX_NODES, FOOTPRINT_STYLE, fcoseOptions, layoutQuality } from './layout-options';
import { FORCE_RERUN_ITERATIONS, forceAtlasOnly, type LayoutPurpose } from '../layout/purpose';
import { seededRandom, withSeededRandom } from '../layout/seeds';
import { refineDraftLayout } from '../layout/force-refine';
import { centreOnOrigin } from '../layout/centre';
import { layoutBoxes, removeOverlaps } from '../layout/overlap';
import { coalesceStyleInvalidation } from './patches/style-speedup';
import { toLayoutIds } from './layout-ids';
import { setOwn } from '../model/own-record';

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
  const forceOnly = forceAtlasOnly(nodeCount, purpose);
  // Large graphs get ForceAtlas2 (force-refine.ts): after fcose's "draft", or alone for a re-run.
  const refined = forceOnly || layoutQuality(nodeCount, purpose) === 'draft';
  // Neither fcose's "draft" (spectral placement only) nor ForceAtlas2 reads a node's size, so those
  // graphs are laid out without Cytoscape's style system: computing the footprints' style for
  // thousands of elements cost about a third of the run. The sizes matter to removeOverlaps, which
  // reads them from the element data (layoutBoxes), not from the style.
  const styled = !refined;
  // The layout runs under index ids (layout-ids.ts): fcose keys its nodes by id in plain objects.
  const ids = toLayoutIds(elements);
  const cy = cytoscape({
    headless: true,
    styleEnabled: styled,
    ...(styled ? { style: FOOTPRINT_STYLE as unknown as StylesheetJson } : {}),
    elements: ids.elements,
    // The given positions are where a re-run starts from (randomize: false); without this, a
    // headless core would first put every node on a grid.
    layout: { name: 'preset' },
  });
  // Cytoscape styles elements lazily (when fcose first asks for a size), so the patch still applies.
  if (styled) coalesceStyleInvalidation(cy);
  try {
    const run = (): void => {
      cy.layout(fcoseOptions(purpose, cy.nodes().length)).run();
    };
    // A re-run of a very large graph skips fcose: ForceAtlas2 alone refines the current positions (below).
    if (!forceOnly) {
      if (seed === undefined) run();
      else withSeededRandom(seed, run);
    }
    const nodes = cy.nodes().map((n) => n.data() as ActorNodeData);
    const { leaves, groups } = layoutBoxes(nodes);
    let raw: Record<string, { x: number; y: number }> = {};
    cy.nodes().forEach((n) => {
      if (n.isChildless()) setOwn(raw, n.id(), { ...n.position() });
    });
    // A draft is spectral only, two crossing axes on large graphs: ForceAtlas2 makes it a picture.
    if (refined) {
      const edges = cy.edges().map((e) => ({ source: e.data('source') as string, target: e.data('target') as string }));
      raw = refineDraftLayout(nodes, edges, raw, forceOnly ? { iterations: FORCE_RERUN_ITERATIONS } : {});
    }
    onStage?.('separating');
    const { positions, box } = centreOnOrigin(leaves, removeOverlaps(leaves, groups, raw));
    return { positions: ids.back(positions), box };
  } finally {
    cy.destroy();
  }
}

/**
 * A made-up graph just large enough for the "draft" layout of imports (groups included), for
 * warmUpLayout. Deterministic, so the warm-up does the same work every time.
 */
export function warmUpElements(nodeCount = DEFAULT_MAX_NODES + 50): ElementDefinition[] {
  const random = seededRandom(7);
  const groups = Math.round(nodeCount / 10);
  const nodes: ElementDefinition[] = [];
  for (let i = 0; i < nodeCount; i++) {
    const parent = i >= groups && i % 3 === 0 ? `w${i % groups}` : undefined;
    const labelWidth = 40 + Math.round(random() * 100);
    nodes.push({
      group: 'nodes',
      data: {
        id: `w${i}`,
        label: `w${i}`,
        size: 26,
        labelWidth,
        labelHeight: 22,
        footprintWidth: Math.max(26, labelWidth),
        footprintHeight: 51,
        ...(parent ? { parent } : {}),
      },
    });
  }
  const edges: ElementDefinition[] = [];
  for (let i = 0; i < nodeCount * 2; i++) {
    const source = Math.floor(random() * nodeCount);
    const target = (source + 1 + Math.floor(random() * (nodeCount - 1))) % nodeCount;
    edges.push({ group: 'edges', data: { id: `we${i}`, source: `w${source}`, target: `w${target}` } });
  }
  return [...nodes, ...edges];
}

/**
 * Runs one throwaway layout, so the layout worker's code is compiled and optimised before the
 * first real import: in Chromium, a fresh worker spent about 320 ms of CPU on the benchmark's
 * 1,000-element graph, a warmed-up one about 235 ms. The worker runs this while the user picks a file.
 */
export async function warmUpLayout(): Promise<void> {
  await computeLayout(warmUpElements(), 'fresh', 1);
}
