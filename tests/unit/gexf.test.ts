import { describe, expect, it } from 'vitest';
import { MultiDirectedGraph } from 'graphology';
import { parse } from 'graphology-gexf';
import { graphToGexf } from '../../src/model/gexf';
import { buildSubgraph } from '../../src/model/subgraph';
import { CHINESE_LABEL, CYRILLIC_LABEL, IMG_LABEL, IMPORT_POSITIONS, SCRIPT_LABEL, importGraph } from '../fixtures/import-dataset';

const date = new Date(2026, 10, 23);

function reread(text: string) {
  return parse(MultiDirectedGraph, text, { respectInputGraphType: true });
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

  it('writes positions and colours as viz when given, and none otherwise', () => {
    const graph = importGraph();
    expect(graphToGexf(graph, { date })).not.toContain('viz:position');
    const text = graphToGexf(graph, {
      date,
      positions: IMPORT_POSITIONS,
      colors: { kind: (kind) => (kind === 'person' ? '#1d8a7e' : undefined), quadClass: () => 'not a colour' },
    });
    // y points up in Gephi and Gephi Lite, down on screen: it is negated.
    expect(text).toContain('<viz:position x="120" y="-40.5"/>');
    expect(text).toContain('<viz:color hex="#1d8a7e"/>');
    expect(text).not.toContain('not a colour');
    const back = reread(text);
    expect(back.getNodeAttributes('china')).toMatchObject({ x: 300, y: 80 });
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
