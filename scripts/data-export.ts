/**
 * `npm run data:export -- FILE`: writes the whole graph in graphology's JSON serialization,
 * with the precomputed layout positions as node x/y when they exist.
 */
import { writeFileSync, existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadAuthoredFiles } from '../src/model/load';
import { formatProblem } from '../src/model/problems';
import { buildGraph } from '../src/model/graph';
import { exportGraph, type Positions } from '../src/model/interchange';
import { DEFAULT_DATA_DIR, readGraphData } from './graph-data-files';

const target = process.argv.slice(2).find((arg) => arg !== '--');
if (!target) {
  console.error('usage: npm run data:export -- FILE.json');
  process.exit(2);
}
const result = loadAuthoredFiles(readGraphData());
if (!result.ok) {
  for (const p of result.problems) console.error(formatProblem(p));
  process.exit(1);
}
const positionsFile = resolve(DEFAULT_DATA_DIR, 'layout.json');
const positions = existsSync(positionsFile)
  ? (JSON.parse(readFileSync(positionsFile, 'utf8')) as { positions: Positions }).positions
  : undefined;
const serialized = exportGraph(buildGraph(result.dataset), positions);
writeFileSync(resolve(target), `${JSON.stringify(serialized, null, 2)}\n`);
console.log(`wrote ${serialized.nodes.length} nodes, ${serialized.edges.length} edges, ${result.dataset.sources.length} sources to ${target}`);
