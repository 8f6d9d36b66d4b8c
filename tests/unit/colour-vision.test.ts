// Colour vision (issue 17): in both themes, the QuadClass, tone and comparison-status palettes and
// the two edge marks stay told apart (every pair ≥ 10 CIEDE2000, scripts/colour-vision.ts says why)
// as seen with protanopia, deuteranopia and tritanopia; where a meaning leans on a second channel
// (actor kinds on their shapes, an opposed relation on its bar), that channel is checked to exist.
import { describe, expect, it } from 'vitest';
import { categoricalPalettes, closestPair, MIN_DISTANCE, VISIONS } from '../../scripts/colour-vision';
import { STYLESHEET, stylesheetFor } from '../../src/cy/style';
import { KIND_LOOKS } from '../../src/view/palette';
import { THEMES } from '../../src/view/themes';

describe('closestPair', () => {
  it('finds the closest two colours, and protanopia merges a purple with a blue (the old "differ" and "only A")', () => {
    const old = { differ: '#9970ab', 'only-a': '#2b7bba', 'only-b': '#c06a00' };
    const normal = closestPair(old, 'normal');
    expect(normal.distance).toBeGreaterThan(15);
    const protan = closestPair(old, 'protanopia');
    expect([protan.a, protan.b]).toEqual(['differ', 'only-a']);
    expect(protan.distance).toBeLessThan(MIN_DISTANCE / 2);
    expect(closestPair({ a: '#123456', b: '#123456' }, 'tritanopia').distance).toBe(0);
  });
});

describe.each(THEMES)('the %s theme under colour-vision deficiencies', (theme) => {
  const palettes = categoricalPalettes(theme);

  it.each(Object.keys(palettes))('%s: every two colours at least 10 apart (CIEDE2000) for each vision', (name) => {
    const tooClose = VISIONS.flatMap((vision) => {
      const pair = closestPair(palettes[name]!, vision);
      return pair.distance < MIN_DISTANCE ? [`${vision}: ${pair.a}–${pair.b} ${pair.distance.toFixed(1)}`] : [];
    });
    expect(tooClose).toEqual([]);
  });

  it('the marks tell their meanings apart by shape as well: diamonds of two sizes, and a bar', () => {
    const style = (selector: string) => stylesheetFor(theme).find((b) => b.selector === selector)?.style;
    const contested = style('edge.mark-contested')!;
    const disputed = style('edge.mark-disputed')!;
    const opposed = style('edge.opposed')!;
    expect(contested['mid-target-arrow-shape']).toBe('diamond');
    expect(disputed['mid-target-arrow-shape']).toBe('diamond');
    expect(disputed['arrow-scale']).toBeGreaterThan(contested['arrow-scale'] as number);
    // An opposed relation, drawn in the tone view in the disagreement colour, carries a bar: its
    // colour need not stand apart from the tone bands on its own.
    expect(opposed['mid-target-arrow-shape']).toBe('tee');
  });
});

describe('actor kinds', () => {
  it('lean on shape, not colour: every kind has a shape of its own', () => {
    const shapes = Object.values(KIND_LOOKS).map((look) => look.shape);
    expect(new Set(shapes).size).toBe(shapes.length);
    for (const [kind, look] of Object.entries(KIND_LOOKS)) {
      expect(STYLESHEET.find((b) => b.selector === `node[kind = "${kind}"]`)?.style.shape).toBe(look.shape);
    }
  });
});
