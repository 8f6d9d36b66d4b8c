/**
 * The legend of an exported picture describes the edge colours the picture uses: QuadClass in
 * "all articles", the article's tone in a one-article perspective, agreement in a comparison.
 * Checked against the looks the canvas draws (explorer.looks, as src/cy/look-classes.ts makes them classes) and the colour the
 * stylesheet gives those classes, so the legend cannot drift from the picture.
 */
import { describe, expect, it } from 'vitest';
import { OPPOSED_COLOUR, QUAD_COLOURS, STATUS_LOOKS, TONE_BANDS } from '../../src/view/palette';
import { lookClasses } from '../../src/cy/look-classes';
import { stanceGraph } from '../fixtures/perspective-graphs';
import { STYLESHEET } from '../../src/cy/style';
import { captionIn } from '../fixtures/export-caption';

/** The line colour the stylesheet gives an edge with these classes (class-only selectors, last match wins). */
function lineColour(classes: string): string | undefined {
  const has = new Set(classes.split(' '));
  let colour: string | undefined;
  for (const block of STYLESHEET) {
    const match = /^edge((?:\.[\w-]+)+)$/.exec(block.selector);
    const value = block.style['line-color'];
    if (!match || typeof value !== 'string') continue;
    if (
      match[1]!
        .slice(1)
        .split('.')
        .every((name) => has.has(name))
    )
      colour = value;
  }
  return colour;
}

/** Every shown edge's on-canvas colour is the colour of a legend entry, and the counts add up. */
function expectLegendMatchesCanvas({ caption, explorer, edgeIds }: ReturnType<typeof captionIn>): void {
  const legend = caption.legend.edgeColours;
  expect(legend).toBeDefined();
  const byColour = new Map<string, number>();
  for (const edge of edgeIds) {
    const colour = lineColour(lookClasses(explorer.looks.get(edge)!));
    expect(colour, edge).toBeDefined();
    byColour.set(colour!, (byColour.get(colour!) ?? 0) + 1);
  }
  expect(new Map(legend!.entries.map((e) => [e.color, e.count]))).toEqual(byColour);
  // The relation types are still listed, but without the QuadClass colours the picture does not use.
  expect(caption.legend.quadClasses.length).toBeGreaterThan(0);
  for (const quad of caption.legend.quadClasses) {
    expect(quad.color).toBeUndefined();
    for (const type of quad.types) expect(type.color).toBeUndefined();
  }
}

describe('the legend of an exported picture', () => {
  it('in "all articles" colours relation types by QuadClass, as the canvas does', () => {
    const { caption } = captionIn({ mode: 'all' });
    expect(caption.legend.edgeColours).toBeUndefined();
    expect(caption.legend.quadClasses.map((q) => q.color)).toEqual(caption.legend.quadClasses.map((q) => QUAD_COLOURS[q.quadClass]));
  });

  it('in a one-article perspective shows the tone bands the edges are drawn in', () => {
    const shown = captionIn({ mode: 'one', source: 'alpha' });
    expectLegendMatchesCanvas(shown);
    const legend = shown.caption.legend.edgeColours!;
    expect(legend.title).toMatch(/tone/);
    // Alpha's tones: +4 (warm), +6 (cooperative), −2 (cool), −6 and −8.5 (hostile); in band order.
    expect(legend.entries.map((e) => [e.label, e.count])).toEqual([
      [TONE_BANDS[0]!.label, 2],
      [TONE_BANDS[1]!.label, 1],
      [TONE_BANDS[3]!.label, 1],
      [TONE_BANDS[4]!.label, 1],
    ]);
  });

  it('in a comparison shows disagreement, difference, agreement and each article alone, named', () => {
    const shown = captionIn({ mode: 'compare', a: 'alpha', b: 'beta' });
    expectLegendMatchesCanvas(shown);
    const entries = shown.caption.legend.edgeColours!.entries;
    expect(entries.map((e) => [e.id, e.color, e.count])).toEqual([
      ['differ', STATUS_LOOKS.differ.colour, 2],
      ['agree', STATUS_LOOKS.agree.colour, 1],
      ['only-a', STATUS_LOOKS['only-a'].colour, 2],
      ['only-b', STATUS_LOOKS['only-b'].colour, 2],
    ]);
    expect(entries.find((e) => e.id === 'only-a')!.label).toBe(`Only ${shown.explorer.sourceLabel('alpha')}`);
    expect(entries.find((e) => e.id === 'only-b')!.label).toBe(`Only ${shown.explorer.sourceLabel('beta')}`);
  });

  it('gives disagreements their own colour in a comparison, first in the legend', () => {
    const shown = captionIn({ mode: 'compare', a: 'lawfare', b: 'quincy' }, stanceGraph());
    expectLegendMatchesCanvas(shown);
    const entries = shown.caption.legend.edgeColours!.entries;
    expect(entries[0]).toMatchObject({ id: 'disputed', color: STATUS_LOOKS.disputed.colour, label: 'Disagree', count: 3 });
  });

  it("in one article's view draws a relation it opposes in the disagreement colour, never a tone or a QuadClass", () => {
    const shown = captionIn({ mode: 'one', source: 'quincy' }, stanceGraph());
    expectLegendMatchesCanvas(shown);
    const entries = shown.caption.legend.edgeColours!.entries;
    // Quincy opposes four relations: supports-vs-opposes, opposes-same-tone, both-oppose, quincy-alone-opposes.
    expect(entries.find((e) => e.id === 'opposed')).toMatchObject({ color: OPPOSED_COLOUR, count: 4 });
    expect(entries.reduce((n, e) => n + e.count, 0)).toBe(shown.edgeIds.length);
  });
});
