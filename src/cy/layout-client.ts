/**
 * The main thread's side of a layout: the page's LayoutService sends element definitions to the
 * layout worker (fcose-layout.worker.ts) and resolves with the positions, reporting the worker's
 * stages on the way. It owns everything a layout keeps between calls: the one worker of the page
 * (started early, when the Import panel opens, so its code is loaded and warmed up by a throwaway
 * layout by the time a file comes), the requests in flight, and a layout started ahead for an
 * import (`layAhead`, called by import-client.ts as soon as a file is validated, before the page
 * has taken the new graph in). The canvas's request for the same elements (`layout`, called by
 * canvas-layout.ts) then joins that run. Both sides build the request the same way here
 * (definitionsOf, the seed of a fresh layout), so they agree by construction. Where workers do not
 * exist (tests), the same procedure runs on this thread.
 *
 * Every job ends (issue 18): it has a time limit (LAYOUT_TIME_LIMIT_MS), after which its worker is
 * terminated and the job rejected with LayoutTimedOut; `cancel` rejects the jobs in flight with
 * LayoutCancelled (the page's new import, the built-in data or another layout superseded them) and
 * terminates the worker too, since a worker runs one layout at a time and cannot be interrupted.
 * Jobs that were not stopped (a layout started ahead for the import that superseded the others)
 * are sent again to a fresh worker.
 */
import type { ElementDefinition } from 'cytoscape';
import type { LayoutPurpose } from '../layout/purpose';
import { LAYOUT_SEED } from '../layout/seeds';
import { LAYOUT_TIME_LIMIT_MS, LayoutCancelled, LayoutTimedOut } from '../layout/jobs';
import type { ViewElements } from '../view/elements';
import type { LayoutRequestMessage, LayoutResponseMessage } from './layout-protocol';
import type { LayoutResult, LayoutStage } from './run-layout';

type OnStage = (stage: LayoutStage) => void;

/** What the service needs of a worker (tests hand it a fake). */
export type LayoutWorker = Pick<Worker, 'postMessage' | 'terminate' | 'addEventListener'>;

export interface LayoutServiceOptions {
  /** Starts a layout worker; by default fcose-layout.worker.ts, where workers exist. */
  readonly createWorker?: () => LayoutWorker;
  readonly timeLimitMs?: number;
  /** The clock for the time limit (tests pass fake timers). */
  readonly setTimer?: (run: () => void, ms: number) => unknown;
  readonly clearTimer?: (timer: unknown) => void;
}

interface InFlight {
  readonly resolve: (r: LayoutResult) => void;
  readonly reject: (e: Error) => void;
  readonly onStage: OnStage | undefined;
  /** Kept to send it again to a fresh worker when another job is stopped (see #stop). */
  readonly message: LayoutRequestMessage;
  readonly timer: unknown;
}

/** A layout started ahead of the canvas's request (see layAhead). */
interface AheadRun {
  readonly id: number;
  readonly key: string;
  readonly result: Promise<LayoutResult>;
  readonly listeners: Set<OnStage>;
  lastStage?: LayoutStage;
}

/** A fresh layout is seeded, so a graph without positions looks the same on every reload. */
const seedFor = (purpose: LayoutPurpose): number | undefined => (purpose === 'rerun' ? undefined : LAYOUT_SEED);

function keyOf(elements: readonly ElementDefinition[], purpose: LayoutPurpose): string {
  return `${purpose}|${seedFor(purpose) ?? ''}|${elements.map((e) => String(e.data.id)).join('\n')}`;
}

const pageWorker = (): LayoutWorker => new Worker(new URL('./fcose-layout.worker.ts', import.meta.url), { type: 'module', name: 'layout' });

export class LayoutService {
  #worker: LayoutWorker | undefined;
  #nextId = 1;
  readonly #inFlight = new Map<number, InFlight>();
  #ahead: AheadRun | undefined;
  readonly #createWorker: (() => LayoutWorker) | undefined;
  readonly #timeLimitMs: number;
  readonly #setTimer: (run: () => void, ms: number) => unknown;
  readonly #clearTimer: (timer: unknown) => void;

  constructor(options: LayoutServiceOptions = {}) {
    this.#createWorker = options.createWorker ?? (typeof Worker === 'undefined' ? undefined : pageWorker);
    this.#timeLimitMs = options.timeLimitMs ?? LAYOUT_TIME_LIMIT_MS;
    this.#setTimer = options.setTimer ?? ((run, ms) => setTimeout(run, ms));
    this.#clearTimer = options.clearTimer ?? ((timer) => clearTimeout(timer as ReturnType<typeof setTimeout>));
  }

  /** The definitions a layout of a new graph (no positions yet) is run on. */
  definitionsOf(elements: ViewElements): ElementDefinition[] {
    return [...elements.nodes, ...elements.edges].map((d) => ({ group: d.group, data: { ...d.data } }));
  }

  /**
   * Starts the layout worker now (it loads Cytoscape and fcose) and has it warm up with a throwaway
   * layout, so an import's layout that follows starts at once and runs compiled code.
   */
  prepare(): void {
    if (!this.#createWorker || this.#worker) return;
    const warmUp: LayoutRequestMessage = { type: 'warm-up' };
    this.#startWorker().postMessage(warmUp);
  }

  /**
   * Starts the fresh layout of a new graph now, for a canvas that will ask for exactly this layout
   * soon (an imported graph without positions: the page still has to take the graph in). Only the
   * latest is kept: an earlier one nobody joined is cancelled.
   */
  layAhead(elements: ViewElements): void {
    if (!this.#createWorker) return;
    if (this.#ahead) this.#stop([this.#ahead.id], new LayoutCancelled());
    const definitions = this.definitionsOf(elements);
    const listeners = new Set<OnStage>();
    const { id, result } = this.#request(definitions, 'fresh', (stage) => {
      run.lastStage = stage;
      for (const listener of listeners) listener(stage);
    });
    const run: AheadRun = { id, key: keyOf(definitions, 'fresh'), listeners, result };
    run.result.catch(() => undefined); // reported to whoever joins it
    this.#ahead = run;
  }

  /** Lays out the elements off the main thread (on it only where there are no workers), joining a run started ahead for them. */
  async layout(elements: readonly ElementDefinition[], purpose: LayoutPurpose, onStage?: OnStage): Promise<LayoutResult> {
    if (!this.#createWorker) {
      const { computeLayout } = await import('./run-layout');
      return computeLayout(elements, purpose, seedFor(purpose), onStage);
    }
    const run = this.#ahead;
    if (run?.key === keyOf(elements, purpose)) {
      this.#ahead = undefined;
      if (onStage) {
        if (run.lastStage) onStage(run.lastStage);
        run.listeners.add(onStage);
      }
      return run.result;
    }
    return this.#request(elements, purpose, onStage).result;
  }

  /**
   * Cancels every layout in flight (they reject with LayoutCancelled) except one started ahead for
   * an import that nobody has joined yet: the import that superseded them is its graph.
   */
  cancel(): void {
    const ids = [...this.#inFlight.keys()].filter((id) => id !== this.#ahead?.id);
    if (ids.length > 0) this.#stop(ids, new LayoutCancelled());
  }

  #request(elements: readonly ElementDefinition[], purpose: LayoutPurpose, onStage: OnStage | undefined): { id: number; result: Promise<LayoutResult> } {
    const id = this.#nextId++;
    const target = this.#startWorker();
    const message: LayoutRequestMessage = { type: 'layout', id, elements, purpose, seed: seedFor(purpose) };
    const result = new Promise<LayoutResult>((resolve, reject) => {
      const timer = this.#setTimer(() => this.#stop([id], new LayoutTimedOut(this.#timeLimitMs)), this.#timeLimitMs);
      this.#inFlight.set(id, { resolve, reject, onStage, message, timer });
      target.postMessage(message);
    });
    return { id, result };
  }

  /**
   * Rejects these jobs with `error` and terminates the worker (the only way to stop a layout that
   * is running); the other jobs in flight are sent to a fresh worker.
   */
  #stop(ids: readonly number[], error: Error): void {
    for (const id of ids) {
      const job = this.#inFlight.get(id);
      if (!job) continue;
      this.#inFlight.delete(id);
      this.#clearTimer(job.timer);
      if (this.#ahead?.id === id) this.#ahead = undefined;
      job.reject(error);
    }
    this.#worker?.terminate();
    this.#worker = undefined;
    if (this.#inFlight.size === 0) return;
    const fresh = this.#startWorker();
    for (const job of this.#inFlight.values()) fresh.postMessage(job.message);
  }

  #failAll(message: string): void {
    this.#stop([...this.#inFlight.keys()], new Error(message));
  }

  #answer(from: LayoutWorker, message: LayoutResponseMessage): void {
    // A terminated worker's last answers (already on their way) are not for the jobs sent again.
    if (from !== this.#worker || message.type === 'ready') return;
    const waiting = this.#inFlight.get(message.id);
    if (!waiting) return;
    if (message.type === 'stage') {
      waiting.onStage?.(message.stage);
      return;
    }
    this.#inFlight.delete(message.id);
    this.#clearTimer(waiting.timer);
    if (message.type === 'done') waiting.resolve(message.result);
    else waiting.reject(new Error(message.message));
  }

  #startWorker(): LayoutWorker {
    if (this.#worker) return this.#worker;
    const created = this.#createWorker!();
    created.addEventListener('message', (event: MessageEvent<LayoutResponseMessage>) => this.#answer(created, event.data));
    created.addEventListener('error', (event: ErrorEvent) => {
      event.preventDefault();
      if (created === this.#worker) this.#failAll(`the layout worker stopped: ${event.message || 'unknown error'}`);
    });
    created.addEventListener('messageerror', () => {
      if (created === this.#worker) this.#failAll("the layout worker's answer was unreadable");
    });
    this.#worker = created;
    return created;
  }
}

let page: LayoutService | undefined;

/** The page's one LayoutService (one worker for the page), shared by the import client and the canvas. */
export function pageLayouts(): LayoutService {
  page ??= new LayoutService();
  return page;
}
