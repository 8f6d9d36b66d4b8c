/**
 * Ids that are also names of JavaScript's object properties (issue 18 item 2, for the model's
 * import and export code): an actor called "constructor" imports, keeps or lacks its position like
 * any other, and is exported without an inherited function standing in for its position.
 */
import { describe, expect, it } from 'vitest';
import { MultiDirectedGraph } from 'graphology';
import { parse } from 'graphology-gexf';
import { exportGraph, graphFromTrustedSerialization, importGraphFile, positionOf } from '../../src/model/interchange';
import { graphToGexf } from '../../src/model/gexf';
import { problemLine } from '../../src/model/import-guard';

/** The minimal file of issue 18 (written before stances, so it is also an older file). */
const CONSTRUCTOR_FILE = JSON.stringify({
  sources: [{ id: 's', title: 'T', kind: 'op-ed', perspective: 'P' }],
  actors: [
    { id: 'constructor', label: 'C', kind: 'state', description: 'd' },
    { id: 'other', label: 'O', kind: 'state', description: 'd' },
  ],
  relations: [
    {
      id: 'constructor--consult--other',
      from: 'constructor',
      to: 'other',
      type: 'consult',
      label: 'talks',
      claims: [{ source: 's', quote: 'A quote that is long enough.', tone: 1, modality: 'reported' }],
    },
  ],
});

function constructorGraph() {
  const result = importGraphFile({ path: 'constructor.json', text: CONSTRUCTOR_FILE });
  if (!result.ok) throw new Error(result.problems.map(problemLine).join('\n'));
  return result.imported;
}

describe('an actor whose id is "constructor"', () => {
  it('imports, with the older-file notice', () => {
    const imported = constructorGraph();
    expect(imported.graph.nodes()).toEqual(['constructor', 'other']);
    expect(imported.notices).toHaveLength(1);
  });

  it('has no position when the positions do not give it one', () => {
    const positions = { other: { x: 1, y: 2 } };
    expect(positionOf(positions, 'constructor')).toBeUndefined();
    expect(positionOf(positions, 'other')).toEqual({ x: 1, y: 2 });
    const { graph } = constructorGraph();
    const serialized = exportGraph(graph, positions);
    expect(serialized.nodes.find((n) => n.key === 'constructor')!.attributes).not.toHaveProperty('x');
    expect(graphToGexf(graph, { positions })).toContain('<viz:position x="1" y="-2"/>');
    const back = parse(MultiDirectedGraph, graphToGexf(graph, { positions }));
    expect(back.getNodeAttributes('constructor')).not.toHaveProperty('x');
  });

  it("keeps its own position through export, import and the worker's serialization", () => {
    const { graph } = constructorGraph();
    const positions = { constructor: { x: 5, y: 6 }, other: { x: 7, y: 8 } };
    const result = importGraphFile({ path: 'placed.json', text: JSON.stringify(exportGraph(graph, positions)) });
    if (!result.ok) throw new Error('refused');
    expect(result.imported.positions).toEqual(positions);
    expect(Object.hasOwn(result.imported.positions!, 'constructor')).toBe(true);
    const rebuilt = graphFromTrustedSerialization(structuredClone(exportGraph(graph, positions)));
    expect(rebuilt.positions).toEqual(positions);
    expect(positionOf(rebuilt.positions, 'constructor')).toEqual({ x: 5, y: 6 });
  });
});
