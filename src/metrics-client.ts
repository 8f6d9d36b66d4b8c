/**
 * Actor metrics (src/model/metrics.ts) for the explorer state, computed where they do not block
 * the page: here for a small graph (the built-in one takes a few milliseconds; a worker would take
 * longer to start), in a worker (src/workers/metrics.worker.ts) for a large imported one.
 */
import type { ActorGraph } from './model/graph';
import { computeActorMetrics, type ActorMetrics } from './model/metrics';

/** Main thread -> worker: the graph's structure (metrics need no attributes). */
export interface MetricsRequestMessage {
  readonly nodes: readonly string[];
  readonly edges: readonly (readonly [string, string])[];
}

/** Worker -> main thread. */
export type MetricsResponseMessage =
  { readonly ok: true; readonly metrics: ReadonlyMap<string, ActorMetrics> } | { readonly ok: false; readonly message: string };

/** Above this many actors the metrics are computed in a worker. */
export const METRICS_WORKER_MIN_ACTORS = 150;

export async function computeMetrics(graph: ActorGraph): Promise<ReadonlyMap<string, ActorMetrics>> {
  if (graph.order < METRICS_WORKER_MIN_ACTORS || typeof Worker === 'undefined') return computeActorMetrics(graph);
  const request: MetricsRequestMessage = { nodes: graph.nodes(), edges: graph.mapEdges((_e, _a, source, target) => [source, target] as const) };
  const worker = new Worker(new URL('./workers/metrics.worker.ts', import.meta.url), { type: 'module', name: 'metrics' });
  try {
    return await new Promise<ReadonlyMap<string, ActorMetrics>>((resolve, reject) => {
      worker.addEventListener('message', (event: MessageEvent<MetricsResponseMessage>) => {
        const answer = event.data;
        if (answer.ok) resolve(answer.metrics);
        else reject(new Error(`metrics: ${answer.message}`));
      });
      worker.addEventListener('error', (event: ErrorEvent) => {
        event.preventDefault();
        reject(new Error(`metrics: the worker stopped: ${event.message || 'unknown error'}`));
      });
      worker.postMessage(request);
    });
  } finally {
    worker.terminate();
  }
}
