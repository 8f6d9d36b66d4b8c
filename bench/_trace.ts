import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { INIT_SCRIPT } from './probes';
import { serveStatic } from './serve';
const path = process.argv[2] ?? '/app/?e2e';
const server = await serveStatic(resolve(import.meta.dirname, '..', 'dist-bench'));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
for (let run = 0; run < Number(process.env.RUNS ?? 2); run++) {
const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
await context.addInitScript({ content: INIT_SCRIPT });
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
const events: any[] = [];
cdp.on('Tracing.dataCollected', (e: any) => events.push(...e.value));
await cdp.send('Tracing.start', { categories: 'devtools.timeline,blink.user_timing,loading', transferMode: 'ReportEvents' } as any);
await page.goto(`${server.baseUrl}${path}`);
await page.waitForFunction(() => performance.getEntriesByName('final-picture').length > 0, undefined, { timeout: 120_000 });
const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
await cdp.send('Tracing.end');
await done;
const mark = await page.evaluate(() => performance.getEntriesByName('final-picture')[0]!.startTime);
const nav = events.find((e) => e.name === 'navigationStart' || e.name==='NavigationStartToLargestContentfulPaint') ;
const navStart = events.filter((e) => e.name === 'navigationStart').map(e=>e.ts).pop();
const mainPid = events.find((e) => e.name === 'ParseHTML')?.pid; const mainTid = events.find((e) => e.name === 'ParseHTML')?.tid;
console.log(`\nrun ${run}: final picture ${mark.toFixed(0)} ms`);
const top = events.filter((e) => e.pid === mainPid && e.tid === mainTid && e.ph === 'X' && e.dur > 3000 && ['RunTask','ThreadControllerImpl::RunTask'].includes(e.name) === false)
  .sort((a, b) => a.ts - b.ts);
for (const e of top) {
  const extra = e.args?.data?.url ? ' ' + String(e.args.data.url).split('/').pop() : e.args?.data?.functionName ? ' ' + e.args.data.functionName : e.args?.data?.type ? ' '+e.args.data.type : '';
  console.log(`${((e.ts - navStart) / 1000).toFixed(0).padStart(6)} +${(e.dur / 1000).toFixed(1).padStart(6)}  ${e.name}${extra}`);
}
for (const e of events.filter(e => e.cat?.includes('user_timing') || e.name==='firstPaint' || e.name==='firstContentfulPaint' || e.name==='domContentLoadedEventEnd')) console.log('   mark', e.name, ((e.ts-navStart)/1000).toFixed(0));
await context.close();
}
await browser.close(); await server.close();
