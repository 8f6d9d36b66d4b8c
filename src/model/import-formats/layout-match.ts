/**
 * "Apply layout from file": a file's positions matched to the current graph by actor id. Groups
 * take no position of their own (Cytoscape draws them around their members), so only leaves are
 * moved; what matched, which of the graph's actors the file does not place, and how many of the
 * file's nodes the graph does not have, said in one line.
 */
import type { ActorGraph } from '../graph';
import { membersOf } from '../membership';
import { positionOf, type Positions } from '../serialization';

export interface LayoutMatch {
  /** Positions of the graph's leaves that the file places. */
  readonly positions: Positions;
  readonly matched: number;
  /** The graph's leaves the file does not place (they stay where they are). */
  readonly notFound: readonly string[];
  /** How many of the file's nodes are not in the graph. */
  readonly unknown: number;
}

export function matchLayout(graph: ActorGraph, filePositions: Positions): LayoutMatch {
  const groups = membersOf(graph);
  const entries: [string, { x: number; y: number }][] = [];
  const notFound: string[] = [];
  graph.forEachNode((id) => {
    if (groups.has(id)) return;
    const p = positionOf(filePositions, id);
    if (p) entries.push([id, { x: p.x, y: p.y }]);
    else notFound.push(id);
  });
  const unknown = Object.keys(filePositions).filter((id) => !graph.hasNode(id)).length;
  return { positions: Object.fromEntries(entries), matched: entries.length, notFound, unknown };
}

/** "Moved 40 of 45 actors. Not in the file: a, b, c. 2 nodes of the file are not in this graph." */
export function describeLayoutMatch(graph: ActorGraph, fileName: string, match: LayoutMatch, listed = 10): string {
  const leaves = match.matched + match.notFound.length;
  if (match.matched === 0) return `No actor of this graph is in “${fileName}”: nothing moved (the file's ids must be the graph's).`;
  const parts = [`Layout from “${fileName}”: moved ${match.matched} of ${leaves} actors.`];
  if (match.notFound.length > 0) {
    const names = match.notFound.slice(0, listed).map((id) => graph.getNodeAttribute(id, 'label'));
    const more = match.notFound.length - names.length;
    parts.push(`Not found in the file (left where they were): ${names.join(', ')}${more > 0 ? ` and ${more} more` : ''}.`);
  }
  if (match.unknown > 0)
    parts.push(`${match.unknown} ${match.unknown === 1 ? 'node' : 'nodes'} of the file ${match.unknown === 1 ? 'is' : 'are'} not in this graph.`);
  return parts.join(' ');
}
