// The picture measure (issue 16): edge crossings and hidden labels on hand-made drawings whose
// answers can be counted by eye.
import { describe, expect, it } from 'vitest';
import { edgeCurves, leafLabelBox, measurePicture, segmentHitsRect, segmentsCross, type MeasureNode } from '../../src/layout/picture-measure';

/** A leaf of size 20 with a label 40 wide and 20 high (drawn from y+13 to y+33). */
const leaf = (id: string, parent?: string): MeasureNode => ({ id, label: id, size: 20, labelWidth: 40, labelHeight: 20, ...(parent ? { parent } : {}) });
const edge = (source: string, target: string, id = `${source}-${target}`) => ({ id, source, target });

describe('geometry', () => {
  it('segments cross only when they really do', () => {
    expect(segmentsCross({ x: 0, y: 0 }, { x: 10, y: 10 }, { x: 0, y: 10 }, { x: 10, y: 0 })).toBe(true);
    expect(segmentsCross({ x: 0, y: 0 }, { x: 10, y: 0 }, { x: 0, y: 5 }, { x: 10, y: 5 })).toBe(false);
    expect(segmentsCross({ x: 0, y: 0 }, { x: 4, y: 4 }, { x: 0, y: 10 }, { x: 10, y: 0 })).toBe(false);
  });

  it('a segment hits a box it passes through, not one beside it', () => {
    const box = { x1: 0, y1: 0, x2: 10, y2: 10 };
    expect(segmentHitsRect({ x: -5, y: 5 }, { x: 15, y: 5 }, box)).toBe(true);
    expect(segmentHitsRect({ x: -5, y: -5 }, { x: -1, y: 20 }, box)).toBe(false);
    expect(segmentHitsRect({ x: 2, y: 2 }, { x: 3, y: 3 }, box)).toBe(true);
  });

  it('a label sits centred under its node', () => {
    expect(leafLabelBox(leaf('a'), { x: 100, y: 0 })).toEqual({ x1: 80, y1: 13, x2: 120, y2: 33 });
  });

  it('a bundle of two is two mirrored curves, a bundle of three has a straight middle edge', () => {
    const shapes = {
      centre: new Map([
        ['a', { x: 0, y: 0 }],
        ['b', { x: 100, y: 0 }],
      ]),
      radius: new Map([
        ['a', 10],
        ['b', 10],
      ]),
      groupBox: new Map(),
    };
    const two = edgeCurves([edge('a', 'b', 'e1'), edge('b', 'a', 'e2')], shapes, 16);
    const apex = (id: string): number => two.get(id)![4]!.y;
    expect(apex('e1')).toBeCloseTo(-apex('e2'));
    expect(Math.abs(apex('e1'))).toBeCloseTo(4); // control point 8 px out, the curve half as far
    expect(two.get('e1')![0]).toEqual({ x: 10, y: 0 }); // cut at the node's circle
    const three = edgeCurves([edge('a', 'b', 'e1'), edge('a', 'b', 'e2'), edge('a', 'b', 'e3')], shapes, 16);
    expect(three.get('e2')).toEqual([
      { x: 10, y: 0 },
      { x: 90, y: 0 },
    ]);
  });
});

describe('measurePicture', () => {
  // a square a(0,0) b(200,0) c(200,200) d(0,200), far enough apart for labels not to meet
  const square = ['a', 'b', 'c', 'd'].map((id) => leaf(id));
  const corners = { a: { x: 0, y: 0 }, b: { x: 200, y: 0 }, c: { x: 200, y: 200 }, d: { x: 0, y: 200 } };

  it('the two diagonals cross once; the sides never cross', () => {
    expect(measurePicture(square, corners, [edge('a', 'c'), edge('b', 'd')]).crossings).toBe(1);
    expect(measurePicture(square, corners, [edge('a', 'b'), edge('b', 'c'), edge('c', 'd'), edge('d', 'a')]).crossings).toBe(0);
    // edges sharing an end do not count, even when drawn through each other
    expect(measurePicture(square, corners, [edge('a', 'c'), edge('a', 'b')]).crossings).toBe(0);
  });

  it('each curve of a bundle counts its own crossing: three parallel edges across one diagonal cross it three times', () => {
    const m = measurePicture(square, corners, [edge('a', 'c', 'x1'), edge('c', 'a', 'x2'), edge('a', 'c', 'x3'), edge('b', 'd')]);
    expect(m.crossings).toBe(3);
    expect(m.edges).toBe(4);
  });

  it('a label crossed by an edge that does not end at its actor is hidden; its own edges do not hide it', () => {
    // e sits between a and b, its label (y 113..133 around x 100) under the segment from d(0,200) to b(200,0)? no: put the edge through it
    const nodes = [...square, leaf('e')];
    const at = { ...corners, e: { x: 100, y: 80 } }; // label box x 80..120, y 93..113
    const through = measurePicture(nodes, at, [edge('d', 'b')]); // the line x + y = 200 passes (100,100)
    expect(through.hidden).toEqual(['e']);
    const own = measurePicture(nodes, at, [edge('e', 'c'), edge('e', 'd')]);
    expect(own.hiddenLabels).toBe(0);
  });

  it('two labels on top of each other are both hidden', () => {
    const m = measurePicture([leaf('a'), leaf('b'), leaf('c')], { a: { x: 0, y: 0 }, b: { x: 30, y: 5 }, c: { x: 300, y: 0 } }, []);
    expect(m.hidden).toEqual(['a', 'b']);
    expect(m.labelsDrawn).toBe(3);
  });

  it('labels too small to be drawn at the zoom are not looked at', () => {
    const m = measurePicture([leaf('a'), leaf('b')], { a: { x: 0, y: 0 }, b: { x: 30, y: 5 } }, [], { zoom: 0.3 });
    expect(m).toMatchObject({ hiddenLabels: 0, labelsDrawn: 0 });
  });

  it('an edge to a group ends at the group box, and the group label hides a leaf label under it', () => {
    // group g around m(0,0): box x -34..34, y -24..47, its label (40×20 scaled 17/16) above y -24
    const nodes = [leaf('g'), leaf('m', 'g'), leaf('far'), leaf('under')];
    const at = { m: { x: 0, y: 0 }, far: { x: 400, y: 11 }, under: { x: 0, y: -70 } };
    const m = measurePicture(nodes, at, [edge('far', 'g')]);
    // the edge from far to g stops at g's right side (x 34), so it never reaches m's label (x -20..20)
    expect(m.edges).toBe(1);
    expect(m.hidden).toEqual(['under']); // under's label (y -57..-37) meets g's label (about -47..-26)
  });
});
