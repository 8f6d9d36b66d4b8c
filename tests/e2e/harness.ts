/**
 * End-to-end harness shared by every e2e test: builds the explorer once (or reuses a build that
 * is newer than every input), serves it with `vite preview` on a free 127.0.0.1 port, launches
 * Debian's Chromium through playwright-core with the flags from docs/TEAM-NOTES.md, and closes
 * all of it. Test files run in parallel, so the build is guarded by a lock directory; a second
 * file waits for the first one's build and then reuses it.
 *
 *   const h = await startHarness();          // in beforeAll
 *   const page = await h.openExplorer({ width: 1280, height: 800 }, '#actor=lukashenko');
 *   await h.close();                         // in afterAll
 *
 * Tests reach the Cytoscape core through one test-only hook: `window.__explorer.canvas().getCore()`,
 * set by src/main.ts only with `?e2e` in the URL (the page itself never takes the core: everything
 * it asks of the canvas goes through src/cy/canvas.ts's CanvasChannel).
 *
 * Environment: E2E_DIST (build directory, default node_modules/.cache/explorer-e2e/dist),
 * E2E_REUSE_DIST=1 (serve whatever is there), CHROMIUM_PATH (default /usr/bin/chromium).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import type cytoscape from 'cytoscape';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const DIST = process.env.E2E_DIST ? resolve(process.env.E2E_DIST) : join(ROOT, 'node_modules', '.cache', 'explorer-e2e', 'dist');
const STAMP = '.e2e-build-stamp';
const LOCK = `${DIST}.lock`;
const INPUTS = ['src', 'graph-data', 'scripts', 'index.html', 'vite.config.ts', 'svelte.config.js', 'package.json'];

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry.startsWith('.')) continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

function buildIsFresh(): boolean {
  const stamp = join(DIST, STAMP);
  if (!existsSync(stamp) || !existsSync(join(DIST, 'index.html'))) return false;
  if (process.env.E2E_REUSE_DIST === '1') return true;
  const built = statSync(stamp).mtimeMs;
  return INPUTS.every((input) => newestMtime(join(ROOT, input)) <= built);
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Builds into DIST unless a fresh build is there; safe to call from parallel test files. */
export async function ensureBuild(): Promise<void> {
  if (buildIsFresh()) return;
  mkdirSync(join(DIST, '..'), { recursive: true });
  const deadline = Date.now() + 240_000;
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      // Someone else is building; a lock older than 4 minutes is left over from a crash.
      if (existsSync(LOCK) && Date.now() - statSync(LOCK).mtimeMs > 240_000) rmSync(LOCK, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error('e2e harness: timed out waiting for another build');
      await sleep(500);
      if (buildIsFresh()) return;
    }
  }
  try {
    if (buildIsFresh()) return;
    const env = { ...process.env };
    // Vitest's environment would change module resolution in vite.config.ts; build like `npm run build`.
    delete env.VITEST;
    delete env.VITEST_POOL_ID;
    delete env.VITEST_WORKER_ID;
    delete env.NODE_ENV;
    const result = spawnSync(
      process.execPath,
      [join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--outDir', DIST, '--emptyOutDir', '--logLevel', 'warn'],
      {
        cwd: ROOT,
        env,
        encoding: 'utf8',
      },
    );
    if (result.status !== 0) throw new Error(`e2e harness: vite build failed\n${result.stdout}\n${result.stderr}`);
    writeFileSync(join(DIST, STAMP), new Date().toISOString());
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolvePort(port));
    });
  });
}

export interface Harness {
  readonly baseUrl: string;
  readonly browser: Browser;
  /** A new context and page at this viewport (default 1280×800). */
  newPage(viewport?: { width: number; height: number }): Promise<Page>;
  /** Opens the explorer with the test hook (`?e2e`) and waits until the canvas has drawn. */
  openExplorer(viewport?: { width: number; height: number }, hash?: string): Promise<Page>;
  close(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  await ensureBuild();
  const port = await freePort();
  const server: PreviewServer = await preview({
    root: ROOT,
    configFile: false,
    base: './',
    logLevel: 'warn',
    build: { outDir: DIST },
    preview: { host: '127.0.0.1', port, strictPort: true, open: false },
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  let browser: Browser;
  try {
    browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  } catch (error) {
    await server.close();
    throw error;
  }
  const contexts: BrowserContext[] = [];

  const newPage = async (viewport = { width: 1280, height: 800 }): Promise<Page> => {
    const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
    contexts.push(context);
    const page = await context.newPage();
    page.on('pageerror', (error) => console.error(`[page error] ${error.message}`));
    return page;
  };

  return {
    baseUrl,
    browser,
    newPage,
    async openExplorer(viewport, hash = '') {
      const page = await newPage(viewport);
      await page.goto(`${baseUrl}/?e2e${hash}`);
      await waitForCanvas(page);
      return page;
    },
    async close() {
      for (const context of contexts) await context.close().catch(() => undefined);
      await browser.close().catch(() => undefined);
      await server.close();
    },
  };
}

/** Waits until the test hook is there and Cytoscape has elements and no layout is running. */
export async function waitForCanvas(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const hook = window.__explorer;
      const cy = hook?.canvas()?.getCore();
      return Boolean(cy && cy.nodes().length > 0 && !hook?.explorer.layoutBusy && !hook?.explorer.needsLayout);
    },
    undefined,
    { timeout: 30_000 },
  );
  // Let a pending reveal animation finish.
  await page.waitForFunction(() => !window.__explorer?.canvas()?.getCore().animated(), undefined, { timeout: 10_000 });
}

/** Where an element is on the page (viewport pixels): a node's centre, or an edge's midpoint. */
export async function screenPoint(page: Page, id: string): Promise<{ x: number; y: number }> {
  const point = await page.evaluate((elementId) => {
    const cy = window.__explorer?.canvas()?.getCore();
    if (!cy) throw new Error('no canvas');
    const element = cy.getElementById(elementId);
    if (element.empty()) throw new Error(`no element ${elementId}`);
    const rect = cy.container()!.getBoundingClientRect();
    const p = element.group() === 'nodes' ? (element as cytoscape.NodeSingular).renderedPosition() : (element as cytoscape.EdgeSingular).renderedMidpoint();
    return { x: rect.left + p.x, y: rect.top + p.y };
  }, id);
  return point;
}

/** Ids of the elements Cytoscape draws (display not none), by group. */
export async function drawnIds(page: Page): Promise<{ nodes: string[]; edges: string[] }> {
  return page.evaluate(() => {
    const cy = window.__explorer?.canvas()?.getCore();
    if (!cy) throw new Error('no canvas');
    const visible = cy.elements().filter((e) => e.visible());
    return {
      nodes: visible
        .nodes()
        .map((n) => n.id())
        .sort(),
      edges: visible
        .edges()
        .map((e) => e.id())
        .sort(),
    };
  });
}

/** Chooses "Compare two articles" with A and B in the Perspective control, as a user does, and waits until the state has it. */
export async function compareArticles(page: Page, a: string, b: string): Promise<void> {
  await page.getByLabel('Perspective', { exact: true }).selectOption('compare');
  await page.getByLabel('Article A', { exact: true }).selectOption(a);
  await page.getByLabel('Article B', { exact: true }).selectOption(b);
  await page.waitForFunction(
    ([wantA, wantB]) => {
      const p = window.__explorer!.explorer.perspective;
      return p.mode === 'compare' && p.a === wantA && p.b === wantB;
    },
    [a, b] as const,
  );
}
