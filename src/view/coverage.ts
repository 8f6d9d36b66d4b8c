/**
 * Where each article stands on one relation, for the relation pane's coverage strip (as Ground
 * News' bias bar does for a story): for every article of the graph, whether it supports the
 * relation, opposes it, both, or does not mention it, with its quotes; and who speaks in a quote
 * that is someone else's words inside the article ("Smith, quoted in Lawfare").
 */
import type { ActorGraph } from '../model/graph';
import type { Claim, Modality, Stance } from '../model/schema';

/** An article's side on a relation: its claims all support it, all oppose it, some of each, or none. */
export type CoverageStance = 'supports' | 'opposes' | 'both' | 'silent';

export interface QuoteDetail {
  readonly quote: string;
  readonly stance: Stance;
  readonly modality: Modality;
  readonly tone: number;
  /** The actor whose words the article quotes; absent when it is the article's own voice. */
  readonly speaker?: { readonly id: string; readonly label: string };
}

export interface ArticleCoverage {
  readonly source: string;
  /** The article's short name (outlet, or the start of the title). */
  readonly label: string;
  readonly title: string;
  readonly stance: CoverageStance;
  readonly quotes: readonly QuoteDetail[];
}

export const COVERAGE_WORDS: Readonly<Record<CoverageStance, string>> = {
  supports: 'supports',
  opposes: 'opposes',
  both: 'supports and opposes',
  silent: 'does not mention',
};

/** The id DOM uses for an article's quotes in the relation pane, so the strip can bring them into view. */
export function quoteAnchor(relationId: string, source: string): string {
  return `quotes-${relationId}-${source}`.replace(/[^A-Za-z0-9_-]/g, '-');
}

/** Who speaks a quote: "Smith, quoted in Lawfare", or the article itself ("Lawfare"). */
export function voiceOf(quote: Pick<QuoteDetail, 'speaker'>, articleLabel: string): string {
  return quote.speaker ? `${quote.speaker.label}, quoted in ${articleLabel}` : articleLabel;
}

export function quoteDetail(graph: ActorGraph, claim: Claim): QuoteDetail {
  const speaker = claim.speaker;
  return {
    quote: claim.quote,
    stance: claim.stance,
    modality: claim.modality,
    tone: claim.tone,
    ...(speaker !== undefined ? { speaker: { id: speaker, label: graph.hasNode(speaker) ? graph.getNodeAttribute(speaker, 'label') : speaker } } : {}),
  };
}

export function stanceOfQuotes(quotes: readonly { readonly stance: Stance }[]): CoverageStance {
  if (quotes.length === 0) return 'silent';
  const supports = quotes.some((q) => q.stance === 'supports');
  const opposes = quotes.some((q) => q.stance === 'opposes');
  return supports && opposes ? 'both' : opposes ? 'opposes' : 'supports';
}

/**
 * One entry per article of the graph, in the graph's source order (then any source a claim cites
 * that the graph does not list); undefined for a relation the graph does not have.
 */
export function relationCoverage(
  graph: ActorGraph,
  relationId: string,
  labelOf: (source: string) => { readonly short: string; readonly title: string } | undefined,
): readonly ArticleCoverage[] | undefined {
  if (!graph.hasEdge(relationId)) return undefined;
  const claims = graph.getEdgeAttribute(relationId, 'claims');
  const order = (graph.getAttribute('sources') ?? []).map((s) => s.id);
  for (const c of claims) if (!order.includes(c.source)) order.push(c.source);
  return order.map((source) => {
    const quotes = claims.filter((c) => c.source === source).map((c) => quoteDetail(graph, c));
    const info = labelOf(source);
    return { source, label: info?.short ?? source, title: info?.title ?? source, stance: stanceOfQuotes(quotes), quotes };
  });
}
