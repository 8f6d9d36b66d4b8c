/**
 * The cases fuzzing found (tests/fuzz, issue 18), kept as fixtures in tests/fixtures/fuzz/: each
 * once threw, polluted Object.prototype or was refused in a library's own words. Each must now be
 * read without throwing, without touching any prototype, and refused with a named problem.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readImportFiles } from '../../src/model/import-formats/dispatch';
import type { Problem } from '../../src/model/problems';

const fixture = (name: string) => ({ name, text: readFileSync(resolve(import.meta.dirname, '../fixtures/fuzz', name), 'utf8') });

function inheritedKeys(): string[] {
  const keys: string[] = [];
  for (const key in {}) keys.push(key);
  return keys;
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

  it('"__proto__" as a node id is refused in GEXF, CSV and JSON before graphology sees it', () => {
    expect(refused([fixture('gexf-proto-target.gexf')])).toEqual([
      expect.objectContaining({ name: 'SchemaError', field: 'id', message: expect.stringMatching(/__proto__/) }),
    ]);
    expect(refused([{ name: 'e.csv', text: 'Source,Target\n__proto__,b\n' }])[0]).toMatchObject({ item: 'row 2', field: 'id' });
    const json = '{"nodes": [{"key": "__proto__"}, {"key": "b"}], "edges": [{"source": "b", "target": "__proto__"}]}';
    expect(refused([{ name: 'sigma.json', text: json }])[0]).toMatchObject({ item: 'nodes[0] "__proto__"', field: 'id' });
  });

  it('two GEXF edges with one id are refused in plain words', () => {
    expect(refused([fixture('gexf-duplicate-edge-id.gexf')])).toEqual([
      { name: 'DuplicateIdError', file: 'gexf-duplicate-edge-id.gexf', item: 'edge "e"', field: 'id', message: 'another edge has this id' },
    ]);
  });

  it('a GEXF node named like a JavaScript property is refused saying so, not as malformed XML', () => {
    const text = '<gexf><graph><nodes><node id="constructor"/><node id="b"/></nodes><edges><edge source="b" target="constructor"/></edges></graph></gexf>';
    expect(refused([{ name: 'n.gexf', text }])[0]!.message).toMatch(/cannot hold a node or edge called "constructor"/);
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
