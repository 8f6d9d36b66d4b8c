/**
 * The fcose layout options, shared by the app ("Re-run layout", first layout of an imported graph)
 * and by scripts/compute-layout.ts, which precomputes graph-data/layout.json headless in Node.
 * Headless Node cannot measure text, so both runs give fcose every node's footprint (shape plus
 * an estimated label box: FOOTPRINT_STYLE) and then remove leftover overlaps on the same
 * estimates (overlap.ts). The seeds, the score and the choice of procedure by purpose are pure
 * layout math in src/layout/ (seeds.ts, purpose.ts); what stays here is fcose's own vocabulary.
 */
import type { LayoutPurpose } from '../layout/purpose';
import type { StyleBlock } from './style';

export interface FcoseOptions {
  readonly name: 'fcose';
  readonly quality: 'draft' | 'default' | 'proof';
  readonly randomize: boolean;
  readonly animate: boolean;
  readonly animationDuration: number;
  readonly fit: boolean;
  readonly padding: number;
  readonly nodeDimensionsIncludeLabels: boolean;
  readonly uniformNodeDimensions: boolean;
  readonly packComponents: boolean;
  readonly samplingType: boolean;
  readonly sampleSize: number;
  readonly nodeSeparation: number;
  readonly nodeRepulsion: number;
  readonly idealEdgeLength: number;
  readonly edgeElasticity: number;
  readonly nestingFactor: number;
  readonly numIter: number;
  readonly tile: boolean;
  readonly tilingPaddingVertical: number;
  readonly tilingPaddingHorizontal: number;
  readonly gravity: number;
  readonly gravityRangeCompound: number;
  readonly gravityCompound: number;
  readonly gravityRange: number;
  readonly initialEnergyOnIncremental: number;
}

const BASE: Omit<FcoseOptions, 'randomize' | 'animate' | 'fit' | 'nodeDimensionsIncludeLabels'> = {
  name: 'fcose',
  quality: 'proof',
  animationDuration: 700,
  padding: 36,
  uniformNodeDimensions: false,
  packComponents: true,
  samplingType: true,
  sampleSize: 25,
  // Compact on purpose: labels must stay readable when the whole graph fits a 1280×800 window.
  // removeOverlaps (overlap.ts) then separates whatever fcose leaves overlapping.
  nodeSeparation: 20,
  nodeRepulsion: 1500,
  idealEdgeLength: 30,
  edgeElasticity: 0.15,
  nestingFactor: 0.05,
  numIter: 4000,
  tile: true,
  tilingPaddingVertical: 16,
  tilingPaddingHorizontal: 16,
  gravity: 1.5,
  gravityRangeCompound: 0.6,
  gravityCompound: 4,
  gravityRange: 3.8,
  initialEnergyOnIncremental: 0.3,
};

export type FcoseQuality = FcoseOptions['quality'];

/** Up to this many nodes the browser lays out as the shipped layout was made ("proof"): the built-in graph's size. */
export const PROOF_MAX_NODES = 120;
/** Up to this many nodes "default" quality; above it "draft" (spectral only, then ForceAtlas2: force-refine.ts), about a second at 1,700 nodes. */
export const DEFAULT_MAX_NODES = 250;

/**
 * fcose's quality for a graph of `nodeCount` nodes (compounds included). On a 2-core machine the
 * force-directed part grows fast: "default" takes about 1 s at 300 nodes and over 15 s at 1,500,
 * while "draft" (spectral placement only, made force-directed by ForceAtlas2 in force-refine.ts;
 * overlap.ts then separates what is left overlapping) takes about 0.2 s at 330 nodes and 1 s at
 * 1,700, overlap pass included. The precomputed layout (headless) is always "proof".
 */
export function layoutQuality(nodeCount: number, purpose: LayoutPurpose): FcoseQuality {
  if (purpose === 'headless' || nodeCount <= PROOF_MAX_NODES) return 'proof';
  // "Re-run layout" starts from the current positions; a spectral start would throw them away.
  if (purpose === 'rerun' || nodeCount <= DEFAULT_MAX_NODES) return 'default';
  return 'draft';
}

/** Force-directed iterations: the shipped layout's 4000 for small graphs, fewer as graphs grow (each costs more). */
export function layoutIterations(nodeCount: number, purpose: LayoutPurpose): number {
  if (purpose === 'headless' || nodeCount <= PROOF_MAX_NODES) return BASE.numIter;
  return nodeCount <= DEFAULT_MAX_NODES ? 1500 : 600;
}

/**
 * fcose never animates and never fits here: its result goes through removeOverlaps first, and
 * the canvas then animates (and fits) to the final positions. `nodeCount` chooses the quality
 * (layoutQuality); without it, the shipped layout's options.
 */
export function fcoseOptions(purpose: LayoutPurpose, nodeCount = 0): FcoseOptions {
  const quality = layoutQuality(nodeCount, purpose);
  return {
    ...BASE,
    quality,
    numIter: layoutIterations(nodeCount, purpose),
    // Packing components and tiling disconnected nodes cost more than they give on large graphs,
    // where the overlap pass separates blocks anyway.
    ...(quality === 'draft' ? { packComponents: false } : {}),
    randomize: purpose !== 'rerun',
    // A re-run refines the arrangement it starts from (the user's, dragged nodes included): with
    // fcose's default energy for incremental runs it all but re-solved the built-in graph from scratch.
    ...(purpose === 'rerun' ? { initialEnergyOnIncremental: 0.1 } : {}),
    animate: false,
    fit: false,
    // Both runs use the same estimated label footprints (FOOTPRINT_STYLE), so the browser's
    // re-run and the shipped layout agree; removeOverlaps works on the same estimates.
    nodeDimensionsIncludeLabels: false,
  };
}

/** For the headless layout: each node is as big as its shape plus its (estimated) label. */
export const FOOTPRINT_STYLE: readonly StyleBlock[] = [
  { selector: 'node', style: { width: 'data(footprintWidth)', height: 'data(footprintHeight)', shape: 'rectangle' } },
  { selector: 'node:parent', style: { padding: '14px' } },
  { selector: 'edge', style: { 'curve-style': 'bezier' } },
];
