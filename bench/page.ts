/**
 * A fresh page for one benchmark run: its own browser context at the bench's viewport, with the
 * long-task and long-frame observers (probes.ts's INIT_SCRIPT) installed before the page's scripts,
 * and page errors printed. run.ts and big.ts both take their pages from here.
 */
import type { Browser, Page } from 'playwright-core';
import { INIT_SCRIPT } from './probes';

export const VIEWPORT = { width: 1280, height: 800 };

export async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  await context.addInitScript({ content: INIT_SCRIPT });
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`  [page error] ${error.message}`));
  return page;
}
