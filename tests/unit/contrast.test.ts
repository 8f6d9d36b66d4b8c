// Contrast (issue 17): the WCAG ratio itself, the page's text colours and the keyboard's focus ring
// against their backgrounds, and every palette's ratio against the canvas (printed, for the report:
// the palettes' owner adjusts those below 3:1).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contrastRatio, cssTokens, paletteContrast } from '../../src/view/contrast';
import { PALETTES, THEMES } from '../../src/view/themes';
import { COVERAGE_COLOURS, KIND_LOOKS, QUAD_COLOURS, STATUS_LOOKS, TONE_BANDS, CONTESTED_MARK, DISPUTED_MARK, META_EDGE_COLOUR } from '../../src/view/palette';
import { FOCUS_RING, STYLESHEET } from '../../src/cy/style';

const CANVAS = '#fbfbfa';
const css = readFileSync(join(import.meta.dirname, '..', '..', 'src', 'app.css'), 'utf8');
const token = (name: string): string => new RegExp(`--${name}:\\s*(#[0-9a-fA-F]{6})`).exec(css)![1]!;

describe('contrastRatio', () => {
  it('is 21 for black on white, 1 for a colour on itself, and symmetric', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#777777')).toBe(1);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#ffffff', '#767676')).toBe(contrastRatio('#767676', '#ffffff'));
  });
});

describe('the page (light theme)', () => {
  it('text colours reach 4.5:1 on white and on the panel grey', () => {
    for (const name of ['ink', 'muted', 'accent']) {
      expect(contrastRatio(token(name), '#ffffff'), name).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(token(name), token('panel')), name).toBeGreaterThanOrEqual(4.5);
    }
  });
  it('the canvas focus ring reaches 3:1 on the canvas', () => {
    expect(contrastRatio(FOCUS_RING, CANVAS)).toBeGreaterThanOrEqual(3);
  });
  it('prints every palette against the canvas, and each edge and mark colour reaches 3:1 on it', () => {
    const rows: [string, string, number][] = [];
    const add = (group: string, name: string, colour: string): void => void rows.push([`${group} ${name}`, colour, contrastRatio(colour, CANVAS)]);
    for (const [k, v] of Object.entries(KIND_LOOKS)) add('kind', k, v.colour);
    for (const [k, v] of Object.entries(QUAD_COLOURS)) add('quad', k, v);
    for (const band of TONE_BANDS) add('tone', band.id, band.colour);
    for (const [k, v] of Object.entries(STATUS_LOOKS)) add('status', k, v.colour);
    for (const [k, v] of Object.entries(COVERAGE_COLOURS)) add('coverage', k, v);
    add('mark', 'contested', CONTESTED_MARK);
    add('mark', 'disputed', DISPUTED_MARK);
    add('edge', 'meta', META_EDGE_COLOUR);
    console.info(rows.map(([n, c, r]) => `${n.padEnd(22)} ${c} ${r.toFixed(2)}${r < 3 ? '  < 3:1' : ''}`).join('\n'));
    expect(rows.length).toBeGreaterThan(20);
    // The coverage strip's "does not mention" segment is the one light colour: its meaning is also
    // written beside it in words ("does not mention"), so it need not stand out on its own.
    const below = rows
      .filter(([name, , ratio]) => ratio < 3 && name !== 'coverage silent')
      .map(([name, colour, ratio]) => `${name} ${colour} ${ratio.toFixed(2)}`);
    expect(below).toEqual([]);
  });
});

// Both themes (issue 17): the page's text on its surfaces, the focus rings, and every colour of each
// theme's palette against that theme's canvas (the table is docs/CONTRAST.md, scripts/contrast-report.ts).
const LIGHT_TOKENS = cssTokens(css, ':root');
const PAGE: Record<(typeof THEMES)[number], Map<string, string>> = {
  light: LIGHT_TOKENS,
  dark: new Map([...LIGHT_TOKENS, ...cssTokens(css, ":root[data-theme='dark']")]),
};
const TEXT_TOKENS = ['ink', 'muted', 'accent', 'link', 'tone-neg', 'tone-pos', 'disputed', 'warn', 'error'];

describe.each(THEMES)('the %s theme', (theme) => {
  const page = PAGE[theme];
  const tokenOf = (name: string): string => page.get(name) ?? expect.unreachable(`no --${name} in the ${theme} theme`);

  it('writes every text colour at 4.5:1 or more on the page, the panels and the canvas', () => {
    const failing = TEXT_TOKENS.flatMap((name) =>
      ['surface', 'panel', 'canvas'].flatMap((bg) => {
        const ratio = contrastRatio(tokenOf(name), tokenOf(bg));
        return ratio < 4.5 ? [`--${name} on --${bg}: ${ratio.toFixed(2)}`] : [];
      }),
    );
    expect(failing).toEqual([]);
    // (the dark theme really is dark: its ink is the light one)
    expect(contrastRatio(tokenOf('ink'), '#000000') > contrastRatio(tokenOf('ink'), '#ffffff')).toBe(theme === 'dark');
  });

  it('draws the focus rings at 3:1 and the comparison swatches at 3:1', () => {
    for (const bg of ['surface', 'panel']) expect(contrastRatio(tokenOf('focus'), tokenOf(bg)), `--focus on --${bg}`).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(tokenOf('focus-canvas'), tokenOf('canvas'))).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(PALETTES[theme].focusRing, PALETTES[theme].canvas)).toBeGreaterThanOrEqual(3);
    for (const name of ['only-a', 'only-b']) expect(contrastRatio(tokenOf(name), tokenOf('surface')), name).toBeGreaterThanOrEqual(3);
  });

  it('the page and the canvas agree on the canvas colour', () => {
    expect(tokenOf('canvas')).toBe(PALETTES[theme].canvas);
  });

  it('every palette colour reaches its need against the canvas: text 4.5:1, edges and marks 3:1', () => {
    const rows = paletteContrast(PALETTES[theme]);
    expect(rows.length).toBeGreaterThan(40);
    const failing = rows.filter((r) => r.need !== 'exempt' && r.ratio < r.need).map((r) => `${r.name} ${r.colour} ${r.ratio.toFixed(2)} < ${r.need}`);
    expect(failing).toEqual([]);
    // The exempt places are the backgrounds and a few decorations, never an edge, mark or text.
    const exempt = rows.filter((r) => r.need === 'exempt').map((r) => r.name);
    expect(exempt.filter((n) => /^(quad|tone|status|kinds)\.|Mark$|^ink|^muted/.test(n))).toEqual([]);
  });
});

describe('focus rings are at least 2 px wide', () => {
  it('on the page (CSS outline) and on the canvas (the keyboard focus)', () => {
    const widths = [...css.matchAll(/outline:\s*(\d+)px solid var\(--focus/g)].map((m) => Number(m[1]));
    expect(widths.length).toBeGreaterThanOrEqual(2);
    for (const w of widths) expect(w).toBeGreaterThanOrEqual(2);
    const ring = STYLESHEET.find((b) => b.selector === 'node[?kbFocus]')?.style['outline-width'];
    const edgeRing = STYLESHEET.find((b) => b.selector === 'edge[?kbFocus]')?.style['line-outline-width'];
    expect(ring).toBeGreaterThanOrEqual(2);
    expect(edgeRing).toBeGreaterThanOrEqual(2);
  });
});
