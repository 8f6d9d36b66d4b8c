/**
 * A look inside one page load, for finding what to make faster: `npx tsx bench/profile.ts [path]`
 * (after `npm run bench` built dist-bench/) records a CPU profile of navigation -> final picture
 * and prints the functions with the most self time, and the time per script; `--switch N` profiles N
 * perspective switches instead, `--callers NAME` shows where the time in functions called NAME comes
 * from. Not part of the bench.
 */
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { INIT_SCRIPT } from './probes';
import { serveStatic } from './serve';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const path = process.argv[2] ?? '/app/?e2e';
const server = await serveStatic(resolve(import.meta.dirname, '..', process.env.BENCH_OUT ?? 'dist-bench'));
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
await context.addInitScript({ content: INIT_SCRIPT });
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
// --switch N: profile N perspective switches on the loaded page instead of the load.
const switches = process.argv.includes('--switch') ? Number(process.argv[process.argv.indexOf('--switch') + 1] ?? 10) : 0;
if (switches === 0) await cdp.send('Profiler.start');
await page.goto(`${server.baseUrl}${path}`);
await page.waitForFunction(() => performance.getEntriesByName('final-picture').length > 0, undefined, { timeout: 120_000 });
if (switches > 0) {
  await page.waitForTimeout(500);
  await cdp.send('Profiler.start');
  await page.evaluate(async (n) => {
    const hook = window.__explorer!;
    const ids = hook.explorer.sourceIds;
    for (let i = 0; i < n; i++) {
      hook.explorer.setPerspective(i % 2 === 0 ? { mode: 'one', source: ids[i % ids.length]! } : { mode: 'compare', a: ids[0]!, b: ids[1]! });
      hook.flush();
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    }
  }, switches);
}
const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
const mark = await page.evaluate(() => performance.getEntriesByName('final-picture')[0]!.startTime);
const self = new Map<number, number>();
profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
const byFn = new Map<string, number>();
const byUrl = new Map<string, number>();
for (const [id, ms] of self) {
  const f = byNode.get(id)!.callFrame;
  const file = f.url.split('/').pop() || '(native)';
  const key = `${f.functionName || '(anonymous)'} ${file}:${f.lineNumber + 1}:${f.columnNumber + 1}`;
  byFn.set(key, (byFn.get(key) ?? 0) + ms);
  byUrl.set(file, (byUrl.get(file) ?? 0) + ms);
}
// Inclusive time: every function on the stack of a sample gets its time once.
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const inclusive = new Map<string, number>();
profile.samples.forEach((id, i) => {
  const ms = (profile.timeDeltas[i] ?? 0) / 1000;
  const seen = new Set<string>();
  for (let n: number | undefined = id; n !== undefined; n = parent.get(n)) {
    const f = byNode.get(n)!.callFrame;
    if (!f.url) continue;
    const key = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`;
    if (seen.has(key)) continue;
    seen.add(key);
    inclusive.set(key, (inclusive.get(key) ?? 0) + ms);
  }
});
console.log(`final picture at ${mark.toFixed(0)} ms`);
console.log('\ninclusive time by function:');
for (const [k, v] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.TOP ?? 60))) console.log(`${v.toFixed(1).padStart(8)} ms  ${k}`);
console.log('\nself time by script:');
for (const [k, v] of [...byUrl].sort((a, b) => b[1] - a[1]).slice(0, 12)) console.log(`${v.toFixed(1).padStart(8)} ms  ${k}`);
console.log('\nself time by function:');
for (const [k, v] of [...byFn].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(`${v.toFixed(1).padStart(8)} ms  ${k}`);
// --callers NAME: where the time inside functions called NAME comes from (their callers, four frames up).
const callersOf = process.argv.includes('--callers') ? process.argv[process.argv.indexOf('--callers') + 1] : undefined;
if (callersOf) {
  const stacks = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const chain: string[] = [];
    let inside = false;
    for (let n: number | undefined = id; n !== undefined && chain.length < 5; n = parent.get(n)) {
      const f = byNode.get(n)!.callFrame;
      if (f.functionName === callersOf) inside = true;
      if (inside) chain.push(`${f.functionName || '(anonymous)'}:${f.lineNumber + 1}`);
    }
    if (chain.length > 0) stacks.set(chain.join(' < '), (stacks.get(chain.join(' < ')) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  console.log(`\ntime inside ${callersOf}, by caller chain:`);
  for (const [k, v] of [...stacks].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`${v.toFixed(1).padStart(8)} ms  ${k}`);
}
await browser.close();
await server.close();
