/**
 * Dataset -> graphology multi-directed graph with typed attributes. Nodes are actors, edges
 * are relations (the edge key is the relation id, so parallel relations between the same pair
 * stay distinct); graph attributes carry the sources. Everything else in the model reads this graph.
 */
import { MultiDirectedGraph } from 'graphology';
import type { ActorKind, Claim, Dataset, Direction, RelationDates, Source } from './schema';
import { relationTypeInfo, type QuadClassId, type RelationTypeId } from './typology';
import { protectIndexes } from './safe-graph';

export interface ActorAttributes {
  label: string;
  kind: ActorKind;
  aliases: string[];
  /** The key of the actor this one belongs to (a person within their state). */
  parent?: string;
  description: string;
  /** Optional precomputed position, when a layout has been stored with the graph. */
  x?: number;
  y?: number;
}

export interface RelationAttributes {
  type: RelationTypeId;
  label: string;
  direction: Direction;
  dates?: RelationDates;
  claims: Claim[];
  /** Derived from the typology, kept so other tools (Gephi Lite) can colour by them. */
  cameo: string;
  quadClass: QuadClassId;
}

export interface GraphAttributes {
  title: string;
  sources: Source[];
}

export type ActorGraph = MultiDirectedGraph<ActorAttributes, RelationAttributes, GraphAttributes>;

/** An empty actor graph in which every id is an ordinary key, "__proto__" and "constructor" included (safe-graph.ts). */
export function emptyActorGraph(): ActorGraph {
  return protectIndexes(new MultiDirectedGraph<ActorAttributes, RelationAttributes, GraphAttributes>());
}

export const DEFAULT_GRAPH_TITLE = 'The 2025 US–Belarus thaw';

export function buildGraph(dataset: Dataset, title: string = DEFAULT_GRAPH_TITLE): ActorGraph {
  const graph: ActorGraph = emptyActorGraph();
  graph.replaceAttributes({ title, sources: dataset.sources.map((s) => ({ ...s })) });
  for (const actor of dataset.actors) {
    const attributes: ActorAttributes = {
      label: actor.label,
      kind: actor.kind,
      aliases: [...actor.aliases],
      description: actor.description,
    };
    if (actor.parent !== undefined) attributes.parent = actor.parent;
    graph.addNode(actor.id, attributes);
  }
  for (const relation of dataset.relations) {
    const info = relationTypeInfo(relation.type);
    const attributes: RelationAttributes = {
      type: relation.type,
      label: relation.label,
      direction: relation.direction,
      claims: relation.claims.map((c) => ({ ...c })),
      cameo: info.cameo,
      quadClass: info.quadClass,
    };
    if (relation.dates) attributes.dates = { ...relation.dates };
    graph.addDirectedEdgeWithKey(relation.id, relation.from, relation.to, attributes);
  }
  return graph;
}

/** The inverse of buildGraph: the graph as a dataset (positions are not part of a dataset). */
export function graphToDataset(graph: ActorGraph): Dataset {
  return {
    sources: graph.getAttribute('sources').map((s) => ({ ...s })),
    actors: graph.mapNodes((id, a) => ({
      id,
      label: a.label,
      kind: a.kind,
      ...(a.parent !== undefined ? { parent: a.parent } : {}),
      aliases: [...a.aliases],
      description: a.description,
    })),
    relations: graph.mapEdges((id, a, from, to) => ({
      id,
      from,
      to,
      type: a.type,
      direction: a.direction,
      label: a.label,
      ...(a.dates ? { dates: { ...a.dates } } : {}),
      claims: a.claims.map((c) => ({ ...c })),
    })),
  };
}

/** Distinct source ids that state a relation, in first-claim order. */
export function claimSources(attributes: Pick<RelationAttributes, 'claims'>): string[] {
  return [...new Set(attributes.claims.map((c) => c.source))];
}
