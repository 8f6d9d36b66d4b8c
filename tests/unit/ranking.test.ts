import { describe, expect, it } from 'vitest';
import { mostCentral } from '../../src/model/ranking';
import { seededRandom } from '../../src/layout/seeds';

const m = (betweenness: number) => ({ betweenness });

describe('mostCentral', () => {
  it('keeps the best few of what is included, highest first, ties in their original order', () => {
    const metrics = new Map([
      ['a', m(0.1)],
      ['b', m(0.5)],
      ['c', m(0.5)],
      ['d', m(0.9)],
      ['e', m(0)],
      ['f', m(0.7)],
    ]);
    expect(mostCentral(metrics, () => true, 3).map(([id]) => id)).toEqual(['d', 'f', 'b']);
    expect(mostCentral(metrics, (id) => id !== 'd', 3).map(([id]) => id)).toEqual(['f', 'b', 'c']);
    expect(mostCentral(metrics, () => true, 0)).toEqual([]);
    expect(mostCentral(metrics, () => false, 3)).toEqual([]);
    expect(mostCentral(new Map([['x', m(1)]]), () => true, 6).map(([id]) => id)).toEqual(['x']);
  });

  it('agrees with a full stable sort on random data', () => {
    const random = seededRandom(7);
    for (let round = 0; round < 20; round++) {
      const metrics = new Map(Array.from({ length: 300 }, (_, i) => [`n${i}`, m(Math.round(random() * 20) / 20)] as const));
      const include = (id: string): boolean => Number(id.slice(1)) % 3 !== 0;
      const expected = [...metrics]
        .filter(([id]) => include(id))
        .sort((a, b) => b[1].betweenness - a[1].betweenness)
        .slice(0, 6);
      expect(mostCentral(metrics, include, 6)).toEqual(expected);
    }
  });
});
