/**
 * graphology's JSON serialization of our graph, without validation: writing it (export) and
 * reading a trusted one (the built-in graph, validated at build time, or a file the import worker
 * has already validated). Kept apart from interchange.ts so the first page load does not carry
 * the validator (zod); untrusted files go through interchange.ts's importGraphFile.
 *
 * Positions are written with y pointing UP, as sigma.js (Gephi Lite, Retina) and Gephi read
 * them, and the file says so in its graph attributes: `yAxis: "up"`. The explorer draws y down
 * (Cytoscape), so readers flip y back when, and only when, that marker is there: files written
 * before it (y down, no marker) read as they always did. Written for other tools too, never read
 * back as data: node `size` and `color`, edge `color` (from the explorer's palette, when given)
 * and edge `weight` (the number of articles that state the relation).
 */
import { emptyActorGraph, type ActorAttributes, type ActorGraph, type GraphAttributes, type RelationAttributes } from './graph';
import { articleCount, type ExportLooks } from './export-looks';

/** The graph attribute that says a file's y axis points up; its absence means down (older files). */
export const Y_AXIS_ATTRIBUTE = 'yAxis';
export const Y_UP = 'up';

/** -y, without writing -0. */
export const flipY = (y: number): number => (y === 0 ? 0 : -y);

/** Whether a serialization's graph attributes say its y axis points up. */
export const yPointsUp = (attributes: unknown): boolean =>
  typeof attributes === 'object' && attributes !== null && (attributes as Record<string, unknown>)[Y_AXIS_ATTRIBUTE] === Y_UP;

export type Positions = Readonly<Record<string, { readonly x: number; readonly y: number }>>;

/**
 * A node's position when `positions` has one of its own. Never an inherited property: an id may
 * be "constructor", and `positions["constructor"]` of a plain object is a function.
 */
export function positionOf(positions: Positions | undefined, key: string): { readonly x: number; readonly y: number } | undefined {
  return positions !== undefined && Object.hasOwn(positions, key) ? positions[key] : undefined;
}

export interface SerializedGraph {
  attributes: Record<string, unknown>;
  options: { type: 'directed'; multi: true; allowSelfLoops: false };
  nodes: { key: string; attributes: Record<string, unknown> }[];
  edges: { key: string; source: string; target: string; attributes: Record<string, unknown> }[];
}

/**
 * The graph in graphology's serialization; positions, when given, become node x and y (y up).
 * Every edge gets its `weight`; with `looks`, nodes get `size` and `color`, edges `color`.
 */
export function exportGraph(graph: ActorGraph, positions?: Positions, looks?: ExportLooks): SerializedGraph {
  return {
    attributes: { ...graph.getAttributes(), [Y_AXIS_ATTRIBUTE]: Y_UP },
    options: { type: 'directed', multi: true, allowSelfLoops: false },
    nodes: graph.mapNodes((key, attributes) => {
      const position = positionOf(positions, key);
      return {
        key,
        attributes: {
          ...attributes,
          ...(position ? { x: position.x, y: flipY(position.y) } : {}),
          ...(looks ? { size: looks.nodeSize(attributes.kind), color: looks.nodeColor(attributes.kind) } : {}),
        },
      };
    }),
    edges: graph.mapEdges((key, attributes, source, target) => ({
      key,
      source,
      target,
      attributes: { ...attributes, weight: articleCount(attributes), ...(looks ? { color: looks.edgeColor(attributes.quadClass) } : {}) },
    })),
  };
}

/**
 * Builds the graph of a trusted serialization from its parts, in the order they cross from the
 * import worker (import-chunks.ts): nodes, then edges, then the graph's attributes. At 20,000
 * actors and 40,000 relations rebuilding the graph in one go was a task of 200-400 ms on the page;
 * a part at a time, each message's task stays short.
 */
export class TrustedGraphAssembler {
  readonly #graph: ActorGraph = emptyActorGraph();
  /** Each node's x and y as the file has them (whether y points up is said by the attributes, last). */
  readonly #points: [string, number, number][] = [];
  #nodes = 0;

  addNodes(nodes: SerializedGraph['nodes']): void {
    // What the export adds for other tools (sizes, colours, weights) is not graph data.
    const kept = nodes.map(({ key, attributes }) => {
      const { x, y, size: _size, color: _color, ...rest } = attributes;
      if (typeof x === 'number' && typeof y === 'number') this.#points.push([key, x, y]);
      return { key, attributes: rest };
    });
    this.#nodes += nodes.length;
    this.#graph.import({ nodes: kept as unknown as { key: string; attributes: ActorAttributes }[] });
  }

  addEdges(edges: SerializedGraph['edges']): void {
    const kept = edges.map(({ attributes, ...edge }) => {
      const { weight: _weight, color: _color, ...rest } = attributes;
      return { ...edge, attributes: rest };
    });
    this.#graph.import({ edges: kept as unknown as { key: string; source: string; target: string; attributes: RelationAttributes }[] });
  }

  /** The graph, and the positions when every node has one. */
  finish(attributes: SerializedGraph['attributes']): { graph: ActorGraph; positions: Positions | undefined } {
    const up = yPointsUp(attributes);
    const { [Y_AXIS_ATTRIBUTE]: _axis, ...graphAttributes } = attributes;
    this.#graph.import({ attributes: graphAttributes as unknown as GraphAttributes });
    const complete = this.#nodes > 0 && this.#points.length === this.#nodes;
    // Own properties made by fromEntries (never a setter: an id may be "constructor").
    const positions = complete ? Object.fromEntries(this.#points.map(([key, x, y]) => [key, { x, y: up ? flipY(y) : y }])) : undefined;
    return { graph: this.#graph, positions };
  }
}

/**
 * A trusted serialization (the built-in graph, already validated at build time) -> graph and
 * positions, without running the validator. Untrusted files go through importGraphFile.
 */
export function graphFromTrustedSerialization(serialized: SerializedGraph): { graph: ActorGraph; positions: Positions | undefined } {
  const assembler = new TrustedGraphAssembler();
  assembler.addNodes(serialized.nodes);
  assembler.addEdges(serialized.edges);
  return assembler.finish(serialized.attributes);
}
