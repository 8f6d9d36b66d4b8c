/**
 * The CSV export (issue 15): Gephi's spreadsheet-import columns, no `Type` column, cells a
 * spreadsheet would run as formulas made inert, and quoting that survives commas, quotes, line
 * breaks and non-Latin names (read back with papaparse).
 */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvFileNames, EDGE_COLUMNS, graphToCsv, NODE_COLUMNS, stanceSummary } from '../../src/model/csv-export';
import { CHINESE_LABEL, CYRILLIC_LABEL, SCRIPT_QUOTE, importGraph } from '../fixtures/import-dataset';

const read = (text: string): Record<string, string>[] => {
  const result = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  expect(result.errors).toEqual([]);
  return result.data;
};

describe('CSV export', () => {
  it("uses Gephi's column names, and never a column named Type", () => {
    const { nodes, edges } = graphToCsv(importGraph());
    expect(nodes.split('\r\n')[0]).toBe('Id,Label,kind,parent,aliases,description');
    expect(edges.split('\r\n')[0]).toBe('Source,Target,Id,Label,Weight,relationType,QuadClass,direction,articles,stance,firstQuote');
    expect([...NODE_COLUMNS, ...EDGE_COLUMNS].map((c) => c.toLowerCase())).not.toContain('type');
  });

  it('writes every actor and relation, with weight, type, QuadClass, articles, stance and first quote', () => {
    const graph = importGraph();
    const nodes = read(graphToCsv(graph).nodes);
    const edges = read(graphToCsv(graph).edges);
    expect(nodes.map((n) => n.Id).sort()).toEqual(graph.nodes().sort());
    expect(edges.map((e) => e.Id).sort()).toEqual(graph.edges().sort());
    expect(nodes.find((n) => n.Id === 'lukashenka')).toMatchObject({ Label: CYRILLIC_LABEL, kind: 'person', parent: 'belarus' });
    expect(nodes.find((n) => n.Id === 'china')).toMatchObject({ Label: CHINESE_LABEL, parent: '' });
    expect(edges.find((e) => e.Id === 'us--consult--lukashenka')).toMatchObject({
      Source: 'united-states',
      Target: 'lukashenka',
      Label: 'Kellogg meets Lukashenka',
      Weight: '2',
      relationType: 'consult',
      QuadClass: '1',
      direction: 'directed',
      articles: 'lawfare; quiet-trip',
      stance: 'supported by lawfare, quiet-trip',
      firstQuote: 'Kellogg met Lukashenka in Minsk in June.',
    });
    expect(edges.find((e) => e.Id === 'belarus--material-cooperation--china')).toMatchObject({ direction: 'mutual', stance: 'opposed by lawfare' });
    expect(edges.find((e) => e.Id === 'ministry--coerce--watchdog')?.firstQuote).toBe(SCRIPT_QUOTE);
  });

  it('quotes commas, quotes and line breaks, and keeps non-Latin text, so they read back intact', () => {
    const graph = importGraph();
    const tricky = 'Minsk, "the capital",\nand Мінск — 明斯克';
    graph.setNodeAttribute('china', 'description', tricky);
    graph.setNodeAttribute('china', 'aliases', ['PRC, Beijing', '北京']);
    const { nodes } = graphToCsv(graph);
    expect(nodes).toContain('"Minsk, ""the capital"",\nand Мінск — 明斯克"');
    expect(read(nodes).find((n) => n.Id === 'china')).toMatchObject({ description: tricky, aliases: 'PRC, Beijing; 北京' });
  });

  it('makes cells starting with = + - @ tab or CR inert, even with a line break after', () => {
    const graph = importGraph();
    const attacks = ['=HYPERLINK("http://x","y")', '+1+2', '-2+3', '@SUM(A1)', '\t=1', '\r=1', '-1\n=cmd|calc'];
    const ids = graph.nodes();
    const column = (i: number): 'label' | 'description' => (i < ids.length ? 'label' : 'description');
    attacks.forEach((text, i) => graph.setNodeAttribute(ids[i % ids.length]!, column(i), text));
    const nodes = read(graphToCsv(graph).nodes);
    attacks.forEach((text, i) => {
      const row = nodes.find((n) => n.Id === ids[i % ids.length]);
      expect(column(i) === 'label' ? row?.Label : row?.description, JSON.stringify(text)).toBe(`'${text}`);
    });
    // Numbers (the weight) are numbers, not escaped; ordinary text is left alone.
    expect(read(graphToCsv(graph).edges).every((e) => /^\d+$/.test(e.Weight!))).toBe(true);
    expect(nodes.find((n) => n.Id === 'china')?.description?.startsWith("'")).toBe(false);
  });

  it('sums up stance and names the two files', () => {
    expect(
      stanceSummary({
        claims: [
          { source: 'a', quote: 'x'.repeat(12), tone: 1, modality: 'reported', stance: 'supports' },
          { source: 'b', quote: 'y'.repeat(12), tone: 1, modality: 'reported', stance: 'opposes' },
          { source: 'a', quote: 'z'.repeat(12), tone: 1, modality: 'reported', stance: 'supports' },
        ],
      }),
    ).toBe('supported by a; opposed by b');
    expect(csvFileNames('/tmp/graph.csv')).toEqual({ nodes: '/tmp/graph.nodes.csv', edges: '/tmp/graph.edges.csv' });
    expect(csvFileNames('thaw')).toEqual({ nodes: 'thaw.nodes.csv', edges: 'thaw.edges.csv' });
  });
});
