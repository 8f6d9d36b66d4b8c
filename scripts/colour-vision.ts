/**
 * Colour-vision check (issue 17): each categorical palette of each theme (QuadClass, tone bands,
 * comparison statuses, the two edge marks) simulated for protanopia, deuteranopia and tritanopia
 * (culori's Machado et al. 2009 filters at full severity), and the smallest CIEDE2000 distance
 * between two of its colours. Used by tests/unit/colour-vision.test.ts and
 * scripts/contrast-report.ts; a dev tool (culori is a devDependency), so it lives outside src/.
 *
 * The threshold, 10: a CIEDE2000 difference of about 2 is just noticeable between two large
 * patches side by side; an edge is a 1.4–5.5 px line seen apart from the legend, on a canvas
 * of other lines, where small differences vanish, so a category must sit several steps away
 * from every other one. 10 is the figure palette checkers commonly use for "told apart at a
 * glance" (and about where two of our hues still read as two names).
 */
import { differenceCiede2000, filterDeficiencyDeuter, filterDeficiencyProt, filterDeficiencyTrit, parse, type Color } from 'culori';
import { PALETTES, type Theme } from '../src/view/themes';

export const MIN_DISTANCE = 10;

export type Vision = 'normal' | 'protanopia' | 'deuteranopia' | 'tritanopia';
export const VISIONS: readonly Vision[] = ['normal', 'protanopia', 'deuteranopia', 'tritanopia'];

const SIMULATE: Readonly<Record<Vision, (colour: Color) => Color>> = {
  normal: (colour) => colour,
  protanopia: filterDeficiencyProt(1),
  deuteranopia: filterDeficiencyDeuter(1),
  tritanopia: filterDeficiencyTrit(1),
};

const distance = differenceCiede2000();

function colourOf(hex: string): Color {
  const colour = parse(hex);
  if (!colour) throw new Error(`colour-vision: not a colour "${hex}"`);
  return colour;
}

/** The closest two colours of a palette as someone with `vision` sees them. */
export interface ClosestPair {
  readonly distance: number;
  readonly a: string;
  readonly b: string;
}

export function closestPair(colours: Readonly<Record<string, string>>, vision: Vision): ClosestPair {
  const entries = Object.entries(colours).map(([name, hex]) => [name, SIMULATE[vision](colourOf(hex))] as const);
  let closest: ClosestPair = { distance: Infinity, a: '', b: '' };
  for (let i = 0; i < entries.length; i++) {
    for (let j = i + 1; j < entries.length; j++) {
      const [a, ca] = entries[i]!;
      const [b, cb] = entries[j]!;
      const d = distance(ca, cb);
      if (d < closest.distance) closest = { distance: d, a, b };
    }
  }
  return closest;
}

/** The palettes whose colour alone must tell their categories apart, in a theme. */
export function categoricalPalettes(theme: Theme): Record<string, Readonly<Record<string, string>>> {
  const p = PALETTES[theme];
  return {
    QuadClass: p.quad,
    tone: p.tone,
    'compare status': p.status,
    'edge marks': { contested: p.contestedMark, disputed: p.disputedMark },
  };
}
