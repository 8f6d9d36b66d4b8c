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
 * the canvas's layout request for the same graph joins that run.
 */
import { graphFromTrustedSerialization, type Positions } from './model/serialization';
import type { ActorGraph } from './model/graph';
import type { Problem } from './model/problems';
import { checkImportSize } from './model/import-guard';
import type { ImportOutcome, ImportRequestMessage, ImportResponseMessage, ImportStage } from './model/import-protocol';
import { pageLayouts } from './cy/layout-client';
import { buildElements } from './view/elements';

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
      readonly format: 'graphology' | 'authored';
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

function toResult(fileName: string, outcome: ImportOutcome): ClientImportResult {
  if (!outcome.ok) return { ok: false, fileName, problems: outcome.problems };
  const { graph, positions } = graphFromTrustedSerialization(outcome.serialized);
  // No positions: the canvas will ask for a fresh layout of exactly these elements. Start it now,
  // in the layout worker, while the page takes the new graph in (about a fifth of a second at 1,000
  // elements); the canvas's request then joins it.
  if (!positions && typeof Worker !== 'undefined') pageLayouts().layAhead(buildElements(graph));
  return { ok: true, graph, positions, fileName, format: outcome.format, notices: outcome.notices };
}

const failed = (fileName: string, message: string): ClientImportResult => ({ ok: false, fileName, problems: [], message });

/** Validates `file` in a worker (on the main thread only where workers do not exist). */
export async function importFileOffThread(file: File, options: ImportClientOptions = {}): Promise<ClientImportResult> {
  const fileName = file.name;
  pageLayouts().prepare();
  const size = checkImportSize(file);
  if (!size.ok) return failed(fileName, size.message);
  if (options.signal?.aborted) return failed(fileName, `Importing “${fileName}” was cancelled.`);

  if (typeof Worker === 'undefined') {
    // No workers (an old browser or a test environment): validate here, behind the size limit.
    const { handleImportRequest } = await import('./model/import-protocol');
    let outcome: ImportOutcome | undefined;
    let message = 'the file could not be read';
    await handleImportRequest({ type: 'import', file, fileName }, (m) => {
      if (m.type === 'progress') options.onProgress?.(m.stage);
      else if (m.type === 'done') outcome = m.outcome;
      else message = m.message;
    });
    return outcome ? toResult(fileName, outcome) : failed(fileName, `“${fileName}” could not be read: ${message}`);
  }

  const worker = spare ?? startImportWorker();
  spare = undefined;
  return new Promise<ClientImportResult>((resolve) => {
    let settled = false;
    const finish = (result: ClientImportResult): void => {
      if (settled) return;
      settled = true;
      worker.terminate();
      options.signal?.removeEventListener('abort', onAbort);
      resolve(result);
    };
    const onAbort = (): void => finish(failed(fileName, `Importing “${fileName}” was cancelled.`));
    options.signal?.addEventListener('abort', onAbort, { once: true });
    worker.addEventListener('message', (event: MessageEvent<ImportResponseMessage>) => {
      const message = event.data;
      if (message.type === 'progress') options.onProgress?.(message.stage);
      else if (message.type === 'done') {
        let result: ClientImportResult;
        try {
          result = toResult(fileName, message.outcome);
        } catch (error) {
          result = failed(fileName, `“${fileName}” could not be loaded: ${error instanceof Error ? error.message : String(error)}`);
        }
        // The page takes the new graph in (Svelte's update, the canvas's staging) in a task of its
        // own: at 5,000 elements, rebuilding the graph here and that update are each long enough.
        setTimeout(() => finish(result), 0);
      } else finish(failed(fileName, `“${fileName}” could not be read: ${message.message}`));
    });
    worker.addEventListener('error', (event: ErrorEvent) => {
      event.preventDefault();
      finish(failed(fileName, `“${fileName}” could not be read: ${event.message || 'the import worker stopped'}`));
    });
    worker.addEventListener('messageerror', () => finish(failed(fileName, `“${fileName}” could not be read: the import worker's answer was unreadable`)));
    const request: ImportRequestMessage = { type: 'import', file, fileName };
    worker.postMessage(request);
  });
}
