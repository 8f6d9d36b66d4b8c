/**
 * What the canvas keeps bright around a selection: the selected elements, the groups around them,
 * a selected group's drawn members, and every drawn relation (or bundle standing for relations)
 * touching a selected actor with its other end. Everything else recedes.
 */
import type { ActorGraph } from '../model/graph';
import { ancestorsOf, descendantsOf } from '../model/membership';
import type { ViewElements } from './elements';

export interface Emphasis {
  readonly elements: ReadonlySet<string>;
}

/** The emphasis for these selected ids (actors, relations or bundles); undefined when nothing is selected or drawn. */
export function emphasisOf(
  graph: ActorGraph,
  elements: ViewElements,
  members: ReadonlyMap<string, readonly string[]>,
  ids: ReadonlySet<string>,
): Emphasis | undefined {
  if (ids.size === 0) return undefined;
  const rep = (id: string): string => elements.representative.get(id) ?? id;
  const bright = new Set<string>();
  const addNode = (id: string): void => {
    const node = rep(id);
    bright.add(node);
    if (graph.hasNode(node)) for (const a of ancestorsOf(graph, node)) bright.add(a);
  };
  const drawnEdges = new Map(elements.edges.map((e) => [e.data.id, e.data]));
  for (const id of ids) {
    if (graph.hasNode(id)) {
      addNode(id);
      for (const member of descendantsOf(members, id)) if (elements.representative.get(member) === member) bright.add(member);
      // Its drawn relations (or the bundles standing for them) and their other ends.
      for (const edge of elements.edges) {
        if (edge.data.source === rep(id) || edge.data.target === rep(id)) {
          bright.add(edge.data.id);
          addNode(edge.data.source);
          addNode(edge.data.target);
        }
      }
    } else {
      const edge = drawnEdges.get(id);
      if (!edge) continue;
      bright.add(id);
      addNode(edge.source);
      addNode(edge.target);
    }
  }
  return bright.size > 0 ? { elements: bright } : undefined;
}
