// The memo behind the derivations computed ahead (src/state/memo.ts): equal arguments give the
// very same result back, anything else is computed again.
import { describe, expect, it } from 'vitest';
import { memoizeLast, sameValue } from '../../src/state/memo';

describe('sameValue', () => {
  it('takes identical values, and plain objects, arrays and sets with identical members two levels deep', () => {
    const shared = { x: 1, y: 2 };
    expect(sameValue(NaN, NaN)).toBe(true);
    expect(sameValue({ a: shared, b: undefined }, { a: shared, b: undefined })).toBe(true);
    expect(sameValue({ p: { k: shared } }, { p: { k: shared } })).toBe(true);
    expect(sameValue(new Set(['a']), new Set(['a']))).toBe(true);
    expect(sameValue([shared], [shared])).toBe(true);
  });

  it('refuses a missing or extra key, another member, a deeper copy, and class instances that are not the same', () => {
    expect(sameValue({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameValue({ a: 1, b: undefined }, { a: 1, c: undefined })).toBe(false);
    expect(sameValue({ a: { x: 1 } }, { a: { x: 2 } })).toBe(false);
    expect(sameValue({ p: { k: { x: 1 } } }, { p: { k: { x: 1 } } })).toBe(false);
    expect(sameValue(new Set(['a']), new Set(['b']))).toBe(false);
    expect(sameValue(new Map(), new Map())).toBe(false);
    expect(sameValue([1, 2], [1])).toBe(false);
  });
});

describe('memoizeLast', () => {
  it('gives the last result back for equal arguments and computes again for others', () => {
    let runs = 0;
    const area = memoizeLast((box: { w: number; h: number }, scale: number) => ({ value: box.w * box.h * scale, run: ++runs }));
    const first = area({ w: 2, h: 3 }, 1);
    expect(area({ w: 2, h: 3 }, 1)).toBe(first);
    expect(runs).toBe(1);
    expect(area({ w: 2, h: 3 }, 2).value).toBe(12);
    expect(area({ w: 2, h: 3 }, 1)).not.toBe(first);
    expect(runs).toBe(3);
  });
});
