/**
 * What the benchmark runs inside the page (handed to playwright's page.evaluate, so each function
 * is self-contained: no imports, no closures over Node values). They read the `?e2e` hook
 * (window.__explorer), Performance marks and a long-task observer installed before any page script.
 */
import type { Perspective } from '../src/model/perspective';

/** Installed with addInitScript before the page's own scripts: collects every long task. */
export const INIT_SCRIPT = `
  globalThis.__name = globalThis.__name || ((f) => f);
  window.__longTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  // Long animation frames name the scripts that ran in them (what started each, and for how long).
  window.__longFrames = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        window.__longFrames.push({
          start: e.startTime,
          duration: e.duration,
          scripts: (e.scripts || []).map((s) => ({ invoker: s.invoker, ms: s.duration, start: s.startTime })),
        });
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {}
`;

declare global {
  interface Window {
    __longTasks?: { start: number; duration: number }[];
    __longFrames?: { start: number; duration: number; scripts: { invoker: string; ms: number; start: number }[] }[];
    __importProbe?: ImportProbe;
    __drawLog?: { start: number; end: number; afterPaint?: number }[];
  }
}

interface ImportProbe {
  start?: number;
  ticks: number;
  shownTicks: number;
  maxGap: number;
  /** When the longest gap ended, after the file was chosen. */
  maxGapAt?: number;
  last: number;
  timer: number;
}

export interface NavigationSample {
  /** startTime of the first `final-picture` mark (ms from navigation start). */
  readonly finalPicture: number;
  /** JavaScript requested before the final picture (resource URLs). */
  readonly scripts: readonly string[];
  /** Every resource requested before the final picture, with how it was requested. */
  readonly resources: readonly { name: string; initiatorType: string }[];
  readonly longestTask: number;
}

/** Navigation -> final picture, the JS fetched before it, and the longest task until then. */
export function readNavigation(): NavigationSample {
  const mark = performance.getEntriesByName('final-picture')[0];
  if (!mark) throw new Error('no final-picture mark');
  const before = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((e) => e.startTime <= mark.startTime);
  const tasks = (window.__longTasks ?? []).filter((t) => t.start <= mark.startTime);
  return {
    finalPicture: mark.startTime,
    scripts: before.filter((e) => /\.m?js(\?|$)/.test(e.name)).map((e) => e.name),
    resources: before.map((e) => ({ name: e.name, initiatorType: e.initiatorType })),
    longestTask: tasks.reduce((m, t) => Math.max(m, t.duration), 0),
  };
}

export interface FrameSample {
  /** Main-thread time the action costs until its picture is on screen: the action with its Svelte effects, plus the frame that draws it (Cytoscape's style and draw, the page's style, layout and paint). Idle waiting for the next vsync is left out. */
  readonly busy: number;
  /** Mark, then two animation frames (includes waiting for vsync: at 60 Hz at least ~17 ms). */
  readonly twoFrames: number;
  readonly sync: number;
  readonly frame: number;
}

/**
 * Times perspective switches, one after the other, each on a settled page. 'redraw' is no switch at
 * all: a frame that draws the graph again with nothing changed (Cytoscape's forceRender), the
 * least any change to the picture costs on this machine.
 */
export async function timePerspectiveSwitches(perspectives: readonly (Perspective | 'redraw')[]): Promise<FrameSample[]> {
  // The app (its ?e2e hook), or the bare page's plainest switch (bench/bare/main.ts) for the reference row.
  const hook = window.__explorer;
  const bare = window.__bare;
  if (!hook && !bare) throw new Error('no ?e2e hook and no bare page');
  const apply = (perspective: Perspective | 'redraw'): void => {
    if (perspective === 'redraw') (hook ? hook.canvas()!.getCore() : bare!.cy).forceRender();
    else if (hook) {
      hook.explorer.setPerspective(perspective);
      hook.flush();
    } else bare!.switchTo(perspective);
  };
  // A log of Cytoscape draws: when each render cycle started (before its style updates), ended, and when
  // that frame was painted (a message posted during the frame's animation callbacks arrives after its rendering).
  const cy = hook ? hook.canvas()!.getCore() : bare!.cy;
  if (!window.__drawLog) {
    const log: { start: number; end: number; afterPaint?: number }[] = [];
    window.__drawLog = log;
    let start = 0;
    const renderer = (cy as unknown as { renderer(): unknown }).renderer() as { beforeRender(fn: (willDraw: boolean) => void, priority: number): void };
    renderer.beforeRender((willDraw) => {
      if (willDraw) start = performance.now();
    }, 1e9);
    const channel = new MessageChannel();
    cy.on('render', () => {
      const entry: { start: number; end: number; afterPaint?: number } = { start, end: performance.now() };
      log.push(entry);
      channel.port1.onmessage = () => {
        entry.afterPaint ??= performance.now();
      };
      channel.port2.postMessage(0);
    });
  }
  const log = window.__drawLog;
  const frames = (n: number): Promise<void> =>
    new Promise((resolve) => {
      const step = (left: number): void => {
        if (left === 0) resolve();
        else requestAnimationFrame(() => step(left - 1));
      };
      step(n);
    });
  const out: FrameSample[] = [];
  for (const perspective of perspectives) {
    await frames(3);
    await new Promise((r) => setTimeout(r, 30));
    const drawsBefore = log.length;
    const t0 = performance.now();
    apply(perspective);
    const t1 = performance.now();
    await frames(2);
    const t2 = performance.now();
    // The frame that presents the switch may take longer than two animation frames to come.
    for (let i = 0; i < 100 && !(log.length > drawsBefore && log[drawsBefore]!.afterPaint !== undefined); i++) await frames(1);
    const draw = log[drawsBefore];
    const frame = draw ? (draw.afterPaint ?? draw.end) - draw.start : 0;
    out.push({ busy: t1 - t0 + frame, twoFrames: t2 - t0, sync: t1 - t0, frame });
  }
  return out;
}
/**
 * "Re-run layout" as its button runs it: from the current positions, in the layout worker; resolves
 * with the time until the new positions are drawn (the animation to them included).
 */
export async function timeRerun(): Promise<number> {
  const hook = window.__explorer;
  if (!hook) throw new Error('no ?e2e hook');
  const t0 = performance.now();
  await hook.explorer.runLayout('rerun');
  return performance.now() - t0;
}

/** Selects an actor as a canvas tap does; resolves when its pane heading is painted. */
export async function timeSelection(id: string): Promise<number> {
  const hook = window.__explorer;
  if (!hook) throw new Error('no ?e2e hook');
  await new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r())));
  const t0 = performance.now();
  hook.explorer.canvasTap({ kind: 'actor', id }, false);
  const selector = `[data-pane-heading][data-pane-for="${CSS.escape(id)}"]`;
  const visible = (): boolean => {
    const el = document.querySelector(selector);
    if (!el) return false;
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0;
  };
  await new Promise<void>((resolve) => {
    if (visible()) {
      resolve();
      return;
    }
    const observer = new MutationObserver(() => {
      if (!visible()) return;
      observer.disconnect();
      resolve();
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true });
  });
  // Then until it is painted: the next frame's rendering, then a message after it.
  await new Promise<void>((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(0);
    }),
  );
  const ms = performance.now() - t0;
  hook.explorer.clearSelection();
  return ms;
}

/** Starts watching an import: marks `import-start` when the file input changes; samples responsiveness and progress. */
export function armImportProbe(): void {
  const probe: ImportProbe = { ticks: 0, shownTicks: 0, maxGap: 0, last: 0, timer: 0 };
  window.__importProbe = probe;
  document.addEventListener(
    'change',
    (event) => {
      if (!(event.target instanceof HTMLInputElement) || event.target.type !== 'file') return;
      probe.start = performance.now();
      performance.mark('import-start');
      probe.last = probe.start;
      probe.timer = window.setInterval(() => {
        const start = performance.getEntriesByName('import-start')[0]?.startTime ?? 0;
        if (performance.getEntriesByName('final-picture').some((m) => m.startTime > start)) {
          clearInterval(probe.timer); // the wait is over
          return;
        }
        const now = performance.now();
        if (now - probe.last > probe.maxGap) {
          probe.maxGap = now - probe.last;
          probe.maxGapAt = now - start;
        }
        probe.last = now;
        probe.ticks++;
        // What is on screen, not the state: the import panel's status ("Reading…", "Validating…",
        // "Preparing 20,000 actors…"), the progress line over the canvas ("Laying out 1,667 actors…",
        // "Drawing 1,667 actors…"), or the toolbar's "Laying out…".
        const status = document.querySelector('#tool-import [role="status"]')?.textContent ?? '';
        const overCanvas = document.querySelector('[data-testid="canvas-progress"]')?.textContent ?? '';
        if (
          /Reading|Validating|Preparing|Laying out/i.test(status) ||
          overCanvas.trim() !== '' ||
          /Laying out/.test(document.querySelector('.toolbar')?.textContent ?? '')
        )
          probe.shownTicks++;
      }, 10);
    },
    { capture: true, once: true },
  );
}

export interface ImportSample {
  readonly ms: number;
  readonly longestTask: number;
  /** Longest gap between 10 ms timer ticks: how long the page could not answer. */
  readonly maxGap: number;
  readonly maxGapAt: number;
  /** Share of the wait with a progress indication on screen (import status or "Laying out…"). */
  readonly progressShown: number;
  readonly nodes: number;
  readonly edges: number;
}

/** True once a `final-picture` mark follows `import-start`. */
export function importDone(): boolean {
  const start = performance.getEntriesByName('import-start')[0];
  if (!start) return false;
  return performance.getEntriesByName('final-picture').some((m) => m.startTime > start.startTime);
}

export function readImport(): ImportSample {
  const probe = window.__importProbe;
  const start = performance.getEntriesByName('import-start')[0];
  if (!probe || !start) throw new Error('import probe not armed');
  const end = performance.getEntriesByName('final-picture').find((m) => m.startTime > start.startTime);
  if (!end) throw new Error('no final picture after the import');
  clearInterval(probe.timer);
  const tasks = (window.__longTasks ?? []).filter((t) => t.start + t.duration >= start.startTime && t.start <= end.startTime);
  const detail = (end as PerformanceMark).detail as { nodes?: number; edges?: number } | null;
  return {
    ms: end.startTime - start.startTime,
    longestTask: tasks.reduce((m, t) => Math.max(m, t.duration), 0),
    maxGap: probe.maxGap,
    maxGapAt: probe.maxGapAt ?? 0,
    progressShown: probe.ticks > 0 ? probe.shownTicks / probe.ticks : 0,
    nodes: detail?.nodes ?? 0,
    edges: detail?.edges ?? 0,
  };
}
