import { describe, expect, it } from 'vitest';
import { syntheticDataset } from '../../bench/synthetic';
import { loadAuthoredBundle } from '../../src/model/load';

describe('synthetic benchmark datasets', () => {
  it('are valid in our format, of the asked size, and the same for the same seed', () => {
    for (const size of [1000, 5000]) {
      const dataset = syntheticDataset(size, 7);
      expect(dataset.actors.length + dataset.relations.length).toBe(size);
      const result = loadAuthoredBundle({ path: `synthetic-${size}.json`, text: JSON.stringify(dataset) });
      expect(result.ok ? [] : result.problems.slice(0, 3)).toEqual([]);
      expect(new Set(dataset.relations.flatMap((r) => r.claims.map((c) => c.source))).size).toBe(5);
    }
    expect(syntheticDataset(1000, 7)).toEqual(syntheticDataset(1000, 7));
    expect(syntheticDataset(1000, 8)).not.toEqual(syntheticDataset(1000, 7));
  });
});
