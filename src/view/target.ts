/**
 * What a click, a list row or a URL points at: an actor, a relation, a collapsed group's bundle
 * of relations (a meta-edge), or a pair's merged relations (merged-pairs.ts). One type for the canvas's taps and the detail pane's selection, so
 * the two cannot drift apart; the URL carries only the first two (model/url-state's Selection).
 */
import type { ActorGraph } from '../model/graph';
import type { Selection } from '../model/url-state';
import type { ViewElements } from './elements';

export type ElementTarget = Selection | { readonly kind: 'meta'; readonly id: string } | { readonly kind: 'pair'; readonly id: string };

/** The target a drawn element id stands for, or null when nothing drawn or known has that id. */
export function targetFor(graph: ActorGraph, elements: ViewElements, id: string): ElementTarget | null {
  if (graph.hasNode(id)) return { kind: 'actor', id };
  if (graph.hasEdge(id)) return { kind: 'relation', id };
  const edge = elements.edges.find((e) => e.data.id === id);
  if (edge) return { kind: edge.data.role === 'pair' ? 'pair' : 'meta', id };
  return null;
}
