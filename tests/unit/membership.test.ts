import { describe, expect, it } from 'vitest';
import { MultiDirectedGraph } from 'graphology';
import type { ActorGraph } from '../../src/model/graph';
import { ancestorsOf, descendantsOf, membersOf } from '../../src/model/membership';
import { fixtureGraph } from '../fixtures/explorer';

describe('membership', () => {
  it('lists each group’s direct members in graph order, and every member of members', () => {
    const graph = fixtureGraph();
    const members = membersOf(graph);
    expect(members.get('us')).toEqual(['trump', 'kellogg']);
    expect(members.get('trump')).toBeUndefined();
    expect(descendantsOf(members, 'us').sort()).toEqual(['kellogg', 'trump']);
    expect(descendantsOf(members, 'lonely')).toEqual([]);
  });

  it('walks nested groups and stops at cycles and unknown parents', () => {
    // (A cycle cannot come from graph-data — the loader rejects it — but an imported graph is only checked once.)
    const graph = new MultiDirectedGraph() as unknown as ActorGraph;
    const node = (id: string, parent?: string): void =>
      void graph.addNode(id, { label: id, kind: 'organisation', aliases: [], description: '', ...(parent ? { parent } : {}) } as never);
    node('world');
    node('europe', 'world');
    node('poland', 'europe');
    node('a', 'b');
    node('b', 'a');
    node('orphan', 'nowhere');
    const members = membersOf(graph);
    expect(descendantsOf(members, 'world')).toEqual(['europe', 'poland']);
    expect(ancestorsOf(graph, 'poland')).toEqual(['europe', 'world']);
    expect(ancestorsOf(graph, 'a')).toEqual(['b']);
    expect(descendantsOf(members, 'a')).toEqual(['b']);
    expect(ancestorsOf(graph, 'orphan')).toEqual([]);
    expect(members.has('nowhere')).toBe(false);
  });
});
