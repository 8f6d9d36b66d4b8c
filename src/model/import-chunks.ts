/**
 * An imported graph crosses from the import worker to the page in pieces (issue 18): a message is
 * deserialized on the receiving thread in one task, and at 20,000 actors and 40,000 relations the
 * whole serialization in one message was a task of half a second or more on the page. The worker
 * sends the nodes and edges a few thousand at a time (`splitForPosting`), each its own message and
 * so its own task, then the answer without them; the page puts them back (`ChunkAssembler`).
 */
import type { ImportResponseMessage } from './import-protocol';
import type { SerializedGraph } from './serialization';

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

/** Collects chunks and puts them back into the 'done' message that follows them. */
export class ChunkAssembler {
  #nodes: SerializedGraph['nodes'] = [];
  #edges: SerializedGraph['edges'] = [];

  add(chunk: ImportChunkMessage): void {
    for (const node of chunk.nodes) this.#nodes.push(node);
    for (const edge of chunk.edges) this.#edges.push(edge);
  }

  /** `message` with the chunks received before it put back (unchanged when there were none). */
  complete(message: ImportResponseMessage): ImportResponseMessage {
    if (message.type !== 'done' || !message.outcome.ok || (this.#nodes.length === 0 && this.#edges.length === 0)) return message;
    const { serialized } = message.outcome;
    const whole = { ...serialized, nodes: [...this.#nodes, ...serialized.nodes], edges: [...this.#edges, ...serialized.edges] };
    this.#nodes = [];
    this.#edges = [];
    return { type: 'done', outcome: { ...message.outcome, serialized: whole } };
  }
}
