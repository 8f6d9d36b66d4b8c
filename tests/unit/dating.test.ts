/**
 * The dating checks of data:check (src/model/dating.ts, run by loadAuthoredFiles): a relation's
 * dates are never after the publication date of an article stating it, partial dates counted from
 * their first day, and "approximate" only where an article stating it gives a date. Each problem
 * is a DateError naming file, relation and field; the real graph-data passes.
 */
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAuthoredFiles, type LoadResult } from '../../src/model/load';
import { toFiles, validParts, type Parts } from '../fixtures/authored';
import { writeDataDir } from '../fixtures/data-dir';
import { readGraphData } from '../../scripts/graph-data-files';

const ROOT = resolve(import.meta.dirname, '..', '..');
const problemsOf = (result: LoadResult) => (result.ok ? [] : result.problems);

/** The fixture with its article dated 23 June 2025 (null: undated) and the Kellogg relation dated `dates`. */
function dated(dates: Record<string, unknown> | undefined, sourceDate: string | null = '2025-06-23'): Parts {
  const parts = validParts();
  if (sourceDate !== null) (parts.sources[0] as { date?: string }).date = sourceDate;
  const relation = parts.relations[0] as { dates?: unknown };
  if (dates === undefined) delete relation.dates;
  else relation.dates = dates;
  return parts;
}

describe('data:check dating rules', () => {
  it('accepts a date on or before the publication day, a partial one counted from its first day', () => {
    for (const start of ['2025-06-23', '2025-06-21', '2025-06', '2025', '2006']) {
      expect(loadAuthoredFiles(toFiles(dated({ start }))).ok, start).toBe(true);
    }
  });

  it('refuses a start after the publication date, naming file, relation and field', () => {
    const problems = problemsOf(loadAuthoredFiles(toFiles(dated({ start: '2025-06-24' }))));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      name: 'DateError',
      file: 'graph-data/relations/alpha.json',
      item: 'relations[0] "kellogg--consult--lukashenko"',
      field: 'dates.start',
    });
    expect(problems[0]?.message).toContain('2025-06-23');
    expect(problemsOf(loadAuthoredFiles(toFiles(dated({ start: '2025-07' }))))[0]?.field).toBe('dates.start');
  });

  it('refuses a period that ends after the publication date', () => {
    const problems = problemsOf(loadAuthoredFiles(toFiles(dated({ start: '2024', end: '2026' }))));
    expect(problems.map((p) => [p.name, p.field])).toEqual([['DateError', 'dates.end']]);
  });

  it('checks against every article stating a relation spread over two files', () => {
    const parts = dated({ start: '2025-06-21' }, null);
    (parts.sources as unknown[]).push({ id: 'beta', title: 'Beta', kind: 'analysis', perspective: 'B.', date: '2025-06-01' });
    const beta = {
      ...parts.relations[0]!,
      dates: undefined,
      claims: [{ source: 'beta', quote: 'another quote of the visit', tone: 2, modality: 'reported', stance: 'supports' }],
    };
    delete (beta as { dates?: unknown }).dates;
    const extra = { path: 'graph-data/relations/beta.json', text: JSON.stringify({ relations: [beta] }) };
    const problems = problemsOf(loadAuthoredFiles(toFiles(parts, [extra])));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ name: 'DateError', file: 'graph-data/relations/alpha.json', field: 'dates.start' });
    expect(problems[0]?.message).toContain('"beta"');
  });

  it('allows approximate only where an article stating it gives a date', () => {
    expect(loadAuthoredFiles(toFiles(dated({ start: '2024', approximate: true }))).ok).toBe(true);
    const problems = problemsOf(loadAuthoredFiles(toFiles(dated({ start: '2024', approximate: true }, null))));
    expect(problems.map((p) => [p.name, p.field])).toEqual([['DateError', 'dates.approximate']]);
  });

  it('has nothing to say about an article without a date, or a relation without dates', () => {
    expect(loadAuthoredFiles(toFiles(dated({ start: '2030' }, null))).ok).toBe(true);
    expect(loadAuthoredFiles(toFiles(dated(undefined))).ok).toBe(true);
  });

  it('passes on the real graph-data', () => {
    expect(problemsOf(loadAuthoredFiles(readGraphData()))).toEqual([]);
  });

  it('is reported by the command, with the dating summary on success', () => {
    const tsx = join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
    const run = (dir: string) => spawnSync(process.execPath, [tsx, join(ROOT, 'scripts', 'data-check.ts'), '--data', dir], { cwd: ROOT, encoding: 'utf8' });
    const bad = run(writeDataDir(dated({ start: '2025-08' })).data);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain(
      'DateError: graph-data/relations/alpha.json › relations[0] "kellogg--consult--lukashenko" › dates.start: 2025-08 is after 2025-06-23',
    );
    const good = run(writeDataDir(dated({ start: '2025-06-21' })).data);
    expect(good.status).toBe(0);
    expect(good.stdout).toContain('dates: 1 relations with an event date, 1 dated by their earliest dated article, 0 undated');
  });
});
