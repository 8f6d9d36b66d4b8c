/**
 * The visual vocabulary as plain data: colours and shapes per actor kind, colours per QuadClass,
 * per tone band and per comparison status, and the disagreement colour. The Cytoscape stylesheet and the Svelte legends both
 * read it, so a legend swatch always matches what the canvas draws. No Cytoscape import here.
 */
import type { ActorKind } from '../model/schema';
import type { CompareStatus } from '../model/perspective';
import type { QuadClassId } from '../model/typology';

export interface KindLook {
  /** Cytoscape node shape. */
  readonly shape: 'round-rectangle' | 'hexagon' | 'diamond' | 'ellipse' | 'rectangle';
  readonly colour: string;
  /** Node diameter in model pixels. */
  readonly size: number;
  /** The same shape for the legend, as an SVG path in a 16×16 box. */
  readonly icon: string;
}

export const KIND_LOOKS: Readonly<Record<ActorKind, KindLook>> = {
  state: { shape: 'round-rectangle', colour: '#3f5f8a', size: 38, icon: 'M3 2h10a1 1 0 0 1 1 1v10a1 1 0 0 1-1 1H3a1 1 0 0 1-1-1V3a1 1 0 0 1 1-1z' },
  bloc: { shape: 'hexagon', colour: '#7a52b3', size: 38, icon: 'M4 2h8l3 6-3 6H4L1 8z' },
  movement: { shape: 'diamond', colour: '#b0338a', size: 34, icon: 'M8 1l7 7-7 7-7-7z' },
  person: { shape: 'ellipse', colour: '#1d8a7e', size: 26, icon: 'M8 2a6 6 0 1 1 0 12A6 6 0 0 1 8 2z' },
  organisation: { shape: 'rectangle', colour: '#8a6442', size: 28, icon: 'M2 3h12v10H2z' },
};

/** Actor kinds in legend order (the keys of KIND_LOOKS, which the compiler checks against the schema). */
export const ACTOR_KIND_ORDER = Object.keys(KIND_LOOKS) as ActorKind[];

export const KIND_LABELS: Readonly<Record<ActorKind, string>> = {
  state: 'State',
  bloc: 'Bloc or alliance',
  movement: 'Movement',
  person: 'Person',
  organisation: 'Organisation or body',
};

/** Cooperation in blues, conflict in oranges and reds; verbal lighter, material darker. */
export const QUAD_COLOURS: Readonly<Record<QuadClassId, string>> = {
  1: '#3580c3',
  2: '#1b4f93',
  3: '#c97a0a',
  4: '#b3261e',
};

export interface ToneBand {
  readonly id: 'n2' | 'n1' | 'z' | 'p1' | 'p2';
  readonly label: string;
  readonly colour: string;
  /** Inclusive lower bound of the band's tone. */
  readonly min: number;
}

/** An article's tone, -10..+10, in five bands (hostile … cooperative). */
export const TONE_BANDS: readonly ToneBand[] = [
  { id: 'n2', label: 'hostile −10…−6', colour: '#b2182b', min: -10 },
  { id: 'n1', label: 'cool −5…−1', colour: '#d4683c', min: -5.5 },
  { id: 'z', label: 'neutral 0', colour: '#8c8c8c', min: -0.5 },
  { id: 'p1', label: 'warm +1…+5', colour: '#3f88b8', min: 0.55 },
  { id: 'p2', label: 'cooperative +6…+10', colour: '#2166ac', min: 5.5 },
];

export function toneBand(tone: number): ToneBand {
  let band = TONE_BANDS[0]!;
  for (const b of TONE_BANDS) if (tone >= b.min) band = b;
  return band;
}

/** The colour of a disagreement: one article supports a relation, another opposes it. */
export const DISPUTED_COLOUR = '#c51b7d';

export const STATUS_LOOKS: Readonly<Record<CompareStatus, { readonly colour: string; readonly label: string }>> = {
  disputed: { colour: DISPUTED_COLOUR, label: 'Disagree' },
  differ: { colour: '#826c80', label: 'Differ in tone or certainty' },
  agree: { colour: '#4d4d4d', label: 'Both agree' },
  'only-a': { colour: '#2b7bba', label: 'Only A' },
  'only-b': { colour: '#d07000', label: 'Only B' },
};

/** Comparison statuses in legend order: the disagreements first. */
export const STATUS_ORDER: readonly CompareStatus[] = ['disputed', 'differ', 'agree', 'only-a', 'only-b'];

/**
 * The marks on an edge besides its colour: a disagreement (a diamond in the disagreement colour),
 * a weaker difference in tone or certainty (an amber diamond), and, in one article's view, a
 * relation the article opposes (a bar across the edge, drawn in the disagreement colour).
 */
export const CONTESTED_MARK = '#b57f00';
export const DISPUTED_MARK = DISPUTED_COLOUR;
export const OPPOSED_COLOUR = DISPUTED_COLOUR;
export const META_EDGE_COLOUR = '#8a8f98';
/** The dash pattern of an edge whose claims only recommend it (style.ts, and the legends' samples). */
export const RECOMMENDED_DASHES: readonly number[] = [7, 4];

/** The coverage strip's colours: each article supports, opposes, both, or does not mention a relation. */
export const COVERAGE_COLOURS: Readonly<Record<'supports' | 'opposes' | 'both' | 'silent', string>> = {
  supports: '#4d9221',
  opposes: DISPUTED_COLOUR,
  both: '#8e4f86',
  silent: '#dfe2e6',
};
