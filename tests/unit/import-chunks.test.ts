// A large accepted import crosses from the worker to the page in chunks of bounded size
// (src/model/import-chunks.ts), and the page builds, a chunk at a time, exactly the graph the worker sent.
import { describe, expect, it } from 'vitest';
import { ChunkAssembler, splitForPosting, type ImportChunkMessage } from '../../src/model/import-chunks';
import type { ImportResponseMessage } from '../../src/model/import-protocol';
import { graphFromTrustedSerialization, type SerializedGraph } from '../../src/model/serialization';

function graphOf(nodeCount: number, edgeCount: number): SerializedGraph {
  return {
    attributes: { title: 'T' },
    options: { type: 'directed', multi: true, allowSelfLoops: false },
    nodes: Array.from({ length: nodeCount }, (_, i) => ({ key: `n${i}`, attributes: { label: `N ${i}`, x: i, y: -i } })),
    edges: Array.from({ length: edgeCount }, (_, i) => ({ key: `e${i}`, source: `n${i % nodeCount}`, target: `n${(i + 1) % nodeCount}`, attributes: {} })),
  };
}

const done = (serialized: SerializedGraph): ImportResponseMessage => ({ type: 'done', outcome: { ok: true, serialized, format: 'graphology', notices: [] } });

describe('splitForPosting and ChunkAssembler', () => {
  it('send 20,000 nodes and 40,000 edges in chunks of at most 2,000 and put the same graph back, in order', () => {
    const serialized = graphOf(20_000, 40_000);
    const parts = splitForPosting(done(serialized));
    const chunks = parts.filter((p): p is ImportChunkMessage => p.type === 'chunk');
    expect(chunks.length).toBe(30);
    for (const chunk of chunks) expect(chunk.nodes.length + chunk.edges.length).toBeLessThanOrEqual(2000);
    const last = parts.at(-1)!;
    expect(last.type).toBe('done');
    // The answer itself carries no nodes or edges any more.
    expect(last.type === 'done' && last.outcome.ok && last.outcome.serialized.nodes.length + last.outcome.serialized.edges.length).toBe(0);

    // The page builds the graph a chunk at a time: the same graph and positions as from the whole.
    const assembler = new ChunkAssembler();
    let built: ReturnType<ChunkAssembler['complete']> | undefined;
    for (const part of parts) {
      if (part.type === 'chunk') assembler.add(part);
      else if (part.type === 'done' && part.outcome.ok) built = assembler.complete(part.outcome.serialized);
    }
    const whole = graphFromTrustedSerialization(serialized);
    expect(built!.graph.order).toBe(20_000);
    expect(built!.graph.size).toBe(40_000);
    expect(built!.graph.export()).toEqual(whole.graph.export());
    expect(built!.positions).toEqual(whole.positions);
    expect(built!.positions?.['n7']).toEqual({ x: 7, y: -7 });
  });

  it('leave small graphs, refusals and progress as they are', () => {
    const small = done(graphOf(10, 20));
    expect(splitForPosting(small)).toEqual([small]);
    const refused: ImportResponseMessage = { type: 'done', outcome: { ok: false, problems: [] } };
    expect(splitForPosting(refused)).toEqual([refused]);
    const progress: ImportResponseMessage = { type: 'progress', stage: 'validating' };
    expect(splitForPosting(progress)).toEqual([progress]);
    // A graph that came whole is built from the answer alone.
    expect(small.type === 'done' && small.outcome.ok && new ChunkAssembler().complete(small.outcome.serialized).graph.order).toBe(10);
  });
});
