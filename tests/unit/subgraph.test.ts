import { describe, expect, it } from 'vitest';
import {
  buildSubgraph,
  chooseSubgraph,
  inducedEdges,
  neighbourhood,
  selectionChoice,
  subgraphOfChoice,
  visibleChoice,
  withAncestors,
} from '../../src/model/subgraph';
import { exportGraph, importGraphFile } from '../../src/model/interchange';
import { importGraph } from '../fixtures/import-dataset';

describe('choosing a subgraph', () => {
  it('takes the chosen nodes and the edges among them, in graph order', () => {
    const graph = importGraph();
    expect(inducedEdges(graph, new Set(['united-states', 'lukashenka']))).toEqual([
      'us--consult--lukashenka',
      'lukashenka--yield--us',
      'us--disapprove--lukashenka',
    ]);
    expect(inducedEdges(graph, new Set(['united-states']))).toEqual([]);
  });

  it('keeps only visible nodes and edges when visible sets are given', () => {
    const graph = importGraph();
    const visible = { nodes: new Set(['united-states', 'lukashenka', 'belarus']), edges: new Set(['us--consult--lukashenka']) };
    expect(selectionChoice(graph, ['lukashenka', 'united-states', 'china', 'no-such-actor'], visible)).toEqual({
      nodeIds: ['united-states', 'lukashenka'],
      edgeIds: ['us--consult--lukashenka'],
    });
    expect(visibleChoice(graph, visible)).toEqual({
      nodeIds: ['united-states', 'belarus', 'lukashenka'],
      edgeIds: ['us--consult--lukashenka'],
    });
    expect(visibleChoice(graph).nodeIds).toHaveLength(graph.order);
    expect(visibleChoice(graph).edgeIds).toHaveLength(graph.size);
  });

  it('uses the selection when there is one, otherwise everything visible, and says which', () => {
    const graph = importGraph();
    const selected = chooseSubgraph(graph, { selected: ['united-states', 'lukashenka'] });
    expect(selected.fromSelection).toBe(true);
    expect(selected.summary).toBe('2 actors and 3 relations: the selection');

    const visible = chooseSubgraph(graph, { selected: [], nodes: new Set(['belarus', 'china']) });
    expect(visible.fromSelection).toBe(false);
    expect(visible.nodeIds).toEqual(['belarus', 'china']);
    expect(visible.summary).toBe('2 actors and 1 relation: everything visible');

    // A selection that is entirely hidden falls back to what is visible.
    const hidden = chooseSubgraph(graph, { selected: ['watchdog'], nodes: new Set(['belarus']) });
    expect(hidden.fromSelection).toBe(false);
    expect(hidden.summary).toBe('1 actor and 0 relations: everything visible');
  });

  it('expands a neighbourhood step by step, within what is visible', () => {
    const graph = importGraph();
    expect(neighbourhood(graph, ['china'])).toEqual(['belarus', 'china']);
    expect(neighbourhood(graph, ['china'], { depth: 0 })).toEqual(['china']);
    expect(neighbourhood(graph, ['ministry'], { depth: 3 })).toEqual(['ministry', 'watchdog']);
    expect(neighbourhood(graph, ['united-states'])).toEqual(['united-states', 'lukashenka']);
    expect(neighbourhood(graph, ['united-states'], { visible: { edges: new Set(['lukashenka--yield--us']) } })).toEqual(['united-states', 'lukashenka']);
    expect(neighbourhood(graph, ['united-states'], { visible: { nodes: new Set(['united-states']) } })).toEqual(['united-states']);
    expect(neighbourhood(graph, ['nobody'])).toEqual([]);
  });

  it('adds the compound parents of chosen nodes on request', () => {
    const graph = importGraph();
    expect(withAncestors(graph, ['lukashenka'])).toEqual(['belarus', 'lukashenka']);
  });
});

describe('the subgraph as a new graph', () => {
  it('copies attributes, drops parents outside it and keeps only the cited sources', () => {
    const graph = importGraph();
    const before = graph.export();
    const sub = buildSubgraph(graph, ['united-states', 'lukashenka']);
    expect(sub.nodes()).toEqual(['united-states', 'lukashenka']);
    expect(sub.edges()).toEqual(['us--consult--lukashenka', 'lukashenka--yield--us', 'us--disapprove--lukashenka']);
    expect(sub.getNodeAttribute('lukashenka', 'parent')).toBeUndefined();
    expect(sub.getAttribute('sources').map((s) => s.id)).toEqual(['lawfare', 'quiet-trip']);
    expect(sub.getAttribute('title')).toBe(graph.getAttribute('title'));

    // Not shared: editing the copy leaves the full graph as it was.
    sub.getNodeAttributes('united-states').aliases.push('changed');
    sub.getEdgeAttributes('lukashenka--yield--us').claims[0]!.tone = -10;
    expect(graph.export()).toEqual(before);
  });

  it('keeps the parent when it is chosen too, and every source on request', () => {
    const graph = importGraph();
    const sub = buildSubgraph(graph, ['belarus', 'lukashenka'], undefined, { keepAllSources: true });
    expect(sub.getNodeAttribute('lukashenka', 'parent')).toBe('belarus');
    expect(sub.getAttribute('sources')).toHaveLength(3);
  });

  it('takes only the given edges, and only those whose ends are chosen', () => {
    const graph = importGraph();
    const sub = subgraphOfChoice(graph, {
      nodeIds: ['united-states', 'lukashenka'],
      edgeIds: ['lukashenka--yield--us', 'belarus--material-cooperation--china'],
    });
    expect(sub.edges()).toEqual(['lukashenka--yield--us']);
    expect(sub.getAttribute('sources').map((s) => s.id)).toEqual(['lawfare']);
  });

  it('passes import validation unchanged (export, import, identical graph)', () => {
    const graph = importGraph();
    for (const nodes of [['lukashenka', 'united-states'], ['ministry', 'watchdog'], ['china'], graph.nodes()]) {
      const sub = buildSubgraph(graph, nodes);
      const result = importGraphFile({ path: 'sub.json', text: JSON.stringify(exportGraph(sub)) });
      if (!result.ok) throw new Error(JSON.stringify(result.problems));
      expect(result.imported.graph.export()).toEqual(sub.export());
    }
  });
});
