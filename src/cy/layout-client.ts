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
 */
import type { ElementDefinition } from 'cytoscape';
import type { LayoutPurpose } from '../layout/purpose';
import { LAYOUT_SEED } from '../layout/seeds';
import type { ViewElements } from '../view/elements';
import type { LayoutRequestMessage, LayoutResponseMessage } from './layout-protocol';
import type { LayoutResult, LayoutStage } from './run-layout';

type OnStage = (stage: LayoutStage) => void;

interface InFlight {
  readonly resolve: (r: LayoutResult) => void;
  readonly reject: (e: Error) => void;
  readonly onStage: OnStage | undefined;
}

/** A layout started ahead of the canvas's request (see layAhead). */
interface AheadRun {
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

export class LayoutService {
  #worker: Worker | undefined;
  #nextId = 1;
  readonly #inFlight = new Map<number, InFlight>();
  #ahead: AheadRun | undefined;

  /** The definitions a layout of a new graph (no positions yet) is run on. */
  definitionsOf(elements: ViewElements): ElementDefinition[] {
    return [...elements.nodes, ...elements.edges].map((d) => ({ group: d.group, data: { ...d.data } }));
  }

  /**
   * Starts the layout worker now (it loads Cytoscape and fcose) and has it warm up with a throwaway
   * layout, so an import's layout that follows starts at once and runs compiled code.
   */
  prepare(): void {
    if (typeof Worker === 'undefined' || this.#worker) return;
    const warmUp: LayoutRequestMessage = { type: 'warm-up' };
    this.#startWorker().postMessage(warmUp);
  }

  /**
   * Starts the fresh layout of a new graph now, for a canvas that will ask for exactly this layout
   * soon (an imported graph without positions: the page still has to take the graph in). Only the
   * latest is kept.
   */
  layAhead(elements: ViewElements): void {
    if (typeof Worker === 'undefined') return;
    const definitions = this.definitionsOf(elements);
    const listeners = new Set<OnStage>();
    const run: AheadRun = {
      key: keyOf(definitions, 'fresh'),
      listeners,
      result: this.#request(definitions, 'fresh', (stage) => {
        run.lastStage = stage;
        for (const listener of listeners) listener(stage);
      }),
    };
    run.result.catch(() => undefined); // reported to whoever joins it
    this.#ahead = run;
  }

  /** Lays out the elements off the main thread (on it only where there are no workers), joining a run started ahead for them. */
  async layout(elements: readonly ElementDefinition[], purpose: LayoutPurpose, onStage?: OnStage): Promise<LayoutResult> {
    if (typeof Worker === 'undefined') {
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
    return this.#request(elements, purpose, onStage);
  }

  #request(elements: readonly ElementDefinition[], purpose: LayoutPurpose, onStage: OnStage | undefined): Promise<LayoutResult> {
    const id = this.#nextId++;
    const target = this.#startWorker();
    return new Promise<LayoutResult>((resolve, reject) => {
      this.#inFlight.set(id, { resolve, reject, onStage });
      const message: LayoutRequestMessage = { type: 'layout', id, elements, purpose, seed: seedFor(purpose) };
      target.postMessage(message);
    });
  }

  #failAll(message: string): void {
    for (const { reject } of this.#inFlight.values()) reject(new Error(message));
    this.#inFlight.clear();
    this.#worker?.terminate();
    this.#worker = undefined;
  }

  #answer(message: LayoutResponseMessage): void {
    if (message.type === 'ready') return;
    const waiting = this.#inFlight.get(message.id);
    if (!waiting) return;
    if (message.type === 'stage') {
      waiting.onStage?.(message.stage);
      return;
    }
    this.#inFlight.delete(message.id);
    if (message.type === 'done') waiting.resolve(message.result);
    else waiting.reject(new Error(message.message));
  }

  #startWorker(): Worker {
    if (this.#worker) return this.#worker;
    const created = new Worker(new URL('./fcose-layout.worker.ts', import.meta.url), { type: 'module', name: 'layout' });
    created.addEventListener('message', (event: MessageEvent<LayoutResponseMessage>) => this.#answer(event.data));
    created.addEventListener('error', (event: ErrorEvent) => {
      event.preventDefault();
      this.#failAll(`the layout worker stopped: ${event.message || 'unknown error'}`);
    });
    created.addEventListener('messageerror', () => this.#failAll("the layout worker's answer was unreadable"));
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
