// The PNG caption's layout (src/export/png-layout.ts) in Node, with a fixed-width text measure
// (7 px a character at 12 px, scaled by the font size): where the graph, rule and caption go, that
// text wraps inside the picture's width, and what each legend section draws.
import { describe, expect, it } from 'vitest';
import type { CaptionData } from '../../src/export/caption';
import { layoutPicture, MIN_WIDTH, PADDING, type DrawOp, type Measure } from '../../src/export/png-layout';

/** Width of a character: 7/12 of the font size. */
const measure: Measure = (text, font) => {
  const size = Number(/(\d+)px/.exec(font)?.[1] ?? '12');
  return (text.length * 7 * size) / 12;
};

const CAPTION: CaptionData = {
  title: 'US–Belarus thaw: actors and relations',
  perspective: 'Compare: Alpha article with Beta article',
  summary: '5 actors, 4 relations',
  articles: [
    {
      id: 'alpha',
      title: 'A long article title that certainly needs more than one line at this width to be read',
      outlet: 'Alpha Outlet',
      date: '2025-07-22',
      kind: 'analysis',
      relationCount: 3,
    },
    { id: 'beta', title: 'Beta', kind: 'policy brief', relationCount: 1 },
  ],
  exportedOn: '2026-12-04',
  legend: {
    kinds: [
      { kind: 'state', label: 'State', count: 3, color: '#123456' },
      { kind: 'person', label: 'Person', count: 2, icon: 'M0 0 L16 16 Z', color: '#654321' },
    ],
    quadClasses: [
      {
        quadClass: 'verbal-cooperation',
        label: 'Verbal cooperation',
        count: 2,
        types: [{ type: 'praise', label: 'Praise', cameo: '051', quadClass: 'verbal-cooperation', count: 2 }],
      },
    ] as unknown as CaptionData['legend']['quadClasses'],
    edgeColours: {
      title: 'Edge colour — comparison',
      entries: [
        { id: 'both', label: 'In both', color: '#00aa00', count: 3 },
        { id: 'one', label: 'Only in Alpha', color: '#aa0000', count: 1 },
      ],
    },
    edgeMarks: {
      entries: [
        { id: 'contested', label: 'Contested', glyph: 'diamond', color: '#000000', count: 1 },
        { id: 'reported', label: 'Reported', glyph: 'dotted', color: '#333333', count: 2 },
      ],
      widthNote: 'Width: how strongly the article states it.',
    },
  },
};

const texts = (ops: readonly DrawOp[]): string[] => ops.flatMap((op) => (op.op === 'text' ? [op.text] : []));

describe('layoutPicture', () => {
  it('centres a narrow graph in the narrowest picture, with the rule under it and the caption under the rule', () => {
    const picture = layoutPicture(CAPTION, 100, 80, measure);
    expect(picture.width).toBe(MIN_WIDTH);
    expect([picture.graphX, picture.graphY]).toEqual([Math.round((MIN_WIDTH - 100) / 2), PADDING]);
    const [rule, title] = picture.ops;
    expect(rule).toEqual({
      op: 'line',
      x1: PADDING,
      y1: PADDING + 80 + PADDING,
      x2: MIN_WIDTH - PADDING,
      y2: PADDING + 80 + PADDING,
      color: '#d0d0d0',
      width: 1,
    });
    expect(title).toMatchObject({ op: 'text', x: PADDING, y: PADDING + 80 + 2 * PADDING, text: CAPTION.title });
    const last = picture.ops.at(-1)!;
    expect(last).toMatchObject({ op: 'text', text: 'Exported 2026-12-04' });
    // The picture ends one padding below the last line (12 px text, 16 px line).
    expect(picture.height).toBe((last as { y: number }).y + 16 + PADDING);
  });

  it('is as wide as a wide graph plus its padding, and wraps every line inside the caption width', () => {
    const narrow = layoutPicture(CAPTION, 100, 80, measure);
    const wide = layoutPicture(CAPTION, 1200, 80, measure);
    expect(wide.width).toBe(1200 + 2 * PADDING);
    expect(wide.height).toBeLessThan(narrow.height);
    for (const picture of [narrow, wide]) {
      for (const op of picture.ops) {
        if (op.op !== 'text') continue;
        expect(op.x + measure(op.text, op.font)).toBeLessThanOrEqual(picture.width - PADDING + 0.001);
      }
    }
    // The long article title was wrapped: its words are all there, over several lines.
    const lines = texts(narrow.ops);
    expect(lines.join(' ')).toContain('A long article title that certainly needs more than one line');
    expect(lines.filter((line) => line === '•').length).toBe(2);
    expect(narrow.ops.filter((op) => op.op === 'text' && op.x === PADDING + 14).length).toBeGreaterThan(2);
  });

  it('draws each legend section: kinds with their swatch, colours, relation types, marks and the width note', () => {
    const { ops } = layoutPicture(CAPTION, 100, 80, measure);
    const lines = texts(ops);
    expect(lines).toEqual(
      expect.arrayContaining([
        'Legend',
        'State (3)',
        'Person (2)',
        'Edge colour — comparison',
        'In both (3)',
        'Only in Alpha (1)',
        'Relation types shown',
        'Marks on edges',
        'Contested (1)',
        'Reported (2)',
      ]),
    );
    expect(lines.join(' ')).toContain('Verbal cooperation: Praise (CAMEO 051)');
    expect(lines.join(' ')).toContain('Width: how strongly the article states it.');
    expect(ops).toContainEqual(expect.objectContaining({ op: 'circle', color: '#123456' }));
    expect(ops).toContainEqual(expect.objectContaining({ op: 'icon', path: 'M0 0 L16 16 Z', color: '#654321' }));
    expect(ops).toContainEqual(expect.objectContaining({ op: 'line', color: '#00aa00', width: 3 }));
    expect(ops).toContainEqual(expect.objectContaining({ op: 'line', color: '#333333', dash: [0.1, 4] }));
    expect(ops).toContainEqual(expect.objectContaining({ op: 'icon', color: '#000000', size: 12 }));
  });

  it('draws a relation the article opposes as a bar across a line, never as the dotted "speculated" line', () => {
    const opposed: CaptionData = {
      ...CAPTION,
      legend: { ...CAPTION.legend, edgeMarks: { entries: [{ id: 'opposed', label: 'Opposed by the article', glyph: 'bar', color: '#aa00aa', count: 2 }] } },
    };
    const { ops } = layoutPicture(opposed, 100, 80, measure);
    const samples = ops.filter((op) => 'color' in op && op.color === '#aa00aa');
    expect(samples).toHaveLength(1);
    expect(samples[0]).toMatchObject({ op: 'icon', size: 12 });
    expect(samples[0]).not.toHaveProperty('dash');
  });

  it('gives the same layout for the same caption (a fingerprint of every position)', () => {
    const picture = layoutPicture(CAPTION, 333, 222, measure);
    const fingerprint = JSON.stringify(picture);
    expect(JSON.stringify(layoutPicture(CAPTION, 333, 222, measure))).toBe(fingerprint);
    expect(fingerprint.length).toBeGreaterThan(1000);
  });
});
