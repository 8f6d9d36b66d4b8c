/**
 * `npm run data:check` as a person runs it, on a small graph-data/ folder: it names file, relation,
 * claim and field for a missing or unknown stance and for a speaker who is not an actor; without
 * --articles it checks everything but the quotes and says it skipped them; a missing articles
 * folder is a clear usage error, not a stack trace.
 */
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validParts } from '../fixtures/authored';
import { writeDataDir } from '../fixtures/data-dir';

const ROOT = resolve(import.meta.dirname, '..', '..');

function dataCheck(...args: string[]) {
  const run = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(ROOT, 'scripts', 'data-check.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('npm run data:check', () => {
  it('fails on a missing stance, an unknown stance and a speaker who is not an actor, naming each', () => {
    const parts = validParts();
    delete (parts.relations[0]!.claims[0] as { stance?: string }).stance;
    const claims: Record<string, unknown>[] = parts.relations[1]!.claims;
    claims.push({ source: 'alpha', quote: 'released 14 prisoners', tone: 6, modality: 'reported', stance: 'maybe' });
    claims.push({ source: 'alpha', quote: 'Belarus released 14 prisoners', tone: 6, modality: 'reported', stance: 'opposes', speaker: 'smith' });
    const dir = writeDataDir(parts);
    const run = dataCheck('--data', dir.data);
    expect(run.status).toBe(1);
    const lines = run.stderr.split('\n').filter((line) => line.includes('Error:'));
    expect(lines).toEqual([
      'SchemaError: graph-data/relations/alpha.json › relations[0] "kellogg--consult--lukashenko" › claims[0].stance: is missing: it must be one of "supports", "opposes"',
      'SchemaError: graph-data/relations/alpha.json › relations[1] "belarus--yield--united-states" › claims[1].stance: must be one of "supports", "opposes" (found the text "maybe")',
    ]);
    // One invalid claim rejects its relation, so the speaker is checked once the stance is fixed.
    claims[1]!.stance = 'supports';
    (parts.relations[0]!.claims[0] as { stance?: string }).stance = 'supports';
    const again = dataCheck('--data', writeDataDir(parts).data);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain(
      'DanglingReferenceError: graph-data/relations/alpha.json › relations[1] "belarus--yield--united-states" › claims[2].speaker: no actor has the id "smith"',
    );
    expect(again.stderr).toContain('data:check failed: 1 problem(s)');
  });

  it('checks everything but the quotes without --articles, and says it skipped them', () => {
    const parts = validParts();
    parts.relations[1]!.claims[0]!.quote = 'Not in the article at all.';
    const dir = writeDataDir(parts);
    const without = dataCheck('--data', dir.data);
    expect(without.status).toBe(0);
    expect(without.stdout).toContain('data:check passed: 1 sources, 4 actors, 2 relations, 2 claims\n');
    expect(without.stdout).toMatch(/^quotes skipped: not checked verbatim against the articles.*; pass --articles \S+ to check them$/m);
    const withArticles = dataCheck('--data', dir.data, '--articles', dir.articles);
    expect(withArticles.status).toBe(1);
    expect(withArticles.stderr).toContain(
      'QuoteNotFoundError: graph-data/relations/alpha.json › relations[1] "belarus--yield--united-states" › claims[0].quote',
    );
    expect(withArticles.stderr).not.toContain('quotes skipped');
  });

  it('says every quote is verbatim when it checked them, and refuses a missing articles folder', () => {
    const dir = writeDataDir(validParts());
    const run = dataCheck('--data', dir.data, '--articles', dir.articles);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('2 claims, every quote verbatim');
    expect(run.stdout).not.toContain('quotes skipped');
    const missing = dataCheck('--data', dir.data, '--articles', join(dir.articles, 'nope'));
    expect(missing.status).toBe(2);
    expect(missing.stderr.trim()).toBe(`data:check: articles folder not found: ${join(dir.articles, 'nope')}`);
  });
});
