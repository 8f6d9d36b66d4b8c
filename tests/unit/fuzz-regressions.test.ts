/**
 * The cases fuzzing found (tests/fuzz, issue 18), kept as fixtures in tests/fixtures/fuzz/: each
 * once threw, polluted Object.prototype or was refused in a library's own words. Each must now be
 * read without throwing and without touching any prototype: refused with a named problem, or (ids
 * named like JavaScript properties, since graphology's indexes are protected) read as ordinary ids.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readImportFiles } from '../../src/model/import-formats/dispatch';
import type { Problem } from '../../src/model/problems';
import { graphFromTrustedSerialization, type SerializedGraph } from '../../src/model/serialization';

const fixture = (name: string) => ({ name, text: readFileSync(resolve(import.meta.dirname, '../fixtures/fuzz', name), 'utf8') });

function inheritedKeys(): string[] {
  const keys: string[] = [];
  for (const key in {}) keys.push(key);
  return keys;
}

function accepted(files: { name: string; text: string }[]): SerializedGraph {
  const outcome = readImportFiles(files);
  expect(inheritedKeys()).toEqual([]);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
  return outcome.serialized;
}

function refused(files: { name: string; text: string }[]): readonly Problem[] {
  const outcome = readImportFiles(files);
  expect(inheritedKeys()).toEqual([]);
  if (outcome.ok) throw new Error('accepted');
  return outcome.problems;
}

describe('cases found by fuzzing', () => {
  it('a GEXF character reference beyond U+10FFFF does not throw: the file is refused with its edge named', () => {
    // The XML parser reads the reference its own way, the id check another: the edge names no declared node.
    expect(refused([fixture('gexf-invalid-code-point.gexf')])).toEqual([
      expect.objectContaining({ name: 'DanglingReferenceError', file: 'gexf-invalid-code-point.gexf', item: 'edges[0] "e"', field: 'source' }),
    ]);
  });

  it('"__proto__" as a node id is an ordinary id in GEXF, CSV and JSON: read, built, nothing written onto Object.prototype', () => {
    const json = '{"nodes": [{"key": "__proto__"}, {"key": "b"}], "edges": [{"source": "b", "target": "__proto__"}]}';
    // The fuzzed file's edge names a node it never declares: refused for that, and nothing polluted.
    expect(refused([fixture('gexf-proto-target.gexf')])).toEqual([
      expect.objectContaining({ name: 'DanglingReferenceError', item: 'edges[1] "3"', field: 'target', message: 'names no node: "__proto__"' }),
    ]);
    // (Two edges between the two: the parser used to copy the graph into an unprotected one here.)
    const gexf =
      '<gexf><graph><nodes><node id="__proto__"/><node id="b"/></nodes><edges><edge source="b" target="__proto__"/><edge source="__proto__" target="b"/></edges></graph></gexf>';
    for (const file of [
      { name: 'p.gexf', text: gexf },
      { name: 'e.csv', text: 'Source,Target\n__proto__,b\n' },
      { name: 'sigma.json', text: json },
    ]) {
      const { graph } = graphFromTrustedSerialization(accepted([file]));
      expect(graph.hasNode('__proto__'), file.name).toBe(true);
      expect(graph.degree('__proto__'), file.name).toBeGreaterThan(0);
      expect(inheritedKeys()).toEqual([]);
    }
  });

  it('two GEXF edges with one id are refused in plain words', () => {
    expect(refused([fixture('gexf-duplicate-edge-id.gexf')])).toEqual([
      { name: 'DuplicateIdError', file: 'gexf-duplicate-edge-id.gexf', item: 'edge "e"', field: 'id', message: 'another edge has this id' },
    ]);
  });

  it('a GEXF node named like a JavaScript property is an ordinary node', () => {
    const text = '<gexf><graph><nodes><node id="constructor"/><node id="b"/></nodes><edges><edge source="b" target="constructor"/></edges></graph></gexf>';
    const { graph } = graphFromTrustedSerialization(accepted([{ name: 'n.gexf', text }]));
    expect(graph.inNeighbors('constructor')).toEqual(['b']);
  });

  it('a CSV kind, type or direction called "__proto__" or "constructor" is an unknown word, not Object.prototype', () => {
    const outcome = readImportFiles([fixture('kind-proto.nodes.csv'), fixture('kind-proto.edges.csv')]);
    expect(inheritedKeys()).toEqual([]);
    if (!outcome.ok) throw new Error(outcome.problems.map((p) => p.message).join('\n'));
    expect(outcome.serialized.nodes[0]!.attributes.kind).toBe('organisation');
    const edges = readImportFiles([{ name: 'e.csv', text: 'Source,Target,Type,Direction\na,b,__proto__,constructor\n' }]);
    if (!edges.ok) throw new Error('refused');
    expect(edges.serialized.edges[0]!.attributes.direction).toBe('directed');
  });
});
