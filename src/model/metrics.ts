/**
 * Actor metrics for the node pane: degree (how many relations an actor takes part in, in and out)
 * and betweenness centrality (how often it lies on the shortest paths between other actors).
 * Betweenness is computed by graphology-metrics on the undirected simple projection of the graph:
 * a relation links two actors whichever way it points, and ten parallel relations between the
 * same pair are still one link, so an actor's brokerage is not inflated by how many articles or
 * events a single tie has. Values are normalised (0..1) and ranked, so the pane can say "3rd of 41".
 */
import Graph from 'graphology';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import type { ActorGraph } from './graph';
import { protectIndexes } from './safe-graph';

export interface ActorMetrics {
  /** Relations the actor takes part in (parallel relations count one by one). */
  readonly degree: number;
  readonly inDegree: number;
  readonly outDegree: number;
  /** Distinct actors it has a relation with. */
  readonly neighbours: number;
  /** Normalised betweenness on the undirected simple projection, 0..1. */
  readonly betweenness: number;
  /** 1 for the highest betweenness; ties share a rank. */
  readonly betweennessRank: number;
}

const BETWEENNESS = 'betweenness';

/** The undirected graph with at most one link per pair of actors (membership is not a link). */
export function simpleProjection(graph: ActorGraph): Graph {
  const simple = protectIndexes(new Graph({ type: 'undirected', multi: false, allowSelfLoops: false }));
  graph.forEachNode((node) => simple.addNode(node));
  graph.forEachEdge((_edge, _attributes, source, target) => {
    if (source !== target && !simple.hasEdge(source, target)) simple.addEdge(source, target);
  });
  return simple;
}

export function computeActorMetrics(graph: ActorGraph): ReadonlyMap<string, ActorMetrics> {
  const simple = simpleProjection(graph);
  // Kept by actor id in a Map, never a plain object: an actor called "constructor" must not read
  // Object.prototype.constructor as its betweenness (a tiny graph computes none at all).
  const betweenness = new Map<string, number>();
  if (simple.order > 2) {
    betweennessCentrality.assign(simple, { normalized: true, getEdgeWeight: null, nodeCentralityAttribute: BETWEENNESS });
    simple.forEachNode((node, attributes) => betweenness.set(node, Number(attributes[BETWEENNESS]) || 0));
  }
  const values = graph.mapNodes((node) => betweenness.get(node) ?? 0);
  const sorted = [...values].sort((a, b) => b - a);
  const rankOf = (value: number): number => sorted.findIndex((v) => v <= value + 1e-12) + 1;
  const metrics = new Map<string, ActorMetrics>();
  graph.forEachNode((node) => {
    const value = betweenness.get(node) ?? 0;
    metrics.set(node, {
      degree: graph.degree(node),
      inDegree: graph.inDegree(node),
      outDegree: graph.outDegree(node),
      neighbours: simple.degree(node),
      betweenness: value,
      betweennessRank: rankOf(value),
    });
  });
  return metrics;
}
