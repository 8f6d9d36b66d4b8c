// The perspective statistics a part at a time (graphStatsInSteps, issue 18's 20k import): the
// generator pauses on a large graph and ends with exactly what graphStats computes, cached.
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/model/graph';
import { graphStats, graphStatsInSteps } from '../../src/model/perspective';
import { syntheticDataset } from '../../bench/synthetic';

describe('graphStatsInSteps', () => {
  it('pauses every few thousand relations and gives graphStats’ result, which graphStats then returns', () => {
    const dataset = syntheticDataset(30_000, 3);
    const graph = buildGraph(dataset, 'Synthetic');
    const twin = buildGraph(dataset, 'Synthetic');
    expect(graph.size).toBeGreaterThan(16_000);
    const steps = graphStatsInSteps(graph);
    let pauses = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) pauses++;
    expect(pauses).toBeGreaterThanOrEqual(Math.floor(graph.size / 8000));
    expect(step.value).toEqual(graphStats(twin));
    expect(graphStats(graph)).toBe(step.value);
    // Cached: a second run ends at once.
    expect(graphStatsInSteps(graph).next()).toEqual({ done: true, value: step.value });
  });
});
