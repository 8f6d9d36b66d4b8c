/**
 * A look inside one 20k import (bench/big.ts), for finding its long tasks:
 * `npx tsx bench/big-profile.ts [plain|placed]` (after a build into dist-bench/, or BENCH_OUT)
 * records a CPU profile of the main thread from the file chosen to the final picture, and prints
 * the long tasks and the functions with the most inclusive time inside them. Not part of the bench.
 */
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import type { CDPSession } from 'playwright-core';
import { runBigImport, writeBigFiles, type BigKind } from './big';
import { serveStatic } from './serve';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
}

const kind = (process.argv[2] ?? 'placed') as BigKind;
const out = resolve(import.meta.dirname, '..', process.env.BENCH_OUT ?? 'dist-bench');
const files = writeBigFiles(out);
const server = await serveStatic(out);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
let cdp: CDPSession | undefined;
let profile: Profile | undefined;
let tasks: { start: number; duration: number }[] = [];
let origin = 0;
const run = await runBigImport(browser, server.baseUrl, files[kind], {
  async armed(page) {
    cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    origin = await page.evaluate(() => performance.now());
  },
  async done(page) {
    tasks = await page.evaluate(() => window.__longTasks ?? []);
    profile = ((await cdp!.send('Profiler.stop')) as unknown as { profile: Profile }).profile;
  },
});
console.log(
  run ? `import ${kind}: ${run.sample.ms.toFixed(0)} ms, longest ${run.sample.longestTask.toFixed(0)} ms, long total ${run.longTotal.toFixed(0)} ms` : 'failed',
);
if (profile) {
  const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const long = tasks.filter((t) => t.duration > 100).sort((a, b) => a.start - b.start);
  console.log(`long tasks over 100 ms: ${long.map((t) => `${t.start.toFixed(0)}+${t.duration.toFixed(0)}`).join(', ')}`);
  // Per sample: page time, and the functions on its stack (each once).
  const stacks: { at: number; ms: number; keys: string[] }[] = [];
  let t = profile.startTime;
  profile.samples.forEach((id, i) => {
    t += profile!.timeDeltas[i] ?? 0;
    const keys = new Set<string>();
    for (let n: number | undefined = id; n !== undefined; n = parent.get(n)) {
      const f = byNode.get(n)!.callFrame;
      keys.add(`${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`);
    }
    // Page time: the profile started (about) when `origin` was read in the page.
    stacks.push({ at: origin + (t - profile!.startTime) / 1000, ms: (profile!.timeDeltas[i] ?? 0) / 1000, keys: [...keys] });
  });
  const top = (from: number, to: number, n: number): [string, number][] => {
    const inclusive = new Map<string, number>();
    for (const s of stacks) if (s.at >= from && s.at <= to) for (const k of s.keys) inclusive.set(k, (inclusive.get(k) ?? 0) + s.ms);
    return [...inclusive]
      .filter(([k]) => !/^\((root|program)\)/.test(k) && (!process.env.ONLY || new RegExp(process.env.ONLY).test(k)))
      .sort((a, b) => b[1] - a[1])
      .slice(0, n);
  };
  const threshold = Number(process.env.TASK_MS ?? 300);
  for (const task of long.filter((x) => x.duration >= threshold)) {
    console.log(`\ntask at ${task.start.toFixed(0)} ms, ${task.duration.toFixed(0)} ms:`);
    for (const [k, v] of top(task.start, task.start + task.duration, Number(process.env.PER_TASK ?? 14))) console.log(`${v.toFixed(1).padStart(8)} ms  ${k}`);
  }
}
await browser.close();
await server.close();
