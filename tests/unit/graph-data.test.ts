/**
 * The real graph-data/: valid, the core actors present, every article contributing, the generated
 * JSON Schemas current, and, when the article texts are beside the checkout (../shared/seeds, as
 * in CI), every quote verbatim in the body of its article. A plain clone has no article texts: the
 * quote checks are then skipped, with one line saying so, and everything else still runs.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAuthoredFiles, type LoadOptions } from '../../src/model/load';
import { formatProblem } from '../../src/model/problems';
import { jsonSchemas } from '../../src/model/json-schema';
import { findQuote } from '../../src/model/verbatim';
import { DEFAULT_ARTICLES_DIR, DEFAULT_DATA_DIR, readArticles, readGraphData } from '../../scripts/graph-data-files';

const ARTICLES_DIR = DEFAULT_ARTICLES_DIR;
const HAVE_ARTICLES = existsSync(ARTICLES_DIR);
const CORE_ACTORS = ['united-states', 'belarus', 'russia', 'poland', 'lithuania', 'ukraine', 'european-union', 'belarusian-opposition', 'china'];

if (!HAVE_ARTICLES) {
  console.warn(
    `SKIPPED the verbatim-quote checks of graph-data/: the article texts are not at ${ARTICLES_DIR} (a plain clone has no ../shared/seeds beside it); every other data check runs.`,
  );
}

function load(options: LoadOptions = {}) {
  const result = loadAuthoredFiles(readGraphData(), options);
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  return result.dataset;
}

describe('graph-data/', () => {
  it('passes every check but the quotes', () => {
    const dataset = load();
    expect(dataset.sources).toHaveLength(5);
  });

  it('holds the nine core actors and well over 60 claims, from every article', () => {
    const dataset = load();
    const ids = new Set(dataset.actors.map((a) => a.id));
    for (const id of CORE_ACTORS) expect(ids, id).toContain(id);
    const claims = dataset.relations.flatMap((r) => r.claims);
    expect(claims.length).toBeGreaterThan(60);
    for (const source of dataset.sources) {
      expect(claims.filter((c) => c.source === source.id).length, source.id).toBeGreaterThanOrEqual(8);
    }
  });

  it('keeps disagreement: some relations are stated by several articles', () => {
    const shared = load().relations.filter((r) => new Set(r.claims.map((c) => c.source)).size >= 2);
    expect(shared.length).toBeGreaterThanOrEqual(8);
  });

  it('knows one actor by every spelling', () => {
    const actors = load().actors;
    const byAlias = (name: string) => actors.filter((a) => a.label === name || a.aliases.includes(name)).map((a) => a.id);
    expect(byAlias('Lukashenka')).toEqual(['lukashenko']);
    expect(byAlias('Lukashenko')).toEqual(['lukashenko']);
    expect(byAlias('Tsikhanouskaya')).toEqual(['tikhanovskaya']);
    expect(byAlias('Tikhanovskaya')).toEqual(['tikhanovskaya']);
  });

  it('has JSON Schemas that match the zod schema (run `npm run data:schema` after changing it)', () => {
    for (const [name, schema] of Object.entries(jsonSchemas())) {
      const onDisk: unknown = JSON.parse(readFileSync(join(DEFAULT_DATA_DIR, 'schema', name), 'utf8'));
      expect(onDisk, name).toEqual(JSON.parse(JSON.stringify(schema)));
    }
  });
});

describe.skipIf(!HAVE_ARTICLES)('graph-data/ against the article texts in ../shared/seeds', () => {
  it('passes every check, quotes verbatim included', () => {
    const dataset = load({ articles: readArticles(ARTICLES_DIR) });
    expect(dataset.sources).toHaveLength(5);
  });

  it('never quotes the blog’s reader comments or the brief’s citations: each quote stands in the body', () => {
    const claims = load().relations.flatMap((r) => r.claims);
    const blog = readFileSync(join(ARTICLES_DIR, '001_ccf4b0b12e1d7c3c.txt'), 'utf8');
    const blogBody = blog.slice(0, blog.indexOf('Any country that gets in bed'));
    const brief = readFileSync(join(ARTICLES_DIR, '002_995e7d0ceca12ed7.txt'), 'utf8');
    const briefBody = brief.slice(0, brief.lastIndexOf('Citations'));
    expect(blogBody.length).toBeGreaterThan(1000);
    expect(briefBody.length).toBeGreaterThan(10000);
    for (const claim of claims) {
      if (claim.source === 'thaw-blog') expect(findQuote(claim.quote, blogBody), claim.quote).toEqual({ found: true });
      if (claim.source === 'quincy') expect(findQuote(claim.quote, briefBody), claim.quote).toEqual({ found: true });
    }
  });
});
