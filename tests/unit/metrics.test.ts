import { describe, expect, it } from 'vitest';
import { computeActorMetrics, simpleProjection } from '../../src/model/metrics';
import { fixtureGraph } from '../fixtures/explorer';

describe('actor metrics', () => {
  const graph = fixtureGraph();
  const metrics = computeActorMetrics(graph);

  it('counts degree with parallel relations one by one, and distinct counterparts apart', () => {
    // Belarus: two US relations and the EU's in, two relations with Russia out.
    expect(metrics.get('by')).toMatchObject({ degree: 5, inDegree: 3, outDegree: 2, neighbours: 3 });
    expect(metrics.get('lonely')).toMatchObject({ degree: 0, neighbours: 0, betweenness: 0 });
  });

  it('projects to one undirected link per pair', () => {
    const simple = simpleProjection(graph);
    expect(simple.type).toBe('undirected');
    expect(simple.size).toBe(6);
    expect(simple.hasEdge('by', 'ru')).toBe(true);
  });

  it('computes normalised betweenness on the projection and ranks it', () => {
    // Belarus lies between the US, Russia and the EU (3 pairs); Lukashenko between Kellogg,
    // Trump and Tsikhanouskaya (3 pairs): normalised by (n-1)(n-2)/2 = 36 for 10 actors.
    expect(metrics.get('by')!.betweenness).toBeCloseTo(3 / 36, 6);
    expect(metrics.get('luka')!.betweenness).toBeCloseTo(3 / 36, 6);
    expect(metrics.get('by')!.betweennessRank).toBe(1);
    expect(metrics.get('luka')!.betweennessRank).toBe(1);
    expect(metrics.get('us')!.betweenness).toBe(0);
    const ranks = [...metrics.values()].map((m) => m.betweennessRank);
    expect(Math.min(...ranks)).toBe(1);
    // Zero-betweenness actors share a rank.
    expect(metrics.get('lonely')!.betweennessRank).toBe(metrics.get('tikh')!.betweennessRank);
  });
});
