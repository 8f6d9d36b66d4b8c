/**
 * `npm run data:check [-- --articles DIR] [-- --data DIR]`: validates graph-data/ and, given the
 * article texts, that every quote is verbatim. Prints every problem, each naming file, item and
 * field, then a summary; exits 1 when anything is wrong.
 */
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { loadAuthoredFiles } from '../src/model/load';
import { formatProblem } from '../src/model/problems';
import { DEFAULT_DATA_DIR, readArticles, readGraphData } from './graph-data-files';

const { values } = parseArgs({ options: { articles: { type: 'string' }, data: { type: 'string' } } });
const dataDir = values.data ? resolve(values.data) : DEFAULT_DATA_DIR;
const articles = values.articles ? readArticles(resolve(values.articles)) : undefined;
const result = loadAuthoredFiles(readGraphData(dataDir), articles ? { articles } : {});

if (!result.ok) {
  for (const p of result.problems) console.error(formatProblem(p));
  console.error(`\ndata:check failed: ${result.problems.length} problem(s) in ${dataDir}`);
  process.exit(1);
}
const { dataset } = result;
const claims = dataset.relations.flatMap((r) => r.claims);
console.log(`data:check passed: ${dataset.sources.length} sources, ${dataset.actors.length} actors, ${dataset.relations.length} relations, ${claims.length} claims${articles ? ', every quote verbatim' : ' (quotes not checked: pass --articles DIR)'}`);
for (const source of dataset.sources) {
  const n = claims.filter((c) => c.source === source.id).length;
  console.log(`  ${source.id.padEnd(12)} ${String(n).padStart(3)} claims`);
}
