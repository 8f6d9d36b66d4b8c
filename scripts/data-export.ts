/**
 * `npm run data:export -- FILE [--data DIR]`: writes the whole graph in graphology's JSON
 * serialization, with the precomputed layout positions (DIR/layout.json) as node x/y when they
 * exist. Every claim keeps all its fields, `stance` and `speaker` included.
 */
import { writeFileSync, existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { loadAuthoredFiles } from '../src/model/load';
import { formatProblem } from '../src/model/problems';
import { buildGraph } from '../src/model/graph';
import { exportGraph, type Positions } from '../src/model/interchange';
import { DEFAULT_DATA_DIR, readGraphData } from './graph-data-files';

const { values, positionals } = parseArgs({ options: { data: { type: 'string' } }, allowPositionals: true });
const target = positionals.find((arg) => arg !== '--');
if (!target) {
  console.error('usage: npm run data:export -- FILE.json [--data DIR]');
  process.exit(2);
}
const dataDir = values.data ? resolve(values.data) : DEFAULT_DATA_DIR;
const result = loadAuthoredFiles(readGraphData(dataDir));
if (!result.ok) {
  for (const p of result.problems) console.error(formatProblem(p));
  process.exit(1);
}
const positionsFile = resolve(dataDir, 'layout.json');
const positions = existsSync(positionsFile) ? (JSON.parse(readFileSync(positionsFile, 'utf8')) as { positions: Positions }).positions : undefined;
const serialized = exportGraph(buildGraph(result.dataset), positions);
writeFileSync(resolve(target), `${JSON.stringify(serialized, null, 2)}\n`);
console.log(`wrote ${serialized.nodes.length} nodes, ${serialized.edges.length} edges, ${result.dataset.sources.length} sources to ${target}`);
