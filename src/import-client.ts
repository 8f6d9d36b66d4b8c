/**
 * The main thread's side of importing a file: refuse it by size first (import-guard), then let
 * the import worker read and validate it, and rebuild the graph from the worker's serialization.
 * Never throws and never touches the current graph: the caller replaces it only on `ok: true`.
 *
 * The workers are started as soon as this module loads (the Import panel opened, or a file dragged
 * over the window): the import worker loads the validator while the user picks a file, and the
 * layout worker (an imported graph usually comes without positions) loads Cytoscape and fcose and
 * warms up with a throwaway layout. A graph without positions is sent to the layout worker as soon as
 * it is validated (the page's LayoutService, cy/layout-client.ts: layAhead), before the page takes it in;
 * the canvas's layout request for the same graph joins that run. Several files chosen together (a nodes
 * and an edges CSV) go to the worker in one request; "Apply layout from file" asks it for positions only.
 */
import { graphFromTrustedSerialization, type Positions } from './model/serialization';
import type { ActorGraph } from './model/graph';
import type { Problem } from './model/problems';
import { checkImportSize } from './model/import-guard';
import { ChunkAssembler, type ImportChunkMessage } from './model/import-chunks';
import type { ImportFormat, ImportOutcome, ImportRequestMessage, ImportResponseMessage, ImportStage, LayoutOutcome } from './model/import-protocol';
import { pageLayouts } from './cy/layout-client';
import { elementsOf, WARM_UP_FROM } from './state/derivations';

/** An import worker started ahead of the first file (its code loaded), used by the next import. */
let spare: Worker | undefined;

function startImportWorker(): Worker {
  return new Worker(new URL('./workers/import.worker.ts', import.meta.url), { type: 'module' });
}

/** Starts the workers an import will need, so picking a file does not wait for their code. */
export function prepareImport(): void {
  if (typeof Worker === 'undefined') return;
  spare ??= startImportWorker();
  pageLayouts().prepare();
}

prepareImport();

export type ClientImportResult =
  | {
      readonly ok: true;
      readonly graph: ActorGraph;
      readonly positions: Positions | undefined;
      readonly fileName: string;
      readonly format: ImportFormat;
      /** What the reader assumed to take the file in (an older export's claims read as "supports"). */
      readonly notices: readonly string[];
    }
  | {
      readonly ok: false;
      readonly fileName: string;
      /** Problems in the data, each naming file, item and field; empty when the file was refused as a whole. */
      readonly problems: readonly Problem[];
      /** Set when the file was refused or could not be read at all (too large, empty, unreadable). */
      readonly message?: string;
    };

export interface ImportClientOptions {
  /** Called as the worker reaches each stage. */
  readonly onProgress?: (stage: ImportStage) => void;
  /** Stops waiting and terminates the worker; the promise then resolves with a "cancelled" message. */
  readonly signal?: AbortSignal;
}

function toResult(fileName: string, outcome: ImportOutcome, chunks?: ChunkAssembler): ClientImportResult {
  if (!outcome.ok) return { ok: false, fileName, problems: outcome.problems };
  // (A large graph was built as its chunks arrived: this adds what the answer itself carries.)
  const { graph, positions } = chunks ? chunks.complete(outcome.serialized) : graphFromTrustedSerialization(outcome.serialized);
  // No positions: the canvas will ask for a fresh layout of exactly these elements. Start it now,
  // in the layout worker, while the page takes the new graph in (about a fifth of a second at 1,000
  // elements); the canvas's request then joins it.
  // (In a task of its own, queued before the page takes the graph in; for a large graph, building
  // the elements and posting them are a task each, about a tenth of a second each at 20,000
  // actors: the graph's derivations are computed ahead over several tasks (replaceGraphInSteps),
  // so the request still reaches the worker before the canvas asks for the layout.)
  if (!positions && typeof Worker !== 'undefined') {
    setTimeout(() => {
      const start = performance.now();
      const elements = elementsOf(graph, undefined, new Set());
      performance.measure('layout ahead: elements', { start, end: performance.now() });
      const post = (): void => {
        const posted = performance.now();
        pageLayouts().layAhead(elements);
        performance.measure('layout ahead: request', { start: posted, end: performance.now() });
      };
      if (graph.order + graph.size >= WARM_UP_FROM) setTimeout(post, 0);
      else post();
    }, 0);
  }
  return { ok: true, graph, positions, fileName, format: outcome.format, notices: outcome.notices };
}

const failed = (fileName: string, message: string): ClientImportResult => ({ ok: false, fileName, problems: [], message });

export type ClientLayoutResult =
  | { readonly ok: true; readonly fileName: string; readonly positions: Positions }
  | { readonly ok: false; readonly fileName: string; readonly problems: readonly Problem[]; readonly message?: string };

type WorkerAnswer = { readonly done: ImportOutcome; readonly chunks?: ChunkAssembler } | { readonly layout: LayoutOutcome } | { readonly message: string };

/** Runs one request in an import worker (on the main thread where workers do not exist); never rejects. */
async function runRequest(request: ImportRequestMessage, options: ImportClientOptions): Promise<WorkerAnswer> {
  const name = request.fileName;
  if (typeof Worker === 'undefined') {
    // No workers (an old browser or a test environment): validate here, behind the size limit.
    const { handleImportRequest } = await import('./model/import-protocol');
    let answer: WorkerAnswer = { message: `“${name}” could not be read: the file could not be read` };
    await handleImportRequest(request, (m) => {
      if (m.type === 'progress') options.onProgress?.(m.stage);
      else if (m.type === 'done') answer = { done: m.outcome };
      else if (m.type === 'layout') answer = { layout: m.outcome };
      else answer = { message: `“${name}” could not be read: ${m.message}` };
    });
    return answer;
  }
  const worker = spare ?? startImportWorker();
  spare = undefined;
  return new Promise<WorkerAnswer>((resolve) => {
    let settled = false;
    const finish = (answer: WorkerAnswer): void => {
      if (settled) return;
      settled = true;
      worker.terminate();
      options.signal?.removeEventListener('abort', onAbort);
      resolve(answer);
    };
    const onAbort = (): void => finish({ message: `Importing “${name}” was cancelled.` });
    options.signal?.addEventListener('abort', onAbort, { once: true });
    // A large graph comes in chunks, each its own message (and task), before its 'done': the
    // graph is built a chunk at a time as they arrive.
    const chunks = new ChunkAssembler();
    worker.addEventListener('message', (event: MessageEvent<ImportResponseMessage | ImportChunkMessage>) => {
      const message = event.data;
      if (message.type === 'chunk') {
        try {
          chunks.add(message);
        } catch (error) {
          finish({ message: `“${name}” could not be loaded: ${error instanceof Error ? error.message : String(error)}` });
        }
        return;
      }
      if (message.type === 'progress') options.onProgress?.(message.stage);
      else if (message.type === 'done') finish({ done: message.outcome, chunks });
      else if (message.type === 'layout') finish({ layout: message.outcome });
      else finish({ message: `“${name}” could not be read: ${message.message}` });
    });
    worker.addEventListener('error', (event: ErrorEvent) => {
      event.preventDefault();
      finish({ message: `“${name}” could not be read: ${event.message || 'the import worker stopped'}` });
    });
    worker.addEventListener('messageerror', () => finish({ message: `“${name}” could not be read: the import worker's answer was unreadable` }));
    worker.postMessage(request);
  });
}

/** Refuses by size (each file), or returns the request to send. */
function requestFor(type: 'import' | 'layout', files: readonly File[]): ImportRequestMessage | string {
  for (const file of files) {
    const size = checkImportSize(file);
    if (!size.ok) return size.message;
  }
  const [first, ...more] = files;
  if (!first) return 'No file was chosen.';
  return { type, file: first, fileName: first.name, more: more.map((f) => ({ file: f, fileName: f.name })) };
}

/**
 * Validates the chosen files in a worker: one file, or a nodes and an edges CSV chosen together.
 * The result is named after all of them ("nodes.csv + edges.csv").
 */
export async function importFilesOffThread(files: readonly File[], options: ImportClientOptions = {}): Promise<ClientImportResult> {
  const fileName = files.map((f) => f.name).join(' + ');
  pageLayouts().prepare();
  const request = requestFor('import', files);
  if (typeof request === 'string') return failed(fileName, request);
  if (options.signal?.aborted) return failed(fileName, `Importing “${fileName}” was cancelled.`);
  const answer = await runRequest(request, options);
  if (!('done' in answer)) return failed(fileName, 'message' in answer ? answer.message : `“${fileName}” could not be read.`);
  try {
    const result = toResult(fileName, answer.done, answer.chunks);
    // The page takes the new graph in (Svelte's update, the canvas's staging) in a task of its
    // own: at 5,000 elements, rebuilding the graph here and that update are each long enough.
    await new Promise((resolve) => setTimeout(resolve, 0));
    return result;
  } catch (error) {
    return failed(fileName, `“${fileName}” could not be loaded: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Validates `file` in a worker (on the main thread only where workers do not exist). */
export function importFileOffThread(file: File, options: ImportClientOptions = {}): Promise<ClientImportResult> {
  return importFilesOffThread([file], options);
}

/** Reads only the positions of a GEXF or graphology JSON file, in a worker ("Apply layout from file"). */
export async function readLayoutOffThread(file: File, options: ImportClientOptions = {}): Promise<ClientLayoutResult> {
  const fileName = file.name;
  const request = requestFor('layout', [file]);
  if (typeof request === 'string') return { ok: false, fileName, problems: [], message: request };
  const answer = await runRequest(request, options);
  if ('layout' in answer)
    return answer.layout.ok ? { ok: true, fileName, positions: answer.layout.positions } : { ok: false, fileName, problems: answer.layout.problems };
  return { ok: false, fileName, problems: [], message: 'message' in answer ? answer.message : `“${fileName}” could not be read.` };
}
