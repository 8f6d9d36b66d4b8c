/**
 * The Path tool's search (src/model/paths.ts) and the Depth counts (src/model/depth.ts): over the
 * small fixture graph, over a hand-made diamond with equally short alternatives and parallel
 * relations, and over the built-in graph under a perspective, checked against a plain BFS.
 */
import { describe, expect, it } from 'vitest';
import { buildGraph, type ActorGraph } from '../../src/model/graph';
import type { Dataset } from '../../src/model/schema';
import { findPaths, type PathChain, type PathResult } from '../../src/model/paths';
import { depthCounts, shownBeforeFocus } from '../../src/model/depth';
import { computeVisibility, NO_FILTERS } from '../../src/model/filters';
import { perspectiveView, type Perspective } from '../../src/model/perspective';
import { loadAuthoredFiles } from '../../src/model/load';
import { formatProblem } from '../../src/model/problems';
import { readGraphData } from '../../scripts/graph-data-files';
import { fixtureGraph } from '../fixtures/explorer';

const all = (graph: ActorGraph): Set<string> => new Set(graph.edges());
const found = (result: PathResult): { length: number; chains: readonly PathChain[]; more: boolean } => {
  if (result.kind !== 'found') throw new Error(`expected a path, got: ${result.message}`);
  return result;
};

/** A diamond a–b–d, a–c–d with two parallel relations a→b, and a longer way round a–e–f–d. */
function diamond(): ActorGraph {
  const claim = (source: string, quote: string) => ({ source, quote, tone: 1, modality: 'reported' as const, stance: 'supports' as const });
  const actor = (id: string) => ({ id, label: id.toUpperCase(), kind: 'person' as const, aliases: [], description: id });
  const rel = (id: string, from: string, to: string, sources: string[], direction: 'directed' | 'mutual' = 'directed') => ({
    id,
    from,
    to,
    type: 'consult' as const,
    direction,
    label: id,
    claims: sources.map((s) => claim(s, `${s} reports ${id} plainly.`)),
  });
  const dataset: Dataset = {
    sources: [
      { id: 's1', title: 'One', kind: 'analysis', perspective: 'one' },
      { id: 's2', title: 'Two', kind: 'analysis', perspective: 'two' },
    ],
    actors: ['a', 'b', 'c', 'd', 'e', 'f'].map(actor),
    relations: [
      rel('a--consult--b', 'a', 'b', ['s1']),
      rel('a--consult--b--again', 'a', 'b', ['s1', 's2']),
      rel('b--consult--d', 'b', 'd', ['s1', 's2']),
      rel('a--consult--c', 'a', 'c', ['s2']),
      rel('d--consult--c', 'd', 'c', ['s1'], 'mutual'),
      rel('a--consult--e', 'a', 'e', ['s1']),
      rel('e--consult--f', 'e', 'f', ['s1']),
      rel('f--consult--d', 'f', 'd', ['s1']),
    ],
  } as unknown as Dataset;
  return buildGraph(dataset, 'Diamond');
}

/** Shortest distance by a plain BFS over these relations (undirected), for checking. */
function bfsDistance(graph: ActorGraph, relations: ReadonlySet<string>, from: string, to: string): number | undefined {
  const dist = new Map<string, number>([[from, 0]]);
  let frontier = [from];
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const node of frontier) {
      for (const edge of graph.edges(node)) {
        if (!relations.has(edge)) continue;
        const other = graph.opposite(node, edge);
        if (dist.has(other)) continue;
        dist.set(other, dist.get(node)! + 1);
        next.push(other);
      }
    }
    frontier = next;
  }
  return dist.get(to);
}

/** Every hop is a shown relation between the two consecutive actors of the chain. */
function expectHopsAreRelations(graph: ActorGraph, chain: PathChain, shown: ReadonlySet<string>): void {
  expect(chain.hops).toHaveLength(chain.actors.length - 1);
  chain.hops.forEach((hop, i) => {
    expect(hop.from).toBe(chain.actors[i]);
    expect(hop.to).toBe(chain.actors[i + 1]);
    expect(shown.has(hop.relation)).toBe(true);
    expect([graph.source(hop.relation), graph.target(hop.relation)].sort()).toEqual([hop.from, hop.to].sort());
  });
}

describe('findPaths on the fixture graph', () => {
  const graph = fixtureGraph();

  it('finds the chain Kellogg – Lukashenko – Tsikhanouskaya with each hop’s type, articles and first quote', () => {
    const { length, chains, more } = found(findPaths(graph, { from: 'kellogg', to: 'tikh', directed: false }, { relations: all(graph) }));
    expect(length).toBe(2);
    expect(more).toBe(false);
    expect(chains).toHaveLength(1);
    const [first, second] = chains[0]!.hops;
    expect(first).toMatchObject({ from: 'kellogg', to: 'luka', relation: 'kellogg--consult--luka', typeLabel: 'Talks and visits', along: 'forward' });
    expect(first!.articles).toEqual(['alpha', 'beta']);
    expect(first!.quote).toBe('alpha says so, tone 4.');
    expect(second).toMatchObject({ relation: 'luka--coerce--tikh', quote: 'alpha says so, tone -9.', parallel: [] });
  });

  it('walks relations backwards only when not following direction', () => {
    const undirected = found(findPaths(graph, { from: 'eu', to: 'us', directed: false }, { relations: all(graph) }));
    expect(undirected.chains[0]!.actors).toEqual(['eu', 'by', 'us']);
    expect(undirected.chains[0]!.hops[1]!.along).toBe('backward');
    const directed = findPaths(graph, { from: 'eu', to: 'us', directed: true }, { relations: all(graph) });
    expect(directed).toMatchObject({ kind: 'none', reason: 'no-chain' });
    expect(directed.kind === 'none' && directed.message).toMatch(/without “Follow direction”/);
  });

  it('follows a mutual relation either way when following direction', () => {
    // kellogg → luka (directed), luka ↔ trump (mutual): the way there, but not back.
    const there = found(findPaths(graph, { from: 'kellogg', to: 'trump', directed: true }, { relations: all(graph) }));
    expect(there.chains[0]!.actors).toEqual(['kellogg', 'luka', 'trump']);
    expect(there.chains[0]!.hops[1]!.along).toBe('mutual');
    expect(findPaths(graph, { from: 'trump', to: 'kellogg', directed: true }, { relations: all(graph) }).kind).toBe('none');
    expect(found(findPaths(graph, { from: 'trump', to: 'kellogg', directed: false }, { relations: all(graph) })).length).toBe(2);
  });

  it('says why there is none: same actor, unknown actor, an end without shown relations, no chain in this view', () => {
    expect(findPaths(graph, { from: 'luka', to: 'luka', directed: false }, { relations: all(graph) })).toMatchObject({ kind: 'none', reason: 'same-actor' });
    expect(findPaths(graph, { from: 'luka', to: 'ghost', directed: false }, { relations: all(graph) })).toMatchObject({
      kind: 'none',
      reason: 'unknown-actor',
    });
    const lonely = findPaths(graph, { from: 'luka', to: 'lonely', directed: false }, { relations: all(graph) });
    expect(lonely).toMatchObject({ kind: 'none', reason: 'no-relation' });
    expect(lonely.kind === 'none' && lonely.message).toContain('Lonely Org');
    // Without the Kellogg–Lukashenko relation, the US side and Lukashenko's side are apart.
    const cut = new Set([...all(graph)].filter((r) => r !== 'kellogg--consult--luka'));
    const apart = findPaths(graph, { from: 'kellogg', to: 'tikh', directed: false }, { relations: cut });
    expect(apart).toMatchObject({ kind: 'none', reason: 'no-relation' });
    const noWay = findPaths(graph, { from: 'us', to: 'tikh', directed: false }, { relations: cut });
    expect(noWay).toMatchObject({ kind: 'none', reason: 'no-chain' });
    expect(noWay.kind === 'none' && noWay.message).toContain('No chain of relations shown in this view');
  });

  it('names articles by the label it is given and reads the claims the view shows', () => {
    const only = (id: string) => graph.getEdgeAttribute(id, 'claims').filter((c) => c.source === 'beta');
    const { chains } = found(
      findPaths(graph, { from: 'kellogg', to: 'luka', directed: false }, { relations: all(graph), claimsOf: only, sourceLabel: (s) => s.toUpperCase() }),
    );
    expect(chains[0]!.hops[0]).toMatchObject({ articles: ['BETA'], quote: 'beta says so, tone 3.', quoteArticle: 'BETA' });
  });
});

describe('findPaths: alternatives and parallel relations', () => {
  const graph = diamond();

  it('gives every equally short chain of different actors, best attested first; the longer way is not one', () => {
    const { length, chains } = found(findPaths(graph, { from: 'a', to: 'd', directed: false }, { relations: all(graph) }));
    expect(length).toBe(2);
    expect(chains.map((c) => c.actors)).toEqual([
      ['a', 'b', 'd'],
      ['a', 'c', 'd'],
    ]);
    for (const chain of chains) expectHopsAreRelations(graph, chain, all(graph));
  });

  it('makes parallel relations one step: the best attested is the hop, the other is listed beside it', () => {
    const { chains } = found(findPaths(graph, { from: 'a', to: 'd', directed: false }, { relations: all(graph) }));
    expect(chains[0]!.hops[0]).toMatchObject({ relation: 'a--consult--b--again', articles: ['s1', 's2'], parallel: ['a--consult--b'] });
  });

  it('following direction keeps the chain through the mutual relation and drops none that the arrows allow', () => {
    const { chains } = found(findPaths(graph, { from: 'a', to: 'c', directed: true }, { relations: all(graph) }));
    expect(chains.map((c) => c.actors)).toEqual([['a', 'c']]);
    const back = found(findPaths(graph, { from: 'b', to: 'c', directed: true }, { relations: all(graph) }));
    expect(back.chains[0]!.actors).toEqual(['b', 'd', 'c']);
    expect(findPaths(graph, { from: 'd', to: 'a', directed: true }, { relations: all(graph) }).kind).toBe('none');
  });

  it('returns at most `max` chains and says there are more', () => {
    const result = found(findPaths(graph, { from: 'a', to: 'd', directed: false }, { relations: all(graph), max: 1 }));
    expect(result.chains).toHaveLength(1);
    expect(result.more).toBe(true);
  });

  it('takes the longer way when the view hides the short ones', () => {
    const shown = new Set(['a--consult--e', 'e--consult--f', 'f--consult--d', 'a--consult--b']);
    const { length, chains } = found(findPaths(graph, { from: 'a', to: 'd', directed: true }, { relations: shown }));
    expect(length).toBe(3);
    expect(chains[0]!.actors).toEqual(['a', 'e', 'f', 'd']);
  });
});

describe('findPaths on the built-in graph under a perspective', () => {
  const loaded = loadAuthoredFiles(readGraphData());
  if (!loaded.ok) throw new Error(loaded.problems.map(formatProblem).join('\n'));
  const graph = buildGraph(loaded.dataset);
  const shownIn = (perspective: Perspective): Set<string> => {
    const view = perspectiveView(graph, perspective);
    const visibility = computeVisibility(graph, {
      filters: NO_FILTERS,
      perspectiveActors: perspective.mode === 'all' ? undefined : view.visibleActorIds,
      perspectiveRelations: perspective.mode === 'all' ? undefined : view.visibleRelationIds,
    });
    return new Set(visibility.shownRelations);
  };

  it('joins Kellogg and Putin through Lukashenko in all articles', () => {
    const { length, chains } = found(findPaths(graph, { from: 'kellogg', to: 'putin', directed: false }, { relations: shownIn({ mode: 'all' }) }));
    expect(length).toBe(2);
    expect(chains.some((c) => c.actors.join(' ') === 'kellogg lukashenko putin')).toBe(true);
  });

  it.each(graph.getAttribute('sources').map((s) => s.id))('in one article (%s): only its relations, and as short as a plain BFS finds', (source) => {
    const shown = shownIn({ mode: 'one', source });
    const pairs: [string, string][] = [
      ['kellogg', 'putin'],
      ['trump', 'tikhanovskaya'],
      ['united-states', 'russia'],
    ];
    for (const [from, to] of pairs) {
      const result = findPaths(graph, { from, to, directed: false }, { relations: shown });
      const expected = bfsDistance(graph, shown, from, to);
      if (expected === undefined) {
        expect(result.kind, `${source}: ${from} to ${to}`).toBe('none');
        continue;
      }
      const { length, chains } = found(result);
      expect(length, `${source}: ${from} to ${to}`).toBe(expected);
      expect(chains.length).toBeGreaterThan(0);
      expect(chains.length).toBeLessThanOrEqual(4);
      expect(new Set(chains.map((c) => c.actors.join(' '))).size).toBe(chains.length);
      for (const chain of chains) expectHopsAreRelations(graph, chain, shown);
    }
  });

  it('directed never beats undirected, and its hops follow the arrows', () => {
    const shown = shownIn({ mode: 'all' });
    const directed = findPaths(graph, { from: 'united-states', to: 'russia', directed: true }, { relations: shown });
    const undirected = found(findPaths(graph, { from: 'united-states', to: 'russia', directed: false }, { relations: shown }));
    if (directed.kind === 'found') {
      expect(directed.length).toBeGreaterThanOrEqual(undirected.length);
      for (const hop of directed.chains[0]!.hops) expect(hop.along).not.toBe('backward');
    }
  });
});

describe('depthCounts', () => {
  const graph = fixtureGraph();

  it('counts the actors each depth brings in and the relations among them, growing with depth', () => {
    const visibility = computeVisibility(graph, { filters: NO_FILTERS });
    const counts = depthCounts(graph, 'kellogg', shownBeforeFocus(visibility));
    // 1 step: Lukashenko (kellogg–luka). 2: + Trump, Tsikhanouskaya. 3: nothing further (groups are not relations).
    expect(counts).toEqual([
      { steps: 1, actors: 1, relations: 1 },
      { steps: 2, actors: 3, relations: 3 },
      { steps: 3, actors: 3, relations: 3 },
    ]);
    const us = depthCounts(graph, 'us', shownBeforeFocus(visibility));
    // us → by (two relations); then eu and ru (two relations) behind Belarus.
    expect(us[0]).toEqual({ steps: 1, actors: 1, relations: 2 });
    expect(us[1]).toEqual({ steps: 2, actors: 3, relations: 5 });
  });

  it('agrees with what the focus keeps shown, and counts over the view before the focus', () => {
    for (const hops of [1, 2, 3] as const) {
      const focused = computeVisibility(graph, { filters: NO_FILTERS, focus: { actor: 'luka', hops } });
      const counts = depthCounts(graph, 'luka', shownBeforeFocus(focused));
      expect(counts[hops - 1]).toEqual({ steps: hops, actors: focused.shownActors.size - 1, relations: focused.shownRelations.size });
    }
  });

  it('is empty for an actor the view does not show', () => {
    const visibility = computeVisibility(graph, { filters: { ...NO_FILTERS, hiddenKinds: new Set(['person']) } });
    expect(depthCounts(graph, 'kellogg', shownBeforeFocus(visibility))).toEqual([]);
    expect(depthCounts(graph, 'ghost', shownBeforeFocus(visibility))).toEqual([]);
  });
});
