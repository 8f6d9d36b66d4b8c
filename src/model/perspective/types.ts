/**
 * The perspective's vocabulary: which articles the graph is told by, and what each relation looks
 * like from there. Kept apart from the code so the per-mode modules, the wording (src/view/) and
 * the looks can share the types without importing each other.
 */
import type { Claim } from '../schema';

export type Perspective =
  { readonly mode: 'all' } | { readonly mode: 'one'; readonly source: string } | { readonly mode: 'compare'; readonly a: string; readonly b: string };

/**
 * How two articles stand on a relation both state: they `agree`; they take opposite stances
 * (`disputed`: one supports, the other opposes); or they take the same side but `differ` in tone
 * or in certainty, the weaker signals. `only-a` / `only-b`: one of them is silent.
 */
export type CompareStatus = 'agree' | 'disputed' | 'differ' | 'only-a' | 'only-b';

/**
 * Why a relation is contested, strongest first: opposite stances (a real disagreement), a tone
 * gap over the threshold ("differ in tone"), or reported against only speculated ("differ in certainty").
 */
export type ContestReason = 'stance' | 'tone' | 'modality';

/** The side the shown claims take: all support it, all oppose it, or some of each. */
export type ShownStance = 'supports' | 'opposes' | 'both';

/**
 * Tones differing by MORE than this many points (out of -10..+10) differ in tone.
 * Why 4: tones are hand-coded, Goldstein-style, and two careful coders reading the same framing
 * routinely land two points apart (one's +3 is another's +5). A gap of up to 4, i.e. each reading
 * two points off in opposite directions, is therefore coding noise, not disagreement. A gap beyond
 * 4 (for single claims, 5 or more: a quarter of the scale's width of 20) is a different story: +1
 * against +6 (lukewarm against warm) or +2 against -3 (cooperative against hostile). When this was
 * written, of the 75 pairs of articles stating the same relation, 70 were within 2 points; only
 * Russia's control of Belarus's foreign policy (Lawfare -7, Quincy -2.5) passed it. Tone measures
 * how cooperative the relation is as told, not whether the article agrees with it: stance does that.
 */
export const CONTESTED_TONE_GAP = 4;

export interface RelationView {
  readonly id: string;
  /** False = hidden or faded in this perspective: no shown article states it. */
  readonly visible: boolean;
  /** The claims this perspective shows: all; one article's; or A's followed by B's. Empty when hidden. */
  readonly claims: readonly Claim[];
  /** Distinct articles stating the relation, in first-claim order, whatever the perspective. */
  readonly sourceIds: readonly string[];
  /** How many articles not shown in this perspective state it (always 0 in 'all' mode). */
  readonly otherSourceCount: number;
  /** Mean tone of the shown claims (each claim counts once), rounded to 1 decimal; 0 when hidden. */
  readonly tone: number;
  /** 0..1. 'all': share of the graph's articles that state it; otherwise 1 when visible, 0 when hidden. */
  readonly weight: number;
  /** The side the shown claims take; absent when hidden. */
  readonly stance?: ShownStance;
  /**
   * Opposite stances: 'all': some article supports it and another opposes it. 'one': another
   * article takes the side opposite to this one's. 'compare': status === 'disputed'.
   */
  readonly disputed: boolean;
  /**
   * Any signal of difference (a disagreement, or a difference in tone or certainty): 'all': between
   * some pair of articles; 'one': between this article and another; 'compare': between A and B.
   */
  readonly contested: boolean;
  /** Compare mode only, and only for relations A or B states. */
  readonly status?: CompareStatus;
  /** Present exactly when contested: the strongest reason. */
  readonly contestReason?: ContestReason;
}

export interface CompareCounts {
  readonly agree: number;
  readonly onlyA: number;
  readonly onlyB: number;
  /** Opposite stances. */
  readonly disputed: number;
  /** Same side, different tone or certainty. */
  readonly differ: number;
  /** Stated by both and not agreeing: disputed + differ. */
  readonly contested: number;
}

export interface PerspectiveView {
  readonly perspective: Perspective;
  /** Every edge of the graph, in graph order. */
  readonly relations: ReadonlyMap<string, RelationView>;
  readonly visibleRelationIds: ReadonlySet<string>;
  /** Endpoints of visible relations plus their whole parent chain, so people stay inside their state. */
  readonly visibleActorIds: ReadonlySet<string>;
  /** Compare mode only. */
  readonly counts?: CompareCounts;
  /**
   * Every contested relation: the disputed ones (opposite stances) first, then the others, each
   * part by largest tone gap ('all': between any two; 'one': between it and any other), ties by id.
   */
  readonly contestedRelationIds: readonly string[];
  /** The disputed ones alone, in the same order. */
  readonly disputedRelationIds: readonly string[];
}
