import { describe, expect, it } from 'vitest';
import { MultiGraph } from 'graphology';
import { parse } from 'graphology-gexf';
import { graphToGexf } from '../../src/model/gexf';
import { buildSubgraph } from '../../src/model/subgraph';
import { PALETTE_LOOKS } from '../../src/export/data-looks';
import { KIND_LOOKS, QUAD_COLOURS } from '../../src/view/palette';
import { CHINESE_LABEL, CYRILLIC_LABEL, IMG_LABEL, IMPORT_POSITIONS, SCRIPT_LABEL, importGraph } from '../fixtures/import-dataset';

const date = new Date(2026, 10, 23);

/** Read as graphology-gexf reads a file by default (Gephi Lite among others): mutual edges come back undirected. */
function reread(text: string) {
  return parse(MultiGraph, text);
}

describe('GEXF export', () => {
  it('writes GEXF 1.3 with every node and edge, readable again', () => {
    const graph = importGraph();
    const text = graphToGexf(graph, { positions: IMPORT_POSITIONS, date });
    expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(text).toContain('<gexf version="1.3" xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz"');
    expect(text).toContain('<meta lastmodifieddate="2026-11-23">');
    expect(text).toContain('<creator>Belarus thaw graph explorer</creator>');
    const back = reread(text);
    expect(back.nodes().sort()).toEqual(graph.nodes().sort());
    expect(back.edges().sort()).toEqual(graph.edges().sort());
    back.forEachEdge((edge, _a, source, target) => {
      expect(source).toBe(graph.source(edge));
      expect(target).toBe(graph.target(edge));
    });
  });

  it('gives Gephi the label, kind, parent, relation type, CAMEO, QuadClass and claim count', () => {
    const text = graphToGexf(importGraph(), { date });
    for (const column of ['kind', 'parent', 'relationType', 'cameo', 'quadClass', 'claimCount']) {
      expect(text).toMatch(new RegExp(`<attribute id="${column}" title="${column}" type="\\w+"/>`));
    }
    expect(text).toContain('<attribute id="quadClass" title="quadClass" type="integer"/>');
    expect(text).toContain('<attribute id="cameo" title="cameo" type="string"/>');
    const back = reread(text);
    expect(back.getNodeAttributes('lukashenka')).toMatchObject({ label: CYRILLIC_LABEL, kind: 'person', parent: 'belarus', parentLabel: 'Беларусь' });
    expect(back.getEdgeAttributes('us--consult--lukashenka')).toMatchObject({
      label: 'Kellogg meets Lukashenka',
      relationType: 'consult',
      cameo: '04',
      quadClass: 1,
      quadClassLabel: 'Verbal cooperation',
      claimCount: 2,
      weight: 2,
      sources: 'lawfare; quiet-trip',
      dateStart: '2025-06-21',
    });
    expect(back.getEdgeAttributes('belarus--material-cooperation--china')).toMatchObject({ direction: 'mutual', dateStart: '2024', dateEnd: '2025-03' });
  });

  it('says where the articles stand: supportedBy, opposedBy, disputed and speakers columns', () => {
    const graph = importGraph();
    // quiet-trip now opposes what lawfare supports: a disagreement.
    graph.updateEdgeAttribute('us--consult--lukashenka', 'claims', (claims) =>
      claims!.map((c) => (c.source === 'quiet-trip' ? { ...c, stance: 'opposes' as const } : c)),
    );
    const text = graphToGexf(graph, { date });
    expect(text).toContain('<attribute id="disputed" title="disputed" type="boolean"/>');
    for (const column of ['supportedBy', 'opposedBy', 'speakers']) expect(text).toContain(`<attribute id="${column}" title="${column}" type="string"/>`);
    const back = reread(text);
    expect(back.getEdgeAttributes('us--consult--lukashenka')).toMatchObject({ supportedBy: 'lawfare', opposedBy: 'quiet-trip', disputed: true });
    expect(back.getEdgeAttributes('belarus--material-cooperation--china')).toMatchObject({ opposedBy: 'lawfare', disputed: false });
    expect(back.getEdgeAttributes('belarus--material-cooperation--china').supportedBy).toBeUndefined();
    expect(back.getEdgeAttributes('lukashenka--yield--us')).toMatchObject({ supportedBy: 'lawfare', disputed: false, speakers: 'united-states' });
    expect(back.getEdgeAttributes('us--disapprove--lukashenka').speakers).toBeUndefined();
  });

  it('writes positions, sizes and colours (r/g/b) as viz when given, and none otherwise', () => {
    const graph = importGraph();
    const plain = graphToGexf(graph, { date });
    expect(plain).not.toContain('viz:position');
    expect(plain).not.toContain('viz:color');
    const text = graphToGexf(graph, {
      date,
      positions: IMPORT_POSITIONS,
      looks: { ...PALETTE_LOOKS, edgeColor: () => 'not a colour' },
    });
    // y points up in Gephi and Gephi Lite, down on screen: it is negated.
    expect(text).toContain('<viz:position x="120" y="-40.5"/>');
    // r/g/b, never 1.3's hex (networkx reads only r/g/b): person #1d8a7e, state #3f5f8a.
    expect(text).toContain('<viz:color r="29" g="138" b="126"/>');
    expect(text).toContain('<viz:color r="63" g="95" b="138"/>');
    expect(text).not.toContain('hex=');
    expect(text).toContain(`<viz:size value="${KIND_LOOKS.person.size / 2}"/>`);
    expect(text).not.toContain('not a colour');
    const back = reread(text);
    expect(back.getNodeAttributes('china')).toMatchObject({ x: 300, y: 80 });
    expect(back.getNodeAttributes('lukashenka')).toMatchObject({ color: 'rgb(29,138,126)', size: KIND_LOOKS.person.size / 2 });
  });

  it('writes edge colours by QuadClass and the weight as the number of articles', () => {
    const graph = importGraph();
    const back = reread(graphToGexf(graph, { date, looks: PALETTE_LOOKS }));
    // Quad 1 (verbal cooperation), as r/g/b.
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(QUAD_COLOURS[1].slice(i, i + 2), 16));
    expect(back.getEdgeAttributes('us--consult--lukashenka')).toMatchObject({ color: `rgb(${r},${g},${b})`, weight: 2 });
    // Two claims from one article weigh 1.
    graph.updateEdgeAttribute('us--consult--lukashenka', 'claims', (claims) => claims!.map((c) => ({ ...c, source: 'lawfare' })));
    expect(reread(graphToGexf(graph, { date })).getEdgeAttributes('us--consult--lukashenka')).toMatchObject({ weight: 1, claimCount: 2 });
  });

  it('writes mutual relations as type="mutual", the others directed', () => {
    const graph = importGraph();
    const text = graphToGexf(graph, { date });
    expect(text).toContain('defaultedgetype="directed"');
    const mutualTags = text.match(/<edge [^>]*type="mutual"[^>]*>/g) ?? [];
    const mutual = graph.filterEdges((_e, a) => a.direction === 'mutual');
    expect(mutual.length).toBeGreaterThan(0);
    expect(mutualTags.length).toBe(mutual.length);
    for (const id of mutual) expect(text).toContain(`<edge id="${id}" type="mutual"`);
    const back = parse(MultiGraph, text);
    for (const id of mutual) expect(back.isUndirected(id), id).toBe(true);
    for (const id of graph.filterEdges((_e, a) => a.direction === 'directed')) expect(back.isDirected(id), id).toBe(true);
  });

  it('declares every attribute it writes, with its type', () => {
    const text = graphToGexf(importGraph(), { date, positions: IMPORT_POSITIONS, looks: PALETTE_LOOKS });
    const declared = new Set([...text.matchAll(/<attribute id="([^"]+)" title="\1" type="\w+"\/>/g)].map((m) => m[1]));
    const used = new Set([...text.matchAll(/<attvalue for="([^"]+)"/g)].map((m) => m[1]));
    expect(used.size).toBeGreaterThan(10);
    for (const column of used) expect(declared, column).toContain(column);
  });

  it('escapes markup and keeps non-Latin names', () => {
    const text = graphToGexf(importGraph(), { date });
    expect(text).not.toContain('<script>');
    expect(text).not.toContain('<img');
    expect(text).toContain('&lt;script>');
    const back = reread(text);
    expect(back.getNodeAttribute('ministry', 'label')).toBe(SCRIPT_LABEL);
    expect(back.getNodeAttribute('watchdog', 'label')).toBe(IMG_LABEL);
    expect(back.getNodeAttribute('china', 'label')).toBe(CHINESE_LABEL);
    expect(back.getEdgeAttribute('ministry--coerce--watchdog', 'label')).toBe('<b onmouseover="alert(2)">raids</b> the watchdog');
  });

  it('exports a subgraph without touching the full graph', () => {
    const graph = importGraph();
    const before = graph.export();
    const back = reread(graphToGexf(buildSubgraph(graph, ['united-states', 'lukashenka']), { date }));
    expect(back.order).toBe(2);
    expect(back.size).toBe(3);
    expect(back.getNodeAttributes('lukashenka').parent).toBeUndefined();
    expect(graph.export()).toEqual(before);
  });
});
