// The explorer's derivations as pure functions in src/view/, tested in Node on the hand-made
// fixture graph (no Svelte, no canvas): emphasis, list rows, the bundle pane, what an export
// takes, positions from the canvas, the target of an id, the progress line.
import { describe, expect, it } from 'vitest';
import { buildElements, META_PREFIX } from '../../src/view/elements';
import { emphasisOf } from '../../src/view/emphasis';
import { actorRows, contestedRows, relationRows } from '../../src/view/rows';
import { metaDetails } from '../../src/view/details';
import { chosenSubgraph } from '../../src/view/chosen-subgraph';
import { mergeCanvasPositions, nodePositions } from '../../src/view/positions';
import { targetFor } from '../../src/view/target';
import { stageText, withThousands } from '../../src/view/progress-text';
import { computeVisibility, NO_FILTERS } from '../../src/model/filters';
import { perspectiveView } from '../../src/model/perspective';
import { membersOf } from '../../src/model/membership';
import { FIXTURE_LEAF_POSITIONS, fixtureGraph } from '../fixtures/explorer';

const graph = fixtureGraph();
const members = membersOf(graph);
const POSITIONS = FIXTURE_LEAF_POSITIONS;
const expanded = buildElements(graph, { positions: POSITIONS });
const usCollapsed = buildElements(graph, { positions: POSITIONS, collapsed: new Set(['us']) });
const allView = perspectiveView(graph, { mode: 'all' });
const allVisible = computeVisibility(graph, { filters: NO_FILTERS });

describe('emphasisOf', () => {
  it('is undefined when nothing is selected, or only ids that are not drawn', () => {
    expect(emphasisOf(graph, expanded, members, new Set())).toBeUndefined();
    expect(emphasisOf(graph, expanded, members, new Set(['nobody']))).toBeUndefined();
  });

  it('keeps an actor, its groups, its drawn relations and their other ends bright', () => {
    const bright = emphasisOf(graph, expanded, members, new Set(['kellogg']))!.elements;
    expect([...bright].sort()).toEqual(['by', 'kellogg', 'kellogg--consult--luka', 'luka', 'us']);
  });

  it('keeps a selected group\u2019s drawn members bright, and a relation with its two ends', () => {
    const group = emphasisOf(graph, expanded, members, new Set(['opp']))!.elements;
    expect(group.has('tikh')).toBe(true);
    const relation = emphasisOf(graph, expanded, members, new Set(['by--aid--ru']))!.elements;
    expect([...relation].sort()).toEqual(['by', 'by--aid--ru', 'ru']);
  });

  it('stands a collapsed group and its bundles in for the hidden members', () => {
    const bright = emphasisOf(graph, usCollapsed, members, new Set(['kellogg']))!.elements;
    expect(bright.has('kellogg')).toBe(false);
    expect(bright.has('us')).toBe(true);
    expect(bright.has(`${META_PREFIX}us->luka`)).toBe(true);
    expect(bright.has('eu')).toBe(false);
  });
});

describe('list rows', () => {
  it('lists drawn relations by their ends\u2019 labels, leaving hidden ones out', () => {
    const rows = relationRows(graph, allView, allVisible);
    expect(rows).toHaveLength(graph.size);
    expect(rows[0]!.fromLabel).toBe('Alexander Lukashenko');
    const labels = rows.map((r) => `${r.fromLabel}>${r.toLabel}`);
    expect(labels).toEqual([...labels].sort((a, b) => a.localeCompare(b)));
    const noCoercion = computeVisibility(graph, { filters: { ...NO_FILTERS, hiddenQuads: new Set([4]) } });
    expect(relationRows(graph, allView, noCoercion).map((r) => r.id)).not.toContain('luka--coerce--tikh');
  });

  it('lists actors as a tree, members under their group, each level by label', () => {
    const rows = actorRows(graph, members, allVisible);
    expect(rows).toHaveLength(graph.order);
    const us = rows.findIndex((r) => r.id === 'us');
    expect(rows.slice(us, us + 3).map((r) => [r.id, r.depth])).toEqual([
      ['us', 0],
      ['trump', 1],
      ['kellogg', 1],
    ]);
    expect(rows.filter((r) => r.depth === 0).map((r) => r.label)).toEqual([
      'Belarus',
      'Belarusian opposition',
      'European Union',
      'Lonely Org',
      'Russia',
      'United States',
    ]);
  });

  it('lists the contested relations of a comparison with their ends', () => {
    const compare = perspectiveView(graph, { mode: 'compare', a: 'alpha', b: 'beta' });
    const rows = contestedRows(graph, compare);
    expect(rows.map((r) => r.id).sort()).toEqual(['by--material-cooperation--ru', 'eu--reduce-relations--by']);
    expect(rows.find((r) => r.id === 'eu--reduce-relations--by')).toMatchObject({ fromLabel: 'European Union', toLabel: 'Belarus' });
  });
});

describe('metaDetails', () => {
  it('names a bundle\u2019s ends and the relations it stands for; undefined for an id not drawn', () => {
    const details = metaDetails(graph, usCollapsed, `${META_PREFIX}us->luka`)!;
    expect(details.from).toEqual({ id: 'us', label: 'United States' });
    expect(details.to).toEqual({ id: 'luka', label: 'Alexander Lukashenko' });
    expect(details.relations.map((r) => r.id).sort()).toEqual(['kellogg--consult--luka', 'trump--statement--luka']);
    expect(details.relations.find((r) => r.id === 'kellogg--consult--luka')).toMatchObject({ fromLabel: 'Keith Kellogg', toLabel: 'Alexander Lukashenko' });
    expect(metaDetails(graph, expanded, `${META_PREFIX}us->luka`)).toBeUndefined();
  });
});

describe('chosenSubgraph', () => {
  it('takes everything shown when no actor is selected, with group positions at their members\u2019 centre', () => {
    const all = chosenSubgraph(graph, { selectedIds: [], visibility: allVisible, members, positions: POSITIONS });
    expect(all.fromSelection).toBe(false);
    expect(all.nodeIds).toHaveLength(graph.order);
    expect(all.positions.us).toEqual({ x: 50, y: 0 });
  });

  it('takes the selected actors, a selected relation bringing its two ends', () => {
    const chosen = chosenSubgraph(graph, { selectedIds: ['by--aid--ru'], visibility: allVisible, members, positions: POSITIONS });
    expect(chosen.fromSelection).toBe(true);
    expect([...chosen.nodeIds].sort()).toEqual(['by', 'ru']);
    expect([...chosen.edgeIds].sort()).toEqual(['by--aid--ru', 'by--material-cooperation--ru']);
    expect(chosen.positions.by).toEqual({ x: 300, y: 0 });
  });
});

describe('positions', () => {
  it('moves a dragged collapsed group\u2019s members by its displacement, and takes a leaf\u2019s own', () => {
    const next = mergeCanvasPositions(POSITIONS, { us: { x: 150, y: 40 }, lonely: { x: 1, y: 2 } }, new Set(['us']), members);
    expect(next.trump).toEqual({ x: 100, y: 40 });
    expect(next.kellogg).toEqual({ x: 200, y: 40 });
    expect(next.lonely).toEqual({ x: 1, y: 2 });
    expect(next.us).toBeUndefined();
    expect(POSITIONS.trump).toEqual({ x: 0, y: 0 });
  });

  it('leaves members alone when the group did not really move', () => {
    const next = mergeCanvasPositions(POSITIONS, { us: { x: 50.01, y: 0 } }, new Set(['us']), members);
    expect(next.trump).toEqual(POSITIONS.trump);
  });

  it('reads the drawn nodes\u2019 positions, a collapsed group at its members\u2019 centre', () => {
    const positions = nodePositions(usCollapsed);
    expect(positions.us).toEqual({ x: 50, y: 0 });
    expect(positions.trump).toBeUndefined();
    expect(positions.lonely).toEqual({ x: -200, y: 0 });
  });
});

describe('targetFor', () => {
  it('tells an actor, a relation, a bundle and an unknown id apart', () => {
    expect(targetFor(graph, usCollapsed, 'ru')).toEqual({ kind: 'actor', id: 'ru' });
    expect(targetFor(graph, usCollapsed, 'by--aid--ru')).toEqual({ kind: 'relation', id: 'by--aid--ru' });
    expect(targetFor(graph, usCollapsed, `${META_PREFIX}us->luka`)).toEqual({ kind: 'meta', id: `${META_PREFIX}us->luka` });
    expect(targetFor(graph, expanded, `${META_PREFIX}us->luka`)).toBeNull();
  });
});

describe('progress text', () => {
  it('says each stage with the actor count grouped by thousands', () => {
    expect(stageText('placing', 1667)).toBe('Laying out 1,667 actors…');
    expect(stageText('separating', 1667)).toBe('Separating overlapping actors…');
    expect(stageText('drawing', 5000)).toBe('Drawing 5,000 actors…');
    expect(withThousands(1234567)).toBe('1,234,567');
  });
});
