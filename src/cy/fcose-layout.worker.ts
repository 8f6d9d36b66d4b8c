/**
 * The layout worker: Cytoscape headless with fcose and the overlap pass (run-layout.ts), off the
 * main thread, so laying out an imported graph of thousands of elements never freezes the page.
 * It loads its code as soon as it starts and answers one request at a time; the client keeps it
 * for the next layout. Started for an import (the Import panel opened), it is first asked to warm
 * up: one throwaway layout while the user picks a file, so the real one runs compiled code.
 */
// Bundled into the worker itself (loadFcose's dynamic import then finds it loaded): one file, no waterfall.
import 'cytoscape-fcose';
import { loadFcose } from './fcose';
import type { LayoutRequestMessage, LayoutResponseMessage } from './layout-protocol';
import { computeLayout, warmUpLayout } from './run-layout';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: LayoutResponseMessage): void => scope.postMessage(message);

/** The work in order: loading fcose, then each message's (a warm-up, a layout) after the one before. */
let queue: Promise<unknown> = loadFcose().then(() => post({ type: 'ready' }));

scope.addEventListener('message', (event: MessageEvent<LayoutRequestMessage>) => {
  const request = event.data;
  if (request.type === 'warm-up') {
    queue = queue.then(() => warmUpLayout()).catch(() => undefined);
    return;
  }
  if (request.type !== 'layout') return;
  queue = queue
    .then(() => computeLayout(request.elements, request.purpose, request.seed, (stage) => post({ type: 'stage', id: request.id, stage })))
    .then(
      (result) => post({ type: 'done', id: request.id, result }),
      (error: unknown) => post({ type: 'failed', id: request.id, message: error instanceof Error ? error.message : String(error) }),
    );
});
