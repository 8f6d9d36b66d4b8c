// The untangling pass (issue 16) on a drawing small enough to check by eye: an actor whose label sits
// under an edge between two others is moved off it, the drawing keeps its size, groups stay whole.
import { describe, expect, it } from 'vitest';
import { drawingBox, measurePicture, type MeasureNode } from '../../src/layout/picture-measure';
import { layoutBoxes } from '../../src/layout/overlap';
import { untangle } from '../../src/layout/untangle';
import type { ActorNodeData } from '../../src/view/elements';

const node = (id: string, parent?: string): ActorNodeData => ({
  id,
  label: id,
  kind: 'state',
  size: 20,
  labelWidth: 40,
  labelHeight: 20,
  footprintWidth: 40,
  footprintHeight: 44,
  hiddenMembers: 0,
  ...(parent ? { parent } : {}),
});

function setup(nodes: ActorNodeData[], edges: { id: string; source: string; target: string }[]) {
  const { leaves, groups } = layoutBoxes(nodes);
  const measureNodes: MeasureNode[] = nodes;
  const objective = (p: Readonly<Record<string, { x: number; y: number }>>): number => {
    const m = measurePicture(measureNodes, p, edges);
    return 1000 * m.hiddenLabels + m.crossings;
  };
  const size = (p: Readonly<Record<string, { x: number; y: number }>>) => {
    const b = drawingBox(measureNodes, p)!;
    return { w: b.x2 - b.x1, h: b.y2 - b.y1 };
  };
  return { leaves, groups, objective, size };
}

describe('untangle', () => {
  it('moves a label out from under an edge that does not end at its actor, keeping the drawing’s size', () => {
    // a and b far apart on one line; c just above it, its label (below c) crossed by the edge a–b.
    const nodes = [node('a'), node('b'), node('c')];
    const start = { a: { x: 0, y: 0 }, b: { x: 300, y: 0 }, c: { x: 150, y: -20 } };
    const options = setup(nodes, [{ id: 'ab', source: 'a', target: 'b' }]);
    expect(measurePicture(nodes, start, [{ id: 'ab', source: 'a', target: 'b' }]).hidden).toEqual(['c']);
    const result = untangle(start, options);
    expect(result.after).toBeLessThan(result.before);
    expect(measurePicture(nodes, result.positions, [{ id: 'ab', source: 'a', target: 'b' }]).hiddenLabels).toBe(0);
    const before = options.size(start);
    const after = options.size(result.positions);
    expect(after.w).toBeLessThanOrEqual(before.w + 0.5);
    expect(after.h).toBeLessThanOrEqual(before.h + 0.5);
    // Deterministic.
    expect(untangle(start, options).positions).toEqual(result.positions);
  });

  it('leaves a picture alone when nothing can get better', () => {
    const nodes = [node('a'), node('b')];
    const start = { a: { x: 0, y: 0 }, b: { x: 200, y: 0 } };
    const result = untangle(start, setup(nodes, [{ id: 'ab', source: 'a', target: 'b' }]));
    expect(result.moves).toBe(0);
    expect(result.positions).toEqual(start);
  });

  it('never moves an actor onto another or out of its group', () => {
    // g holds m1 and m2; x sits under the edge from m1 to y, right beside m2.
    const nodes = [node('g'), node('m1', 'g'), node('m2', 'g'), node('x'), node('y')];
    const start = { m1: { x: 0, y: 0 }, m2: { x: 60, y: 0 }, x: { x: 200, y: -30 }, y: { x: 400, y: 0 } };
    const options = setup(nodes, [{ id: 'm1y', source: 'm1', target: 'y' }]);
    const result = untangle(start, options);
    expect(result.moves).toBeGreaterThan(0);
    expect(measurePicture(nodes, result.positions, [{ id: 'm1y', source: 'm1', target: 'y' }]).hiddenLabels).toBe(0);
    const p = result.positions;
    // No two leaves' boxes (shape and label) overlap.
    const ids = Object.keys(p);
    for (const a of ids)
      for (const b of ids) {
        if (a >= b) continue;
        const overlapX = Math.abs(p[a]!.x - p[b]!.x) < 40;
        const overlapY = Math.abs(p[a]!.y - p[b]!.y) < 43;
        expect(overlapX && overlapY, `${a} and ${b}`).toBe(false);
      }
    // x (not in g) is not drawn inside g's box: g spans its members plus 14 px padding.
    const gx1 = Math.min(p.m1!.x, p.m2!.x) - 20 - 14;
    const gx2 = Math.max(p.m1!.x, p.m2!.x) + 20 + 14;
    expect(p.x!.x + 20 < gx1 || p.x!.x - 20 > gx2 || Math.abs(p.x!.y - p.m1!.y) > 60).toBe(true);
  });
});
