/**
 * The legend of an exported picture explains the marks its edges carry besides colour: the
 * disagreement and difference diamonds, the bar of an opposed relation, dashed lines (only recommended) and dotted lines (only speculated), and,
 * in "all articles", what edge width means. Counted from the classes the canvas gives each edge
 * (explorer.looks) and checked against what the stylesheet draws for those classes, so the
 * legend cannot drift from the picture.
 */
import { describe, expect, it } from 'vitest';
import { STYLESHEET } from '../../src/cy/style';
import { captionLines } from '../../src/export/caption';
import type { Perspective } from '../../src/model/perspective';
import { captionIn } from '../fixtures/export-caption';
import { lookClasses } from '../../src/cy/look-classes';
import { stanceGraph } from '../fixtures/perspective-graphs';

/** What the stylesheet draws on an edge with these classes (class-only selectors, last match wins). */
function drawnMarks(classes: string): Set<'diamond' | 'bar' | 'dashed' | 'dotted'> {
  const has = new Set(classes.split(' '));
  const style: Record<string, unknown> = {};
  for (const block of STYLESHEET) {
    const match = /^edge((?:\.[\w-]+)+)$/.exec(block.selector);
    if (
      match &&
      match[1]!
        .slice(1)
        .split('.')
        .every((name) => has.has(name))
    )
      Object.assign(style, block.style);
  }
  const marks = new Set<'diamond' | 'bar' | 'dashed' | 'dotted'>();
  if (style['mid-target-arrow-shape'] === 'diamond') marks.add('diamond');
  if (style['mid-target-arrow-shape'] === 'tee') marks.add('bar');
  if (style['line-style'] === 'dashed') marks.add('dashed');
  if (style['line-style'] === 'dotted') marks.add('dotted');
  return marks;
}

const PERSPECTIVES: readonly Perspective[] = [
  { mode: 'all' },
  { mode: 'one', source: 'alpha' },
  { mode: 'one', source: 'beta' },
  { mode: 'compare', a: 'alpha', b: 'beta' },
];

describe('the edge marks in the legend of an exported picture', () => {
  const STANCE_PERSPECTIVES: readonly Perspective[] = [
    { mode: 'all' },
    { mode: 'one', source: 'lawfare' },
    { mode: 'one', source: 'quincy' },
    { mode: 'compare', a: 'lawfare', b: 'quincy' },
  ];
  const cases = [...PERSPECTIVES.map((p) => ({ p, stance: false })), ...STANCE_PERSPECTIVES.map((p) => ({ p, stance: true }))];

  it.each(cases)('count every mark the canvas draws on the shown edges (%o)', ({ p, stance }) => {
    const { caption, explorer, edgeIds } = captionIn(p, stance ? stanceGraph() : undefined);
    const drawn = new Map<string, number>();
    for (const edge of edgeIds) for (const glyph of drawnMarks(lookClasses(explorer.looks.get(edge)!))) drawn.set(glyph, (drawn.get(glyph) ?? 0) + 1);
    const listed = new Map<string, number>();
    for (const e of caption.legend.edgeMarks?.entries ?? []) listed.set(e.glyph, (listed.get(e.glyph) ?? 0) + e.count);
    expect(listed).toEqual(drawn);
  });

  it('names a disagreement apart from a difference in tone or certainty', () => {
    const all = captionIn({ mode: 'all' }, stanceGraph()).caption;
    const ids = (all.legend.edgeMarks?.entries ?? []).map((e) => e.id);
    expect(ids).toEqual(expect.arrayContaining(['disputed', 'contested', 'opposed']));
    const line = captionLines(all).find((l) => l.startsWith('Edge marks: '))!;
    expect(line).toMatch(/◆ disagree: one article supports it, another opposes it \(4\)/);
    expect(line).toMatch(/◆ the articles differ in tone or certainty \(2\)/);
  });

  it('finds marks to explain in the fixture, and says what width means only where it means something', () => {
    const all = captionIn({ mode: 'all' }).caption;
    const glyphs = new Set(PERSPECTIVES.flatMap((p) => (captionIn(p).caption.legend.edgeMarks?.entries ?? []).map((e) => e.glyph)));
    expect([...glyphs].sort()).toEqual(['dashed', 'diamond', 'dotted']);
    expect(all.legend.edgeMarks?.widthNote).toBe('Thicker, stronger edges are stated by more articles.');
    expect(captionLines(all)).toContain('Thicker, stronger edges are stated by more articles.');
    const one = captionIn({ mode: 'one', source: 'alpha' }).caption;
    expect(one.legend.edgeMarks?.widthNote).toBeUndefined();
    const line = captionLines(all).find((l) => l.startsWith('Edge marks: '));
    expect(line).toMatch(/◆ the articles differ in tone or certainty \(\d+\)/);
  });
});
