import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/model/graph';
import {
  comparePair,
  CONTESTED_TONE_GAP,
  formatPerspective,
  parsePerspective,
  perspectiveView,
  type Perspective,
  type PerspectiveView,
  type RelationView,
} from '../../src/model/perspective';
import { agreementSummary, describeCompareCounts } from '../../src/view/perspective-wording';
import { claim, labelOf, opposes, SOURCE_LABELS, stanceGraph, thawDataset, thawGraph } from '../fixtures/perspective-graphs';

const LAWFARE_VS_QUINCY: Perspective = { mode: 'compare', a: 'lawfare', b: 'quincy' };

function rel(view: PerspectiveView, id: string): RelationView {
  const r = view.relations.get(id);
  if (!r) throw new Error(`no relation ${id} in the view`);
  return r;
}

const sorted = (ids: Iterable<string>): string[] => [...ids].sort();

describe('comparePair', () => {
  it('agrees when both state it with close tones and compatible modalities', () => {
    expect(comparePair([claim('lawfare', 4)], [claim('quincy', 6)])).toEqual({ status: 'agree', gap: 2 });
  });

  it('says which single article states it', () => {
    expect(comparePair([claim('lawfare', 3)], [])).toEqual({ status: 'only-a', gap: 0 });
    expect(comparePair([], [claim('quincy', 3)])).toEqual({ status: 'only-b', gap: 0 });
  });

  it('refuses two empty sides', () => {
    expect(() => comparePair([], [])).toThrow(RangeError);
  });

  it('contests by tone only when the gap is MORE than the threshold', () => {
    expect(CONTESTED_TONE_GAP).toBe(4);
    expect(comparePair([claim('lawfare', 1)], [claim('quincy', 5)])).toEqual({ status: 'agree', gap: 4 });
    expect(comparePair([claim('lawfare', -2)], [claim('quincy', 2)])).toEqual({ status: 'agree', gap: 4 });
    expect(comparePair([claim('lawfare', 0)], [claim('quincy', 5)])).toEqual({ status: 'differ', reason: 'tone', gap: 5 });
    expect(comparePair([claim('lawfare', 1), claim('lawfare', 2)], [claim('quincy', 6)])).toEqual({ status: 'differ', reason: 'tone', gap: 4.5 });
    expect(comparePair([claim('lawfare', -6)], [claim('quincy', 5)])).toEqual({ status: 'differ', reason: 'tone', gap: 11 });
  });

  it('keeps a gap of exactly 4 between non-integer means exact', () => {
    const a = [claim('lawfare', 1), claim('lawfare', 2), claim('lawfare', 2)];
    const b = [claim('quincy', 5), claim('quincy', 6), claim('quincy', 6)];
    expect(comparePair(a, b)).toEqual({ status: 'agree', gap: 4 });
  });

  it('takes the threshold as a parameter', () => {
    expect(comparePair([claim('lawfare', 1)], [claim('quincy', 5)], 3).status).toBe('differ');
    expect(comparePair([claim('lawfare', 0)], [claim('quincy', 5)], 5).status).toBe('agree');
  });

  it('contests a fact reported by one that the other only speculates about, in either order', () => {
    expect(comparePair([claim('lawfare', 2)], [claim('quincy', 3, 'speculated')])).toEqual({ status: 'differ', reason: 'modality', gap: 1 });
    expect(comparePair([claim('lawfare', 2, 'speculated')], [claim('quincy', 2)])).toEqual({ status: 'differ', reason: 'modality', gap: 0 });
  });

  it('does not contest reported against recommended, nor recommended against speculated', () => {
    expect(comparePair([claim('lawfare', 4)], [claim('quincy', 5, 'recommended')]).status).toBe('agree');
    expect(comparePair([claim('lawfare', 4, 'recommended')], [claim('quincy', 5, 'speculated')]).status).toBe('agree');
    expect(comparePair([claim('lawfare', 4, 'speculated')], [claim('quincy', 5, 'speculated')]).status).toBe('agree');
  });

  it("judges an article by its set of modalities: one that also reports it doesn't only speculate", () => {
    const both = [claim('lawfare', 2, 'reported'), claim('lawfare', 3, 'speculated')];
    expect(comparePair(both, [claim('quincy', 2)]).status).toBe('agree');
    expect(comparePair(both, [claim('quincy', 2, 'speculated')])).toEqual({ status: 'differ', reason: 'modality', gap: 0.5 });
    const speculatesAndRecommends = [claim('quincy', 2, 'speculated'), claim('quincy', 2, 'recommended')];
    expect(comparePair([claim('lawfare', 2)], speculatesAndRecommends).reason).toBe('modality');
  });

  it("uses each article's mean tone, not its extreme claims", () => {
    const a = [claim('lawfare', 2), claim('lawfare', 6), claim('lawfare', 7)];
    expect(comparePair(a, [claim('quincy', 1)])).toEqual({ status: 'agree', gap: 4 });
  });

  it('names tone as the reason when tone and modality both clash', () => {
    expect(comparePair([claim('lawfare', -6)], [claim('quincy', 5, 'speculated')])).toEqual({ status: 'differ', reason: 'tone', gap: 11 });
  });
});

describe('perspectiveView: compare', () => {
  const graph = thawGraph();
  const view = perspectiveView(graph, LAWFARE_VS_QUINCY);

  it('gives every edge an entry', () => {
    expect(sorted(view.relations.keys())).toEqual(sorted(graph.edges()));
    expect(view.perspective).toBe(LAWFARE_VS_QUINCY);
  });

  it('marks agree, only A and only B', () => {
    expect(rel(view, 'agree')).toMatchObject({ visible: true, status: 'agree', contested: false, weight: 1 });
    expect(rel(view, 'only-lawfare')).toMatchObject({ visible: true, status: 'only-a', contested: false });
    expect(rel(view, 'only-quincy')).toMatchObject({ visible: true, status: 'only-b', contested: false });
    expect(rel(view, 'agree').contestReason).toBeUndefined();
  });

  it('marks contested relations with their reason', () => {
    expect(rel(view, 'tone-clash')).toMatchObject({ status: 'differ', contested: true, disputed: false, contestReason: 'tone' });
    expect(rel(view, 'modality-clash')).toMatchObject({ status: 'differ', contested: true, disputed: false, contestReason: 'modality' });
    expect(rel(view, 'recommended-vs-reported').status).toBe('agree');
    expect(rel(view, 'mixed-modalities').status).toBe('agree');
  });

  it('applies the threshold boundary: 4 agrees, 4.5 and 5 are contested', () => {
    expect(rel(view, 'gap-4').status).toBe('agree');
    expect(rel(view, 'thirds-gap-4').status).toBe('agree');
    expect(rel(view, 'several-claims-mean').status).toBe('agree');
    expect(rel(view, 'gap-4-5').status).toBe('differ');
    expect(rel(view, 'gap-5').status).toBe('differ');
  });

  it('honours a toneGap option', () => {
    const strict = perspectiveView(graph, LAWFARE_VS_QUINCY, { toneGap: 3 });
    expect(rel(strict, 'gap-4').status).toBe('differ');
    expect(rel(strict, 'agree').status).toBe('agree');
    const lax = perspectiveView(graph, LAWFARE_VS_QUINCY, { toneGap: 11 });
    expect(rel(lax, 'tone-clash').status).toBe('agree');
    expect(rel(lax, 'modality-clash').status).toBe('differ');
  });

  it('a relation only other articles state is hidden and has no status', () => {
    for (const id of ['korybko-only', 'others-clash']) {
      const r = rel(view, id);
      expect(r).toMatchObject({ visible: false, claims: [], weight: 0, tone: 0, contested: false });
      expect(r.status).toBeUndefined();
      expect(view.visibleRelationIds.has(id)).toBe(false);
    }
    expect(rel(view, 'others-clash').otherSourceCount).toBe(2);
  });

  it('a third article disagreeing does not make the pair contested', () => {
    expect(rel(view, 'third-tone-clash').status).toBe('agree');
    expect(rel(view, 'third-modality-clash').status).toBe('agree');
  });

  it("shows A's then B's claims, with the pooled mean tone and other articles counted", () => {
    const r = rel(view, 'agree');
    expect(r.claims.map((c) => c.source)).toEqual(['lawfare', 'quincy']);
    expect(r.sourceIds).toEqual(['lawfare', 'quincy', 'korybko']);
    expect(r.otherSourceCount).toBe(1);
    expect(r.tone).toBe(5);
    expect(rel(view, 'gap-4-5').tone).toBe(3); // (1 + 2 + 6) / 3
    expect(rel(view, 'all-five').otherSourceCount).toBe(3);
    const reversed = perspectiveView(graph, { mode: 'compare', a: 'quincy', b: 'lawfare' });
    expect(rel(reversed, 'agree').claims.map((c) => c.source)).toEqual(['quincy', 'lawfare']);
    expect(rel(reversed, 'only-lawfare').status).toBe('only-b');
  });

  it('counts the statuses, and describes them', () => {
    expect(view.counts).toEqual({ agree: 9, onlyA: 1, onlyB: 1, disputed: 0, differ: 4, contested: 4 });
    expect(describeCompareCounts(view.counts!, 'Lawfare', 'Quincy')).toBe('share 9, disagree 0, differ 4, only Lawfare 1, only Quincy 1');
    expect(describeCompareCounts({ agree: 9, disputed: 2, differ: 3, contested: 5, onlyA: 17, onlyB: 22 }, 'Lawfare', 'Quincy')).toBe(
      'share 9, disagree 2, differ 3, only Lawfare 17, only Quincy 22',
    );
    const visible = [...view.relations.values()].filter((r) => r.visible).length;
    expect(view.visibleRelationIds.size).toBe(visible);
    expect(visible).toBe(9 + 1 + 1 + 4);
  });

  it('lists contested relations by tone gap, largest first', () => {
    expect(view.contestedRelationIds).toEqual(['tone-clash', 'gap-5', 'gap-4-5', 'modality-clash']);
  });

  it('shows the actors of visible relations and their parents, and no others', () => {
    expect(view.visibleActorIds.has('european-union')).toBe(false);
    expect(view.visibleActorIds.has('coale')).toBe(false); // only in korybko-only
    expect(view.visibleActorIds.has('lukashenko')).toBe(true);
    expect(view.visibleActorIds.has('belarus')).toBe(true);
  });
});

describe('perspectiveView: one article', () => {
  const graph = thawGraph();
  const lawfare = perspectiveView(graph, { mode: 'one', source: 'lawfare' });
  const korybko = perspectiveView(graph, { mode: 'one', source: 'korybko' });

  it('shows exactly the relations the article states', () => {
    const expected = graph.filterEdges((_, a) => a.claims.some((c) => c.source === 'lawfare'));
    expect(sorted(lawfare.visibleRelationIds)).toEqual(sorted(expected));
    expect(sorted(korybko.visibleRelationIds)).toEqual(['agree', 'all-five', 'korybko-only', 'third-tone-clash']);
    expect(lawfare.counts).toBeUndefined();
    for (const r of lawfare.relations.values()) {
      expect(r.status).toBeUndefined();
      expect(r.weight).toBe(r.visible ? 1 : 0);
    }
  });

  it("filters claims to the article's own and uses its mean tone", () => {
    const r = rel(lawfare, 'several-claims-mean');
    expect(r.claims).toHaveLength(3);
    expect(r.claims.every((c) => c.source === 'lawfare')).toBe(true);
    expect(r.tone).toBe(5);
    expect(rel(lawfare, 'thirds-gap-4').tone).toBe(1.7); // 5/3 rounded
    expect(rel(lawfare, 'gap-4-5').tone).toBe(1.5);
    expect(rel(lawfare, 'only-quincy')).toMatchObject({ visible: false, claims: [], tone: 0 });
  });

  it('counts the other articles that speak to each relation', () => {
    expect(rel(lawfare, 'agree').otherSourceCount).toBe(2);
    expect(rel(lawfare, 'all-five').otherSourceCount).toBe(4);
    expect(rel(lawfare, 'only-lawfare').otherSourceCount).toBe(0);
    expect(rel(lawfare, 'only-quincy').otherSourceCount).toBe(1);
    expect(rel(lawfare, 'others-clash').otherSourceCount).toBe(2);
    expect(rel(lawfare, 'agree').sourceIds).toEqual(['lawfare', 'quincy', 'korybko']);
  });

  it('includes the whole parent chain of visible actors', () => {
    expect(sorted(korybko.visibleActorIds)).toEqual(sorted(['kellogg', 'lukashenko', 'united-states', 'belarus', 'coale', 'putin', 'russia']));
    expect(korybko.visibleActorIds.has('european-union')).toBe(false);
  });

  it("flags as contested what another article disputes in this article's account", () => {
    expect(sorted(lawfare.contestedRelationIds)).toEqual(
      sorted(['tone-clash', 'gap-5', 'gap-4-5', 'modality-clash', 'third-tone-clash', 'third-modality-clash']),
    );
    expect(lawfare.contestedRelationIds.slice(0, 3)).toEqual(['tone-clash', 'third-tone-clash', 'gap-5']);
    expect(rel(lawfare, 'third-modality-clash').contestReason).toBe('modality');
    expect(rel(lawfare, 'others-clash').contested).toBe(false); // hidden: lawfare does not state it
    expect(korybko.contestedRelationIds).toEqual(['third-tone-clash']);
  });

  it('hides everything for an article the graph does not know', () => {
    const unknown = perspectiveView(graph, { mode: 'one', source: 'nobody' });
    expect(unknown.visibleRelationIds.size).toBe(0);
    expect(unknown.visibleActorIds.size).toBe(0);
    expect(unknown.relations.size).toBe(graph.size);
  });
});

describe('perspectiveView: all articles', () => {
  const graph = thawGraph();
  const view = perspectiveView(graph, { mode: 'all' });

  it('shows everything, with all claims, and no compare fields', () => {
    expect(view.visibleRelationIds.size).toBe(graph.size);
    expect(view.counts).toBeUndefined();
    expect(rel(view, 'agree').claims).toHaveLength(3);
    expect(rel(view, 'agree').otherSourceCount).toBe(0);
    expect(rel(view, 'agree').tone).toBe(5);
    for (const r of view.relations.values()) expect(r.status).toBeUndefined();
    expect(sorted(view.visibleActorIds)).toEqual(sorted(graph.nodes().filter((n) => n !== 'european-union')));
  });

  it('weighs each relation by the share of the articles that state it', () => {
    expect(Object.keys(SOURCE_LABELS)).toHaveLength(5);
    expect(rel(view, 'only-lawfare').weight).toBeCloseTo(0.2);
    expect(rel(view, 'gap-4').weight).toBeCloseTo(0.4);
    expect(rel(view, 'agree').weight).toBeCloseTo(0.6);
    expect(rel(view, 'all-five').weight).toBe(1);
  });

  it('is contested when any two articles stating it would be', () => {
    expect(rel(view, 'third-tone-clash')).toMatchObject({ contested: true, contestReason: 'tone' });
    expect(rel(view, 'third-modality-clash')).toMatchObject({ contested: true, contestReason: 'modality' });
    expect(rel(view, 'others-clash')).toMatchObject({ contested: true, contestReason: 'tone' });
    expect(rel(view, 'agree').contested).toBe(false);
    expect(rel(view, 'all-five').contested).toBe(false);
    expect(rel(view, 'gap-4').contested).toBe(false);
    expect(view.contestedRelationIds).toEqual([
      'others-clash', // gap 11, tied with tone-clash: by id
      'tone-clash',
      'third-tone-clash', // 8: quincy +5 vs korybko -3
      'gap-5',
      'gap-4-5',
      'modality-clash', // gap 1
      'third-modality-clash', // gap 0
    ]);
  });

  it('applies a toneGap option to every pair', () => {
    const lax = perspectiveView(graph, { mode: 'all' }, { toneGap: 8 });
    expect(rel(lax, 'third-tone-clash').contested).toBe(false);
    expect(rel(lax, 'tone-clash').contested).toBe(true);
  });
});

describe('perspectiveView: cache', () => {
  it('gives the same answer twice and sees edges added to the graph', () => {
    const graph = thawGraph();
    const first = perspectiveView(graph, LAWFARE_VS_QUINCY);
    expect(perspectiveView(graph, LAWFARE_VS_QUINCY).counts).toEqual(first.counts);
    graph.addDirectedEdgeWithKey('late-addition', 'belarus', 'russia', {
      type: 'statement',
      label: 'late addition',
      direction: 'directed',
      claims: [claim('lawfare', 1)],
      cameo: '01',
      quadClass: 1,
    });
    const after = perspectiveView(graph, LAWFARE_VS_QUINCY);
    expect(after.counts).toEqual({ ...first.counts, onlyA: 2 });
    expect(after.relations.has('late-addition')).toBe(true);
  });

  it('keeps graphs apart', () => {
    const dataset = thawDataset();
    const small = buildGraph({ ...dataset, relations: dataset.relations.slice(0, 3) });
    expect(perspectiveView(small, LAWFARE_VS_QUINCY).counts).toEqual({ agree: 1, onlyA: 1, onlyB: 1, disputed: 0, differ: 0, contested: 0 });
    expect(perspectiveView(thawGraph(), LAWFARE_VS_QUINCY).counts).toEqual({ agree: 9, onlyA: 1, onlyB: 1, disputed: 0, differ: 4, contested: 4 });
  });
});

describe('perspectiveView: edge cases', () => {
  it('compares an article with itself as agreeing everywhere it speaks', () => {
    const view = perspectiveView(thawGraph(), { mode: 'compare', a: 'lawfare', b: 'lawfare' });
    expect(view.counts).toEqual({ agree: 14, onlyA: 0, onlyB: 0, disputed: 0, differ: 0, contested: 0 });
    expect(rel(view, 'agree')).toMatchObject({ status: 'agree', otherSourceCount: 2 });
    expect(rel(view, 'agree').claims).toHaveLength(1);
  });

  it('rounds mean tones to one decimal, halves away from zero', () => {
    const dataset = thawDataset();
    const graph = buildGraph({
      ...dataset,
      relations: [
        {
          id: 'quarter',
          from: 'belarus',
          to: 'russia',
          type: 'statement',
          direction: 'directed',
          label: 'quarter',
          claims: [claim('lawfare', -2), claim('lawfare', -2), claim('lawfare', -2), claim('lawfare', -3), claim('quincy', 2)],
        },
      ],
    });
    expect(rel(perspectiveView(graph, { mode: 'one', source: 'lawfare' }), 'quarter').tone).toBe(-2.3);
    expect(rel(perspectiveView(graph, { mode: 'all' }), 'quarter').tone).toBe(-1.4); // -7 / 5
  });
});

describe('agreementSummary', () => {
  const graph = thawGraph();
  const all = perspectiveView(graph, { mode: 'all' });
  const compare = perspectiveView(graph, LAWFARE_VS_QUINCY);
  const one = perspectiveView(graph, { mode: 'one', source: 'lawfare' });
  const say = (view: PerspectiveView, id: string): string => agreementSummary(rel(view, id), labelOf);

  it('all mode', () => {
    expect(say(all, 'agree')).toBe('Stated by 3 articles; they agree (tones +4 to +6).');
    expect(say(all, 'all-five')).toBe('Stated by 5 articles; they agree (tone +5).');
    expect(say(all, 'only-lawfare')).toBe('Stated by Lawfare only (tone +3, reports).');
    expect(say(all, 'tone-clash')).toBe('Differ in tone: Lawfare −6 vs Quincy +5 (reports vs recommends).');
    expect(say(all, 'others-clash')).toBe('Differ in tone: Quiet trip −8 vs Thaw blog +3.');
    expect(say(all, 'third-tone-clash')).toBe('Differ in tone among 3 articles: Quincy +5 vs Korybko −3.');
    expect(say(all, 'third-modality-clash')).toBe('Differ in certainty among 3 articles: Lawfare +3 vs Thaw blog +3 (reports vs speculates).');
  });

  it('compare mode', () => {
    expect(say(compare, 'agree')).toBe('Lawfare and Quincy agree (tones +4 to +6). Also stated by Korybko.');
    expect(say(compare, 'gap-4-5')).toBe('Differ in tone: Lawfare +1.5 vs Quincy +6.');
    expect(say(compare, 'modality-clash')).toBe('Differ in certainty: Lawfare +2 vs Quincy +3 (reports vs speculates).');
    expect(say(compare, 'mixed-modalities')).toBe('Lawfare and Quincy agree (tones +2 to +2.5).');
    expect(say(compare, 'only-quincy')).toBe('Stated by Quincy only (tone −2, reports).');
    expect(say(compare, 'korybko-only')).toBe('Not in this view; stated by Korybko.');
  });

  it('one-article mode', () => {
    expect(say(one, 'agree')).toBe('Lawfare: tone +4, reports. Also stated by Quincy and Korybko.');
    expect(say(one, 'tone-clash')).toBe('Lawfare: tone −6, reports. Also stated by Quincy; it differs in tone from Lawfare.');
    expect(say(one, 'third-tone-clash')).toBe(
      'Lawfare: tone +4, reports. Also stated by Quincy and Korybko; at least one of them differs in tone from Lawfare.',
    );
    expect(say(one, 'mixed-modalities')).toBe('Lawfare: tone +2.5, reports/speculates. Also stated by Quincy.');
    expect(say(one, 'others-clash')).toBe('Not in this view; stated by Quiet trip and Thaw blog.');
  });
});

describe('parsePerspective and formatPerspective', () => {
  const known = Object.keys(SOURCE_LABELS);

  it('round-trips every mode', () => {
    const perspectives: Perspective[] = [
      { mode: 'all' },
      { mode: 'one', source: 'lawfare' },
      { mode: 'one', source: 'thaw-blog' },
      { mode: 'compare', a: 'lawfare', b: 'quincy' },
      { mode: 'compare', a: 'quiet-trip', b: 'korybko' },
    ];
    for (const p of perspectives) expect(parsePerspective(formatPerspective(p), known)).toEqual(p);
    expect(formatPerspective({ mode: 'all' })).toBe('all');
    expect(formatPerspective({ mode: 'one', source: 'lawfare' })).toBe('one:lawfare');
    expect(formatPerspective({ mode: 'compare', a: 'lawfare', b: 'quincy' })).toBe('compare:lawfare,quincy');
  });

  it('tolerates spaces and capitals', () => {
    expect(parsePerspective(' One:Lawfare ', known)).toEqual({ mode: 'one', source: 'lawfare' });
    expect(parsePerspective('compare: lawfare , quincy', known)).toEqual({ mode: 'compare', a: 'lawfare', b: 'quincy' });
  });

  it('falls back to all on anything invalid or unknown', () => {
    for (const text of [
      '',
      'all',
      'bogus',
      'one',
      'one:',
      'one:nobody',
      'one:lawfare:quincy',
      'one:lawfare,quincy',
      'compare:lawfare',
      'compare:lawfare,',
      'compare:lawfare,nobody',
      'compare:lawfare,lawfare',
      'compare:lawfare,quincy,korybko',
      'two:lawfare',
      ':lawfare',
    ]) {
      expect(parsePerspective(text, known), text).toEqual({ mode: 'all' });
    }
    expect(parsePerspective('one:lawfare', [])).toEqual({ mode: 'all' });
  });
});

describe('stance: a disagreement is one article supporting what another opposes (issue 13)', () => {
  const graph = stanceGraph();

  it('comparePair: supports vs opposes is disputed whatever the tones; the same side never is', () => {
    expect(comparePair([claim('lawfare', 3)], [opposes('quincy', 3)])).toEqual({ status: 'disputed', reason: 'stance', gap: 0 });
    expect(comparePair([opposes('lawfare', 3)], [claim('quincy', 3)]).status).toBe('disputed');
    expect(comparePair([claim('lawfare', -7)], [opposes('quincy', -2)])).toEqual({ status: 'disputed', reason: 'stance', gap: 5 });
    expect(comparePair([opposes('lawfare', 2)], [opposes('quincy', 3)]).status).toBe('agree');
    expect(comparePair([claim('lawfare', -6)], [claim('quincy', 5)])).toEqual({ status: 'differ', reason: 'tone', gap: 11 });
    expect(comparePair([claim('lawfare', 2)], [claim('quincy', 3, 'speculated')])).toEqual({ status: 'differ', reason: 'modality', gap: 1 });
    expect(comparePair([], [opposes('quincy', 4)])).toEqual({ status: 'only-b', gap: 0 });
    // An article on both sides disagrees with either side.
    expect(comparePair([claim('lawfare', 5), opposes('lawfare', 5, 'recommended')], [claim('quincy', 5)]).status).toBe('disputed');
  });

  it('compare mode: statuses, counts and order, disagreements first', () => {
    const view = perspectiveView(graph, LAWFARE_VS_QUINCY);
    expect(rel(view, 'supports-vs-opposes')).toMatchObject({ status: 'disputed', disputed: true, contested: true, contestReason: 'stance', stance: 'both' });
    expect(rel(view, 'opposes-same-tone')).toMatchObject({ status: 'disputed', disputed: true });
    expect(rel(view, 'both-oppose')).toMatchObject({ status: 'agree', disputed: false, contested: false, stance: 'opposes' });
    expect(rel(view, 'tone-only')).toMatchObject({ status: 'differ', disputed: false, contested: true, contestReason: 'tone', stance: 'supports' });
    expect(rel(view, 'modality-only')).toMatchObject({ status: 'differ', disputed: false, contestReason: 'modality' });
    expect(rel(view, 'quincy-alone-opposes')).toMatchObject({ status: 'only-b', disputed: false, contested: false, stance: 'opposes' });
    expect(rel(view, 'lawfare-both-sides')).toMatchObject({ status: 'disputed', stance: 'both' });
    expect(rel(view, 'self-mixed-only')).toMatchObject({ status: 'only-a', disputed: false, stance: 'both' });
    expect(rel(view, 'third-opposes')).toMatchObject({ status: 'agree', disputed: false });
    expect(view.counts).toEqual({ agree: 2, disputed: 3, differ: 2, contested: 5, onlyA: 1, onlyB: 1 });
    expect(view.disputedRelationIds).toEqual(['supports-vs-opposes', 'lawfare-both-sides', 'opposes-same-tone']);
    expect(view.contestedRelationIds).toEqual(['supports-vs-opposes', 'lawfare-both-sides', 'opposes-same-tone', 'tone-only', 'modality-only']);
  });

  it('all articles: both stances among different articles make it disputed', () => {
    const view = perspectiveView(graph, { mode: 'all' });
    expect(rel(view, 'supports-vs-opposes')).toMatchObject({ disputed: true, contestReason: 'stance', stance: 'both' });
    expect(rel(view, 'third-opposes')).toMatchObject({ disputed: true, contestReason: 'stance' });
    expect(rel(view, 'both-oppose')).toMatchObject({ disputed: false, contested: false, stance: 'opposes' });
    expect(rel(view, 'tone-only')).toMatchObject({ disputed: false, contestReason: 'tone' });
    expect(rel(view, 'modality-only')).toMatchObject({ disputed: false, contestReason: 'modality' });
    expect(rel(view, 'quincy-alone-opposes')).toMatchObject({ disputed: false, contested: false, stance: 'opposes' });
    // One article on both sides, alone: not a dispute between articles.
    expect(rel(view, 'self-mixed-only')).toMatchObject({ disputed: false, contested: false, stance: 'both' });
    expect(sorted(view.disputedRelationIds)).toEqual(sorted(['supports-vs-opposes', 'opposes-same-tone', 'lawfare-both-sides', 'third-opposes']));
    expect(view.contestedRelationIds.slice(0, 4).every((id) => view.disputedRelationIds.includes(id))).toBe(true);
  });

  it("one article: disputed when another article takes the side opposite to this one's", () => {
    const lawfare = perspectiveView(graph, { mode: 'one', source: 'lawfare' });
    expect(rel(lawfare, 'supports-vs-opposes')).toMatchObject({ disputed: true, stance: 'supports' });
    expect(rel(lawfare, 'third-opposes')).toMatchObject({ disputed: true, contestReason: 'stance' });
    expect(rel(lawfare, 'both-oppose')).toMatchObject({ disputed: false, contested: false, stance: 'opposes' });
    expect(rel(lawfare, 'tone-only')).toMatchObject({ disputed: false, contestReason: 'tone' });
    expect(rel(lawfare, 'modality-only')).toMatchObject({ disputed: false, contestReason: 'modality' });
    expect(rel(lawfare, 'self-mixed-only')).toMatchObject({ disputed: false, contested: false, stance: 'both' });
    expect(rel(lawfare, 'quincy-alone-opposes')).toMatchObject({ visible: false, disputed: false, contested: false });
    expect(rel(lawfare, 'quincy-alone-opposes').stance).toBeUndefined();
    const quincy = perspectiveView(graph, { mode: 'one', source: 'quincy' });
    expect(rel(quincy, 'supports-vs-opposes')).toMatchObject({ disputed: true, stance: 'opposes' });
    expect(rel(quincy, 'quincy-alone-opposes')).toMatchObject({ disputed: false, contested: false, stance: 'opposes' });
    expect(rel(quincy, 'third-opposes').disputed).toBe(true); // korybko opposes what quincy supports
    const korybko = perspectiveView(graph, { mode: 'one', source: 'korybko' });
    expect(korybko.disputedRelationIds).toEqual(['third-opposes']);
  });

  it('says "disagree" for opposite stances and names the weaker signals apart', () => {
    const compare = perspectiveView(graph, LAWFARE_VS_QUINCY);
    const say = (view: PerspectiveView, id: string): string => agreementSummary(rel(view, id), labelOf);
    expect(say(compare, 'opposes-same-tone')).toBe('Disagree: Lawfare supports it (reports), Quincy opposes it (reports).');
    expect(say(compare, 'lawfare-both-sides')).toBe('Disagree: Lawfare both supports and opposes it (reports/recommends), Quincy supports it (recommends).');
    expect(say(compare, 'tone-only')).toBe('Differ in tone: Lawfare −6 vs Quincy +5.');
    expect(say(compare, 'modality-only')).toBe('Differ in certainty: Lawfare +2 vs Quincy +3 (reports vs speculates).');
    expect(say(compare, 'both-oppose')).toBe('Lawfare and Quincy agree (tones +2 to +3, all opposing it).');
    expect(say(compare, 'quincy-alone-opposes')).toBe('Stated by Quincy only (tone +4, reports, opposes it).');
    const one = perspectiveView(graph, { mode: 'one', source: 'lawfare' });
    expect(say(one, 'third-opposes')).toBe(
      "Lawfare: tone +4, reports. Also stated by Quincy and Korybko; at least one of them takes the side opposite to Lawfare's.",
    );
    const all = perspectiveView(graph, { mode: 'all' });
    expect(say(all, 'third-opposes')).toBe('Disagree among 3 articles: Quincy supports it (reports), Korybko opposes it (reports).');
  });
});
