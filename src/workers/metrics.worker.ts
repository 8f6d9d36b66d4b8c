/**
 * The metrics worker: degree and betweenness for a large graph (betweenness is O(actors ×
 * relations): about a third of a second at 1,700 actors on a slow machine), off the main thread.
 * It gets the graph's structure only, answers once, and is terminated by the client.
 */
import { MultiDirectedGraph } from 'graphology';
import type { ActorGraph } from '../model/graph';
import { protectIndexes } from '../model/safe-graph';
import { computeActorMetrics } from '../model/metrics';
import type { MetricsRequestMessage, MetricsResponseMessage } from '../metrics-client';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.addEventListener('message', (event: MessageEvent<MetricsRequestMessage>) => {
  const { nodes, edges } = event.data;
  let message: MetricsResponseMessage;
  try {
    const graph = protectIndexes(new MultiDirectedGraph());
    for (const node of nodes) graph.addNode(node);
    edges.forEach(([source, target], i) => graph.addEdgeWithKey(String(i), source, target));
    message = { ok: true, metrics: new Map(computeActorMetrics(graph as unknown as ActorGraph)) };
  } catch (error) {
    message = { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  scope.postMessage(message);
});
