/**
 * The import worker: reads, parses and validates an imported file off the main thread, so a large
 * or hostile file cannot freeze the page. One request per worker; the client terminates it after
 * the answer. The protocol and the work itself are in src/model/import-protocol.ts; a large graph
 * is posted in chunks (src/model/import-chunks.ts), so no one message takes the page long to read.
 */
import { splitForPosting } from '../model/import-chunks';
import { handleImportRequest, type ImportRequestMessage, type ImportResponseMessage } from '../model/import-protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.addEventListener('message', (event: MessageEvent<ImportRequestMessage>) => {
  if (event.data.type !== 'import' && event.data.type !== 'layout') return;
  void handleImportRequest(event.data, (message: ImportResponseMessage) => {
    for (const part of splitForPosting(message)) scope.postMessage(part);
  });
});
