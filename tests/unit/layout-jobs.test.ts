/**
 * Layout jobs that always end (issue 18, defect 2 and Build item 1): a layout that throws is caught,
 * said in plain words and never retried on its own; a job superseded by a new graph, the built-in
 * data or another layout is cancelled (worker terminated, started again for the next job); a job past
 * its time limit is stopped. Timings are never measured: the clock is Vitest's fake timers.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ElementDefinition } from 'cytoscape';
import { Explorer } from '../../src/state/explorer.svelte';
import type { CanvasPort } from '../../src/view/canvas-port';
import type { Positions } from '../../src/model/interchange';
import { LayoutService, type LayoutWorker } from '../../src/cy/layout-client';
import type { LayoutRequestMessage, LayoutResponseMessage } from '../../src/cy/layout-protocol';
import { fallbackPositions, layoutFailureText } from '../../src/layout/jobs';
import { buildElements } from '../../src/view/elements';
import { fixtureGraph } from '../fixtures/explorer';

/** A canvas whose layouts are settled by the test. */
function controlledCanvas() {
  const runs: { purpose: string; resolve: (p: Positions) => void; reject: (e: Error) => void }[] = [];
  const canvas = {
    reveal: () => undefined,
    fit: () => undefined,
    animateTo: () => undefined,
    runLayout: vi.fn(
      (purpose: 'fresh' | 'rerun') =>
        new Promise<Positions>((resolve, reject) => {
          runs.push({ purpose, resolve, reject });
        }),
    ),
    cancelLayout: vi.fn(() => {
      for (const run of runs.splice(0)) run.reject(Object.assign(new Error('the layout was cancelled'), { name: 'LayoutCancelled' }));
    }),
  } satisfies CanvasPort;
  return { canvas, runs };
}

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

describe('a layout that fails', () => {
  it('is caught, said in plain words, drawn on a grid, and not retried until "Try again"', async () => {
    const explorer = new Explorer({ graph: fixtureGraph(), positions: undefined });
    const { canvas, runs } = controlledCanvas();
    explorer.attachCanvas(canvas);
    expect(explorer.needsLayout).toBe(true);
    const running = explorer.runLayout('fresh');
    runs[0]!.reject(new TypeError("Cannot read properties of undefined (reading 'getNodes')"));
    await expect(running).resolves.toBeUndefined();
    expect(explorer.layoutFailure).toBe("Could not lay out: Cannot read properties of undefined (reading 'getNodes')");
    expect(explorer.layoutBusy).toBe(false);
    // The canvas asks for a layout whenever one is needed and none runs: it is not needed any more.
    expect(explorer.needsLayout).toBe(false);
    expect(explorer.currentPositions()).toEqual(fallbackPositions(explorer.elements.nodes));
    // Even asked again for a fresh layout of this graph, nothing runs on its own.
    await explorer.runLayout('fresh');
    await explorer.runLayout('fresh');
    expect(canvas.runLayout).toHaveBeenCalledTimes(1);
    // "Try again" runs the same layout once more, and clears the message while it runs.
    const again = explorer.retryLayout();
    expect(canvas.runLayout).toHaveBeenCalledTimes(2);
    expect(canvas.runLayout).toHaveBeenLastCalledWith('fresh');
    expect(explorer.layoutFailure).toBe('');
    runs[1]!.resolve({ trump: { x: 1, y: 2 } });
    await again;
    expect(explorer.layoutFailure).toBe('');
    expect(explorer.currentPositions()!.trump).toEqual({ x: 1, y: 2 });
  });

  it('a failed re-run keeps the positions the graph had', async () => {
    const positions = fallbackPositions(buildElements(fixtureGraph()).nodes);
    const explorer = new Explorer({ graph: fixtureGraph(), positions });
    const { canvas, runs } = controlledCanvas();
    explorer.attachCanvas(canvas);
    const running = explorer.runLayout('rerun');
    runs[0]!.reject(new Error('boom'));
    await running;
    expect(explorer.layoutFailure).toBe('Could not lay out: boom');
    expect(explorer.currentPositions()).toEqual(positions);
  });

  it('quotes at most a short reason', () => {
    expect(layoutFailureText(new Error('x'.repeat(10_000))).length).toBeLessThan(200);
    expect(layoutFailureText(new Error(''))).toBe('Could not lay out: the layout stopped without saying why');
  });
});

describe('a layout superseded', () => {
  it('by the built-in data is cancelled, and "Re-run layout" works again at once', async () => {
    const explorer = new Explorer({ graph: fixtureGraph(), positions: fallbackPositions(buildElements(fixtureGraph()).nodes) });
    const { canvas, runs } = controlledCanvas();
    explorer.attachCanvas(canvas);
    explorer.replaceGraph(fixtureGraph(), undefined);
    const stuck = explorer.runLayout('fresh');
    expect(explorer.layoutBusy).toBe(true);
    explorer.restoreBuiltin();
    expect(canvas.cancelLayout).toHaveBeenCalledTimes(1);
    expect(explorer.layoutBusy).toBe(false);
    await stuck;
    // The cancellation is no failure.
    expect(explorer.layoutFailure).toBe('');
    const rerun = explorer.runLayout('rerun');
    expect(canvas.runLayout).toHaveBeenCalledTimes(2);
    expect(explorer.layoutBusy).toBe(true);
    runs[0]!.resolve({ trump: { x: 5, y: 5 } });
    await rerun;
    expect(explorer.layoutBusy).toBe(false);
    expect(explorer.currentPositions()!.trump).toEqual({ x: 5, y: 5 });
  });

  it('by a new import is cancelled, and the new graph gets its own layout', async () => {
    const explorer = new Explorer({ graph: fixtureGraph(), positions: undefined });
    const { canvas, runs } = controlledCanvas();
    explorer.attachCanvas(canvas);
    const first = explorer.runLayout('fresh');
    const next = fixtureGraph();
    explorer.replaceGraph(next, undefined);
    expect(canvas.cancelLayout).toHaveBeenCalledTimes(1);
    expect(explorer.layoutBusy).toBe(false);
    expect(explorer.needsLayout).toBe(true);
    const second = explorer.runLayout('fresh');
    runs[0]!.resolve({ trump: { x: 7, y: 7 } });
    await Promise.all([first, second]);
    expect(explorer.graph).toBe(next);
    expect(explorer.needsLayout).toBe(false);
    expect(explorer.currentPositions()!.trump).toEqual({ x: 7, y: 7 });
  });

  it('by another layout is cancelled', async () => {
    const explorer = new Explorer({ graph: fixtureGraph(), positions: fallbackPositions(buildElements(fixtureGraph()).nodes) });
    const { canvas, runs } = controlledCanvas();
    explorer.attachCanvas(canvas);
    const first = explorer.runLayout('rerun');
    const second = explorer.runLayout('rerun');
    expect(canvas.cancelLayout).toHaveBeenCalledTimes(1);
    runs[0]!.resolve({ trump: { x: 3, y: 3 } });
    await Promise.all([first, second]);
    expect(explorer.layoutBusy).toBe(false);
    expect(explorer.layoutFailure).toBe('');
  });
});

/** A layout worker the test answers for. */
class FakeWorker {
  readonly posted: LayoutRequestMessage[] = [];
  terminated = false;
  readonly #listeners = new Map<string, ((event: unknown) => void)[]>();
  postMessage(message: LayoutRequestMessage): void {
    this.posted.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
  addEventListener(type: string, listener: (event: never) => void): void {
    this.#listeners.set(type, [...(this.#listeners.get(type) ?? []), listener as (event: unknown) => void]);
  }
  answer(message: LayoutResponseMessage): void {
    for (const listener of this.#listeners.get('message') ?? []) listener({ data: message });
  }
  lastLayoutId(): number {
    const last = this.posted.findLast((m) => m.type === 'layout');
    if (last?.type !== 'layout') throw new Error('no layout posted');
    return last.id;
  }
}

function serviceWithFakes(): { service: LayoutService; workers: FakeWorker[] } {
  const workers: FakeWorker[] = [];
  const service = new LayoutService({
    createWorker: () => {
      const w = new FakeWorker();
      workers.push(w);
      return w as unknown as LayoutWorker;
    },
    timeLimitMs: 60_000,
  });
  return { service, workers };
}

const DEFINITIONS: ElementDefinition[] = [{ group: 'nodes', data: { id: 'a' } }];
const DONE = (id: number): LayoutResponseMessage => ({ type: 'done', id, result: { positions: { a: { x: 1, y: 1 } }, box: { w: 1, h: 1 } } });

describe('the layout service', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('stops a job at its time limit: the worker is terminated and the page told why', async () => {
    vi.useFakeTimers();
    const { service, workers } = serviceWithFakes();
    const job = service.layout(DEFINITIONS, 'rerun');
    const outcome = job.then(
      () => 'resolved',
      (error: Error) => error,
    );
    await vi.advanceTimersByTimeAsync(59_999);
    expect(workers[0]!.terminated).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    const error = await outcome;
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).name).toBe('LayoutTimedOut');
    expect(layoutFailureText(error)).toBe('Could not lay out: it took longer than 60 seconds and was stopped');
    expect(workers[0]!.terminated).toBe(true);
    // The next job gets a fresh worker, and its answer counts.
    const next = service.layout(DEFINITIONS, 'rerun');
    expect(workers).toHaveLength(2);
    workers[1]!.answer(DONE(workers[1]!.lastLayoutId()));
    await expect(next).resolves.toMatchObject({ positions: { a: { x: 1, y: 1 } } });
  });

  it('a job that answers in time has no time limit left running', async () => {
    vi.useFakeTimers();
    const { service, workers } = serviceWithFakes();
    const job = service.layout(DEFINITIONS, 'rerun');
    workers[0]!.answer(DONE(workers[0]!.lastLayoutId()));
    await expect(job).resolves.toBeDefined();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('cancels the jobs in flight: they reject as cancelled, the worker is terminated and started again', async () => {
    const { service, workers } = serviceWithFakes();
    const job = service.layout(DEFINITIONS, 'rerun');
    service.cancel();
    await expect(job).rejects.toMatchObject({ name: 'LayoutCancelled' });
    expect(workers[0]!.terminated).toBe(true);
    // A late answer from the terminated worker is ignored; the next job runs in a new worker.
    const next = service.layout(DEFINITIONS, 'rerun');
    workers[0]!.answer(DONE(1));
    workers[1]!.answer(DONE(workers[1]!.lastLayoutId()));
    await expect(next).resolves.toBeDefined();
  });

  it('keeps the layout started ahead for the import that superseded the others, and sends it to the new worker', async () => {
    const { service, workers } = serviceWithFakes();
    const stuck = service.layout(DEFINITIONS, 'rerun');
    const elements = buildElements(fixtureGraph());
    service.layAhead(elements);
    service.cancel();
    await expect(stuck).rejects.toMatchObject({ name: 'LayoutCancelled' });
    expect(workers).toHaveLength(2);
    const resent = workers[1]!.posted.find((m) => m.type === 'layout');
    expect(resent?.type === 'layout' && resent.purpose).toBe('fresh');
    const joined = service.layout(service.definitionsOf(elements), 'fresh');
    workers[1]!.answer(DONE(workers[1]!.lastLayoutId()));
    await expect(joined).resolves.toBeDefined();
  });

  it('a layout that fails in the worker rejects its job with the reason', async () => {
    const { service, workers } = serviceWithFakes();
    const job = service.layout(DEFINITIONS, 'rerun');
    await settle();
    const listeners = workers[0]!;
    (listeners as unknown as { answer(m: unknown): void }).answer({ type: 'failed', id: listeners.lastLayoutId(), message: 'fcose threw' });
    await expect(job).rejects.toThrow('fcose threw');
  });
});
