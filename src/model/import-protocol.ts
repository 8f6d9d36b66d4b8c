/**
 * The messages between the main thread and the import worker, and the work the worker does.
 * Parsing and validating a file of many megabytes takes long enough to freeze a page, so it runs
 * in src/workers/import.worker.ts; the worker answers with the problems, or with the graph in
 * graphology's serialization (node x/y carrying the file's positions), which the main thread
 * rebuilds with graphFromTrustedSerialization: validation is never run twice. A request carries one
 * file (our JSON, another tool's JSON, GEXF, CSV) or a nodes and an edges CSV chosen together
 * (import-formats/dispatch.ts picks the reader); a 'layout' request reads only a file's positions.
 *
 * The main thread imports only the *types* of this module (`import type`), so zod and the
 * validator stay in the worker's bundle.
 */
import type { SerializedGraph } from './interchange';
import type { Problem } from './problems';
import { readImportFiles, readLayoutFile, type ImportFormat, type LayoutOutcome } from './import-formats/dispatch';

export type { ImportFormat, LayoutOutcome };
export type ImportStage = 'reading' | 'validating';

export interface ImportRequestFile {
  readonly file: Blob;
  readonly fileName: string;
}

/** Main thread -> worker. A File is structured-cloneable; the worker reads it itself. */
export interface ImportRequestMessage {
  /** 'import': the files become the new graph; 'layout': only the positions of one GEXF or JSON file are read. */
  readonly type: 'import' | 'layout';
  readonly file: Blob;
  readonly fileName: string;
  /** A second file chosen with the first (a nodes and an edges CSV). */
  readonly more?: readonly ImportRequestFile[];
}

export type ImportOutcome =
  | {
      readonly ok: true;
      /** graphology serialization; node x/y are the file's positions when every node has one. */
      readonly serialized: SerializedGraph;
      readonly format: ImportFormat;
      /** Decisions the import made for the user, to show beside the imported graph (empty when none). */
      readonly notices: readonly string[];
    }
  | { readonly ok: false; readonly problems: readonly Problem[] };

/** Worker -> main thread. */
export type ImportResponseMessage =
  | { readonly type: 'progress'; readonly stage: ImportStage }
  | { readonly type: 'done'; readonly outcome: ImportOutcome }
  /** The answer to a 'layout' request: the file's positions (y down), or its problems. */
  | { readonly type: 'layout'; readonly outcome: LayoutOutcome }
  /** Something unexpected (the file could not be read, a bug): not a problem with the data. */
  | { readonly type: 'failed'; readonly message: string };

/** Validates a file's text; what the worker runs, exported so it is tested without a worker. */
export function processImport(fileName: string, text: string, more: readonly { readonly name: string; readonly text: string }[] = []): ImportOutcome {
  return readImportFiles([{ name: fileName, text }, ...more]);
}

/** Reads the file(s) and validates them, reporting each stage through `post`. Never throws. */
export async function handleImportRequest(request: ImportRequestMessage, post: (message: ImportResponseMessage) => void): Promise<void> {
  try {
    post({ type: 'progress', stage: 'reading' });
    const text = await request.file.text();
    const more = await Promise.all((request.more ?? []).map(async (f) => ({ name: f.fileName, text: await f.file.text() })));
    post({ type: 'progress', stage: 'validating' });
    if (request.type === 'layout') post({ type: 'layout', outcome: readLayoutFile({ name: request.fileName, text }) });
    else post({ type: 'done', outcome: processImport(request.fileName, text, more) });
  } catch (error) {
    post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
}
