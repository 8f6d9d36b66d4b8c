/**
 * `npm run data:check [-- --articles DIR] [-- --data DIR]`: validates graph-data/ and, given the
 * article texts, that every quote is verbatim. Prints every problem, each naming file, item and
 * field, then a summary; exits 1 when anything is wrong, 2 when the command itself is misused.
 * Without --articles everything but the quotes is checked, and the summary says the quotes were
 * skipped (a plain clone has no article texts: they live in ../shared/seeds, beside the checkout).
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { relative, resolve } from 'node:path';
import { loadAuthoredFiles } from '../src/model/load';
import { countProblems, formatProblem } from '../src/model/problems';
import { publicationDates, relationDate } from '../src/model/time';
import { DEFAULT_ARTICLES_DIR, DEFAULT_DATA_DIR, readArticles, readGraphData } from './graph-data-files';
import { formatTourProblem } from '../src/model/tour';
import { checkTourFiles } from './tour-files';

const { values } = parseArgs({ options: { articles: { type: 'string' }, data: { type: 'string' } } });
const dataDir = values.data ? resolve(values.data) : DEFAULT_DATA_DIR;
const articlesDir = values.articles ? resolve(values.articles) : undefined;
if (articlesDir !== undefined && !existsSync(articlesDir)) {
  console.error(`data:check: articles folder not found: ${articlesDir}`);
  process.exit(2);
}
const articles = articlesDir === undefined ? undefined : readArticles(articlesDir);
const result = loadAuthoredFiles(readGraphData(dataDir), articles ? { articles } : {});

/** What the run did not check, in one line, with how to check it. */
function skippedQuotes(): string {
  const head = 'quotes skipped: not checked verbatim against the articles';
  return existsSync(DEFAULT_ARTICLES_DIR)
    ? `${head}; pass --articles ${relative(process.cwd(), DEFAULT_ARTICLES_DIR) || '.'} to check them`
    : `${head}, whose texts are not here (they belong in ../shared/seeds, beside the checkout); pass --articles DIR to check them`;
}

if (!result.ok) {
  for (const p of result.problems) console.error(formatProblem(p));
  console.error(`\ndata:check failed: ${countProblems(result.problems)} problem(s) in ${dataDir}`);
  if (!articles) console.error(skippedQuotes());
  process.exit(1);
}
const { dataset } = result;
// The guided tours (graph-data/tours/): their views and captions against the dataset.
const tours = checkTourFiles(dataDir, dataset);
if (tours.problems.length > 0) {
  for (const p of tours.problems) console.error(formatTourProblem(p));
  console.error(`\ndata:check failed: ${tours.problems.length} problem(s) in the tours of ${dataDir}`);
  process.exit(1);
}
const claims = dataset.relations.flatMap((r) => r.claims);
console.log(
  `data:check passed: ${dataset.sources.length} sources, ${dataset.actors.length} actors, ${dataset.relations.length} relations, ${claims.length} claims${articles ? ', every quote verbatim' : ''}`,
);
if (!articles) console.log(skippedQuotes());
if (tours.checked > 0) console.log(`  ${tours.checked} tour(s): every step's view and quoted words found in the data`);
for (const source of dataset.sources) {
  const own = claims.filter((c) => c.source === source.id);
  const opposes = own.filter((c) => c.stance === 'opposes').length;
  const quoted = own.filter((c) => c.speaker !== undefined).length;
  console.log(`  ${source.id.padEnd(12)} ${String(own.length).padStart(3)} claims (${opposes} opposing, ${quoted} in a speaker's words)`);
}
const published = publicationDates(dataset.sources);
const dated = dataset.relations.map((r) => relationDate(r, published));
const byEvent = dated.filter((d) => d?.basis === 'event').length;
const byPublication = dated.filter((d) => d?.basis === 'publication').length;
console.log(
  `  dates: ${byEvent} relations with an event date, ${byPublication} dated by their earliest dated article, ${dated.length - byEvent - byPublication} undated (always shown)`,
);
