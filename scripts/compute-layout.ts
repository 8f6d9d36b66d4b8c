/**
 * `npm run layout`: computes the shipped positions of the built-in graph, so the explorer's first
 * picture needs no layout run. It validates graph-data/ with the same loader as the build, maps
 * the graph to the same element definitions as the app (src/view/elements.ts) and runs the same
 * layout procedure as "Re-run layout" (src/cy/run-layout.ts: fcose with the options of
 * src/cy/layout-options.ts, then overlap removal) under a few fixed seeds, keeping the most
 * compact result. It writes graph-data/layout.json: `{ "seed": n, "positions": { id: {x, y} } }`.
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

const { values } = parseArgs({ options: { data: { type: 'string' }, out: { type: 'string' }, seed: { type: 'string' } } });
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
const positions: Record<string, { x: number; y: number }> = { ...best.layout.positions };
const members = membersOf(graph);
const descendants = (id: string): string[] => (members.get(id) ?? []).flatMap((m) => [m, ...descendants(m)]);
for (const group of members.keys()) {
  const centre = centreOf(descendants(group), best.layout.positions);
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
