/**
 * The contrast report (issue 17): every palette colour of both themes against its canvas (WCAG
 * ratio and what it must reach), the page's text colours on its surfaces, and each categorical
 * palette's closest pair under protanopia, deuteranopia and tritanopia, as markdown for
 * docs/CONTRAST.md. Run: `npx tsx scripts/contrast-report.ts > docs/CONTRAST.md`. The same
 * numbers are asserted by tests/unit/contrast.test.ts and tests/unit/colour-vision.test.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contrastRatio, cssTokens, exemptReason, paletteContrast } from '../src/view/contrast';
import { PALETTES, THEMES } from '../src/view/themes';
import { categoricalPalettes, closestPair, MIN_DISTANCE, VISIONS } from './colour-vision';

const css = readFileSync(join(import.meta.dirname, '..', 'src', 'app.css'), 'utf8');
const light = cssTokens(css, ':root');
const PAGE = { light, dark: new Map([...light, ...cssTokens(css, ":root[data-theme='dark']")]) };
const TEXT_TOKENS = ['ink', 'muted', 'accent', 'link', 'tone-neg', 'tone-pos', 'disputed', 'warn', 'error'];

const ratio = (r: number): string => `${r.toFixed(2)}:1`;
const verdict = (r: number, need: number | 'exempt', name: string): string =>
  need === 'exempt' ? `— (${exemptReason(name) ?? 'exempt'})` : r >= need ? `≥ ${need} ✓` : `< ${need} ✗`;

const out: string[] = [
  '# Contrast and colour vision',
  '',
  'Written by `npx tsx scripts/contrast-report.ts` (issue 17); the same numbers are asserted by',
  '`tests/unit/contrast.test.ts` and `tests/unit/colour-vision.test.ts`. WCAG 2 contrast ratios: text',
  'at least 4.5:1, edges, node marks and the focus ring at least 3:1 (the focus rings are 3 px wide).',
  '',
];

out.push('## Palettes against the canvas', '');
const rows = THEMES.map((theme) => paletteContrast(PALETTES[theme]));
out.push(`| Place | Light colour | Light ratio (on ${PALETTES.light.canvas}) | Light | Dark colour | Dark ratio (on ${PALETTES.dark.canvas}) | Dark |`);
out.push('| --- | --- | --- | --- | --- | --- | --- |');
rows[0]!.forEach((l, i) => {
  const d = rows[1]![i]!;
  out.push(
    `| ${l.name} | \`${l.colour}\` | ${ratio(l.ratio)} | ${verdict(l.ratio, l.need, l.name)} | \`${d.colour}\` | ${ratio(d.ratio)} | ${verdict(d.ratio, d.need, d.name)} |`,
  );
});
out.push('', '("on picture" rows are against the exported picture\'s background: white, or the dark canvas.)', '');

out.push("## The page's text colours (CSS variables of src/app.css)", '');
out.push('| Token | Light | on surface | on panel | on canvas | Dark | on surface | on panel | on canvas |');
out.push('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const name of [...TEXT_TOKENS, 'focus']) {
  const cells = THEMES.flatMap((theme) => {
    const t = PAGE[theme];
    const c = t.get(name)!;
    return [`\`${c}\``, ...['surface', 'panel', 'canvas'].map((bg) => ratio(contrastRatio(c, t.get(bg)!)))];
  });
  out.push(`| --${name} | ${cells.join(' | ')} |`);
}
out.push(
  '',
  'Backgrounds: ' +
    THEMES.map((t) => `${t}: surface \`${PAGE[t].get('surface')}\`, panel \`${PAGE[t].get('panel')}\`, canvas \`${PAGE[t].get('canvas')}\``).join('; ') +
    '.',
  '',
);

out.push('## Colour vision: the closest two colours of each palette (CIEDE2000)', '');
out.push(
  `Simulated with culori's Machado et al. (2009) filters at full severity. The threshold is ${MIN_DISTANCE}: a`,
  'difference of about 2 is just noticeable between two large patches side by side; an edge is a thin line',
  'seen apart from its legend, among other lines, so each category must be several steps from every other.',
  'Actor kinds are told apart by shape (each kind has its own), an opposed relation by its bar, the two',
  'marks also by size: those channels are checked by the tests too.',
  '',
);
out.push(`| Theme | Palette | ${VISIONS.join(' | ')} |`);
out.push(`| --- | --- | ${VISIONS.map(() => '---').join(' | ')} |`);
for (const theme of THEMES) {
  for (const [name, colours] of Object.entries(categoricalPalettes(theme))) {
    const cells = VISIONS.map((vision) => {
      const pair = closestPair(colours, vision);
      return `${pair.distance.toFixed(1)} (${pair.a}–${pair.b})${pair.distance < MIN_DISTANCE ? ' ✗' : ''}`;
    });
    out.push(`| ${theme} | ${name} | ${cells.join(' | ')} |`);
  }
}
out.push(
  '',
  'Changed in the light palette for this check (issue 17), the old closest pair in brackets: material conflict',
  '`#c8321f` → `#b3261e` (tritanopia 9.4 against verbal conflict), "differ in tone or certainty" `#9970ab` →',
  '`#826c80` (protanopia 3.4 against "only A"), "only B" `#c06a00` → `#d07000` (tritanopia 9.2 against "disagree").',
  '',
);
process.stdout.write(`${out.join('\n')}\n`);
