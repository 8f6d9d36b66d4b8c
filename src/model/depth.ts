/**
 * The "Depth" control's numbers (issue 16): how many actors and relations a neighbourhood focus of
 * 1, 2 or 3 steps around an actor keeps in full, counted over what the view shows before the focus
 * fades anything, the same way computeVisibility (filters.ts) applies the focus: the actors within
 * that many steps over shown relations, and the shown relations between two of them.
 */
import type { ActorGraph } from './graph';
import type { Visibility } from './filters';
import { neighbourhood } from './subgraph';

export type DepthSteps = 1 | 2 | 3;
export const DEPTH_STEPS: readonly DepthSteps[] = [1, 2, 3];

export interface DepthCount {
  readonly steps: DepthSteps;
  /** Actors the focus brings in besides the focused one. */
  readonly actors: number;
  /** Shown relations between actors inside the focus. */
  readonly relations: number;
}

export interface ShownSets {
  readonly actors: ReadonlySet<string>;
  readonly relations: ReadonlySet<string>;
}

/** What the view shows before a neighbourhood focus fades anything (the focus's own starting point). */
export function shownBeforeFocus(visibility: Visibility): ShownSets {
  return visibility.unfocused ?? { actors: visibility.shownActors, relations: visibility.shownRelations };
}

/** The counts for each depth; empty when the actor is not shown (a focus on it would do nothing). */
export function depthCounts(graph: ActorGraph, actor: string, shown: ShownSets): DepthCount[] {
  if (!graph.hasNode(actor) || !shown.actors.has(actor)) return [];
  const visible = { nodes: shown.actors, edges: shown.relations };
  return DEPTH_STEPS.map((steps) => {
    const near = new Set(neighbourhood(graph, [actor], { depth: steps, visible }));
    let relations = 0;
    for (const r of shown.relations) {
      if (graph.hasEdge(r) && near.has(graph.source(r)) && near.has(graph.target(r))) relations++;
    }
    return { steps, actors: near.size - 1, relations };
  });
}
