/**
 * Perspectives: the five articles disagree about the same relations, and the explorer lets
 * the user see the graph as all of them tell it, as one article tells it, or two compared
 * (agree / only A / only B / contested). This module is the pure function from the graph and a
 * chosen perspective to what shows and how; the UI calls it on every perspective switch, so
 * the per-edge, per-article statistics are computed once per graph and each call is one pass.
 *
 * Decisions (tests in tests/unit/perspective.test.ts pin each one):
 * - Tone gap: two articles are compared by the mean tone of each one's claims on the relation.
 *   They are contested when the means differ by MORE than CONTESTED_TONE_GAP (4): exactly 4 agrees.
 * - Modality clash: one article reports the relation as fact (`reported`) while the other only
 *   speculates about it (it has `speculated` claims and no `reported` one). An article with
 *   several claims is judged by its set of modalities, so an article that both reports and
 *   speculates does not clash with one that reports.
 * - `recommended` does NOT clash with `reported` (nor with `speculated`). A recommendation says
 *   what should happen; it neither affirms nor denies that it does, so "Quincy recommends easing
 *   sanctions" and "Lawfare reports sanctions were eased" are not in dispute. Counting it as a
 *   clash would flag the genre of a policy brief (when written, 40 of Quincy's 112 claims
 *   were recommendations) rather than a disagreement; where a recommendation does differ in how it
 *   frames the relation, the tone gap catches it.
 * - When both the tone and the modality clash, `contestReason` is 'tone', the quantitative
 *   reason the contested list is sorted by; agreementSummary still names both modalities.
 * - 'one' mode: `contested` is true when the shown article's claims would be contested against
 *   at least one other article stating the relation (hidden articles dispute what this one says);
 *   the gap used for sorting is the largest such gap. Relations it does not state are never contested.
 * - Caching: the statistics (per edge, per article: claims, tone sum, modalities; per node: its
 *   parent chain) are cached in a WeakMap keyed by the graph object. This assumes graphs
 *   are not mutated after they are built (ours are rebuilt on import); as a cheap guard the cache
 *   is rebuilt when the graph's node or edge count changes, but edits to claims in place are not seen.
 */
import type { ActorGraph } from './graph';
import type { Claim } from './schema';

export type Perspective =
  | { readonly mode: 'all' }
  | { readonly mode: 'one'; readonly source: string }
  | { readonly mode: 'compare'; readonly a: string; readonly b: string };

export type CompareStatus = 'agree' | 'only-a' | 'only-b' | 'contested';

/**
 * Tones differing by MORE than this many points (out of -10..+10) are contested.
 * Why 4: tones are hand-coded, Goldstein-style, and two careful coders reading the same framing
 * routinely land two points apart (one's +3 is another's +5). A gap of up to 4, i.e. each reading
 * two points off in opposite directions, is therefore coding noise, not disagreement. A gap beyond
 * 4 (for single claims, 5 or more: a quarter of the scale's width of 20) is a different story: +1 against +6 (lukewarm against
 * warm) or +2 against -3 (cooperative against hostile). Checked against the authored data when
 * this was written (all five articles, 153 relations): of the 75 pairs of articles stating the
 * same relation, 70 are within 2 points and 3 are 3 apart; Lawfare and Quincy on Belarus's
 * repression of the opposition (-9 vs -5, both hostile, one more so) sit at exactly 4, a
 * difference of degree; only Russia's control of Belarus's foreign policy (Lawfare -7, Quincy
 * -2.5) passes it. A threshold of 3 would also flag the difference of degree; 5 would miss the
 * one real difference in reading.
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
  /**
   * 'all': some pair of articles stating it is contested. 'compare': status === 'contested'.
   * 'one': the shown article's account is contested by at least one other article stating it.
   */
  readonly contested: boolean;
  /** Compare mode only, and only for relations A or B states. */
  readonly status?: CompareStatus;
  /** Present exactly when contested. */
  readonly contestReason?: 'tone' | 'modality';
}

export interface CompareCounts { readonly agree: number; readonly onlyA: number; readonly onlyB: number; readonly contested: number }

export interface PerspectiveView {
  readonly perspective: Perspective;
  /** Every edge of the graph, in graph order. */
  readonly relations: ReadonlyMap<string, RelationView>;
  readonly visibleRelationIds: ReadonlySet<string>;
  /** Endpoints of visible relations plus their whole parent chain, so people stay inside their state. */
  readonly visibleActorIds: ReadonlySet<string>;
  /** Compare mode only. */
  readonly counts?: CompareCounts;
  /** Largest tone gap first ('all': the largest gap between any two; 'one': between it and any other); ties by id. */
  readonly contestedRelationIds: readonly string[];
}

// ---------------------------------------------------------------------------------------------
// Per-article statistics: one article's claims on one relation.

interface SourceStats {
  readonly source: string;
  readonly claims: readonly Claim[];
  readonly toneSum: number;
  readonly count: number;
  readonly reported: boolean;
  /** Speculates and never reports: the side of a modality clash opposite `reported`. */
  readonly speculatedOnly: boolean;
}

function statsOf(source: string, claims: readonly Claim[]): SourceStats {
  let toneSum = 0;
  let reported = false;
  let speculated = false;
  for (const claim of claims) {
    toneSum += claim.tone;
    if (claim.modality === 'reported') reported = true;
    else if (claim.modality === 'speculated') speculated = true;
  }
  return { source, claims, toneSum, count: claims.length, reported, speculatedOnly: speculated && !reported };
}

/**
 * |mean(a) - mean(b)|, computed from the sums with one division so that gaps which are whole
 * numbers (4 exactly, say) come out exact and the threshold comparison is not thrown by rounding.
 */
function toneGapOf(a: SourceStats, b: SourceStats): number {
  return Math.abs(a.toneSum * b.count - b.toneSum * a.count) / (a.count * b.count);
}

function modalitiesClash(a: SourceStats, b: SourceStats): boolean {
  return (a.reported && b.speculatedOnly) || (b.reported && a.speculatedOnly);
}

interface PairResult { status: CompareStatus; reason?: 'tone' | 'modality'; gap: number }

function comparePairStats(a: SourceStats | undefined, b: SourceStats | undefined, toneGap: number): PairResult {
  if (a && b) {
    const gap = toneGapOf(a, b);
    if (gap > toneGap) return { status: 'contested', reason: 'tone', gap };
    if (modalitiesClash(a, b)) return { status: 'contested', reason: 'modality', gap };
    return { status: 'agree', gap };
  }
  if (a) return { status: 'only-a', gap: 0 };
  if (b) return { status: 'only-b', gap: 0 };
  throw new RangeError('perspective: comparePair needs claims from at least one of the two articles');
}

// ---------------------------------------------------------------------------------------------
// The per-graph cache: everything that does not depend on the perspective or the threshold.

interface EdgeStats {
  readonly id: string;
  readonly endpoints: readonly [string, string];
  readonly claims: readonly Claim[];
  /** In first-claim order; sourceIds[i] === bySource[i].source. */
  readonly sourceIds: readonly string[];
  readonly bySource: readonly SourceStats[];
  readonly toneSum: number;
  /** Largest tone gap between any two articles stating it, and whether some pair clashes in modality. */
  readonly maxGap: number;
  readonly modalityClash: boolean;
}

interface GraphStats {
  readonly order: number;
  readonly size: number;
  readonly edges: readonly EdgeStats[];
  /** Each node's compound ancestors, nearest first. */
  readonly ancestors: ReadonlyMap<string, readonly string[]>;
  /** Per article, its stats on each edge, aligned with `edges` (undefined where it is silent). */
  readonly columns: ReadonlyMap<string, readonly (SourceStats | undefined)[]>;
  readonly sourceCount: number;
}

const NO_CLAIMS: readonly Claim[] = Object.freeze([]);
const NO_IDS: readonly string[] = Object.freeze([]);
const cache = new WeakMap<ActorGraph, GraphStats>();

function graphStats(graph: ActorGraph): GraphStats {
  const cached = cache.get(graph);
  if (cached && cached.order === graph.order && cached.size === graph.size) return cached;
  const stats = computeGraphStats(graph);
  cache.set(graph, stats);
  return stats;
}

function computeGraphStats(graph: ActorGraph): GraphStats {
  const parents = new Map<string, string>();
  graph.forEachNode((node, attributes) => {
    if (attributes.parent !== undefined && graph.hasNode(attributes.parent)) parents.set(node, attributes.parent);
  });
  const ancestors = new Map<string, readonly string[]>();
  graph.forEachNode((node) => {
    const chain: string[] = [];
    const seen = new Set<string>([node]);
    for (let p = parents.get(node); p !== undefined && !seen.has(p); p = parents.get(p)) {
      chain.push(p);
      seen.add(p);
    }
    ancestors.set(node, chain.length > 0 ? chain : NO_IDS);
  });

  const allSources = new Set<string>((graph.getAttribute('sources') ?? []).map((s) => s.id));
  const edges: EdgeStats[] = [];
  const columns = new Map<string, (SourceStats | undefined)[]>();
  graph.forEachEdge((id, attributes, from, to) => {
    const claims: readonly Claim[] = attributes.claims;
    const grouped = new Map<string, Claim[]>();
    let toneSum = 0;
    for (const claim of claims) {
      toneSum += claim.tone;
      const list = grouped.get(claim.source);
      if (list) list.push(claim);
      else grouped.set(claim.source, [claim]);
    }
    const bySource: SourceStats[] = [];
    for (const [source, list] of grouped) {
      const stats = statsOf(source, list);
      bySource.push(stats);
      let column = columns.get(source);
      if (!column) {
        column = new Array<SourceStats | undefined>(graph.size).fill(undefined);
        columns.set(source, column);
      }
      column[edges.length] = stats;
    }
    let maxGap = 0;
    let anyReported = false;
    let anySpeculatedOnly = false;
    for (let i = 0; i < bySource.length; i++) {
      const si = bySource[i]!;
      anyReported ||= si.reported;
      anySpeculatedOnly ||= si.speculatedOnly;
      for (let j = i + 1; j < bySource.length; j++) maxGap = Math.max(maxGap, toneGapOf(si, bySource[j]!));
    }
    edges.push({
      id,
      endpoints: [from, to],
      claims,
      sourceIds: bySource.map((s) => s.source),
      bySource,
      toneSum,
      maxGap,
      // speculatedOnly excludes reported, so these are necessarily two different articles.
      modalityClash: anyReported && anySpeculatedOnly,
    });
  });
  for (const source of columns.keys()) allSources.add(source);
  return { order: graph.order, size: graph.size, edges, ancestors, columns, sourceCount: allSources.size };
}

/** Rounded to one decimal, halves away from zero (so -2.25 and 2.25 mirror), never -0. */
function round1(x: number): number {
  const r = (Math.sign(x) * Math.round(Math.abs(x) * 10)) / 10;
  return r === 0 ? 0 : r;
}

// ---------------------------------------------------------------------------------------------
// The view.

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** One literal per shape, so every view of a kind shares its hidden class (this runs 5,000 times a switch). */
function makeView(
  edge: EdgeStats,
  visible: boolean,
  claims: readonly Claim[],
  otherSourceCount: number,
  tone: number,
  weight: number,
  status: CompareStatus | undefined,
  contestReason: 'tone' | 'modality' | undefined,
): RelationView {
  const { id, sourceIds } = edge;
  const contested = contestReason !== undefined;
  if (status === undefined) {
    return contestReason === undefined
      ? { id, visible, claims, sourceIds, otherSourceCount, tone, weight, contested }
      : { id, visible, claims, sourceIds, otherSourceCount, tone, weight, contested, contestReason };
  }
  return contestReason === undefined
    ? { id, visible, claims, sourceIds, otherSourceCount, tone, weight, contested, status }
    : { id, visible, claims, sourceIds, otherSourceCount, tone, weight, contested, status, contestReason };
}

/**
 * The graph as the perspective tells it. A source the graph does not know simply states nothing
 * (everything hidden); use parsePerspective to turn user input into a valid perspective.
 */
export function perspectiveView(
  graph: ActorGraph,
  perspective: Perspective,
  options?: { readonly toneGap?: number },
): PerspectiveView {
  const toneGap = options?.toneGap ?? CONTESTED_TONE_GAP;
  const stats = graphStats(graph);
  const relations = new Map<string, RelationView>();
  const visibleRelationIds = new Set<string>();
  const visibleActorIds = new Set<string>();
  const contested: { id: string; gap: number }[] = [];
  const counts = { agree: 0, onlyA: 0, onlyB: 0, contested: 0 };
  const allWeightBase = stats.sourceCount > 0 ? stats.sourceCount : 1;

  const showActor = (node: string): void => {
    // An actor already in the set came with its ancestors (an ancestor's chain is a suffix).
    if (visibleActorIds.has(node)) return;
    visibleActorIds.add(node);
    for (const ancestor of stats.ancestors.get(node) ?? NO_IDS) visibleActorIds.add(ancestor);
  };

  const mode = perspective.mode;
  const silent: readonly undefined[] = [];
  const column = (source: string): readonly (SourceStats | undefined)[] => stats.columns.get(source) ?? silent;
  const ownColumn = column(mode === 'one' ? perspective.source : '');
  const columnA = column(mode === 'compare' ? perspective.a : '');
  // Comparing an article with itself: every relation it states agrees with itself.
  const sameArticle = mode === 'compare' && perspective.a === perspective.b;
  const columnB = sameArticle ? silent : column(mode === 'compare' ? perspective.b : '');
  const edges = stats.edges;

  for (let i = 0; i < edges.length; i++) {
    const edge = edges[i]!;
    const n = edge.bySource.length;
    let visible: boolean;
    let claims: readonly Claim[];
    let otherSourceCount: number;
    let tone: number;
    let weight: number;
    let reason: 'tone' | 'modality' | undefined;
    let status: CompareStatus | undefined;
    let gap = 0;

    if (mode === 'all') {
      visible = n > 0;
      claims = edge.claims;
      otherSourceCount = 0;
      tone = claims.length > 0 ? round1(edge.toneSum / claims.length) : 0;
      weight = n / allWeightBase;
      gap = edge.maxGap;
      reason = gap > toneGap ? 'tone' : edge.modalityClash ? 'modality' : undefined;
    } else if (mode === 'one') {
      const own = ownColumn[i];
      if (own) {
        visible = true;
        claims = own.claims;
        otherSourceCount = n - 1;
        tone = round1(own.toneSum / own.count);
        weight = 1;
        let modality = false;
        for (const other of edge.bySource) {
          if (other === own) continue;
          gap = Math.max(gap, toneGapOf(own, other));
          modality ||= modalitiesClash(own, other);
        }
        reason = gap > toneGap ? 'tone' : modality ? 'modality' : undefined;
      } else {
        visible = false;
        claims = NO_CLAIMS;
        otherSourceCount = n;
        tone = 0;
        weight = 0;
      }
    } else {
      const a = columnA[i];
      const b = columnB[i];
      if (a || b) {
        visible = true;
        claims = a && b ? a.claims.concat(b.claims) : a ? a.claims : b!.claims;
        otherSourceCount = n - (a && b ? 2 : 1);
        tone = round1(((a?.toneSum ?? 0) + (b?.toneSum ?? 0)) / claims.length);
        weight = 1;
        const pair = comparePairStats(a, sameArticle ? a : b, toneGap);
        status = pair.status;
        gap = pair.gap;
        reason = pair.reason;
        if (status === 'agree') counts.agree++;
        else if (status === 'only-a') counts.onlyA++;
        else if (status === 'only-b') counts.onlyB++;
        else counts.contested++;
      } else {
        visible = false;
        claims = NO_CLAIMS;
        otherSourceCount = n;
        tone = 0;
        weight = 0;
      }
    }

    relations.set(edge.id, makeView(edge, visible, claims, otherSourceCount, tone, weight, status, reason));
    if (visible) {
      visibleRelationIds.add(edge.id);
      showActor(edge.endpoints[0]);
      showActor(edge.endpoints[1]);
    }
    if (reason !== undefined) contested.push({ id: edge.id, gap });
  }

  contested.sort((x, y) => y.gap - x.gap || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  const result: Mutable<PerspectiveView> = {
    perspective,
    relations,
    visibleRelationIds,
    visibleActorIds,
    contestedRelationIds: contested.map((c) => c.id),
  };
  if (perspective.mode === 'compare') result.counts = counts;
  return result;
}

/**
 * Compares what two articles say about one relation: each array holds one article's claims on it
 * (the source field is not checked). Throws a RangeError when both are empty.
 */
export function comparePair(
  claimsA: readonly Claim[],
  claimsB: readonly Claim[],
  toneGap: number = CONTESTED_TONE_GAP,
): { status: CompareStatus; reason?: 'tone' | 'modality'; gap: number } {
  const a = claimsA.length > 0 ? statsOf(claimsA[0]!.source, claimsA) : undefined;
  const b = claimsB.length > 0 ? statsOf(claimsB[0]!.source, claimsB) : undefined;
  return comparePairStats(a, b, toneGap);
}

/**
 * "share 9, contested 4, only Lawfare 17, only Quincy 22". "share" counts the relations both
 * articles state and agree on; the contested ones (also stated by both) are counted apart.
 */
export function describeCompareCounts(counts: CompareCounts, labelA: string, labelB: string): string {
  return `share ${counts.agree}, contested ${counts.contested}, only ${labelA} ${counts.onlyA}, only ${labelB} ${counts.onlyB}`;
}

// ---------------------------------------------------------------------------------------------
// The edge pane's one line.

const MODALITY_VERBS = { reported: 'reports', recommended: 'recommends', speculated: 'speculates' } as const;
const MODALITY_ORDER = ['reported', 'recommended', 'speculated'] as const;

/** A tone for people: "+4", "+4.5", "−6" (a real minus sign), "0". */
function formatTone(tone: number): string {
  const r = round1(tone);
  if (r > 0) return `+${r}`;
  if (r < 0) return `−${-r}`;
  return '0';
}

function verbsOf(stats: SourceStats): string {
  const present = new Set(stats.claims.map((c) => c.modality));
  return MODALITY_ORDER.filter((m) => present.has(m)).map((m) => MODALITY_VERBS[m]).join('/');
}

function listLabels(labels: readonly string[]): string {
  if (labels.length <= 1) return labels.join('');
  return `${labels.slice(0, -1).join(', ')} and ${labels[labels.length - 1]}`;
}

function articles(n: number): string {
  return n === 1 ? '1 article' : `${n} articles`;
}

/**
 * The most telling contested pair among the shown articles: for a tone contest the pair with the
 * largest gap; for a modality contest a pair whose modalities clash.
 */
function contestedPair(groups: readonly SourceStats[], reason: 'tone' | 'modality' | undefined): [SourceStats, SourceStats] | undefined {
  let best: [SourceStats, SourceStats] | undefined;
  let bestGap = -1;
  for (let i = 0; i < groups.length; i++) {
    for (let j = i + 1; j < groups.length; j++) {
      const a = groups[i]!;
      const b = groups[j]!;
      if (reason === 'modality' && !modalitiesClash(a, b)) continue;
      const gap = toneGapOf(a, b);
      if (gap > bestGap) {
        best = [a, b];
        bestGap = gap;
      }
    }
  }
  return best;
}

/**
 * One line for the edge pane, e.g. "Stated by 3 articles; they agree (tones +4 to +6)." or
 * "Contested: Lawfare −6 vs Quincy +5 (reports vs recommends)." Tones are each article's mean;
 * the modalities are named when they differ. In compare mode the shown claims are A's then B's,
 * so A is named first. It reads only the view, so in one-article mode it can name the other
 * articles but not their tones.
 */
export function agreementSummary(view: RelationView, sourceLabel: (id: string) => string): string {
  const grouped = new Map<string, Claim[]>();
  for (const claim of view.claims) {
    const list = grouped.get(claim.source);
    if (list) list.push(claim);
    else grouped.set(claim.source, [claim]);
  }
  const groups = [...grouped].map(([source, claims]) => statsOf(source, claims));
  const shown = new Set(grouped.keys());
  const others = view.sourceIds.filter((s) => !shown.has(s));
  const mean = (s: SourceStats): number => s.toneSum / s.count;
  const alsoOthers = others.length > 0 ? ` Also stated by ${listLabels(others.map(sourceLabel))}.` : '';

  if (groups.length === 0) {
    return others.length > 0
      ? `Not in this view; stated by ${listLabels(others.map(sourceLabel))}.`
      : 'No article states this relation.';
  }

  if (view.contested && groups.length >= 2) {
    const pair = contestedPair(groups, view.contestReason);
    if (pair) {
      const [a, b] = pair;
      const among = groups.length > 2 ? ` among ${articles(groups.length)}` : '';
      const verbsA = verbsOf(a);
      const verbsB = verbsOf(b);
      const how = verbsA === verbsB ? '' : ` (${verbsA} vs ${verbsB})`;
      return `Contested${among}: ${sourceLabel(a.source)} ${formatTone(mean(a))} vs ${sourceLabel(b.source)} ${formatTone(mean(b))}${how}.${alsoOthers}`;
    }
  }

  if (groups.length === 1) {
    const only = groups[0]!;
    const label = sourceLabel(only.source);
    const detail = `tone ${formatTone(mean(only))}, ${verbsOf(only)}`;
    if (others.length === 0) return `Stated by ${label} only (${detail}).`;
    const contest = view.contested ? `; ${others.length === 1 ? 'it contests' : 'at least one of them contests'} ${label}'s account` : '';
    return `${label}: ${detail}. Also stated by ${listLabels(others.map(sourceLabel))}${contest}.`;
  }

  const tones = groups.map(mean);
  const lo = Math.min(...tones);
  const hi = Math.max(...tones);
  const range = round1(lo) === round1(hi) ? `tone ${formatTone(lo)}` : `tones ${formatTone(lo)} to ${formatTone(hi)}`;
  const who = groups.length === 2
    ? `${sourceLabel(groups[0]!.source)} and ${sourceLabel(groups[1]!.source)} agree`
    : `Stated by ${articles(groups.length)}; they agree`;
  return `${who} (${range}).${alsoOthers}`;
}

// ---------------------------------------------------------------------------------------------
// URL form.

/**
 * "all" | "one:lawfare" | "compare:lawfare,quincy" (whitespace around parts and upper case are
 * tolerated; ids are lower-case). Anything else, a source not in knownSources, or comparing an
 * article with itself gives {mode: 'all'}.
 */
export function parsePerspective(text: string, knownSources: readonly string[]): Perspective {
  const all: Perspective = { mode: 'all' };
  const known = new Set(knownSources);
  const trimmed = text.trim().toLowerCase();
  const colon = trimmed.indexOf(':');
  if (colon < 0) return all;
  const mode = trimmed.slice(0, colon).trim();
  const rest = trimmed.slice(colon + 1);
  if (mode === 'one') {
    const source = rest.trim();
    return known.has(source) ? { mode: 'one', source } : all;
  }
  if (mode === 'compare') {
    const parts = rest.split(',').map((p) => p.trim());
    if (parts.length !== 2) return all;
    const [a, b] = parts as [string, string];
    return a !== b && known.has(a) && known.has(b) ? { mode: 'compare', a, b } : all;
  }
  return all;
}

export function formatPerspective(p: Perspective): string {
  switch (p.mode) {
    case 'all':
      return 'all';
    case 'one':
      return `one:${p.source}`;
    case 'compare':
      return `compare:${p.a},${p.b}`;
  }
}
