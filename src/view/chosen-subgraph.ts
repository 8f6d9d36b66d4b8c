/**
 * What an export takes, as data: the selected actors (a selected relation brings its two ends)
 * with the shown relations among them, or, when no actor is selected, everything shown now; with
 * a position for every node of the result (a group at the centre of its members).
 */
import type { ActorGraph } from '../model/graph';
import type { Positions } from '../model/interchange';
import type { Visibility } from '../model/filters';
import { centreOf, descendantsOf } from '../model/membership';
import { ownValue, setOwn } from '../model/own-record';
import { chooseSubgraph, subgraphOfChoice, type DescribedChoice } from '../model/subgraph';

export interface ChosenSubgraph extends DescribedChoice {
  readonly graph: ActorGraph;
  /** A position for every node of the subgraph (groups at the centre of their members). */
  readonly positions: Positions;
}

export interface ChoiceInput {
  /** Selected element ids (actors, relations; anything else is ignored). */
  readonly selectedIds: Iterable<string>;
  readonly visibility: Visibility;
  readonly members: ReadonlyMap<string, readonly string[]>;
  readonly positions: Positions | undefined;
}

export function chosenSubgraph(graph: ActorGraph, input: ChoiceInput): ChosenSubgraph {
  // The chosen actors; a chosen relation brings its two (and so the relations between them).
  const selected = new Set<string>();
  for (const id of input.selectedIds) {
    if (graph.hasNode(id)) selected.add(id);
    else if (graph.hasEdge(id)) selected.add(graph.source(id)).add(graph.target(id));
  }
  const nodes = new Set<string>();
  for (const [id, state] of input.visibility.actors) if (state === 'shown' || state === 'context') nodes.add(id);
  const choice = chooseSubgraph(graph, { selected, nodes, edges: input.visibility.shownRelations });
  const sub = subgraphOfChoice(graph, choice);
  const positions: Record<string, { x: number; y: number }> = {};
  const known = input.positions;
  sub.forEachNode((id) => {
    const centre = ownValue(known, id) ?? centreOf(descendantsOf(input.members, id), known);
    if (centre) setOwn(positions, id, { x: centre.x, y: centre.y });
  });
  return { ...choice, graph: sub, positions };
}
