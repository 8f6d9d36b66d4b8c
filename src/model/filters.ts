/**
 * Filters and focus as pure functions from the graph to what is drawn: the perspective says which
 * relations and actors an article (or two) speaks to, the legend's checkboxes hide relation types,
 * QuadClasses and actor kinds, and a neighbourhood focus fades everything further than 1 or 2 hops
 * from the selected actor. The result names a state per element (shown, faded, hidden, or, for an
 * actor that is only drawn because something shown sits inside it, context); the canvas turns it
 * into classes in one batch and never re-runs the layout.
 */
import type { ActorGraph } from './graph';
import type { ActorKind } from './schema';
import { neighbourhood } from './subgraph';
import { RELATION_TYPES, type QuadClassId, type RelationTypeId } from './typology';

export interface Filters {
  readonly hiddenTypes: ReadonlySet<RelationTypeId>;
  readonly hiddenQuads: ReadonlySet<QuadClassId>;
  readonly hiddenKinds: ReadonlySet<ActorKind>;
}

export const NO_FILTERS: Filters = Object.freeze({
  hiddenTypes: new Set<RelationTypeId>(),
  hiddenQuads: new Set<QuadClassId>(),
  hiddenKinds: new Set<ActorKind>(),
});

export function isFiltering(filters: Filters): boolean {
  return filters.hiddenTypes.size > 0 || filters.hiddenQuads.size > 0 || filters.hiddenKinds.size > 0;
}

/** Whether two sets hold the same values. */
export function sameMembers<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): boolean {
  if (a.size !== b.size) return false;
  for (const value of a) if (!b.has(value)) return false;
  return true;
}

/** Whether two filter settings hide the same types, QuadClasses and kinds. */
export function sameFilters(a: Filters, b: Filters): boolean {
  return sameMembers(a.hiddenTypes, b.hiddenTypes) && sameMembers(a.hiddenQuads, b.hiddenQuads) && sameMembers(a.hiddenKinds, b.hiddenKinds);
}

/** A copy of `set` with `value` added or removed. */
export function toggled<T>(set: ReadonlySet<T>, value: T, on: boolean = !set.has(value)): ReadonlySet<T> {
  const next = new Set(set);
  if (on) next.add(value);
  else next.delete(value);
  return next;
}

/** Whether a relation type shows under the filters: neither it nor its QuadClass is unticked. */
export function typeShown(filters: Filters, type: RelationTypeId): boolean {
  if (filters.hiddenTypes.has(type)) return false;
  const info = RELATION_TYPES.find((t) => t.id === type);
  return info === undefined || !filters.hiddenQuads.has(info.quadClass);
}

export type ActorState = 'shown' | 'faded' | 'context' | 'hidden';
export type RelationState = 'shown' | 'faded' | 'hidden';

export interface Focus {
  readonly actor: string;
  /** 1 or 2 steps out, following shown relations either way. */
  readonly hops: number;
}

export interface VisibilityInput {
  readonly filters: Filters;
  /** What the perspective shows; absent means everything. */
  readonly perspectiveActors?: ReadonlySet<string> | undefined;
  readonly perspectiveRelations?: ReadonlySet<string> | undefined;
  /** Draw what the perspective leaves out faded instead of hiding it. */
  readonly fadeOutsidePerspective?: boolean | undefined;
  readonly focus?: Focus | undefined;
  /** Relations dated after the time bar's day (time.ts relationsAfter): hidden, or faded with fadeOutsidePerspective. */
  readonly laterRelations?: ReadonlySet<string> | undefined;
}

export interface Visibility {
  readonly actors: ReadonlyMap<string, ActorState>;
  readonly relations: ReadonlyMap<string, RelationState>;
  /** Actors and relations drawn in full (not hidden, not faded, not mere context). */
  readonly shownActors: ReadonlySet<string>;
  readonly shownRelations: ReadonlySet<string>;
  /** Actors and relations drawn at all (faded and context included). */
  readonly drawnActors: ReadonlySet<string>;
  readonly drawnRelations: ReadonlySet<string>;
  /** The focus actually applied (absent when its actor is hidden). */
  readonly focus?: Focus;
  /** What was shown before the focus faded anything (only with a focus): the Path tool and the Depth counts use it. */
  readonly unfocused?: { readonly actors: ReadonlySet<string>; readonly relations: ReadonlySet<string> };
}

export function computeVisibility(graph: ActorGraph, input: VisibilityInput): Visibility {
  const { filters, perspectiveActors, perspectiveRelations } = input;
  const outside = input.fadeOutsidePerspective ? 'faded' : 'hidden';
  const actors = new Map<string, ActorState>();
  graph.forEachNode((node, a) => {
    let state: ActorState = perspectiveActors === undefined || perspectiveActors.has(node) ? 'shown' : outside;
    if (filters.hiddenKinds.has(a.kind)) state = 'hidden';
    actors.set(node, state);
  });

  const relations = new Map<string, RelationState>();
  graph.forEachEdge((edge, r, source, target) => {
    let state: RelationState = perspectiveRelations === undefined || perspectiveRelations.has(edge) ? 'shown' : outside;
    if (state === 'shown' && input.laterRelations?.has(edge)) state = outside;
    if (!typeShown(filters, r.type)) state = 'hidden';
    const ends = [actors.get(source), actors.get(target)];
    if (ends.includes('hidden')) state = 'hidden';
    else if (state === 'shown' && ends.includes('faded')) state = 'faded';
    relations.set(edge, state);
  });

  let focus: Focus | undefined;
  let unfocused: Visibility['unfocused'];
  if (input.focus && input.focus.hops > 0 && actors.get(input.focus.actor) === 'shown') {
    focus = input.focus;
    const nodes = new Set<string>();
    const edges = new Set<string>();
    for (const [id, s] of actors) if (s === 'shown') nodes.add(id);
    for (const [id, s] of relations) if (s === 'shown') edges.add(id);
    unfocused = { actors: nodes, relations: edges };
    const near = new Set(neighbourhood(graph, [focus.actor], { depth: focus.hops, visible: { nodes, edges } }));
    for (const id of nodes) if (!near.has(id)) actors.set(id, 'faded');
    graph.forEachEdge((edge, _r, source, target) => {
      if (relations.get(edge) === 'shown' && !(near.has(source) && near.has(target))) relations.set(edge, 'faded');
    });
  }

  // A hidden compound that holds something drawn is drawn as its container only.
  graph.forEachNode((node) => {
    if (actors.get(node) === 'hidden') return;
    let parent = graph.getNodeAttribute(node, 'parent');
    const seen = new Set<string>([node]);
    while (parent !== undefined && graph.hasNode(parent) && !seen.has(parent)) {
      seen.add(parent);
      if (actors.get(parent) === 'hidden') actors.set(parent, 'context');
      parent = graph.getNodeAttribute(parent, 'parent');
    }
  });

  const pick = <S extends string>(map: ReadonlyMap<string, S>, keep: (s: S) => boolean): Set<string> => {
    const out = new Set<string>();
    for (const [id, s] of map) if (keep(s)) out.add(id);
    return out;
  };
  return {
    actors,
    relations,
    shownActors: pick(actors, (s) => s === 'shown'),
    shownRelations: pick(relations, (s) => s === 'shown'),
    drawnActors: pick(actors, (s) => s !== 'hidden'),
    drawnRelations: pick(relations, (s) => s !== 'hidden'),
    ...(focus ? { focus } : {}),
    ...(unfocused ? { unfocused } : {}),
  };
}
