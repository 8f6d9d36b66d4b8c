// The two themes (issue 17): the pure rules of the choice (stored value, system preference), the
// light→dark swap that themes the stylesheet and the picture's caption, the dark stylesheet
// itself, and the exported picture's dark background and caption colours (PNG layout records, SVG).
import { describe, expect, it } from 'vitest';
import { pictureTheme, type CaptionData } from '../../src/export/caption';
import { layoutPicture, type DrawOp, type Measure } from '../../src/export/png-layout';
import { composeSvg } from '../../src/export/svg-draw';
import { STYLESHEET, stylesheetFor } from '../../src/cy/style';
import { contrastRatio } from '../../src/view/contrast';
import { DARK_SWAP, PALETTES, paletteEntries, parseThemeChoice, resolveTheme, themeColour } from '../../src/view/themes';
import { QUAD_COLOURS } from '../../src/view/palette';

describe('the theme choice', () => {
  it('reads only a real choice from storage; anything else leaves it to the system', () => {
    expect(parseThemeChoice('dark')).toBe('dark');
    expect(parseThemeChoice('light')).toBe('light');
    expect(parseThemeChoice('system')).toBe('system');
    for (const bad of [null, undefined, '', 'Dark', 'dark ', '{"theme":"dark"}', 1, true]) expect(parseThemeChoice(bad)).toBeUndefined();
  });
  it('follows the system unless a theme was picked', () => {
    expect(resolveTheme('system', true)).toBe('dark');
    expect(resolveTheme('system', false)).toBe('light');
    expect(resolveTheme('light', true)).toBe('light');
    expect(resolveTheme('dark', false)).toBe('dark');
  });
});

describe('the light → dark swap', () => {
  it('gives each light colour one dark counterpart, wherever it is used', () => {
    const dark = new Map(paletteEntries(PALETTES.dark));
    const clashes = paletteEntries(PALETTES.light).filter(([name, light]) => DARK_SWAP.get(light.toLowerCase()) !== dark.get(name));
    expect(clashes).toEqual([]);
    expect(themeColour(QUAD_COLOURS[2], 'dark')).toBe(PALETTES.dark.quad[2]);
    expect(themeColour(QUAD_COLOURS[2], 'light')).toBe(QUAD_COLOURS[2]);
    expect(themeColour('data(label)', 'dark')).toBe('data(label)');
  });
  it('both palettes name the same places', () => {
    expect(paletteEntries(PALETTES.dark).map(([n]) => n)).toEqual(paletteEntries(PALETTES.light).map(([n]) => n));
  });
});

describe('the dark stylesheet', () => {
  const colours = (sheet: typeof STYLESHEET): string[] =>
    sheet.flatMap((b) => Object.values(b.style)).filter((v): v is string => typeof v === 'string' && /^#[0-9a-f]{6}$/i.test(v));

  it('has the light one’s selectors and properties, with no light palette colour left', () => {
    const dark = stylesheetFor('dark');
    expect(stylesheetFor('light')).toBe(STYLESHEET);
    expect(dark.map((b) => b.selector)).toEqual(STYLESHEET.map((b) => b.selector));
    expect(dark.map((b) => Object.keys(b.style))).toEqual(STYLESHEET.map((b) => Object.keys(b.style)));
    const leftOver = colours(dark).filter((c) => DARK_SWAP.has(c.toLowerCase()) && DARK_SWAP.get(c.toLowerCase()) !== c);
    expect(leftOver).toEqual([]);
    expect(stylesheetFor('dark')).toBe(dark); // made once
  });
  it('writes labels in the dark theme’s ink on a dark backing, and edges in its QuadClass colours', () => {
    const node = stylesheetFor('dark').find((b) => b.selector === 'node')!.style;
    expect(node.color).toBe(PALETTES.dark.ink);
    expect(node['text-background-color']).toBe(PALETTES.dark.labelBacking);
    expect(contrastRatio(node.color as string, node['text-background-color'] as string)).toBeGreaterThanOrEqual(4.5);
    const quad4 = stylesheetFor('dark').find((b) => b.selector === 'edge.by-quad[quad = 4]')!.style;
    expect(quad4['line-color']).toBe(PALETTES.dark.quad[4]);
  });
});

const measure: Measure = (text, font) => (text.length * 7 * Number(/(\d+)px/.exec(font)?.[1] ?? '12')) / 12;
const CAPTION: CaptionData = {
  title: 'Thaw',
  perspective: 'All articles',
  summary: '2 actors, 1 relation',
  articles: [{ id: 'a', title: 'An article', kind: 'analysis', relationCount: 1 }],
  exportedOn: '2026-12-04',
  legend: {
    kinds: [{ kind: 'state', label: 'State', count: 2, color: '#3f5f8a' }],
    quadClasses: [
      {
        quadClass: 4,
        label: 'Material conflict',
        count: 1,
        color: QUAD_COLOURS[4],
        types: [{ type: 'coerce', label: 'Coerce', cameo: '17', quadClass: 4, count: 1 }],
      },
    ] as unknown as CaptionData['legend']['quadClasses'],
  },
};
const colourOf = (ops: readonly DrawOp[], text: string): string | undefined => ops.find((op) => op.op === 'text' && op.text === text)?.color;

describe('a dark picture', () => {
  it('is what the "dark" background asks for; light and transparent keep the light colours', () => {
    expect(pictureTheme('dark')).toBe('dark');
    expect(pictureTheme('white')).toBe('light');
    expect(pictureTheme('transparent')).toBe('light');
  });
  it('lays its caption out in the dark colours: light text, muted summary, dark swatches, dark rule', () => {
    const light = layoutPicture(CAPTION, 300, 200, measure);
    const dark = layoutPicture(CAPTION, 300, 200, measure, 'dark');
    expect(dark.width).toBe(light.width);
    expect(dark.height).toBe(light.height);
    expect(colourOf(dark.ops, 'Thaw')).toBe(PALETTES.dark.ink);
    expect(colourOf(dark.ops, '2 actors, 1 relation')).toBe(PALETTES.dark.muted);
    expect(colourOf(light.ops, '2 actors, 1 relation')).toBe(PALETTES.light.muted);
    for (const op of dark.ops) if (op.op === 'text') expect(contrastRatio(op.color, PALETTES.dark.picture), op.text).toBeGreaterThanOrEqual(4.5);
    const swatches = dark.ops.filter((op) => op.op !== 'text').map((op) => op.color);
    expect(swatches).toContain(PALETTES.dark.quad[4]);
    expect(swatches).toContain(PALETTES.dark.kinds.state);
    expect(swatches).toContain(PALETTES.dark.rule);
    expect(swatches).not.toContain(QUAD_COLOURS[4]);
  });
  it('as SVG: a dark background rectangle and light caption text', () => {
    const svg = composeSvg(layoutPicture(CAPTION, 300, 200, measure, 'dark'), '<svg xmlns="http://www.w3.org/2000/svg"></svg>', {
      background: 'dark',
      title: 'Thaw',
    });
    expect(svg).toMatch(new RegExp(`<rect x="0" y="0" width="[\\d.]+" height="[\\d.]+" fill="${PALETTES.dark.picture}"/>`));
    expect(svg).toContain(`fill="${PALETTES.dark.ink}">Thaw</text>`);
    expect(svg).not.toContain('fill="#ffffff"');
    const light = composeSvg(layoutPicture(CAPTION, 300, 200, measure), '<svg xmlns="http://www.w3.org/2000/svg"></svg>', {
      background: 'white',
      title: 'Thaw',
    });
    expect(light).toContain('fill="#ffffff"/>');
  });
});
