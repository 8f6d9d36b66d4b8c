/**
 * The benchmark's 20k row (issue 18): 20,000 actors and 40,000 relations imported through the Import
 * panel, without positions (the layout runs in its worker) and with them (a graphology export
 * carrying x/y: no layout, only drawing), against the bare Cytoscape page drawing the same positions.
 * What counts is the main thread: the longest task and the sum of long tasks from the file chosen to
 * the final picture, and progress on screen throughout. run.ts calls it (`--only import-20000`);
 * each run's line names when its longest task began and what ran in it (long-animation-frame
 * scripts and the page's own measures: the warm-up's steps, the layout request, the install), and
 * with BENCH_GAPS=1 what ran during its longest timer gap. `npx tsx bench/big-profile.ts
 * plain|placed` (after a build into dist-bench/) prints a CPU profile of each long task.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { buildGraph } from '../src/model/graph';
import { exportGraph } from '../src/model/serialization';
import { newPage } from './page';
import { armImportProbe, importDone, readImport, type ImportSample } from './probes';
import { summarize, type MetricResult } from './report';
import { syntheticDataset, syntheticPositions } from './synthetic';

/** 20,000 actors + 40,000 relations. */
export const BIG_ELEMENTS = 60_000;
export const BIG_SEED = 42;
const PICK_FILE_MS = 1000;

export type BigKind = 'plain' | 'placed';

export interface BigImportRun {
  readonly sample: ImportSample;
  /** Sum of the long tasks (over 50 ms) between the file chosen and the final picture. */
  readonly longTotal: number;
  readonly longCount: number;
  /** When the longest task began after the file was chosen, and the scripts that ran in it. */
  readonly longestWhat: string;
}

export interface BigBareRun {
  readonly finalPicture: number;
  readonly longestTask: number;
  readonly longTotal: number;
}

export interface BigCollected {
  readonly imports: Record<BigKind, (BigImportRun | null)[]>;
  readonly bare: (BigBareRun | null)[];
}

export const emptyBig = (): BigCollected => ({ imports: { plain: [], placed: [] }, bare: [] });

/** The two files, written next to the build: the authored dataset, and its graphology export with positions. */
export function writeBigFiles(out: string): Record<BigKind, string> {
  mkdirSync(out, { recursive: true });
  const dataset = syntheticDataset(BIG_ELEMENTS, BIG_SEED);
  const plain = join(out, `synthetic-${BIG_ELEMENTS}.json`);
  const placed = join(out, `synthetic-${BIG_ELEMENTS}-placed.json`);
  writeFileSync(plain, JSON.stringify(dataset));
  writeFileSync(placed, JSON.stringify(exportGraph(buildGraph(dataset, 'Synthetic 20k'), syntheticPositions(dataset))));
  return { plain, placed };
}

/** The longest task between two marks, when it began (after the first mark) and the scripts that ran in it, longest first (in the page). */
function longestTaskScripts(names: readonly [string, string]): string {
  const start = performance.getEntriesByName(names[0])[0]?.startTime ?? 0;
  const end = performance.getEntriesByName(names[1]).find((m) => m.startTime >= start)?.startTime ?? Infinity;
  const tasks = (window.__longTasks ?? []).filter((t) => t.start + t.duration >= start && t.start <= end);
  const longest = tasks.reduce<{ start: number; duration: number } | undefined>((m, t) => (!m || t.duration > m.duration ? t : m), undefined);
  if (!longest) return '';
  const scripts = (window.__longFrames ?? [])
    .flatMap((f) => f.scripts)
    .filter((x) => x.start >= longest.start - 1 && x.start <= longest.start + longest.duration)
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 3)
    .map((x) => `${x.invoker} ${x.ms.toFixed(0)} ms`);
  // The page's own measures inside it (the warm-up's steps, the layout request).
  for (const m of performance.getEntriesByType('measure')) {
    if (m.startTime >= longest.start - 1 && m.startTime <= longest.start + longest.duration) scripts.push(`${m.name} ${m.duration.toFixed(0)} ms`);
  }
  return `at +${(longest.start - start).toFixed(0)} ms${scripts.length ? `: ${scripts.join(', ')}` : ''}`;
}

/** What ran during the longest gap (`[endAt - gap, endAt]` after import-start): long tasks and long frames' scripts (in the page). */
function gapContents([endAt, gap]: readonly [number, number]): string {
  const start = (performance.getEntriesByName('import-start')[0]?.startTime ?? 0) + endAt - gap;
  const end = start + gap;
  const tasks = (window.__longTasks ?? []).filter((t) => t.start + t.duration >= start && t.start <= end).map((t) => `task ${t.duration.toFixed(0)}`);
  const frames = (window.__longFrames ?? [])
    .filter((f) => f.start + f.duration >= start && f.start <= end)
    .map((f) => `frame ${f.duration.toFixed(0)} [${f.scripts.map((x) => `${x.invoker} ${x.ms.toFixed(0)}`).join(', ')}]`);
  return [...tasks, ...frames].join('; ');
}

/** Long tasks between two marks (in the page). */
function longTasksBetween(names: readonly [string, string]): { longest: number; total: number; count: number } {
  const start = performance.getEntriesByName(names[0])[0]?.startTime ?? 0;
  const end = performance.getEntriesByName(names[1]).find((m) => m.startTime >= start)?.startTime ?? Infinity;
  const tasks = (window.__longTasks ?? []).filter((t) => t.start + t.duration >= start && t.start <= end);
  return { longest: tasks.reduce((m, t) => Math.max(m, t.duration), 0), total: tasks.reduce((s, t) => s + t.duration, 0), count: tasks.length };
}

/** One import through the Import panel, as run.ts's runAppImport does (the file given by path). */
export interface BigImportHooks {
  /** Called once the probe is armed, before the file is chosen. */
  armed?(page: Page): Promise<void>;
  /** Called after the final picture, before the page closes. */
  done?(page: Page): Promise<void>;
}

export async function runBigImport(browser: Browser, baseUrl: string, file: string, hooks: BigImportHooks = {}): Promise<BigImportRun | null> {
  const page = await newPage(browser);
  try {
    await page.goto(`${baseUrl}/app/?e2e`, { waitUntil: 'commit' });
    await page.waitForFunction(() => performance.getEntriesByName('final-picture').length > 0, undefined, { timeout: 60_000, polling: 50 });
    await page.getByRole('button', { name: 'Import…' }).click();
    const input = page.getByLabel('Import data', { exact: true });
    await input.waitFor({ state: 'attached', timeout: 30_000 });
    await page.waitForTimeout(PICK_FILE_MS);
    await page.evaluate(armImportProbe);
    await hooks.armed?.(page);
    await input.setInputFiles(file);
    await page.waitForFunction(importDone, undefined, { timeout: 900_000, polling: 500 });
    const sample = await page.evaluate(readImport);
    const long = await page.evaluate(longTasksBetween, ['import-start', 'final-picture'] as const);
    const longestWhat = await page.evaluate(longestTaskScripts, ['import-start', 'final-picture'] as const);
    if (process.env.BENCH_GAPS)
      console.log(`    gap of ${sample.maxGap.toFixed(0)} ms: ${await page.evaluate(gapContents, [sample.maxGapAt, sample.maxGap] as const)}`);
    await hooks.done?.(page);
    return { sample, longTotal: long.total, longCount: long.count, longestWhat };
  } catch (error) {
    console.error(`  import 20k: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    return null;
  } finally {
    await page.context().close();
  }
}

/** The bare page drawing the same graph at the same positions (no layout). */
export async function runBigBare(browser: Browser, baseUrl: string): Promise<BigBareRun | null> {
  const page = await newPage(browser);
  try {
    await page.goto(`${baseUrl}/bare/?graph=synthetic-${BIG_ELEMENTS}&layout=preset`, { waitUntil: 'commit' });
    await page.waitForFunction(() => performance.getEntriesByName('final-picture').length > 0, undefined, { timeout: 300_000, polling: 200 });
    await page.evaluate(() => performance.mark('navigation-start-0', { startTime: 0 }));
    const finalPicture = await page.evaluate(() => performance.getEntriesByName('final-picture')[0]!.startTime);
    const long = await page.evaluate(longTasksBetween, ['navigation-start-0', 'final-picture'] as const);
    return { finalPicture, longestTask: long.longest, longTotal: long.total };
  } catch (error) {
    console.error(`  bare 20k: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    return null;
  } finally {
    await page.context().close();
  }
}

/** One round: both imports, then the bare page. */
export async function roundBig(browser: Browser, baseUrl: string, files: Record<BigKind, string>, c: BigCollected): Promise<void> {
  for (const kind of ['plain', 'placed'] as const) {
    const run = await runBigImport(browser, baseUrl, files[kind]);
    c.imports[kind].push(run);
    const s = run?.sample;
    console.log(
      `  app import 20k ${kind === 'plain' ? 'without' : 'with'} positions: ${s ? `${s.ms.toFixed(0)} ms, longest task ${s.longestTask.toFixed(0)} ms (${run.longestWhat}), long tasks ${run.longTotal.toFixed(0)} ms in all, max gap ${s.maxGap.toFixed(0)} ms (ending at +${s.maxGapAt.toFixed(0)} ms), progress ${(s.progressShown * 100).toFixed(0)} %` : 'failed'}`,
    );
  }
  const bare = await runBigBare(browser, baseUrl);
  c.bare.push(bare);
  console.log(
    `  bare 20k preset: ${bare ? `final picture ${bare.finalPicture.toFixed(0)} ms, longest task ${bare.longestTask.toFixed(0)} ms, long tasks ${bare.longTotal.toFixed(0)} ms in all` : 'failed'}`,
  );
}

const per = <T>(runs: readonly (T | null)[], f: (r: T) => number): (number | null)[] => runs.map((r) => (r ? f(r) : null));

/** The 20k rows of the table. */
export function bigRows(c: BigCollected): MetricResult[] {
  const rows: MetricResult[] = [];
  if (c.imports.plain.length === 0 && c.imports.placed.length === 0) return rows;
  for (const kind of ['plain', 'placed'] as const) {
    const runs = c.imports[kind];
    const k = `20k actors + 40k relations, ${kind === 'plain' ? 'without positions (layout in a worker)' : 'with positions'}`;
    rows.push(
      summarize(
        { id: `import-20000-${kind}`, label: `${k}: import → final picture`, unit: 'ms', note: 'file input change → final-picture mark' },
        per(runs, (r) => r.sample.ms),
      ),
    );
    rows.push(
      summarize(
        { id: `import-20000-${kind}-longtask`, label: `${k}: longest main-thread task`, unit: 'ms', target: { op: '<=', value: 200 } },
        per(runs, (r) => r.sample.longestTask),
      ),
    );
    rows.push(
      summarize(
        { id: `import-20000-${kind}-longtotal`, label: `${k}: long tasks in all`, unit: 'ms', note: 'sum of the tasks over 50 ms' },
        per(runs, (r) => r.longTotal),
      ),
    );
    rows.push(
      summarize(
        { id: `import-20000-${kind}-gap`, label: `${k}: longest the page could not answer (10 ms timer gap)`, unit: 'ms' },
        per(runs, (r) => r.sample.maxGap),
      ),
    );
    rows.push(
      summarize(
        { id: `import-20000-${kind}-progress`, label: `${k}: share of the wait with progress on screen`, unit: '%', target: { op: '>=', value: 90 } },
        per(runs, (r) => r.sample.progressShown * 100),
      ),
    );
  }
  const b = 'Bare Cytoscape, 20k actors + 40k relations at the same positions (preset, 2-rule stylesheet)';
  rows.push(
    summarize(
      { id: 'bare-20000', label: `${b}: navigation → final picture`, unit: 'ms' },
      per(c.bare, (r) => r.finalPicture),
    ),
  );
  rows.push(
    summarize(
      { id: 'bare-20000-longtask', label: `${b}: longest main-thread task`, unit: 'ms' },
      per(c.bare, (r) => r.longestTask),
    ),
  );
  rows.push(
    summarize(
      { id: 'bare-20000-longtotal', label: `${b}: long tasks in all`, unit: 'ms' },
      per(c.bare, (r) => r.longTotal),
    ),
  );
  return rows;
}
