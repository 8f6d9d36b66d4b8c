/**
 * WCAG 2 contrast (issue 17): relative luminance of an sRGB colour and the ratio of two, so the
 * palettes and the page's text colours can be checked against their backgrounds in Node
 * (tests/unit/contrast.test.ts). Text needs 4.5:1, edges, node marks and the focus ring 3:1.
 * Each theme's palette (view/themes.ts) is checked place by place (paletteContrast).
 */
import { paletteEntries, type ThemePalette } from './themes';

/** "#rrggbb" (or "#rgb") to 0–255 channels. */
function channels(hex: string): [number, number, number] {
  const h = hex.replace('#', '');
  const full = h.length === 3 ? [...h].map((c) => c + c).join('') : h;
  if (!/^[0-9a-fA-F]{6}$/.test(full)) throw new Error(`contrast: not a colour "${hex}"`);
  return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as [number, number, number];
}

/** WCAG relative luminance, 0 (black) to 1 (white). */
export function luminance(hex: string): number {
  const [r, g, b] = channels(hex).map((v) => {
    const c = v / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The contrast ratio of two colours, 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** What a colour must reach against its background: text 4.5:1, a mark 3:1, or nothing (said why). */
export type ContrastNeed = 4.5 | 3 | 'exempt';

export interface ContrastRow {
  /** "quad.1", "ink on label backing", … */
  readonly name: string;
  readonly colour: string;
  readonly background: string;
  readonly ratio: number;
  readonly need: ContrastNeed;
}

/** The places of a palette that are backgrounds, or drawn under something that carries the meaning. */
const EXEMPT: Readonly<Record<string, string>> = {
  canvas: 'background',
  picture: 'background',
  labelBacking: 'background',
  rule: 'decoration between the picture and its caption',
  hover: 'an underlay under the hovered node, which keeps its own border',
  selectionBox: 'a translucent box while dragging',
  selectionBoxBorder: 'a translucent box while dragging',
  'coverage.silent': '"does not mention": the meaning is also written beside it in words',
};

/** Text colours of the palette (4.5:1); every other colour is a mark (3:1). */
const TEXT_PLACES = new Set(['ink', 'muted']);

/**
 * Every colour of a theme's palette against the canvas it is drawn on (text and the status words
 * against the pane too), with what it must reach: tests/unit/contrast.test.ts asserts the needs,
 * scripts/contrast-report.ts prints the table for docs/CONTRAST.md.
 */
export function paletteContrast(palette: ThemePalette): ContrastRow[] {
  const rows: ContrastRow[] = [];
  for (const [name, colour] of paletteEntries(palette)) {
    const need: ContrastNeed = name in EXEMPT ? 'exempt' : TEXT_PLACES.has(name) || name.startsWith('statusText.') ? 4.5 : 3;
    rows.push({ name, colour, background: palette.canvas, ratio: contrastRatio(colour, palette.canvas), need });
  }
  rows.push({
    name: 'ink on label backing',
    colour: palette.ink,
    background: palette.labelBacking,
    ratio: contrastRatio(palette.ink, palette.labelBacking),
    need: 4.5,
  });
  for (const [name, colour] of paletteEntries(palette).filter(([n]) => n === 'muted' || n.startsWith('statusText.'))) {
    rows.push({ name: `${name} on picture`, colour, background: palette.picture, ratio: contrastRatio(colour, palette.picture), need: 4.5 });
  }
  return rows;
}

/** Why a place needs no contrast of its own (for the report). */
export function exemptReason(name: string): string | undefined {
  return EXEMPT[name];
}

/** The `--name: #rrggbb` custom properties of the first CSS block whose selector is exactly `selector`. */
export function cssTokens(css: string, selector: string): Map<string, string> {
  const start = css.indexOf(`${selector} {`);
  if (start < 0) throw new Error(`contrast: no "${selector}" block`);
  const block = css.slice(start, css.indexOf('}', start));
  return new Map([...block.matchAll(/--([\w-]+):\s*(#[0-9a-fA-F]{3,6})\b/g)].map((m) => [m[1]!, m[2]!]));
}
