/**
 * The plain data behind the contested list and the relation pane's coverage strip (src/view/
 * disagreements.ts, src/view/coverage.ts), on the stance fixture: which relations two articles
 * disagree on, with both sides' quotes; and where every article stands on one relation.
 */
import { describe, expect, it } from 'vitest';
import { perspectiveView } from '../../src/model/perspective';
import { compareSections, contestedSections } from '../../src/view/disagreements';
import { quoteAnchor, relationCoverage, voiceOf } from '../../src/view/coverage';
import { labelOf, stanceGraph } from '../fixtures/perspective-graphs';

const graph = stanceGraph();
const label = (id: string) => ({ short: labelOf(id), title: `${labelOf(id)}: the title` });

describe('compareSections', () => {
  const sections = compareSections(graph, perspectiveView(graph, { mode: 'compare', a: 'lawfare', b: 'quincy' }))!;

  it('puts the disagreements first, each with both sides, their stances and quotes', () => {
    expect(sections.disputed.map((r) => r.id)).toEqual(['supports-vs-opposes', 'lawfare-both-sides', 'opposes-same-tone']);
    const row = sections.disputed.find((r) => r.id === 'opposes-same-tone')!;
    expect(row).toMatchObject({ reason: 'stance', fromLabel: 'united-states', toLabel: 'belarus', typeLabel: 'Public statement' });
    expect(row.a).toMatchObject({ source: 'lawfare', stance: 'supports' });
    expect(row.b).toMatchObject({ source: 'quincy', stance: 'opposes' });
    expect(row.b.quotes).toEqual([
      {
        quote: 'A verbatim quote from quincy (tone 3, reported, opposes).',
        stance: 'opposes',
        modality: 'reported',
        tone: 3,
        speaker: { id: 'kellogg', label: 'kellogg' },
      },
    ]);
    expect(sections.disputed.find((r) => r.id === 'lawfare-both-sides')!.a.stance).toBe('both');
  });

  it('then the weaker differences, then what both state and what only one does', () => {
    expect(sections.differ.map((r) => [r.id, r.reason])).toEqual([
      ['tone-only', 'tone'],
      ['modality-only', 'modality'],
    ]);
    expect(sections.shared.map((r) => r.id).sort()).toEqual(['both-oppose', 'third-opposes']);
    expect(sections.onlyA.map((r) => r.id)).toEqual(['self-mixed-only']);
    expect(sections.onlyB.map((r) => r.id)).toEqual(['quincy-alone-opposes']);
  });

  it('is only for a comparison', () => {
    expect(compareSections(graph, perspectiveView(graph, { mode: 'all' }))).toBeUndefined();
  });
});

describe('contestedSections', () => {
  it("splits every perspective's contested relations into disputed and differing", () => {
    const all = contestedSections(graph, perspectiveView(graph, { mode: 'all' }));
    expect(all.disputed.map((r) => r.id).sort()).toEqual(['lawfare-both-sides', 'opposes-same-tone', 'supports-vs-opposes', 'third-opposes']);
    expect(all.differ.map((r) => r.reason)).toEqual(['tone', 'modality']);
    const korybko = contestedSections(graph, perspectiveView(graph, { mode: 'one', source: 'korybko' }));
    expect(korybko).toEqual({ disputed: [expect.objectContaining({ id: 'third-opposes', reason: 'stance' })], differ: [] });
  });
});

describe('relationCoverage', () => {
  it("gives every article of the graph its side, in the graph's order, silent ones included", () => {
    const coverage = relationCoverage(graph, 'lawfare-both-sides', label)!;
    expect(coverage.map((c) => [c.source, c.stance, c.quotes.length])).toEqual([
      ['lawfare', 'both', 2],
      ['quincy', 'supports', 1],
      ['korybko', 'silent', 0],
      ['thaw-blog', 'silent', 0],
      ['quiet-trip', 'silent', 0],
    ]);
    expect(coverage[0]).toMatchObject({ label: 'Lawfare', title: 'Lawfare: the title' });
    expect(relationCoverage(graph, 'no-such-relation', label)).toBeUndefined();
  });

  it('names who speaks: the quoted actor inside the article, or the article itself', () => {
    const quincy = relationCoverage(graph, 'opposes-same-tone', label)!.find((c) => c.source === 'quincy')!;
    expect(voiceOf(quincy.quotes[0]!, quincy.label)).toBe('kellogg, quoted in Quincy');
    expect(voiceOf({}, 'Lawfare')).toBe('Lawfare');
    expect(quoteAnchor('a--b', 'thaw-blog')).toBe('quotes-a--b-thaw-blog');
  });
});
