/**
 * `npm run layout`: computes the shipped positions of the built-in graph, so the explorer's first
 * picture needs no layout run. It validates graph-data/ with the same loader as the build, maps
 * the graph to the same element definitions as the app (src/view/elements.ts) and runs the same
 * layout procedure as "Re-run layout" (src/cy/run-layout.ts: fcose with the options of
 * src/cy/layout-options.ts, then overlap removal) under a few fixed seeds, keeping the most
 * compact result. Then src/layout/untangle.ts moves single actors where that hides fewer labels
 * under lines and crosses fewer edges (scripts/measure-picture.ts's numbers, with and without merged
 * pairs), without growing the drawing or breaking the groups (`--no-untangle` skips it). It writes graph-data/layout.json: `{ "seed": n, "positions": { id: {x, y} } }`.
 * The canvas places leaf actors only (a group's box derives from its members); groups get the
 * centre of their members too, so every node of the built-in graph carries x and y and
 * graphFromTrustedSerialization (which wants positions for all nodes or none) keeps them.
 * Same data in, same file out.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadAuthoredFiles } from '../src/model/load';
import { formatProblem } from '../src/model/problems';
import { buildGraph } from '../src/model/graph';
import { buildElements } from '../src/view/elements';
import { centreOf, membersOf } from '../src/model/membership';
import { CANDIDATE_SEEDS, layoutScore } from '../src/layout/seeds';
import { computeLayout, type LayoutResult } from '../src/cy/run-layout';
import { DEFAULT_DATA_DIR, readGraphData } from './graph-data-files';
import { layoutBoxes } from '../src/layout/overlap';
import { centreOnOrigin } from '../src/layout/centre';
import { drawingBox } from '../src/layout/picture-measure';
import { untangle } from '../src/layout/untangle';
import { measureBuiltin } from './measure-picture';

const { values } = parseArgs({
  options: {
    data: { type: 'string' },
    out: { type: 'string' },
    seed: { type: 'string' },
    'no-untangle': { type: 'boolean' },
    passes: { type: 'string' },
    margin: { type: 'string' },
  },
});
const dataDir = values.data ?? DEFAULT_DATA_DIR;
const outFile = values.out ?? join(dataDir, 'layout.json');
const seeds = values.seed === undefined ? CANDIDATE_SEEDS : [Number(values.seed)];

const result = loadAuthoredFiles(readGraphData(dataDir));
if (!result.ok) {
  for (const p of result.problems) console.error(formatProblem(p));
  console.error(`\nlayout: graph-data/ is invalid (${result.problems.length} problems); fix it first (npm run data:check)`);
  process.exit(1);
}

const graph = buildGraph(result.dataset);
const elements = buildElements(graph);
const definitions = [...elements.nodes, ...elements.edges];

let best: { seed: number; layout: LayoutResult; score: number } | undefined;
for (const seed of seeds) {
  const layout = await computeLayout(definitions, 'headless', seed);
  const score = layoutScore(layout.box);
  console.log(`  seed ${String(seed).padEnd(9)} ${Math.round(layout.box.w)}×${Math.round(layout.box.h)}`);
  if (!best || score < best.score) best = { seed, layout, score };
}
if (!best) throw new Error('layout: no seed given');
const leafPositions = values['no-untangle'] ? best.layout.positions : untangled(best.layout.positions);
const positions: Record<string, { x: number; y: number }> = { ...leafPositions };
const members = membersOf(graph);
const descendants = (id: string): string[] => (members.get(id) ?? []).flatMap((m) => [m, ...descendants(m)]);
for (const group of members.keys()) {
  const centre = centreOf(descendants(group), leafPositions);
  if (centre) positions[group] = { x: Math.round(centre.x), y: Math.round(centre.y) };
}
const sorted = Object.fromEntries(
  Object.keys(positions)
    .sort()
    .map((id) => [id, positions[id]]),
);
writeFileSync(outFile, `${JSON.stringify({ seed: best.seed, positions: sorted }, null, 2)}\n`);
console.log(
  `layout: ${Object.keys(sorted).length} positions (${Object.keys(best.layout.positions).length} leaves), seed ${best.seed}, ${Math.round(best.layout.box.w)}×${Math.round(best.layout.box.h)} -> ${outFile}`,
);

/**
 * The untangling pass: hidden labels first (with and without merged pairs), then crossings; the
 * drawing's size is kept, so the graph fits the same windows at the same zoom.
 */
function untangled(start: Record<string, { x: number; y: number }>): Record<string, { x: number; y: number }> {
  const nodes = elements.nodes.map((n) => n.data);
  const { leaves, groups } = layoutBoxes(nodes);
  const objective = (p: Readonly<Record<string, { x: number; y: number }>>): number => {
    const m = measureBuiltin(graph, p);
    return 1000 * (m.separate.hiddenLabels + m.merged.hiddenLabels) + m.separate.crossings + m.merged.crossings;
  };
  const size = (p: Readonly<Record<string, { x: number; y: number }>>): { w: number; h: number } => {
    const b = drawingBox(nodes, p);
    return b ? { w: b.x2 - b.x1, h: b.y2 - b.y1 } : { w: 0, h: 0 };
  };
  // No swaps: swapping two members of a group loosened the knot a little more (68 crossings merged
  // against 91) but left a picture that "Re-run layout" (fcose from the current positions) pulled far
  // away from: a mean shift of 270 px against 60 (tests/unit/rerun-layout.test.ts allows 111).
  // Moved actors stay 60 px inside the drawing's edge: there the label estimates' error (the real
  // drawing 24 px wider after a move the estimate called free) would cost the 9 px labels at 1280 × 800.
  // 60 rather than 40 also leaves a picture from which "Re-run layout" ends without overlapping labels
  // (with 40, Artyom Shraibman's two-line label, estimated as one, met Belarusian diaspora's):
  // the e2e layout checks in tests/e2e/explorer.test.ts are the judge.
  const box = drawingBox(nodes, start);
  const margin = Number(values.margin ?? 60);
  const inside = box ? { x1: box.x1 + margin, y1: box.y1 + margin, x2: box.x2 - margin, y2: box.y2 - margin } : undefined;
  const result = untangle(start, { leaves, groups, objective, size, maxPasses: Number(values.passes ?? 4), swaps: false, ...(inside ? { inside } : {}) });
  const m = (p: Record<string, { x: number; y: number }>): string => {
    const n = measureBuiltin(graph, p);
    return `hidden labels ${n.separate.hiddenLabels} (merged ${n.merged.hiddenLabels}), crossings ${n.separate.crossings} (merged ${n.merged.crossings})`;
  };
  console.log(`  untangle: ${m(start)} -> ${m(result.positions)}, ${result.moves} moves`);
  return centreOnOrigin(leaves, result.positions).positions;
}
