import { describe, expect, it } from 'vitest';
import { buildGraph, claimSources, graphToDataset } from '../../src/model/graph';
import { exportGraph, graphFromTrustedSerialization, importGraphFile, titleFromFileName, type SerializedGraph } from '../../src/model/interchange';
import { PALETTE_LOOKS } from '../../src/export/data-looks';
import { KIND_LOOKS, QUAD_COLOURS } from '../../src/view/palette';
import { loadAuthoredFiles } from '../../src/model/load';
import { readGraphData } from '../../scripts/graph-data-files';
import { toFiles, validParts } from '../fixtures/authored';

function fixtureDataset() {
  const result = loadAuthoredFiles(toFiles(validParts()));
  if (!result.ok) throw new Error('fixture invalid');
  return result.dataset;
}

describe('buildGraph', () => {
  it('makes a multi-directed graph with typed node, edge and graph attributes', () => {
    const graph = buildGraph(fixtureDataset());
    expect(graph.type).toBe('directed');
    expect(graph.multi).toBe(true);
    expect(graph.order).toBe(4);
    expect(graph.size).toBe(2);
    expect(graph.getNodeAttributes('kellogg')).toMatchObject({ label: 'Keith Kellogg', kind: 'person', parent: 'united-states' });
    expect(graph.hasNodeAttribute('belarus', 'parent')).toBe(false);
    const edge = graph.getEdgeAttributes('kellogg--consult--lukashenko');
    expect(edge).toMatchObject({ type: 'consult', cameo: '04', quadClass: 1, direction: 'directed', dates: { start: '2025-06-21' } });
    expect(graph.source('kellogg--consult--lukashenko')).toBe('kellogg');
    expect(graph.getEdgeAttribute('belarus--yield--united-states', 'quadClass')).toBe(2);
    expect(graph.getAttribute('sources').map((s) => s.id)).toEqual(['alpha']);
  });

  it('keeps parallel relations between one pair apart', () => {
    const parts = validParts();
    parts.relations.push({ ...parts.relations[0]!, id: 'kellogg--consult--lukashenko--second', label: 'second talks' });
    const result = loadAuthoredFiles(toFiles(parts));
    if (!result.ok) throw new Error('invalid');
    const graph = buildGraph(result.dataset);
    expect(graph.edges('kellogg', 'lukashenko')).toHaveLength(2);
  });

  it('lists the distinct sources of a relation', () => {
    expect(
      claimSources({
        claims: [
          { source: 'a', quote: 'x'.repeat(12), tone: 1, modality: 'reported', stance: 'supports' },
          { source: 'b', quote: 'y'.repeat(12), tone: 1, modality: 'reported', stance: 'supports' },
          { source: 'a', quote: 'z'.repeat(12), tone: 1, modality: 'reported', stance: 'supports' },
        ],
      }),
    ).toEqual(['a', 'b']);
  });
});

describe('export then import', () => {
  it('gives the same graph, for the fixture and the real data', () => {
    const real = loadAuthoredFiles(readGraphData());
    if (!real.ok) throw new Error('graph-data invalid');
    for (const dataset of [fixtureDataset(), real.dataset]) {
      const graph = buildGraph(dataset);
      const text = JSON.stringify(exportGraph(graph));
      const result = importGraphFile({ path: 'export.json', text });
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(result.imported.graph.export()).toEqual(graph.export());
      expect(graphToDataset(result.imported.graph)).toEqual(graphToDataset(graph));
    }
  });

  it('writes the documented attributes and carries positions both ways', () => {
    const graph = buildGraph(fixtureDataset());
    const positions = { 'united-states': { x: 1, y: 2 }, belarus: { x: 3, y: 4 }, kellogg: { x: 5, y: 6 }, lukashenko: { x: 7, y: 8 } };
    const serialized = exportGraph(graph, positions);
    expect(serialized.options).toEqual({ type: 'directed', multi: true, allowSelfLoops: false });
    expect(serialized.nodes.find((n) => n.key === 'kellogg')?.attributes).toMatchObject({
      label: 'Keith Kellogg',
      kind: 'person',
      aliases: [],
      parent: 'united-states',
      description: 'An envoy.',
      x: 5,
      // y up in the file (sigma and Gephi), as the graph attributes say.
      y: -6,
    });
    expect(serialized.attributes.yAxis).toBe('up');
    const edge = serialized.edges[0]!;
    expect(edge.attributes).toMatchObject({ type: 'consult' });
    expect((edge.attributes.claims as { source: string; quote: string }[])[0]).toMatchObject({ source: 'alpha' });
    expect(serialized.attributes.sources).toEqual([
      { id: 'alpha', title: 'Alpha article', outlet: 'Alpha Outlet', kind: 'op-ed', perspective: 'A view.', seedFile: 'alpha.txt' },
    ]);
    const trusted = graphFromTrustedSerialization(serialized);
    expect(trusted.positions).toEqual(positions);
    expect(trusted.graph.export()).toEqual(graph.export());
    const imported = importGraphFile({ path: 'x.json', text: JSON.stringify(serialized) });
    expect(imported.ok && imported.imported.positions).toEqual(positions);
  });
});

describe('JSON for other tools (issue 15)', () => {
  const positions = { 'united-states': { x: 1, y: 2 }, belarus: { x: 3, y: 0 }, kellogg: { x: 5, y: -6 }, lukashenko: { x: 7, y: 8 } };

  it('gives nodes size and colour, edges weight (articles) and colour, from the palette', () => {
    const serialized = exportGraph(buildGraph(fixtureDataset()), positions, PALETTE_LOOKS);
    expect(serialized.nodes.find((n) => n.key === 'kellogg')?.attributes).toMatchObject({
      x: 5,
      y: 6,
      size: KIND_LOOKS.person.size / 2,
      color: KIND_LOOKS.person.colour,
    });
    expect(serialized.nodes.find((n) => n.key === 'belarus')?.attributes).toMatchObject({ y: 0, color: KIND_LOOKS.state.colour });
    expect(Object.is(serialized.nodes.find((n) => n.key === 'belarus')?.attributes.y, -0)).toBe(false);
    const edge = serialized.edges.find((e) => e.key === 'kellogg--consult--lukashenko')!;
    expect(edge.attributes).toMatchObject({ weight: 1, color: QUAD_COLOURS[1] });
  });

  it('round-trips actors, relations, attributes, positions and parallel relations (ours -> JSON -> ours)', () => {
    const parts = validParts();
    parts.relations.push({ ...parts.relations[0]!, id: 'kellogg--consult--lukashenko--second', label: 'second talks' });
    const loaded = loadAuthoredFiles(toFiles(parts));
    if (!loaded.ok) throw new Error('invalid');
    const graph = buildGraph(loaded.dataset, 'Parallel');
    const text = JSON.stringify(exportGraph(graph, positions, PALETTE_LOOKS));
    const imported = importGraphFile({ path: 'p.json', text });
    if (!imported.ok) throw new Error(JSON.stringify(imported.problems));
    expect(imported.imported.graph.export()).toEqual(graph.export());
    expect(imported.imported.graph.edges('kellogg', 'lukashenko')).toHaveLength(2);
    expect(imported.imported.positions).toEqual(positions);
    const trusted = graphFromTrustedSerialization(JSON.parse(text) as SerializedGraph);
    expect(trusted.graph.export()).toEqual(graph.export());
    expect(trusted.positions).toEqual(positions);
  });

  it('still reads a file written before the y-up marker as y down', () => {
    const old = exportGraph(buildGraph(fixtureDataset()), positions);
    delete old.attributes.yAxis;
    for (const node of old.nodes) {
      const p = positions[node.key as keyof typeof positions];
      node.attributes.y = p.y; // as written then: canvas y, down
    }
    const imported = importGraphFile({ path: 'old.json', text: JSON.stringify(old) });
    expect(imported.ok && imported.imported.positions).toEqual(positions);
    expect(graphFromTrustedSerialization(old).positions).toEqual(positions);
  });
});

describe('the title of an imported graph', () => {
  it('is its own when it brings one, else its file’s name, never the built-in graph’s', () => {
    const dataset = fixtureDataset();
    const withTitle = buildGraph(dataset, 'Sanctions watch');
    const titled = importGraphFile({ path: 'export.json', text: JSON.stringify(exportGraph(withTitle)) });
    expect(titled.ok && titled.imported.graph.getAttribute('title')).toBe('Sanctions watch');

    const serialized = exportGraph(buildGraph(dataset)) as { attributes: Record<string, unknown> };
    delete serialized.attributes.title;
    const untitled = importGraphFile({ path: 'C:\\data\\minsk-talks.v2.json', text: JSON.stringify(serialized) });
    expect(untitled.ok && untitled.imported.graph.getAttribute('title')).toBe('minsk-talks.v2');

    const authored = importGraphFile({
      path: 'my network.json',
      text: JSON.stringify({ sources: dataset.sources, actors: dataset.actors, relations: dataset.relations }),
    });
    expect(authored.ok && authored.imported.graph.getAttribute('title')).toBe('my network');

    expect(titleFromFileName('dir/.json')).toBe('Imported graph');
    expect(titleFromFileName('graph')).toBe('graph');
  });
});
