/**
 * `npm run bench`: builds the explorer and the bare Cytoscape + fcose page, serves both on
 * 127.0.0.1, drives Debian's Chromium through playwright-core (a fresh context for every run) and
 * prints the medians over the runs against the targets of issue 6; the raw samples go to
 * bench/results/latest.json and the table to bench/results/latest.md.
 *
 *   npm run bench                       # 5 rounds
 *   npm run bench -- --runs 7           # more rounds
 *   npm run bench -- --skip-build       # reuse dist-bench/
 *   npm run bench -- --only builtin,import-1000
 *   npm run bench -- --bare-5000-runs 1 # the bare 5k layout takes tens of seconds per run
 *   BENCH_OUT=dist-bench-mine npm run bench  # build and serve from another directory
 *   npm run bench -- --only import-20000 --big-runs 3  # the 20k row (bench/big.ts; 2 rounds by default)
 *
 * Each round measures, in this order: the app on the built-in graph (navigation -> final picture,
 * the JavaScript fetched before it, perspective switches, a selection, the PNG at 2×), the bare page
 * on the built-in graph, then for 1k and 5k elements an import through the app's Import panel
 * (file input -> final picture, longest task, responsiveness, progress, then perspective switches
 * and a selection on the imported graph) and the bare page laying out the same graph.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { Perspective } from '../src/model/perspective';
import { formatTable, median } from './report';
import { builtinRows, importRows, type BareFrames, type BuiltinRun, type Collected, type ImportRun } from './rows';
import { armImportProbe, importDone, readImport, readNavigation, timePerspectiveSwitches, timeRerun, timeSelection, type FrameSample } from './probes';
import { newPage } from './page';
import { serveStatic } from './serve';
import { syntheticDataset } from './synthetic';
import { bigRows, emptyBig, roundBig, writeBigFiles } from './big';

const ROOT = resolve(import.meta.dirname, '..');
/** Where the builds go; BENCH_OUT lets two people benchmark from one checkout without overwriting each other's builds. */
const OUT = resolve(ROOT, process.env.BENCH_OUT ?? 'dist-bench');
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const SYNTHETIC_SEED = 42; // the bare page's default seed: both lay out the same graph
const SIZES = [1000, 5000] as const;
/** How long the benchmark's user takes to pick a file after opening the Import panel. */
const PICK_FILE_MS = 1000;

// ---- options ------------------------------------------------------------------------------
function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const RUNS = Number(option('runs') ?? process.env.BENCH_RUNS ?? 5);
const SKIP_BUILD = process.argv.includes('--skip-build');
const ONLY = option('only')?.split(',');
const BARE_5000_RUNS = Number(option('bare-5000-runs') ?? RUNS);
/** 20,000 actors: a minute per round without positions, so fewer rounds by default. */
const BIG_RUNS = Number(option('big-runs') ?? Math.min(RUNS, 2));
const big = emptyBig();
const wants = (part: string): boolean => !ONLY || ONLY.includes(part);

// ---- build --------------------------------------------------------------------------------
function vite(args: string[]): void {
  const env = { ...process.env };
  delete env.VITEST;
  delete env.NODE_ENV;
  env.VITE_CONFIG_NATIVE_IGNORE_WARNING = 'true';
  const result = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), ...args], { cwd: ROOT, env, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`vite ${args.join(' ')} failed`);
}

function build(): void {
  console.log('building the app into dist-bench/app and the bare page into dist-bench/bare …');
  vite(['build', '--outDir', join(OUT, 'app'), '--emptyOutDir', '--manifest', '--logLevel', 'warn']);
  vite(['build', '-c', join('bench', 'vite.config.bare.ts'), '--outDir', join(OUT, 'bare'), '--emptyOutDir']);
}

// ---- sizes --------------------------------------------------------------------------------
const gzipCache = new Map<string, number>();
function gzipBytes(file: string): number {
  let size = gzipCache.get(file);
  if (size === undefined) {
    size = gzipSync(readFileSync(file)).length;
    gzipCache.set(file, size);
  }
  return size;
}

function fileOf(url: string, baseUrl: string): string | undefined {
  if (!url.startsWith(baseUrl)) return undefined;
  const file = join(OUT, decodeURIComponent(new URL(url).pathname));
  return existsSync(file) ? file : undefined;
}

/** The entry chunk and everything it imports statically, from Vite's manifest (gzip bytes). */
function manifestInitialJs(): { bytes: number; files: string[] } {
  const manifestFile = join(OUT, 'app', '.vite', 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<string, { file: string; isEntry?: boolean; imports?: string[] }>;
  const entry = Object.keys(manifest).find((k) => manifest[k]!.isEntry);
  if (!entry) throw new Error('no entry in the manifest');
  const seen = new Set<string>();
  const visit = (key: string): void => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const next of manifest[key]?.imports ?? []) visit(next);
  };
  visit(entry);
  const files = [...seen].map((k) => manifest[k]!.file).filter((f) => f.endsWith('.js'));
  return { bytes: files.reduce((sum, f) => sum + gzipBytes(join(OUT, 'app', f)), 0), files };
}

// ---- runs ---------------------------------------------------------------------------------
const hasFinalPicture = (): boolean => performance.getEntriesByName('final-picture').length > 0;

async function sourcesOf(page: Page): Promise<string[]> {
  return page.evaluate(() => [...window.__explorer!.explorer.sourceIds]);
}

/** No switch: the same frames drawn again with nothing changed (see timePerspectiveSwitches). */
const REDRAWS: readonly 'redraw'[] = ['redraw', 'redraw', 'redraw', 'redraw', 'redraw'];

function switchSequence(sources: readonly string[]): Perspective[] {
  const [a = '', b = a, c = b] = sources;
  return [{ mode: 'one', source: a }, { mode: 'compare', a, b }, { mode: 'one', source: c }, { mode: 'compare', a: b, b: c }, { mode: 'all' }];
}

async function runAppBuiltin(browser: Browser, baseUrl: string): Promise<BuiltinRun> {
  const page = await newPage(browser);
  try {
    await page.goto(`${baseUrl}/app/?e2e`, { waitUntil: 'commit' });
    await page.waitForFunction(hasFinalPicture, undefined, { timeout: 60_000, polling: 50 });
    const nav = await page.evaluate(readNavigation);
    const jsGzip = nav.scripts.reduce((sum, url) => {
      const file = fileOf(url, baseUrl);
      return sum + (file ? gzipBytes(file) : 0);
    }, 0);
    await page.waitForTimeout(300);
    const switches = await page.evaluate(timePerspectiveSwitches, switchSequence(await sourcesOf(page)));
    const redraws = await page.evaluate(timePerspectiveSwitches, REDRAWS);
    const selectionCold = await page.evaluate(timeSelection, 'lukashenko');
    const selectionWarm = await page.evaluate(timeSelection, 'trump');
    // The whole graph as shown (nothing selected: the export can draw from the live view) ...
    await page.evaluate(() => {
      window.__explorer!.explorer.clearSelection();
      window.__explorer!.flush();
    });
    await page.waitForTimeout(300);
    const png = await page.evaluate((scale) => window.__explorer!.exportPng(scale), 2 as const);
    // ... and a selection (Lukashenko's neighbourhood: the export draws a copy of the choice).
    await page.evaluate(() => {
      window.__explorer!.explorer.select({ kind: 'actor', id: 'lukashenko' });
      window.__explorer!.explorer.selectNeighbourhood();
      window.__explorer!.flush();
    });
    await page.waitForTimeout(300);
    const pngSelection = await page.evaluate((scale) => window.__explorer!.exportPng(scale), 2 as const);
    await page.evaluate(() => {
      window.__explorer!.explorer.clearSelection();
      window.__explorer!.flush();
    });
    const rerun = await page.evaluate(timeRerun);
    return { nav, jsGzip, switches, redraws, selectionCold, selectionWarm, png, pngSelection, rerun };
  } finally {
    await page.context().close();
  }
}

/**
 * The bare page: navigation -> final picture; with `frames`, also the plainest perspective
 * switches on it (the same sequence as the app's) and redraws with nothing changed, pushed there:
 * the floor for the app's switch.
 */
async function runBare(browser: Browser, baseUrl: string, graph: string, timeout: number, frames?: BareFrames): Promise<number | null> {
  const page = await newPage(browser);
  // (Pushed even when the run fails, empty: the app's switch in round i is paired with the bare page's in round i.)
  let switches: FrameSample[] = [];
  let redraws: FrameSample[] = [];
  try {
    await page.goto(`${baseUrl}/bare/?graph=${graph}`, { waitUntil: 'commit' });
    await page.waitForFunction(hasFinalPicture, undefined, { timeout, polling: 100 });
    if (frames) {
      await page.waitForTimeout(300);
      switches = await page.evaluate(timePerspectiveSwitches, switchSequence(await page.evaluate(() => window.__bare!.sources)));
      redraws = await page.evaluate(timePerspectiveSwitches, REDRAWS);
    }
    return await page.evaluate(() => performance.getEntriesByName('final-picture')[0]!.startTime);
  } catch (error) {
    console.error(`  bare ${graph}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    return null;
  } finally {
    frames?.switches.push(switches);
    frames?.redraws.push(redraws);
    await page.context().close();
  }
}

async function runAppImport(browser: Browser, baseUrl: string, size: number, file: string, timeout: number): Promise<ImportRun> {
  const page = await newPage(browser);
  try {
    await page.goto(`${baseUrl}/app/?e2e`, { waitUntil: 'commit' });
    await page.waitForFunction(hasFinalPicture, undefined, { timeout: 60_000, polling: 50 });
    // Open the Import panel first (loading it is not part of the import), give the user a second to
    // pick a file (the panel starts its workers meanwhile), then pick it.
    await page.getByRole('button', { name: 'Import…' }).click();
    const input = page.getByLabel('Import data', { exact: true });
    await input.waitFor({ state: 'attached', timeout: 30_000 });
    await page.waitForTimeout(PICK_FILE_MS);
    await page.evaluate(armImportProbe);
    // Given as a path, as a file picker gives it: given as bytes, playwright would decode them in
    // the page (a task of ~150 ms at 5k elements that is the harness's, not the app's).
    await input.setInputFiles(file);
    try {
      await page.waitForFunction(importDone, undefined, { timeout, polling: 200 });
    } catch (error) {
      console.error(`  import ${size}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
      return { import: null, switches: [], redraws: [], selection: null, rerun: null };
    }
    const sample = await page.evaluate(readImport);
    await page.waitForTimeout(300);
    const switches = await page.evaluate(timePerspectiveSwitches, switchSequence(await sourcesOf(page)));
    const redraws = await page.evaluate(timePerspectiveSwitches, REDRAWS);
    const selection = await page.evaluate(timeSelection, 'actor-100');
    await page.evaluate(() => window.__explorer!.explorer.clearSelection());
    const rerun = await page.evaluate(timeRerun);
    return { import: sample, switches, redraws, selection, rerun };
  } finally {
    await page.context().close();
  }
}

// ---- report -------------------------------------------------------------------------------
const med = (values: readonly number[]): number | null => median(values);

/** The built-in graph's data block in the built index.html, gzip bytes. */
function dataBlockGzip(): number | undefined {
  const dataBlock = /<script type="application\/json" id="builtin-graph">([\s\S]*?)<\/script>/.exec(readFileSync(join(OUT, 'app', 'index.html'), 'utf8'))?.[1];
  return dataBlock === undefined ? undefined : gzipSync(dataBlock).length;
}

/** The synthetic datasets, written next to the build for the Import panel to be given by path. */
function writeSynthetic(): Map<number, string> {
  const files = new Map<number, string>();
  mkdirSync(OUT, { recursive: true });
  for (const size of SIZES) {
    const path = join(OUT, `synthetic-${size}.json`);
    writeFileSync(path, JSON.stringify(syntheticDataset(size, SYNTHETIC_SEED)));
    files.set(size, path);
  }
  return files;
}

function emptyCollection(): Collected {
  return {
    builtin: [],
    bareBuiltin: [],
    barePreset: [],
    imports: new Map(SIZES.map((s) => [s, []])),
    bare: new Map(SIZES.map((s) => [s, []])),
    bareSwitchBuiltin: { switches: [], redraws: [] },
    bareSwitch: new Map(SIZES.map((s) => [s, { switches: [], redraws: [] }])),
  };
}

/** One round on the built-in graph: the app, then the bare page laid out by fcose and with the shipped positions. */
async function roundBuiltin(browser: Browser, baseUrl: string, c: Collected): Promise<void> {
  try {
    const run = await runAppBuiltin(browser, baseUrl);
    c.builtin.push(run);
    console.log(
      `  app built-in: final picture ${run.nav.finalPicture.toFixed(0)} ms, JS ${(run.jsGzip / 1024).toFixed(1)} KB gzip, switch ${med(run.switches.map((s) => s.busy))?.toFixed(1)} ms, PNG ${run.png.ms.toFixed(0)} ms`,
    );
  } catch (error) {
    console.error(`  app built-in failed: ${error instanceof Error ? error.message : String(error)}`);
    c.builtin.push(null);
  }
  const b = await runBare(browser, baseUrl, 'builtin', 60_000);
  c.bareBuiltin.push(b);
  const p = await runBare(browser, baseUrl, 'builtin&layout=preset', 60_000, c.bareSwitchBuiltin);
  c.barePreset.push(p);
  console.log(`  bare built-in: final picture ${b?.toFixed(0)} ms (fcose), ${p?.toFixed(0)} ms (preset positions)`);
}

/** One round at one synthetic size: the app's import, then (unless the bare 5k rounds are used up) the bare page. */
async function roundImport(browser: Browser, baseUrl: string, c: Collected, size: number, file: string, round: number): Promise<void> {
  let run: ImportRun | null;
  try {
    run = await runAppImport(browser, baseUrl, size, file, 300_000);
  } catch (error) {
    console.error(`  app import ${size} failed: ${error instanceof Error ? error.message : String(error)}`);
    run = null;
  }
  c.imports.get(size)!.push(run);
  const i = run?.import;
  console.log(
    `  app import ${size}: ${i ? `${i.ms.toFixed(0)} ms, longest task ${i.longestTask.toFixed(0)} ms, max gap ${i.maxGap.toFixed(0)} ms, progress ${(i.progressShown * 100).toFixed(0)} %` : 'failed'}${run && run.switches.length ? `, switch ${med(run.switches.map((s) => s.busy))?.toFixed(1)} ms` : ''}`,
  );
  if (size === 5000 && round >= BARE_5000_RUNS) return;
  const b = await runBare(browser, baseUrl, `synthetic-${size}`, 300_000, c.bareSwitch.get(size));
  c.bare.get(size)!.push(b);
  console.log(`  bare ${size}: final picture ${b?.toFixed(0)} ms`);
}

type Machine = { cpus: number; cpuModel: string; memoryGiB: number; chromium: string; node: string; date: string };

/** The table printed, and written with the raw samples to bench/results/. */
function report(machine: Machine, c: Collected): void {
  const results = [
    ...builtinRows(c, { dataGzip: dataBlockGzip(), manifest: c.builtin.length > 0 ? manifestInitialJs() : { bytes: 0, files: [] } }),
    ...SIZES.flatMap((size) => importRows(c, size, BARE_5000_RUNS < RUNS ? `bare measured in ${BARE_5000_RUNS} round(s)` : undefined)),
    ...bigRows(big),
  ];
  const table = formatTable(results);
  const header = `Machine: ${machine.cpus} CPUs (${machine.cpuModel}), ${machine.memoryGiB} GiB RAM, Chromium ${machine.chromium} headless (--disable-gpu), Node ${machine.node}; ${RUNS} rounds, fresh browser context per run; ${machine.date}`;
  console.log(`\n${header}\n\n${table}\n`);
  const failed = results.filter((r) => r.pass === false).map((r) => r.label);
  console.log(failed.length === 0 ? 'All targets met.' : `Targets not met:\n- ${failed.join('\n- ')}`);
  const dir = join(ROOT, 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  const raw = { ...c, big, imports: Object.fromEntries(c.imports), bare: Object.fromEntries(c.bare), bareSwitch: Object.fromEntries(c.bareSwitch) };
  writeFileSync(join(dir, 'latest.json'), `${JSON.stringify({ machine, runs: RUNS, results, raw }, null, 2)}\n`);
  writeFileSync(join(dir, 'latest.md'), `${header}\n\n${table}\n`);
  console.log('wrote bench/results/latest.json and bench/results/latest.md');
}

async function main(): Promise<void> {
  if (!SKIP_BUILD) build();
  const files = writeSynthetic();
  const bigFiles = wants('import-20000') ? writeBigFiles(OUT) : undefined;
  const server = await serveStatic(OUT);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const machine: Machine = {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? '',
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    chromium: browser.version(),
    node: process.version,
    date: new Date().toISOString(),
  };
  console.log(`machine: ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGiB} GiB, Chromium ${machine.chromium}, Node ${machine.node}; ${RUNS} rounds`);
  const collected = emptyCollection();
  try {
    for (let round = 0; round < RUNS; round++) {
      console.log(`round ${round + 1}/${RUNS}`);
      if (wants('builtin')) await roundBuiltin(browser, server.baseUrl, collected);
      for (const size of SIZES) if (wants(`import-${size}`)) await roundImport(browser, server.baseUrl, collected, size, files.get(size)!, round);
      if (bigFiles && round < BIG_RUNS) await roundBig(browser, server.baseUrl, bigFiles, big);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  report(machine, collected);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
