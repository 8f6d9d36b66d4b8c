import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { INIT_SCRIPT } from './probes';
import { serveStatic } from './serve';
const path = process.argv[2] ?? '/app/?e2e';
const server = await serveStatic(resolve(import.meta.dirname, '..', process.env.BENCH_OUT ?? 'dist-bench'));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
await context.addInitScript({ content: INIT_SCRIPT });
const page = await context.newPage();
await page.goto(`${server.baseUrl}${path}`);
await page.waitForFunction(() => performance.getEntriesByName('final-picture').length > 0, undefined, { timeout: 120_000 });
await page.waitForTimeout(800);
const cdp = await context.newCDPSession(page);
const events: any[] = [];
cdp.on('Tracing.dataCollected', (e: any) => events.push(...e.value));
await cdp.send('Tracing.start', { categories: 'devtools.timeline,blink.user_timing', transferMode: 'ReportEvents' } as any);
const N = Number(process.env.N ?? 10);
await page.evaluate(async (n) => {
  const hook = (window as any).__explorer;
  const ids = hook.explorer.sourceIds;
  for (let i = 0; i < n; i++) {
    performance.mark('sw' + i);
    hook.explorer.setPerspective(i % 2 === 0 ? { mode: 'one', source: ids[i % ids.length] } : { mode: 'compare', a: ids[0], b: ids[1] });
    hook.flush();
    performance.mark('fl' + i);
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    await new Promise((r) => setTimeout(r, 100));
  }
}, N);
const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
await cdp.send('Tracing.end');
await done;
const main = events.find((e) => e.name === 'FunctionCall' || e.name === 'FireAnimationFrame');
const marks = events.filter((e) => e.cat?.includes('user_timing') && /^(sw|fl)\d+$/.test(e.name));
const byName = new Map(marks.map((m) => [m.name, m.ts]));
const sums = new Map<string, number>();
for (let i = 0; i < N; i++) {
  const t0 = byName.get('sw' + i)!; const t1 = byName.get('sw' + (i + 1)) ?? t0 + 300000;
  const evs = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.ts >= t0 && e.ts < t1 && ['FunctionCall','FireAnimationFrame','UpdateLayoutTree','Layout','Paint','PrePaint','Layerize','Commit','RunMicrotasks','HitTest','ScrollLayer', 'TimerFire','EventDispatch', 'ParseHTML','v8.run'].includes(e.name));
  const line = evs.map((e) => `${e.name}@${((e.ts - t0)/1000).toFixed(1)}+${(e.dur/1000).toFixed(1)}`).join('  ');
  console.log(`switch ${i} flush ${((byName.get('fl'+i)! - t0)/1000).toFixed(1)}ms :: ${line}`);
}
await browser.close(); await server.close();
