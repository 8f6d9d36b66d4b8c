/**
 * Export -> import round trips, and every kind of bad input the issue names, through the same
 * functions the explorer uses: importGraphFile (what the worker runs), the worker protocol, the
 * size guard, the problem summary and the main-thread client.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { graphToDataset } from '../../src/model/graph';
import { exportGraph, graphFromTrustedSerialization, importGraphFile } from '../../src/model/interchange';
import type { Problem } from '../../src/model/problems';
import { checkImportSize, MAX_IMPORT_BYTES, problemLine, summarizeProblems } from '../../src/model/import-guard';
import { handleImportRequest, processImport, type ImportResponseMessage } from '../../src/model/import-protocol';
import { importFileOffThread } from '../../src/import-client';
import { readImportFiles } from '../../src/model/import-formats/dispatch';
import { CHINESE_LABEL, CYRILLIC_LABEL, IMG_LABEL, IMPORT_POSITIONS, SCRIPT_LABEL, SCRIPT_QUOTE, importGraph } from '../fixtures/import-dataset';

const fixture = (name: string) => ({ path: name, text: readFileSync(resolve(import.meta.dirname, '../fixtures', name), 'utf8') });

function problemsOf(file: { path: string; text: string }): readonly Problem[] {
  const result = importGraphFile(file);
  if (result.ok) throw new Error(`${file.path} was accepted`);
  return result.problems;
}

describe('export -> import round trip', () => {
  it('gives an identical graph and the same positions (graphology JSON)', () => {
    const graph = importGraph();
    const text = JSON.stringify(exportGraph(graph, IMPORT_POSITIONS), null, 2);
    const result = importGraphFile({ path: 'export.json', text });
    if (!result.ok) throw new Error(result.problems.map(problemLine).join('\n'));
    expect(result.imported.format).toBe('graphology');
    expect(result.imported.graph.export()).toEqual(graph.export());
    expect(result.imported.positions).toEqual(IMPORT_POSITIONS);
  });

  it('gives an identical graph through the worker protocol and the main-thread rebuild', () => {
    const graph = importGraph();
    const outcome = processImport('export.json', JSON.stringify(exportGraph(graph, IMPORT_POSITIONS)));
    if (!outcome.ok) throw new Error(outcome.problems.map(problemLine).join('\n'));
    // What crosses the thread boundary is structured-cloned.
    const rebuilt = graphFromTrustedSerialization(structuredClone(outcome.serialized));
    expect(rebuilt.graph.export()).toEqual(graph.export());
    expect(rebuilt.positions).toEqual(IMPORT_POSITIONS);
  });

  it('has no positions when the file carries none', () => {
    const outcome = processImport('export.json', JSON.stringify(exportGraph(importGraph())));
    if (!outcome.ok) throw new Error('refused');
    expect(graphFromTrustedSerialization(outcome.serialized).positions).toBeUndefined();
  });

  it('gives an identical graph from our authored one-file format', () => {
    const graph = importGraph();
    const result = importGraphFile({ path: 'bundle.json', text: JSON.stringify(graphToDataset(graph)) });
    if (!result.ok) throw new Error(result.problems.map(problemLine).join('\n'));
    expect(result.imported.format).toBe('authored');
    // The authored format has no title; everything else is the same.
    const expected = graph.export();
    expect(result.imported.graph.export()).toEqual({ ...expected, attributes: { ...expected.attributes, title: result.imported.graph.getAttribute('title') } });
  });

  it('reads the bytes of a file as UTF-8 (with or without a byte-order mark) in the worker', async () => {
    const text = JSON.stringify(exportGraph(importGraph()));
    for (const bytes of [new TextEncoder().encode(text), new TextEncoder().encode(`\uFEFF${text}`)]) {
      const messages: ImportResponseMessage[] = [];
      await handleImportRequest({ type: 'import', file: new Blob([bytes]), fileName: 'utf8.json' }, (m) => messages.push(m));
      expect(messages.map((m) => (m.type === 'progress' ? m.stage : m.type))).toEqual(['reading', 'validating', 'done']);
      const done = messages.at(-1);
      if (done?.type !== 'done' || !done.outcome.ok) throw new Error('not imported');
      const { graph } = graphFromTrustedSerialization(done.outcome.serialized);
      expect(graph.getNodeAttribute('lukashenka', 'label')).toBe(CYRILLIC_LABEL);
      expect(graph.getNodeAttribute('china', 'label')).toBe(CHINESE_LABEL);
    }
  });
});

describe('bad input is refused with every problem named', () => {
  it('malformed JSON', () => {
    const problems = problemsOf(fixture('import-malformed.json'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ name: 'ParseError', file: 'import-malformed.json' });
    expect(problems[0]!.message).toMatch(/^is not valid JSON/);
  });

  it('valid JSON of the wrong shape', () => {
    expect(problemsOf(fixture('import-wrong-shape.json'))).toEqual([
      expect.objectContaining({ name: 'SchemaError', file: 'import-wrong-shape.json', message: expect.stringMatching(/neither "nodes" and "edges"/) }),
    ]);
    for (const text of ['[1, 2, 3]', '"a string"', 'null', '42']) {
      expect(problemsOf({ path: 'x.json', text })[0]).toMatchObject({ name: 'SchemaError', message: expect.stringMatching(/must be a JSON object/) });
    }
    expect(problemsOf({ path: 'x.json', text: '{"nodes": 5, "edges": []}' })).toContainEqual(
      expect.objectContaining({ name: 'SchemaError', field: 'nodes', message: 'must be an array of nodes' }),
    );
    const badNode = problemsOf({ path: 'x.json', text: '{"attributes": {"sources": []}, "nodes": [{"key": "Not An Id", "attributes": {}}], "edges": []}' });
    expect(badNode).toContainEqual(expect.objectContaining({ name: 'SchemaError', item: 'nodes[0] "Not An Id"', field: 'key' }));
    expect(badNode).toContainEqual(expect.objectContaining({ name: 'SchemaError', item: 'nodes[0] "Not An Id"', field: 'attributes.kind' }));
  });

  it('a dangling reference', () => {
    expect(problemsOf(fixture('import-dangling.json'))).toEqual([
      {
        name: 'DanglingReferenceError',
        file: 'import-dangling.json',
        item: 'edges[0] "belarus--consult--nowhere"',
        field: 'to',
        message: 'no actor has the id "nowhere"',
      },
    ]);
  });

  it('a duplicate key', () => {
    expect(problemsOf(fixture('import-duplicate.json'))).toEqual([
      expect.objectContaining({ name: 'DuplicateIdError', item: 'nodes[1] "belarus"', field: 'id' }),
    ]);
  });

  it('an empty graph', () => {
    expect(problemsOf(fixture('import-empty.json'))).toEqual([expect.objectContaining({ name: 'EmptyDatasetError' })]);
    expect(problemsOf({ path: 'empty-bundle.json', text: '{"sources": [], "actors": [], "relations": []}' })).toEqual([
      expect.objectContaining({ name: 'EmptyDatasetError' }),
    ]);
  });

  it('a file over the documented limit, refused before it is read', async () => {
    expect(MAX_IMPORT_BYTES).toBe(25 * 1024 * 1024);
    const refused = checkImportSize({ name: 'huge.json', size: 50 * 1024 * 1024 });
    expect(refused).toEqual({
      ok: false,
      message:
        '“huge.json” is 50.0 MB; the explorer imports files of up to 25.0 MB. Export a smaller part of the graph, or remove what the graph does not need.',
    });
    expect(checkImportSize({ name: 'ok.json', size: MAX_IMPORT_BYTES })).toEqual({ ok: true });
    expect(checkImportSize({ name: 'none.json', size: 0 })).toMatchObject({ ok: false, message: expect.stringMatching(/is empty/) });

    const file = new File([new Uint8Array(50 * 1024 * 1024)], 'huge.json', { type: 'application/json' });
    const read = vi.spyOn(file, 'text');
    const result = await importFileOffThread(file);
    expect(result).toEqual({ ok: false, fileName: 'huge.json', problems: [], message: expect.stringContaining('is 50.0 MB') });
    expect(read).not.toHaveBeenCalled();
  });

  it('the client validates a small file where no worker exists, and never throws on bad input', async () => {
    const good = await importFileOffThread(new File([JSON.stringify(exportGraph(importGraph(), IMPORT_POSITIONS))], 'good.json'));
    if (!good.ok) throw new Error('refused');
    expect(good.graph.export()).toEqual(importGraph().export());
    expect(good.positions).toEqual(IMPORT_POSITIONS);
    const stages: string[] = [];
    const bad = await importFileOffThread(new File(['{"nodes": ['], 'bad.json'), { onProgress: (s) => stages.push(s) });
    expect(bad).toMatchObject({ ok: false, fileName: 'bad.json', problems: [expect.objectContaining({ name: 'ParseError' })] });
    expect(stages).toEqual(['reading', 'validating']);
  });
});

describe('markup and scripts in the data stay inert text', () => {
  it('keeps labels and quotes exactly as written, never stripped or run', () => {
    const graph = importGraph();
    const result = importGraphFile({ path: 'markup.json', text: JSON.stringify(exportGraph(graph)) });
    if (!result.ok) throw new Error('refused');
    const imported = result.imported.graph;
    expect(imported.getNodeAttribute('ministry', 'label')).toBe(SCRIPT_LABEL);
    expect(imported.getNodeAttribute('watchdog', 'label')).toBe(IMG_LABEL);
    expect(imported.getNodeAttribute('watchdog', 'aliases')).toEqual(['<b>bold</b>']);
    expect(imported.getEdgeAttribute('ministry--coerce--watchdog', 'claims')[0]!.quote).toBe(SCRIPT_QUOTE);
    expect(imported.getAttribute('title')).toBe('Fixture: <i>the</i> thaw');
  });

  it('problem messages carry markup from the file name as plain text', () => {
    const name = '<img src=x onerror=alert(1)>.json';
    const summary = summarizeProblems(name, problemsOf({ path: name, text: '{' }));
    expect(summary.headline).toBe(`“${name}” was not imported: 1 problem. The current graph is unchanged.`);
    expect(summary.lines[0]!.text.startsWith(`${name}: is not valid JSON`)).toBe(true);
  });
});

describe('names in non-Latin scripts', () => {
  it('round-trip unchanged, in labels, aliases and relation labels', () => {
    const graph = importGraph();
    const text = JSON.stringify(exportGraph(graph));
    expect(text).toContain(CYRILLIC_LABEL); // written as characters, not escapes
    const result = importGraphFile({ path: 'scripts.json', text });
    if (!result.ok) throw new Error('refused');
    const imported = result.imported.graph;
    expect(imported.getNodeAttribute('lukashenka', 'label')).toBe('Аляксандр Лукашэнка');
    expect(imported.getNodeAttribute('lukashenka', 'aliases')).toEqual(['Lukashenko', 'Лукашенко']);
    expect(imported.getNodeAttribute('china', 'label')).toBe('中华人民共和国');
    expect(imported.getEdgeAttribute('belarus--material-cooperation--china', 'label')).toBe('合作 / сотрудничество');
  });
});

describe('the problems summary', () => {
  it('lists the first 20 problems as file › item › field: message and counts the rest', () => {
    const problems: Problem[] = Array.from({ length: 27 }, (_, i) => ({
      name: 'SchemaError',
      file: 'data.json',
      item: `nodes[${i}] "n${i}"`,
      field: i % 2 === 0 ? 'attributes.kind' : '',
      message: `problem ${i}`,
    }));
    const summary = summarizeProblems('data.json', problems);
    expect(summary.headline).toBe('“data.json” was not imported: 27 problems. The current graph is unchanged.');
    expect(summary.lines).toHaveLength(20);
    expect(summary.lines[0]).toEqual({ name: 'SchemaError', text: 'data.json › nodes[0] "n0" › attributes.kind: problem 0' });
    expect(summary.lines[1]!.text).toBe('data.json › nodes[1] "n1": problem 1');
    expect(summary.more).toBe(7);
    expect(summary.moreText).toBe('…and 7 more problems.');
    expect(summarizeProblems('d.json', problems.slice(0, 21)).moreText).toBe('…and 1 more problem.');
    expect(summarizeProblems('d.json', problems.slice(0, 3))).toMatchObject({ more: 0, moreText: '' });
  });

  it('formats a problem without a file or item as its message', () => {
    expect(problemLine({ name: 'EmptyDatasetError', file: '', item: '', field: '', message: 'nothing' })).toBe('nothing');
  });
});

describe('bad files from other tools: each problem names file, item and field', () => {
  const problemsOfFiles = (files: { name: string; text: string }[]): readonly Problem[] => {
    const outcome = readImportFiles(files);
    if (outcome.ok) throw new Error(`${files.map((f) => f.name).join(' + ')} was accepted`);
    return outcome.problems;
  };

  it('a CSV row that names no source or target names its file, row and column', () => {
    const problems = problemsOfFiles([{ name: 'links.csv', text: 'From,To,Label\nMinsk,Vilnius,talks\n,Warsaw,"no source, here"\nRiga,,\n' }]);
    expect(problems.map(problemLine)).toEqual([
      'links.csv › row 3 › From: names no source: the cell is empty',
      'links.csv › row 4 › To: names no target: the cell is empty',
    ]);
  });

  it('an edges row naming an actor the nodes table lacks is a dangling reference; so is a duplicate node id', () => {
    const problems = problemsOfFiles([
      { name: 'nodes.csv', text: 'Id,Label\na,Alpha\nb,Beta\na,Again\n' },
      { name: 'edges.csv', text: 'Source,Target\na,b\nb,ghost\n' },
    ]);
    expect(problems.map((p) => [p.name, problemLine(p)])).toEqual([
      ['DuplicateIdError', 'nodes.csv › row 4 › Id: "a" is named by an earlier row too'],
      ['DanglingReferenceError', 'edges.csv › row 3 › Target: "ghost" is not an actor of the nodes table'],
    ]);
  });

  it('a CSV without Source and Target columns, two edges tables, or three files are refused as a whole', () => {
    expect(problemLine(problemsOfFiles([{ name: 'people.csv', text: 'Name,Age\nAnn,3\n' }])[0]!)).toBe(
      'people.csv › row 1: needs a Source and a Target column (or From and To) to be read as an edges table',
    );
    const both = problemsOfFiles([
      { name: 'a.csv', text: 'Source,Target\nx,y\n' },
      { name: 'b.csv', text: 'from,to\nx,y\n' },
    ]);
    expect(problemLine(both[0]!)).toMatch(/^a\.csv \+ b\.csv: both “a\.csv” and “b\.csv” are edges tables/);
    const three = problemsOfFiles([
      { name: 'a.csv', text: 'Source,Target\nx,y\n' },
      { name: 'b.csv', text: 'Id\nx\n' },
      { name: 'c.gexf', text: '<gexf/>' },
    ]);
    expect(three[0]!.message).toMatch(/choose one file, or two CSV files together/);
  });

  it('reports every bad CSV row, of which the panel lists the first 20', () => {
    const rows = Array.from({ length: 30 }, (_, i) => `n${i},`).join('\n');
    const problems = problemsOfFiles([{ name: 'many.csv', text: `Source,Target\n${rows}\n` }]);
    expect(problems).toHaveLength(30);
    const summary = summarizeProblems('many.csv', problems);
    expect(summary.lines).toHaveLength(20);
    expect(summary.lines[19]!.text).toBe('many.csv › row 21 › Target: names no target: the cell is empty');
    expect(summary.moreText).toBe('…and 10 more problems.');
  });

  it('a GEXF edge naming a node the file does not declare names the edge and the end', () => {
    const text = `<gexf version="1.3"><graph defaultedgetype="directed"><nodes><node id="a" label="A"/></nodes>
      <edges><edge id="e1" source="a" target="zz"/><edge id="e2" source="yy" target="a"/></edges></graph></gexf>`;
    expect(problemsOfFiles([{ name: 'g.gexf', text }]).map(problemLine)).toEqual([
      'g.gexf › edges[0] "e1" › target: names no node: "zz"',
      'g.gexf › edges[1] "e2" › source: names no node: "yy"',
    ]);
  });

  it('a file that is not GEXF, or XML the parser cannot build a graph from, is one ParseError naming the file', () => {
    const notGexf = problemsOfFiles([{ name: 'page.gexf', text: '<html><body>hello</body></html>' }]);
    expect(notGexf.map((p) => [p.name, problemLine(p)])).toEqual([
      ['ParseError', 'page.gexf: is not a GEXF file: it has no <gexf> element with a <graph> in it'],
    ]);
    const broken = problemsOfFiles([
      { name: 'broken.gexf', text: '<gexf version="1.3"><graph><nodes><node id="a"/></nodes><edges><edge source="a" target="a"></edges></graph>' },
    ]);
    expect(broken[0]!.name).toBe('ParseError');
    expect(problemLine(broken[0]!)).toBe('broken.gexf: could not be read as GEXF: the XML is not well-formed, or has no <graph> element');
  });

  it("another tool's JSON: a node without a key and an edge to an unknown node are named", () => {
    const text = JSON.stringify({ nodes: [{ key: 'a' }, { attributes: { label: 'no key' } }], edges: [{ key: 'e', source: 'a', target: 'b' }] });
    expect(problemsOfFiles([{ name: 'other.json', text }]).map(problemLine)).toEqual([
      'other.json › nodes[1] › key: a node needs a key',
      'other.json › edges[0] "e" › target: names no node: "b"',
    ]);
  });
});
