// Contrast (issue 17): the WCAG ratio itself, the page's text colours and the keyboard's focus ring
// against their backgrounds, and every palette's ratio against the canvas (printed, for the report:
// the palettes' owner adjusts those below 3:1).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../../src/view/contrast';
import { COVERAGE_COLOURS, KIND_LOOKS, QUAD_COLOURS, STATUS_LOOKS, TONE_BANDS, CONTESTED_MARK, DISPUTED_MARK, META_EDGE_COLOUR } from '../../src/view/palette';
import { FOCUS_RING } from '../../src/cy/style';

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
