/**
 * `npm run data:export -- FILE [--data DIR]`: writes the whole graph in the format FILE's
 * extension names, with the precomputed layout positions (DIR/layout.json) when they exist:
 * - `.json`: graphology JSON (every claim with all its fields, `stance` and `speaker` included),
 *   node x/y with y up (the file says `yAxis: "up"`), size and colour, edge weight and colour;
 * - `.gexf`: GEXF 1.3 with viz position, size and r/g/b colour, mutual relations `type="mutual"`;
 * - `.csv`: two files, NAME.nodes.csv and NAME.edges.csv, in Gephi's spreadsheet-import columns.
 */
import { writeFileSync, existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { extname, resolve } from 'node:path';
import { loadAuthoredFiles } from '../src/model/load';
import { formatProblem } from '../src/model/problems';
import { buildGraph } from '../src/model/graph';
import { exportGraph, type Positions } from '../src/model/interchange';
import { graphToGexf } from '../src/model/gexf';
import { csvFileNames, graphToCsv } from '../src/model/csv-export';
import { PALETTE_LOOKS } from '../src/export/data-looks';
import { DEFAULT_DATA_DIR, readGraphData } from './graph-data-files';

const FORMATS = ['.json', '.gexf', '.csv'];

const { values, positionals } = parseArgs({ options: { data: { type: 'string' } }, allowPositionals: true });
const target = positionals.find((arg) => arg !== '--');
const format = target === undefined ? '' : extname(target).toLowerCase();
if (!target || !FORMATS.includes(format)) {
  console.error('usage: npm run data:export -- FILE.json|FILE.gexf|FILE.csv [--data DIR]');
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
const graph = buildGraph(result.dataset);
const counts = `${graph.order} nodes, ${graph.size} edges`;

if (format === '.json') {
  writeFileSync(resolve(target), `${JSON.stringify(exportGraph(graph, positions, PALETTE_LOOKS), null, 2)}\n`);
  console.log(`wrote ${counts}, ${result.dataset.sources.length} sources to ${target}`);
} else if (format === '.gexf') {
  writeFileSync(resolve(target), graphToGexf(graph, { positions, looks: PALETTE_LOOKS }));
  console.log(`wrote ${counts} to ${target}`);
} else {
  const tables = graphToCsv(graph);
  const names = csvFileNames(resolve(target));
  writeFileSync(names.nodes, tables.nodes);
  writeFileSync(names.edges, tables.edges);
  console.log(`wrote ${graph.order} nodes to ${names.nodes} and ${graph.size} edges to ${names.edges}`);
}
