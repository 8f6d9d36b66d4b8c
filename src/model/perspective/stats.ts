/**
 * What the perspectives are computed from: per relation, per article, that article's claims,
 * their tone sum, modalities and stances; and the rules for comparing two articles (opposite
 * stances, tone gap, modality clash). Computed once per graph and cached, so every perspective
 * switch is one pass over the edges.
 *
 * Caching: the statistics are cached in a WeakMap keyed by the graph object. This assumes graphs
 * are not mutated after they are built (ours are rebuilt on import); as a cheap guard the cache is
 * rebuilt when the graph's node or edge count changes, but edits to claims in place are not seen.
 */
import type { ActorGraph } from '../graph';
import type { Claim } from '../schema';
import type { ShownStance } from './types';

/** One article's claims on one relation. */
export interface SourceStats {
  readonly source: string;
  readonly claims: readonly Claim[];
  readonly toneSum: number;
  readonly count: number;
  readonly reported: boolean;
  /** Speculates and never reports: the side of a modality clash opposite `reported`. */
  readonly speculatedOnly: boolean;
  /** Some claim supports the relation / some claim opposes it. */
  readonly supports: boolean;
  readonly opposes: boolean;
}

export function statsOf(source: string, claims: readonly Claim[]): SourceStats {
  let toneSum = 0;
  let reported = false;
  let speculated = false;
  let supports = false;
  let opposes = false;
  for (const claim of claims) {
    toneSum += claim.tone;
    if (claim.modality === 'reported') reported = true;
    else if (claim.modality === 'speculated') speculated = true;
    if (claim.stance === 'opposes') opposes = true;
    else supports = true;
  }
  return { source, claims, toneSum, count: claims.length, reported, speculatedOnly: speculated && !reported, supports, opposes };
}

export function stanceOf(supports: boolean, opposes: boolean): ShownStance {
  return supports && opposes ? 'both' : opposes ? 'opposes' : 'supports';
}

/**
 * |mean(a) - mean(b)|, computed from the sums with one division so that gaps which are whole
 * numbers (4 exactly, say) come out exact and the threshold comparison is not thrown by rounding.
 */
export function toneGapOf(a: SourceStats, b: SourceStats): number {
  return Math.abs(a.toneSum * b.count - b.toneSum * a.count) / (a.count * b.count);
}

/**
 * Reported by one, only speculated by the other ("differ in certainty"). `recommended` clashes
 * with neither: a recommendation says what should happen, it neither affirms nor denies that it
 * does (and a policy brief recommends by genre); an article that both reports and speculates does
 * not "only speculate".
 */
export function modalitiesClash(a: SourceStats, b: SourceStats): boolean {
  return (a.reported && b.speculatedOnly) || (b.reported && a.speculatedOnly);
}

/**
 * Opposite stances: one article supports the relation and the other opposes it. An article with
 * claims on both sides disagrees with either side (it also takes the other one).
 */
export function stancesClash(a: SourceStats, b: SourceStats): boolean {
  return (a.supports && b.opposes) || (a.opposes && b.supports);
}

export interface EdgeStats {
  readonly id: string;
  readonly endpoints: readonly [string, string];
  readonly claims: readonly Claim[];
  /** In first-claim order; sourceIds[i] === bySource[i].source. */
  readonly sourceIds: readonly string[];
  readonly bySource: readonly SourceStats[];
  readonly toneSum: number;
  /** Largest tone gap between any two articles stating it. */
  readonly maxGap: number;
  /** Some pair of articles clashes in modality / takes opposite stances. */
  readonly modalityClash: boolean;
  readonly stanceClash: boolean;
  /** The side of all its claims together. */
  readonly stance: ShownStance;
}

export interface GraphStats {
  readonly order: number;
  readonly size: number;
  readonly edges: readonly EdgeStats[];
  /** Each node's compound ancestors, nearest first. */
  readonly ancestors: ReadonlyMap<string, readonly string[]>;
  /** Per article, its stats on each edge, aligned with `edges` (undefined where it is silent). */
  readonly columns: ReadonlyMap<string, readonly (SourceStats | undefined)[]>;
  readonly sourceCount: number;
}

export const NO_CLAIMS: readonly Claim[] = Object.freeze([]);
export const NO_IDS: readonly string[] = Object.freeze([]);
const cache = new WeakMap<ActorGraph, GraphStats>();

export function graphStats(graph: ActorGraph): GraphStats {
  const steps = graphStatsInSteps(graph);
  for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
}

/** Relations per step of graphStatsInSteps. */
const EDGES_PER_STEP = 8000;

/**
 * graphStats a part at a time: the generator pauses every EDGES_PER_STEP relations (and before the
 * actors' ancestor chains), so a caller can spread a large graph's statistics over several tasks
 * (at 40,000 relations they took 130-160 ms in one). Returns the same cached statistics.
 */
export function* graphStatsInSteps(graph: ActorGraph): Generator<void, GraphStats, void> {
  const cached = cache.get(graph);
  if (cached && cached.order === graph.order && cached.size === graph.size) return cached;
  const allSources = new Set<string>((graph.getAttribute('sources') ?? []).map((s) => s.id));
  const edges: EdgeStats[] = [];
  const columns = new Map<string, (SourceStats | undefined)[]>();
  // (An iterator, in forEachEdge's order, so that it can pause.)
  for (const { edge: id, attributes, source: from, target: to } of graph.edgeEntries()) {
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
    edges.push(edgeStatsOf(id, from, to, claims, bySource, toneSum));
    if (edges.length % EDGES_PER_STEP === 0) yield;
  }
  for (const source of columns.keys()) allSources.add(source);
  if (edges.length >= EDGES_PER_STEP) yield;
  const stats: GraphStats = { order: graph.order, size: graph.size, edges, ancestors: ancestorChains(graph), columns, sourceCount: allSources.size };
  cache.set(graph, stats);
  return stats;
}

function ancestorChains(graph: ActorGraph): Map<string, readonly string[]> {
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
  return ancestors;
}

function edgeStatsOf(id: string, from: string, to: string, claims: readonly Claim[], bySource: readonly SourceStats[], toneSum: number): EdgeStats {
  let maxGap = 0;
  let anyReported = false;
  let anySpeculatedOnly = false;
  let supporters = 0;
  let opposers = 0;
  for (let i = 0; i < bySource.length; i++) {
    const si = bySource[i]!;
    anyReported ||= si.reported;
    anySpeculatedOnly ||= si.speculatedOnly;
    if (si.supports) supporters++;
    if (si.opposes) opposers++;
    for (let j = i + 1; j < bySource.length; j++) maxGap = Math.max(maxGap, toneGapOf(si, bySource[j]!));
  }
  return {
    id,
    endpoints: [from, to],
    claims,
    sourceIds: bySource.map((s) => s.source),
    bySource,
    toneSum,
    maxGap,
    // speculatedOnly excludes reported, so these are necessarily two different articles.
    modalityClash: anyReported && anySpeculatedOnly,
    // Some supporter and some opposer that are not one and the same article.
    stanceClash: supporters > 0 && opposers > 0 && bySource.length >= 2,
    stance: stanceOf(supporters > 0, opposers > 0),
  };
}

/** Rounded to one decimal, halves away from zero (so -2.25 and 2.25 mirror), never -0. */
export function round1(x: number): number {
  const r = (Math.sign(x) * Math.round(Math.abs(x) * 10)) / 10;
  return r === 0 ? 0 : r;
}
