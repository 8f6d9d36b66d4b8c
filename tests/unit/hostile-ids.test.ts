/**
 * Ids that are also names of JavaScript's object properties (issue 18, defect 1 and Build item 2):
 * `constructor`, `__proto__`, `toString`, `hasOwnProperty` are ordinary actor ids everywhere after
 * the import: in the graph (graphology keeps its neighbours in plain objects), the metrics, the
 * canvas mapping, the layout's pure passes, the positions kept per dataset, and the headless layout
 * (fcose and cose-base key their nodes by id in plain objects).
 */
import { afterEach, describe, expect, it } from 'vitest';
import cytoscape from 'cytoscape';
import { processImport } from '../../src/model/import-protocol';
import { readImportFiles } from '../../src/model/import-formats/dispatch';
import { graphFromTrustedSerialization, type Positions } from '../../src/model/serialization';
import type { ActorGraph } from '../../src/model/graph';
import { computeActorMetrics } from '../../src/model/metrics';
import { centreOf, descendantsOf, membersOf } from '../../src/model/membership';
import { buildElements } from '../../src/view/elements';
import { mergeCanvasPositions, nodePositions } from '../../src/view/positions';
import { removeOverlaps, type LeafSpec } from '../../src/layout/overlap';
import { centreOnOrigin } from '../../src/layout/centre';
import { refineDraftLayout } from '../../src/layout/force-refine';
import { computeLayout } from '../../src/cy/run-layout';
import { loadFcose } from '../../src/cy/fcose';
import { findPaths } from '../../src/model/paths';
import { importConstructorFile } from '../fixtures/constructor-file';

export const HOSTILE_IDS = ['constructor', '__proto__', 'toString', 'hasOwnProperty'] as const;

/** Another tool's graphology JSON (foreign ids are not kebab-case checked) whose actors are exactly the four. */
export function hostileFile(): string {
  return JSON.stringify({
    nodes: HOSTILE_IDS.map((key) => ({ key, attributes: { label: `Actor ${key}` } })),
    edges: [
      { key: 'r1', source: 'constructor', target: '__proto__' },
      { key: 'r2', source: '__proto__', target: 'toString' },
      { key: 'r3', source: 'toString', target: 'hasOwnProperty' },
      { key: 'r4', source: 'hasOwnProperty', target: 'constructor' },
      { key: 'r5', source: 'toString', target: '__proto__' },
    ],
  });
}

function hostileGraph(): ActorGraph {
  const outcome = processImport('hostile.json', hostileFile());
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
  return graphFromTrustedSerialization(outcome.serialized).graph;
}

/** Positions as they come from a file or from storage (JSON.parse makes `__proto__` an own key). */
const parsed = (value: object): Positions => JSON.parse(JSON.stringify(value)) as Positions;
const point = (record: object, key: string): unknown => (Object.hasOwn(record, key) ? (record as Record<string, unknown>)[key] : undefined);

afterEach(() => {
  // Nothing may have been written onto Object.prototype (or Object) along the way.
  expect(Object.hasOwn(Object.prototype, 'previous')).toBe(false);
  expect(Object.hasOwn(Object, 'previous')).toBe(false);
});

describe('the graph with hostile ids', () => {
  it('keeps every relation at its two ends, and writes nothing onto Object.prototype', () => {
    const graph = hostileGraph();
    expect(graph.nodes()).toEqual([...HOSTILE_IDS]);
    expect(graph.size).toBe(5);
    expect(graph.degree('__proto__')).toBe(3);
    expect(graph.edges('__proto__').sort()).toEqual(['r1', 'r2', 'r5']);
    expect(graph.edges('constructor').sort()).toEqual(['r1', 'r4']);
    expect(graph.neighbors('toString').sort()).toEqual(['__proto__', 'hasOwnProperty']);
    expect(graph.outEdges('toString', '__proto__')).toEqual(['r5']);
    expect(graph.hasEdge('toString', '__proto__')).toBe(true);
    expect(graph.hasEdge('hasOwnProperty', 'constructor')).toBe(true);
    expect(graph.hasEdge('constructor', 'toString')).toBe(false);
    expect(graph.hasEdge('r3')).toBe(true);
    expect(({} as Record<string, unknown>).previous).toBeUndefined();
  });
});

describe('metrics with hostile ids', () => {
  it('gives numbers for a two-actor graph (no betweenness computed) whose actor is "constructor"', () => {
    const metrics = computeActorMetrics(importConstructorFile().graph);
    expect(typeof metrics.get('constructor')!.betweenness).toBe('number');
    expect(metrics.get('constructor')!.betweenness.toFixed(2)).toBe('0.00');
  });

  it('gives numbers for every one of the four', () => {
    const metrics = computeActorMetrics(hostileGraph());
    for (const id of HOSTILE_IDS) {
      const m = metrics.get(id)!;
      expect(typeof m.betweenness).toBe('number');
      expect(Number.isFinite(m.betweenness)).toBe(true);
      expect(Number.isInteger(m.betweennessRank)).toBe(true);
    }
    expect(metrics.get('__proto__')!.degree).toBe(3);
    expect(metrics.get('__proto__')!.neighbours).toBe(2);
  });
});

describe('positions keyed by hostile ids', () => {
  it('membership: a missing "constructor" has no centre', () => {
    expect(centreOf(['constructor'], { other: { x: 1, y: 2 } })).toBeUndefined();
    expect(centreOf(['toString', 'other'], { other: { x: 1, y: 2 } })).toEqual({ x: 1, y: 2 });
    const members = membersOf(hostileGraph());
    expect(descendantsOf(members, 'constructor')).toEqual([]);
  });

  it('elements: an actor without a position gets none, and "__proto__" keeps its own', () => {
    const graph = hostileGraph();
    const unplaced = buildElements(graph, { positions: { other: { x: 1, y: 2 } } });
    for (const node of unplaced.nodes) expect(node.position).toBeUndefined();
    const placed = buildElements(graph, {
      positions: parsed({ constructor: { x: 1, y: 2 }, ['__proto__']: { x: 3, y: 4 }, toString: { x: 5, y: 6 }, hasOwnProperty: { x: 7, y: 8 } }),
    });
    expect(placed.nodes.map((n) => n.position)).toEqual([
      { x: 1, y: 2 },
      { x: 3, y: 4 },
      { x: 5, y: 6 },
      { x: 7, y: 8 },
    ]);
    const back = nodePositions(placed);
    expect(Object.keys(back)).toEqual([...HOSTILE_IDS]);
    expect(point(back, '__proto__')).toEqual({ x: 3, y: 4 });
  });

  it('view/positions: a dragged "__proto__" is kept as its own position', () => {
    const next = mergeCanvasPositions(undefined, parsed({ ['__proto__']: { x: 9, y: 9 }, constructor: { x: 1, y: 1 } }), new Set(), new Map());
    expect(point(next, '__proto__')).toEqual({ x: 9, y: 9 });
    expect(JSON.parse(JSON.stringify(next))).toEqual(parsed({ ['__proto__']: { x: 9, y: 9 }, constructor: { x: 1, y: 1 } }));
  });

  it('overlap and centring: every hostile leaf comes out as its own key, and a missing one is not invented', () => {
    const leaves: LeafSpec[] = HOSTILE_IDS.map((id) => ({ id, left: 10, right: 10, above: 10, below: 10 }));
    const start = parsed({ constructor: { x: 0, y: 0 }, ['__proto__']: { x: 1, y: 0 }, toString: { x: 2, y: 0 }, hasOwnProperty: { x: 3, y: 0 } });
    const out = removeOverlaps(leaves, [], start);
    expect(Object.keys(out).sort()).toEqual([...HOSTILE_IDS].sort());
    for (const id of HOSTILE_IDS) expect(Number.isFinite((point(out, id) as { x: number }).x)).toBe(true);
    const centred = centreOnOrigin(leaves, out);
    expect(Object.keys(centred.positions).sort()).toEqual([...HOSTILE_IDS].sort());
    // "constructor" without a position is left out, not read from Object.prototype.
    const partial = centreOnOrigin(leaves, parsed({ toString: { x: 5, y: 5 } }));
    expect(partial.box).toEqual({ w: 20, h: 20 });
  });

  it('force-refine: places each hostile node at its own key', () => {
    const nodes = HOSTILE_IDS.map((id) => ({ id, width: 30, height: 30 }));
    const edges = [{ source: 'constructor', target: '__proto__' }];
    const out = refineDraftLayout(nodes, edges, parsed({ constructor: { x: 0, y: 0 }, ['__proto__']: { x: 10, y: 0 } }));
    expect(Object.keys(out).sort()).toEqual([...HOSTILE_IDS].sort());
    for (const id of HOSTILE_IDS) expect(Number.isFinite((point(out, id) as { x: number }).x)).toBe(true);
  });
});

describe('Cytoscape with hostile ids', () => {
  it('core: finds, places and connects the four by id', () => {
    const cy = cytoscape({
      headless: true,
      elements: [
        ...HOSTILE_IDS.map((id, i) => ({ group: 'nodes' as const, data: { id }, position: { x: i * 10, y: 0 } })),
        { group: 'edges' as const, data: { id: 'r1', source: 'constructor', target: '__proto__' } },
      ],
      layout: { name: 'preset' },
    });
    for (const [i, id] of HOSTILE_IDS.entries()) expect(cy.getElementById(id).position()).toEqual({ x: i * 10, y: 0 });
    expect(
      cy
        .getElementById('__proto__')
        .connectedEdges()
        .map((e) => e.id()),
    ).toEqual(['r1']);
    cy.destroy();
  });

  it("the headless layout of the issue's minimal file ends with a finite position for each actor", async () => {
    await loadFcose();
    const elements = buildElements(importConstructorFile().graph);
    const definitions = [...elements.nodes, ...elements.edges].map((d) => ({ group: d.group, data: { ...d.data } }));
    const { positions } = await computeLayout(definitions, 'fresh', 1);
    expect(Object.keys(positions).sort()).toEqual(['constructor', 'other']);
    for (const id of ['constructor', 'other']) expect(Number.isFinite((point(positions, id) as { x: number }).x)).toBe(true);
  });

  it('the headless layout of the four ends with four distinct, finite positions', async () => {
    const elements = buildElements(hostileGraph());
    const definitions = [...elements.nodes, ...elements.edges].map((d) => ({ group: d.group, data: { ...d.data } }));
    const { positions } = await computeLayout(definitions, 'fresh', 1);
    expect(Object.keys(positions).sort()).toEqual([...HOSTILE_IDS].sort());
    const seen = new Set(HOSTILE_IDS.map((id) => JSON.stringify(point(positions, id))));
    expect(seen.size).toBe(4);
  });
});

describe('readers of other tools’ files, with hostile values', () => {
  it('a CSV kind or direction called "constructor" is no kind or direction of ours', () => {
    const out = readImportFiles([
      { name: 'nodes.csv', text: 'Id,Label,Kind\nconstructor,C,constructor\n__proto__,P,toString\n' },
      { name: 'edges.csv', text: 'Source,Target,Direction\nconstructor,__proto__,constructor\n' },
    ]);
    if (!out.ok) throw new Error(JSON.stringify(out.problems));
    expect(out.serialized.nodes.map((n) => n.attributes.kind)).toEqual(['organisation', 'organisation']);
    expect(out.serialized.edges.map((e) => e.attributes.direction)).toEqual(['directed']);
  });
});

describe('a GEXF file with hostile ids', () => {
  it('reads every node and relation, and writes nothing onto Object.prototype', () => {
    const gexf =
      '<?xml version="1.0"?><gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="directed"><nodes>' +
      HOSTILE_IDS.map((id) => `<node id="${id}" label="Actor ${id}"/>`).join('') +
      '</nodes><edges><edge id="r1" source="constructor" target="__proto__"/><edge id="r2" source="__proto__" target="toString"/>' +
      '<edge id="r3" source="toString" target="__proto__"/><edge id="r4" source="hasOwnProperty" target="constructor"/></edges></graph></gexf>';
    const out = readImportFiles([{ name: 'hostile.gexf', text: gexf }]);
    if (!out.ok) throw new Error(JSON.stringify(out.problems));
    expect(out.serialized.nodes.map((n) => n.key)).toEqual([...HOSTILE_IDS]);
    expect(out.serialized.edges.map((e) => [e.source, e.target])).toEqual([
      ['constructor', '__proto__'],
      ['__proto__', 'toString'],
      ['toString', '__proto__'],
      ['hasOwnProperty', 'constructor'],
    ]);
  });
});

describe('the Path tool with hostile ids', () => {
  it('finds the chain constructor → __proto__ → toString, both ways round, and writes nothing onto Object.prototype', () => {
    const graph = hostileGraph();
    const relations = new Set(graph.edges());
    const found = findPaths(graph, { from: 'constructor', to: 'toString', directed: true }, { relations });
    expect(found.kind).toBe('found');
    if (found.kind !== 'found') return;
    expect(found.length).toBe(2);
    expect(found.chains[0]!.actors).toEqual(['constructor', '__proto__', 'toString']);
    const back = findPaths(graph, { from: 'hasOwnProperty', to: '__proto__', directed: false }, { relations });
    expect(back.kind === 'found' ? back.length : -1).toBe(2);
    expect(Object.keys(Object.prototype)).toEqual([]);
  });
});
