/**
 * The messages between the main thread and the import worker, and the work the worker does.
 * Parsing and validating a file of many megabytes takes long enough to freeze a page, so it runs
 * in src/workers/import.worker.ts; the worker answers with the problems, or with the graph in
 * graphology's serialization (node x/y carrying the file's positions), which the main thread
 * rebuilds with graphFromTrustedSerialization: validation is never run twice.
 *
 * The main thread imports only the *types* of this module (`import type`), so zod and the
 * validator stay in the worker's bundle.
 */
import { exportGraph, importGraphFile, type SerializedGraph } from './interchange';
import type { Problem } from './problems';

export type ImportStage = 'reading' | 'validating';

/** Main thread -> worker. A File is structured-cloneable; the worker reads it itself. */
export interface ImportRequestMessage {
  readonly type: 'import';
  readonly file: Blob;
  readonly fileName: string;
}

export type ImportOutcome =
  | {
      readonly ok: true;
      /** graphology serialization; node x/y are the file's positions when every node has one. */
      readonly serialized: SerializedGraph;
      readonly format: 'graphology' | 'authored';
      /** Decisions the import made for the user, to show beside the imported graph (empty when none). */
      readonly notices: readonly string[];
    }
  | { readonly ok: false; readonly problems: readonly Problem[] };

/** Worker -> main thread. */
export type ImportResponseMessage =
  | { readonly type: 'progress'; readonly stage: ImportStage }
  | { readonly type: 'done'; readonly outcome: ImportOutcome }
  /** Something unexpected (the file could not be read, a bug): not a problem with the data. */
  | { readonly type: 'failed'; readonly message: string };

/** Validates a file's text; what the worker runs, exported so it is tested without a worker. */
export function processImport(fileName: string, text: string): ImportOutcome {
  const result = importGraphFile({ path: fileName, text: text.startsWith('\uFEFF') ? text.slice(1) : text });
  if (!result.ok) return { ok: false, problems: result.problems };
  const { graph, positions, format, notices } = result.imported;
  return { ok: true, serialized: exportGraph(graph, positions), format, notices };
}

/** Reads the file and validates it, reporting each stage through `post`. Never throws. */
export async function handleImportRequest(request: ImportRequestMessage, post: (message: ImportResponseMessage) => void): Promise<void> {
  try {
    post({ type: 'progress', stage: 'reading' });
    const text = await request.file.text();
    post({ type: 'progress', stage: 'validating' });
    post({ type: 'done', outcome: processImport(request.fileName, text) });
  } catch (error) {
    post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
}
