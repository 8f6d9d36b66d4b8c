/**
 * "Apply layout from file" (issue 15 item 3): a file's positions matched to the current graph by id
 * (groups take none of their own; what the file lacks and what the graph lacks are said), and the
 * explorer's one new action, applyPositions, which moves those actors as a drag would: kept, stored,
 * animated on the canvas, undone by "Reset layout".
 */
import { describe, expect, it } from 'vitest';
import { Explorer } from '../../src/state/explorer.svelte';
import type { CanvasPort } from '../../src/view/canvas-port';
import type { Positions } from '../../src/model/serialization';
import { describeLayoutMatch, matchLayout } from '../../src/model/import-formats/layout-match';
import { FIXTURE_LEAF_POSITIONS, fixtureGraph } from '../fixtures/explorer';

const SHIPPED = FIXTURE_LEAF_POSITIONS;

describe('matching a layout file to the graph', () => {
  it('takes the leaves the file places, skips groups, lists the leaves it does not place and counts strangers', () => {
    const graph = fixtureGraph();
    const file = { trump: { x: 1, y: 2 }, us: { x: 9, y: 9 }, luka: { x: 3, y: 4 }, stranger: { x: 0, y: 0 }, constructor: { x: 5, y: 5 } };
    const match = matchLayout(graph, file);
    expect(match.positions).toEqual({ trump: { x: 1, y: 2 }, luka: { x: 3, y: 4 } });
    expect(match.matched).toBe(2);
    expect(match.notFound).toEqual(['ru', 'kellogg', 'eu', 'tikh', 'lonely']);
    expect(match.unknown).toBe(2);
    const line = describeLayoutMatch(graph, 'g.gexf', match);
    expect(line).toBe(
      'Layout from “g.gexf”: moved 2 of 7 actors. Not found in the file (left where they were): Russia, Keith Kellogg, European Union, Sviatlana Tsikhanouskaya, Lonely Org. 2 nodes of the file are not in this graph.',
    );
  });

  it('says plainly when nothing matches', () => {
    const graph = fixtureGraph();
    const match = matchLayout(graph, { a: { x: 0, y: 0 } });
    expect(match.matched).toBe(0);
    expect(describeLayoutMatch(graph, 'other.json', match)).toMatch(/^No actor of this graph is in “other\.json”: nothing moved/);
  });
});

describe('Explorer.applyPositions', () => {
  it('moves the placed actors (the others stay), animates the canvas to them, and "Reset layout" brings the shipped ones back', () => {
    const explorer = new Explorer({ graph: fixtureGraph(), positions: SHIPPED });
    const animated: Positions[] = [];
    const canvas: CanvasPort = {
      reveal: () => undefined,
      fit: () => undefined,
      runLayout: () => Promise.resolve({}),
      animateTo: (p) => void animated.push(p),
    };
    explorer.attachCanvas(canvas);
    explorer.applyPositions({ trump: { x: -50, y: 70 }, luka: { x: 10, y: 20 } });
    expect(explorer.currentPositions()).toMatchObject({ trump: { x: -50, y: 70 }, luka: { x: 10, y: 20 }, kellogg: { x: 100, y: 0 }, ru: { x: 500, y: 0 } });
    expect(explorer.customLayout).toBe(true);
    expect(animated).toHaveLength(1);
    expect(animated[0]).toMatchObject({ trump: { x: -50, y: 70 }, luka: { x: 10, y: 20 }, ru: { x: 500, y: 0 } });
    explorer.resetLayout();
    expect(explorer.currentPositions()).toMatchObject({ trump: { x: 0, y: 0 }, luka: { x: 300, y: 0 } });
  });

  it('does nothing with no positions', () => {
    const explorer = new Explorer({ graph: fixtureGraph(), positions: SHIPPED });
    explorer.applyPositions({});
    expect(explorer.customLayout).toBe(false);
  });
});
