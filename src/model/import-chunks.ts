/**
 * An imported graph crosses from the import worker to the page in pieces (issue 18): a message is
 * deserialized on the receiving thread in one task, and at 20,000 actors and 40,000 relations the
 * whole serialization in one message was a task of half a second or more on the page. The worker
 * sends the nodes and edges a few thousand at a time (`splitForPosting`), each its own message and
 * so its own task, then the answer without them; the page builds the graph a chunk at a time as
 * they arrive (`ChunkAssembler`).
 */
import type { ImportResponseMessage } from './import-protocol';
import type { ActorGraph } from './graph';
import { TrustedGraphAssembler, type Positions, type SerializedGraph } from './serialization';

/** Nodes or edges per message. */
export const CHUNK_ITEMS = 2000;

/** A piece of the serialization of an accepted import, sent before its 'done' message. */
export interface ImportChunkMessage {
  readonly type: 'chunk';
  readonly nodes: SerializedGraph['nodes'];
  readonly edges: SerializedGraph['edges'];
}

/** The messages to post for `message`: a large accepted import as chunks and then its answer without them; anything else as it is. */
export function splitForPosting(message: ImportResponseMessage, size = CHUNK_ITEMS): (ImportResponseMessage | ImportChunkMessage)[] {
  if (message.type !== 'done' || !message.outcome.ok) return [message];
  const { serialized } = message.outcome;
  if (serialized.nodes.length + serialized.edges.length <= size) return [message];
  const chunks: ImportChunkMessage[] = [];
  for (let i = 0; i < serialized.nodes.length; i += size) chunks.push({ type: 'chunk', nodes: serialized.nodes.slice(i, i + size), edges: [] });
  for (let i = 0; i < serialized.edges.length; i += size) chunks.push({ type: 'chunk', nodes: [], edges: serialized.edges.slice(i, i + size) });
  return [...chunks, { type: 'done', outcome: { ...message.outcome, serialized: { ...serialized, nodes: [], edges: [] } } }];
}

/**
 * Builds the graph of an accepted import as its chunks arrive (each in its own task), and finishes
 * it with the 'done' answer that follows them (which may carry nodes and edges itself: a small
 * graph comes whole).
 */
export class ChunkAssembler {
  #graph: TrustedGraphAssembler | undefined;

  add(chunk: ImportChunkMessage): void {
    this.#graph ??= new TrustedGraphAssembler();
    this.#graph.addNodes(chunk.nodes);
    this.#graph.addEdges(chunk.edges);
  }

  /** The graph and positions of this accepted serialization, with the chunks received before it. */
  complete(serialized: SerializedGraph): { graph: ActorGraph; positions: Positions | undefined } {
    const graph = this.#graph ?? new TrustedGraphAssembler();
    this.#graph = undefined;
    graph.addNodes(serialized.nodes);
    graph.addEdges(serialized.edges);
    return graph.finish(serialized.attributes);
  }
}
