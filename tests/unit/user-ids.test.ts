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
import { importConstructorFile } from '../fixtures/constructor-file';

describe('an actor whose id is "constructor"', () => {
  it('imports, with the older-file notice', () => {
    const imported = importConstructorFile();
    expect(imported.graph.nodes()).toEqual(['constructor', 'other']);
    expect(imported.notices).toHaveLength(1);
  });

  it('has no position when the positions do not give it one', () => {
    const positions = { other: { x: 1, y: 2 } };
    expect(positionOf(positions, 'constructor')).toBeUndefined();
    expect(positionOf(positions, 'other')).toEqual({ x: 1, y: 2 });
    const { graph } = importConstructorFile();
    const serialized = exportGraph(graph, positions);
    expect(serialized.nodes.find((n) => n.key === 'constructor')!.attributes).not.toHaveProperty('x');
    expect(graphToGexf(graph, { positions })).toContain('<viz:position x="1" y="-2"/>');
    const back = parse(MultiDirectedGraph, graphToGexf(graph, { positions }));
    expect(back.getNodeAttributes('constructor')).not.toHaveProperty('x');
  });

  it("keeps its own position through export, import and the worker's serialization", () => {
    const { graph } = importConstructorFile();
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
