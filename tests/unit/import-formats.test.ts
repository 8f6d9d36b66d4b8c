/**
 * The readers of files from elsewhere (issue 15 item 3): a Gephi-written GEXF (viz: elements, typed
 * attributes), CSV edges tables (quoted commas and newlines, non-Latin names; Kumu's From/To with a
 * nodes table), another tool's graphology JSON; each becomes an unsourced graph the page can show,
 * and the perspective code keeps every relation in sight.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { processImport } from '../../src/model/import-protocol';
import { graphFromTrustedSerialization } from '../../src/model/serialization';
import { isUnsourced } from '../../src/model/import-formats/foreign-graph';
import { readImportFiles, readLayoutFile } from '../../src/model/import-formats/dispatch';
import { perspectiveView } from '../../src/model/perspective';
import { exportGraph } from '../../src/model/interchange';
import { importGraph } from '../fixtures/import-dataset';

const fixture = (name: string): string => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');

function imported(files: { name: string; text: string }[]) {
  const outcome = readImportFiles(files);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems, null, 1));
  return { outcome, ...graphFromTrustedSerialization(structuredClone(outcome.serialized)) };
}

describe('GEXF from Gephi', () => {
  const gexf = { name: 'minsk.gexf', text: fixture('gephi-small.gexf') };

  it('keeps nodes, edges (parallel ones too), labels, the title and direction', () => {
    const { graph, outcome } = imported([gexf]);
    expect(outcome.format).toBe('gexf');
    expect(graph.getAttribute('title')).toBe('Minsk talks');
    expect(graph.order).toBe(4);
    expect(graph.size).toBe(4);
    expect(graph.getNodeAttribute('2', 'label')).toBe('Світлана Ціханоўская');
    expect(graph.edges('1', '0')).toHaveLength(2);
    const labels = graph.mapEdges((_e, a) => a.label);
    expect(labels).toEqual(['meets in Minsk', 'phone call', 'related to', 'releases']);
    expect(graph.mapEdges((_e, a) => a.direction)).toEqual(['directed', 'directed', 'mutual', 'directed']);
    // Edge keys never collide with node keys (Cytoscape has one id space).
    for (const e of graph.edges()) expect(graph.hasNode(e)).toBe(false);
  });

  it('takes positions with y flipped (GEXF y is up, the canvas y down)', () => {
    const { positions } = imported([gexf]);
    expect(positions).toEqual({ '0': { x: -120.5, y: -80.25 }, '1': { x: 140, y: 60 }, '2': { x: 10, y: -200 }, '3': { x: 0, y: 0 } });
  });

  it('keeps colours, sizes and typed columns where the panes and exports can read them', () => {
    const { outcome } = imported([gexf]);
    const node = outcome.serialized.nodes.find((n) => n.key === '0')!;
    expect(node.attributes.color).toBe('rgb(228,26,28)');
    expect(node.attributes.size).toBe(24);
    expect(node.attributes.description).toContain('modularity_class: 0');
    expect(node.attributes.description).toContain('incumbent: true');
    expect(node.attributes.description).toContain('betweenesscentrality: 4.5');
    expect(outcome.serialized.edges[0]!.attributes.weight).toBe(2);
  });

  it('opens as an unsourced graph whose relations all show in the "all" perspective', () => {
    const { graph, outcome } = imported([gexf]);
    expect(isUnsourced(graph)).toBe(true);
    expect(outcome.notices.join(' ')).toMatch(/unsourced/);
    graph.forEachEdge((_e, a) => expect(a.claims).toEqual([]));
    const all = perspectiveView(graph, { mode: 'all' });
    expect(all.visibleRelationIds.size).toBe(4);
    expect([...all.relations.values()].every((r) => r.weight === 1 && !r.contested)).toBe(true);
    // The other modes do not crash on it: nothing states anything.
    expect(perspectiveView(graph, { mode: 'one', source: 'x' }).visibleRelationIds.size).toBe(0);
    expect(perspectiveView(graph, { mode: 'compare', a: 'x', b: 'y' }).counts?.agree).toBe(0);
  });

  it('reads a networkx-style GEXF 1.2draft (viz namespace, undirected by default)', () => {
    const text = `<?xml version='1.0' encoding='utf-8'?>
<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:viz="http://www.gexf.net/1.2draft/viz" version="1.2">
  <graph defaultedgetype="undirected" mode="static" name="">
    <attributes mode="static" class="node"><attribute id="0" title="club" type="string" /></attributes>
    <nodes>
      <node id="0" label="0"><attvalues><attvalue for="0" value="Mr. Hi" /></attvalues><viz:position x="1.5" y="2.5" z="0.0" /></node>
      <node id="1" label="1"><attvalues><attvalue for="0" value="Officer" /></attvalues><viz:position x="-1" y="0" z="0.0" /></node>
    </nodes>
    <edges><edge source="0" target="1" id="0" weight="4" /></edges>
  </graph>
</gexf>`;
    const { graph, positions } = imported([{ name: 'karate.gexf', text }]);
    expect(graph.order).toBe(2);
    expect(graph.getNodeAttribute('0', 'description')).toContain('club: Mr. Hi');
    expect(graph.getEdgeAttributes(graph.edges()[0]!).direction).toBe('mutual');
    expect(positions).toEqual({ '0': { x: 1.5, y: -2.5 }, '1': { x: -1, y: 0 } });
  });
});

describe('CSV', () => {
  it('reads an edges table alone: quoted commas, doubled quotes, newlines, non-Latin names', () => {
    const { graph, positions, outcome } = imported([{ name: 'csv-tricky.edges.csv', text: fixture('csv-tricky.edges.csv') }]);
    expect(outcome.format).toBe('csv');
    expect(graph.getAttribute('title')).toBe('csv-tricky');
    expect(graph.nodes()).toEqual(['Лукашенко, Александр', 'Kellogg', 'Ціханоўская', 'Європейскі саюз']);
    expect(graph.size).toBe(4);
    const [first, second] = graph.edges();
    expect(graph.getEdgeAttribute(first!, 'label')).toBe('meets, then "talks"');
    expect(graph.getEdgeAttribute(second!, 'label')).toBe('a note\nover two lines');
    // Gephi's Type column is the direction.
    expect(graph.getEdgeAttribute(second!, 'direction')).toBe('mutual');
    expect(positions).toBeUndefined();
    expect(isUnsourced(graph)).toBe(true);
  });

  it('reads a Kumu-style pair (From/To by label, element Type as kind), whichever file comes first', () => {
    const nodes = { name: 'kumu-elements.csv', text: fixture('kumu-elements.csv') };
    const edges = { name: 'kumu-connections.csv', text: fixture('kumu-connections.csv') };
    for (const files of [
      [nodes, edges],
      [edges, nodes],
    ]) {
      const { graph } = imported(files);
      expect(graph.order).toBe(4);
      expect(graph.getNodeAttribute('Belarus', 'kind')).toBe('state');
      expect(graph.getNodeAttribute('Poland', 'kind')).toBe('organisation');
      expect(graph.getNodeAttribute('Belarus', 'description')).toBe('A state');
      expect(graph.hasDirectedEdge('United States', 'Belarus')).toBe(true);
      const border = graph.edges('Belarus', 'Lithuania')[0]!;
      expect(graph.getEdgeAttributes(border)).toMatchObject({ direction: 'mutual', label: 'border dispute', type: 'statement' });
      // "consult" is one of our types.
      expect(graph.getEdgeAttribute(graph.edges('Poland', 'Belarus')[0]!, 'type')).toBe('consult');
    }
  });

  it('matches column names case-insensitively (SOURCE, target)', () => {
    const { graph } = imported([{ name: 'e.csv', text: 'SOURCE,target,WEIGHT\na,b,1\n' }]);
    expect(graph.hasDirectedEdge('a', 'b')).toBe(true);
  });

  it("reads Graph Commons' columns (From Name, Edge, To Name) and a semicolon-separated table", () => {
    const gc = imported([{ name: 'gc.csv', text: 'From Type,From Name,Edge,To Type,To Name\nPerson,Ann,MEETS,Person,Bob\n' }]);
    expect(gc.graph.getEdgeAttributes(gc.graph.edges('Ann', 'Bob')[0]!)).toMatchObject({ label: 'MEETS', type: 'statement' });
    const semi = imported([{ name: 'semi.csv', text: 'Source;Target;Label\nx;y;"a; b"\n' }]);
    expect(semi.graph.getEdgeAttribute(semi.graph.edges('x', 'y')[0]!, 'label')).toBe('a; b');
  });
});

describe('graphology JSON from another tool', () => {
  it('is read as an unsourced graph, positions flipped (sigma draws y up)', () => {
    const { graph, positions, outcome } = imported([{ name: 'sigma.json', text: fixture('foreign-graphology.json') }]);
    expect(outcome.format).toBe('foreign-json');
    expect(graph.getAttribute('title')).toBe('A sigma graph');
    expect(graph.order).toBe(3);
    expect(graph.getNodeAttribute('c', 'label')).toBe('c');
    expect(graph.getNodeAttribute('a', 'description')).toContain('community: 3');
    expect(graph.size).toBe(2);
    expect(graph.mapEdges((_e, a) => a.direction)).toEqual(['directed', 'mutual']);
    expect(positions).toEqual({ a: { x: 1, y: -2 }, b: { x: -3, y: -4.5 }, c: { x: 0, y: 1 } });
    expect(isUnsourced(graph)).toBe(true);
  });

  it('an unsourced graph exported from here comes back the same (claims: [] does not make it ours)', () => {
    const first = imported([{ name: 'minsk.gexf', text: fixture('gephi-small.gexf') }]);
    const again = imported([{ name: 'minsk.json', text: JSON.stringify(exportGraph(first.graph, first.positions)) }]);
    expect(again.outcome.format).toBe('foreign-json');
    expect(again.graph.nodes()).toEqual(first.graph.nodes());
    expect(again.graph.mapNodes((_n, a) => [a.label, a.kind, a.description])).toEqual(first.graph.mapNodes((_n, a) => [a.label, a.kind, a.description]));
    expect(again.graph.mapEdges((_e, a, s, t) => [s, t, a.type, a.label, a.direction])).toEqual(
      first.graph.mapEdges((_e, a, s, t) => [s, t, a.type, a.label, a.direction]),
    );
    expect(again.graph.getAttribute('title')).toBe('Minsk talks');
    expect(Object.keys(again.positions ?? {})).toEqual(Object.keys(first.positions ?? {}));
  });

  it('our own export still goes through the full validation (sources and claims kept)', () => {
    const outcome = processImport('ours.json', JSON.stringify(exportGraph(importGraph())));
    expect(outcome.ok && outcome.format).toBe('graphology');
    if (!outcome.ok) return;
    const { graph } = graphFromTrustedSerialization(outcome.serialized);
    expect(isUnsourced(graph)).toBe(false);
  });
});

describe('reading a layout only', () => {
  it('takes positions from a GEXF, y down', () => {
    const read = readLayoutFile({ name: 'minsk.gexf', text: fixture('gephi-small.gexf') });
    expect(read.ok && read.positions['1']).toEqual({ x: 140, y: 60 });
  });

  it('refuses a CSV and a file without positions, naming the file', () => {
    const csv = readLayoutFile({ name: 'e.csv', text: 'Source,Target\na,b\n' });
    expect(!csv.ok && csv.problems[0]!.file).toBe('e.csv');
    const none = readLayoutFile({ name: 'flat.json', text: JSON.stringify({ nodes: [{ key: 'a' }], edges: [] }) });
    expect(!none.ok && none.problems[0]!.message).toMatch(/no positions/);
  });
});
