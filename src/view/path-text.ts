/**
 * The Path tool's words (issue 16), shared by its panel and the canvas's live region: a chain as
 * "Kellogg → Lukashenko → Putin", a result in one sentence, and what the F and T keys announce.
 */
import type { ActorGraph } from '../model/graph';
import type { PathChain, PathEnd, PathHop, PathResult } from '../model/paths';

export const steps = (n: number): string => `${n} ${n === 1 ? 'step' : 'steps'}`;

/** "Keith Kellogg → Alexander Lukashenko → Vladimir Putin". */
export function chainText(chain: PathChain): string {
  const first = chain.hops[0];
  if (!first) return '';
  return [first.fromLabel, ...chain.hops.map((h) => h.toLabel)].join(' → ');
}

/** The arrow between a hop's two actors, as drawn (→ along the relation, ← against it, ↔ mutual), and in words. */
export function hopArrow(hop: PathHop): { readonly symbol: string; readonly words: string } {
  if (hop.along === 'mutual') return { symbol: '↔', words: 'with' };
  return hop.along === 'forward' ? { symbol: '→', words: 'to' } : { symbol: '←', words: 'from' };
}

/** One sentence for a result: "Kellogg to Putin: 2 steps, through Lukashenko." or why there is none. */
export function resultSentence(result: PathResult, chosen: PathChain | undefined): string {
  if (result.kind === 'none') return result.message;
  const chain = chosen ?? result.chains[0];
  if (!chain) return '';
  const first = chain.hops[0]!;
  const last = chain.hops[chain.hops.length - 1]!;
  const through = chain.hops.slice(0, -1).map((h) => h.toLabel);
  return `${first.fromLabel} to ${last.toLabel}: ${steps(result.length)}${through.length > 0 ? `, through ${through.join(', ')}` : ''}.`;
}

/** What the live region says when a key makes the focused actor an end of the path. */
export function pathEndAnnouncement(graph: ActorGraph, end: PathEnd, actor: string, other: string | undefined, result: PathResult | undefined): string {
  const label = graph.hasNode(actor) ? graph.getNodeAttribute(actor, 'label') : actor;
  const set = `Path ${end}: ${label}.`;
  if (other === undefined) return `${set} Press ${end === 'from' ? 'T' : 'F'} on another actor to set the ${end === 'from' ? 'end' : 'start'}.`;
  return result ? `${set} ${resultSentence(result, undefined)}` : set;
}
