import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { INIT_SCRIPT } from './probes';
import { serveStatic } from './serve';
interface N { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }
const path = process.argv[2] ?? '/appdev/?e2e';
const server = await serveStatic(resolve(import.meta.dirname, '..', process.env.BENCH_OUT ?? 'dist-bench'));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
await context.addInitScript({ content: INIT_SCRIPT });
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
const switches = Number(process.env.SWITCH ?? 0);
if (!switches) await cdp.send('Profiler.start');
await page.goto(`${server.baseUrl}${path}`);
await page.waitForFunction(() => performance.getEntriesByName('final-picture').length > 0, undefined, { timeout: 120_000 });
if (switches) {
  await page.waitForTimeout(500);
  await cdp.send('Profiler.start');
  await page.evaluate(async (n) => {
    const hook = (window as any).__explorer;
    const ids = hook.explorer.sourceIds;
    for (let i = 0; i < n; i++) {
      hook.explorer.setPerspective(i % 2 === 0 ? { mode: 'one', source: ids[i % ids.length] } : { mode: 'compare', a: ids[0], b: ids[1] });
      hook.flush();
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    }
  }, switches);
}
const { profile } = (await cdp.send('Profiler.stop')) as any;
const nodes = new Map<number, N>(profile.nodes.map((n: N) => [n.id, n]));
const self = new Map<number, number>();
profile.samples.forEach((id: number, i: number) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
const incl = new Map<number, number>();
const total = (id: number): number => { if (incl.has(id)) return incl.get(id)!; let t = self.get(id) ?? 0; for (const c of nodes.get(id)!.children ?? []) t += total(c); incl.set(id, t); return t; };
const root = profile.nodes[0].id; total(root);
const div = switches || 1;
const name = (n: N) => `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber + 1}`;
const minMs = Number(process.env.MIN ?? 3) * div; const maxDepth = Number(process.env.DEPTH ?? 40);
function walk(id: number, depth: number) {
  const n = nodes.get(id)!; const t = incl.get(id)!;
  if (t < minMs || depth > maxDepth) return;
  const kids = (n.children ?? []).filter((c) => incl.get(c)! >= minMs).sort((a, b) => incl.get(b)! - incl.get(a)!);
  // collapse single-child chains
  console.log(`${'  '.repeat(Math.min(depth, 30))}${(t / div).toFixed(1)} ${name(n)}`);
  for (const c of kids) walk(c, kids.length === 1 ? depth : depth + 1);
}
walk(root, 0);
await browser.close(); await server.close();
