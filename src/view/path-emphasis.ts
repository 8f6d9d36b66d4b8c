/**
 * What the canvas brings forward for a path (issue 16): the chain's actors and relations (through
 * collapsed groups: the group and the bundle standing for them), the groups around its actors so
 * they do not recede, and what the user selects while the path is shown. Everything else recedes
 * as it does around a selection (view/emphasis.ts); `onPath` is the chain alone, drawn marked.
 */
import type { ActorGraph } from '../model/graph';
import { ancestorsOf } from '../model/membership';
import type { PathChain } from '../model/paths';
import type { ViewElements } from './elements';
import type { Emphasis } from './emphasis';

export interface PathEmphasis {
  readonly emphasis: Emphasis;
  /** The drawn elements (nodes, edges or bundles) the chain runs through. */
  readonly onPath: ReadonlySet<string>;
}

/** The drawn edge for a relation: itself, or the collapsed group's bundle that carries it. */
function drawnEdgeFor(elements: ViewElements, relation: string): string | undefined {
  for (const edge of elements.edges) {
    if (edge.data.id === relation || edge.data.members?.includes(relation)) return edge.data.id;
  }
  return undefined;
}

export function pathEmphasis(graph: ActorGraph, elements: ViewElements, chain: PathChain, selected: Iterable<string> = []): PathEmphasis {
  const onPath = new Set<string>();
  const bright = new Set<string>();
  const rep = (id: string): string => elements.representative.get(id) ?? id;
  const addActor = (id: string, marked: boolean): void => {
    const node = rep(id);
    bright.add(node);
    if (marked) onPath.add(node);
    if (graph.hasNode(node)) for (const a of ancestorsOf(graph, node)) bright.add(a);
  };
  const addRelation = (id: string, marked: boolean): void => {
    const edge = drawnEdgeFor(elements, id);
    if (edge === undefined) return;
    bright.add(edge);
    if (marked) onPath.add(edge);
  };
  for (const actor of chain.actors) addActor(actor, true);
  for (const hop of chain.hops) addRelation(hop.relation, true);
  for (const id of selected) {
    if (graph.hasNode(id)) addActor(id, false);
    else if (graph.hasEdge(id)) {
      addRelation(id, false);
      addActor(graph.source(id), false);
      addActor(graph.target(id), false);
    } else if (elements.edges.some((e) => e.data.id === id)) bright.add(id);
  }
  return { emphasis: { elements: bright }, onPath };
}
