import { describe, expect, it } from 'vitest';
import { layoutBoxes, removeOverlaps, type LeafSpec } from '../../src/layout/overlap';

const square = (id: string, parent?: string): LeafSpec => ({ id, parent, left: 10, right: 10, above: 10, below: 10 });

function overlaps(a: { x: number; y: number }, b: { x: number; y: number }, size = 20): boolean {
  return Math.abs(a.x - b.x) < size && Math.abs(a.y - b.y) < size;
}

describe('removeOverlaps', () => {
  it('pushes two overlapping leaves apart along the cheaper axis, keeping the gap', () => {
    const out = removeOverlaps([square('a'), square('b')], [], { a: { x: 0, y: 0 }, b: { x: 5, y: 1 } }, { gap: 4 });
    expect(out.b!.x - out.a!.x).toBeGreaterThanOrEqual(24);
    expect(out.a!.y).toBeCloseTo(0);
  });

  it('leaves separated leaves alone and is deterministic', () => {
    const positions = { a: { x: 0, y: 0 }, b: { x: 100, y: 0 } };
    expect(removeOverlaps([square('a'), square('b')], [], positions)).toEqual(positions);
    const crowded = { a: { x: 0, y: 0 }, b: { x: 1, y: 1 }, c: { x: 2, y: 0 } };
    const leaves = [square('a'), square('b'), square('c')];
    expect(removeOverlaps(leaves, [], crowded)).toEqual(removeOverlaps(leaves, [], crowded));
    const out = removeOverlaps(leaves, [], crowded);
    expect(overlaps(out.a!, out.b!) || overlaps(out.b!, out.c!) || overlaps(out.a!, out.c!)).toBe(false);
  });

  it('moves a group as a block and pushes an outsider out of its box', () => {
    const leaves = [square('m1', 'g'), square('m2', 'g'), square('x')];
    const positions = { m1: { x: 0, y: 0 }, m2: { x: 60, y: 0 }, x: { x: 30, y: 0 } };
    const out = removeOverlaps(leaves, [{ id: 'g', padding: 10, labelHeight: 20 }], positions, { gap: 5 });
    // The members keep their distance (they moved together) and x is outside the group's box.
    expect(out.m2!.x - out.m1!.x).toBeCloseTo(60);
    const box = { x1: out.m1!.x - 20, x2: out.m2!.x + 20, y1: out.m1!.y - 40, y2: out.m1!.y + 20 };
    const inside = out.x!.x + 10 > box.x1 && out.x!.x - 10 < box.x2 && out.x!.y + 10 > box.y1 && out.x!.y - 10 < box.y2;
    expect(inside).toBe(false);
  });

  it('derives boxes from element data: leaves with labels below, groups with padding and a label above', () => {
    const { leaves, groups } = layoutBoxes([
      { id: 'g', label: 'Group', size: 38, labelWidth: 50, labelHeight: 24 },
      { id: 'm', parent: 'g', label: 'Member with a long name', size: 26, labelWidth: 140, labelHeight: 44 },
    ]);
    expect(groups.map((g) => g.id)).toEqual(['g']);
    expect(leaves).toEqual([{ id: 'm', parent: 'g', left: 70, right: 70, above: 13, below: 13 + 3 + 44 }]);
  });
});
