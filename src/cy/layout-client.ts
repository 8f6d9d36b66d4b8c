/**
 * The main thread's side of a layout: sends the element definitions to the layout worker
 * (fcose-layout.worker.ts) and resolves with the positions, reporting the worker's stages on the
 * way. One worker is kept for the page and started early (prepareLayoutWorker, when the Import
 * panel opens), so its code is loaded, and warmed up by a throwaway layout, by the time a file comes. An import that needs a layout
 * starts it as soon as the file is validated (layoutAhead), before the page has taken the new graph
 * in; the canvas's request for the same elements then joins that run. Where workers do not exist
 * (tests), the same procedure runs here.
 */
import type { ElementDefinition } from 'cytoscape';
import type { CyElements } from '../view/elements';
import type { LayoutPurpose } from './layout-options';
import type { LayoutRequestMessage, LayoutResponseMessage } from './layout-protocol';
import type { LayoutResult, LayoutStage } from './run-layout';

let worker: Worker | undefined;
let nextId = 1;
const pending = new Map<number, { resolve: (r: LayoutResult) => void; reject: (e: Error) => void; onStage?: ((s: LayoutStage) => void) | undefined }>();

function failAll(message: string): void {
  for (const { reject } of pending.values()) reject(new Error(message));
  pending.clear();
  worker?.terminate();
  worker = undefined;
}

function startWorker(): Worker {
  if (worker) return worker;
  const created = new Worker(new URL('./fcose-layout.worker.ts', import.meta.url), { type: 'module', name: 'layout' });
  created.addEventListener('message', (event: MessageEvent<LayoutResponseMessage>) => {
    const message = event.data;
    if (message.type === 'ready') return;
    const waiting = pending.get(message.id);
    if (!waiting) return;
    if (message.type === 'stage') {
      waiting.onStage?.(message.stage);
      return;
    }
    pending.delete(message.id);
    if (message.type === 'done') waiting.resolve(message.result);
    else waiting.reject(new Error(message.message));
  });
  created.addEventListener('error', (event: ErrorEvent) => {
    event.preventDefault();
    failAll(`the layout worker stopped: ${event.message || 'unknown error'}`);
  });
  created.addEventListener('messageerror', () => failAll("the layout worker's answer was unreadable"));
  worker = created;
  return created;
}

/** A layout started ahead of the canvas's request (see layoutAhead). */
interface AheadRun {
  readonly key: string;
  readonly result: Promise<LayoutResult>;
  readonly listeners: Set<(stage: LayoutStage) => void>;
  lastStage?: LayoutStage;
}
let ahead: AheadRun | undefined;

function keyOf(elements: readonly ElementDefinition[], purpose: LayoutPurpose, seed: number | undefined): string {
  return `${purpose}|${seed ?? ''}|${elements.map((e) => String(e.data.id)).join('\n')}`;
}

/** The definitions a layout of a new graph (no positions yet) is run on: the canvas and layoutAhead send the same. */
export function layoutDefinitions(elements: CyElements): ElementDefinition[] {
  return [...elements.nodes, ...elements.edges].map((d) => ({ group: d.group, data: { ...d.data } }) as ElementDefinition);
}

/**
 * Starts laying these elements out now, for a canvas that will ask for exactly this layout soon (an
 * imported graph without positions: the page still has to take the graph in). Only the latest is kept.
 */
export function layoutAhead(elements: readonly ElementDefinition[], purpose: LayoutPurpose, seed?: number): void {
  if (typeof Worker === 'undefined') return;
  const listeners = new Set<(stage: LayoutStage) => void>();
  const run: AheadRun = {
    key: keyOf(elements, purpose, seed),
    listeners,
    result: request(elements, purpose, seed, (stage) => {
      run.lastStage = stage;
      for (const listener of listeners) listener(stage);
    }),
  };
  run.result.catch(() => undefined); // reported to whoever joins it
  ahead = run;
}

/**
 * Starts the layout worker now (it loads Cytoscape and fcose) and has it warm up with a throwaway
 * layout, so an import's layout that follows starts at once and runs compiled code.
 */
export function prepareLayoutWorker(): void {
  if (typeof Worker === 'undefined' || worker) return;
  const warmUp: LayoutRequestMessage = { type: 'warm-up' };
  startWorker().postMessage(warmUp);
}

/** Lays out the elements off the main thread (on it only where there are no workers). */
export async function layoutOffThread(
  elements: readonly ElementDefinition[],
  purpose: LayoutPurpose,
  seed?: number,
  onStage?: (stage: LayoutStage) => void,
): Promise<LayoutResult> {
  if (typeof Worker === 'undefined') {
    const { computeLayout } = await import('./run-layout');
    return computeLayout(elements, purpose, seed, onStage);
  }
  const key = keyOf(elements, purpose, seed);
  const run = ahead;
  if (run?.key === key) {
    ahead = undefined;
    if (onStage) {
      if (run.lastStage) onStage(run.lastStage);
      run.listeners.add(onStage);
    }
    return run.result;
  }
  return request(elements, purpose, seed, onStage);
}

function request(
  elements: readonly ElementDefinition[],
  purpose: LayoutPurpose,
  seed: number | undefined,
  onStage: ((stage: LayoutStage) => void) | undefined,
): Promise<LayoutResult> {
  const id = nextId++;
  const target = startWorker();
  return new Promise<LayoutResult>((resolve, reject) => {
    pending.set(id, { resolve, reject, onStage });
    const message: LayoutRequestMessage = { type: 'layout', id, elements, purpose, seed };
    target.postMessage(message);
  });
}
