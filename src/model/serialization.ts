/**
 * graphology's JSON serialization of our graph, without validation: writing it (export) and
 * reading a trusted one (the built-in graph, validated at build time, or a file the import worker
 * has already validated). Kept apart from interchange.ts so the first page load does not carry
 * the validator (zod); untrusted files go through interchange.ts's importGraphFile.
 */
import { MultiDirectedGraph } from 'graphology';
import type { ActorAttributes, ActorGraph, GraphAttributes, RelationAttributes } from './graph';

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

/** The graph in graphology's serialization; positions, when given, become node x and y. */
export function exportGraph(graph: ActorGraph, positions?: Positions): SerializedGraph {
  const exported = graph.export();
  return {
    attributes: { ...exported.attributes },
    options: { type: 'directed', multi: true, allowSelfLoops: false },
    nodes: (exported.nodes ?? []).map(({ key, attributes }) => {
      const position = positionOf(positions, key);
      return { key, attributes: { ...attributes, ...(position ? { x: position.x, y: position.y } : {}) } };
    }),
    edges: (exported.edges ?? []).map(({ key, source, target, attributes }) => ({
      key: key ?? `${source}->${target}`,
      source,
      target,
      attributes: { ...attributes },
    })),
  };
}

/**
 * A trusted serialization (the built-in graph, already validated at build time) -> graph and
 * positions, without running the validator. Untrusted files go through importGraphFile.
 */
export function graphFromTrustedSerialization(serialized: SerializedGraph): { graph: ActorGraph; positions: Positions | undefined } {
  // Own properties made by fromEntries (never a setter: an id may be "constructor").
  const entries: [string, { x: number; y: number }][] = [];
  let complete = serialized.nodes.length > 0;
  const nodes = serialized.nodes.map(({ key, attributes }) => {
    const { x, y, ...rest } = attributes;
    if (typeof x === 'number' && typeof y === 'number') entries.push([key, { x, y }]);
    else complete = false;
    return { key, attributes: rest };
  });
  const graph: ActorGraph = new MultiDirectedGraph<ActorAttributes, RelationAttributes, GraphAttributes>();
  graph.import({
    attributes: serialized.attributes as unknown as GraphAttributes,
    nodes: nodes as unknown as { key: string; attributes: ActorAttributes }[],
    edges: serialized.edges as unknown as { key: string; source: string; target: string; attributes: RelationAttributes }[],
  });
  return { graph, positions: complete ? Object.fromEntries(entries) : undefined };
}
