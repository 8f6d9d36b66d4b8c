// "Merge parallel relations" (issue 16): one edge per pair of drawn nodes, its count, direction,
// dominant QuadClass, and its look under each perspective, on a hand-made graph.
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/model/graph';
import type { Actor, Claim, Relation } from '../../src/model/schema';
import type { RelationTypeId } from '../../src/model/typology';
import { computeVisibility, NO_FILTERS } from '../../src/model/filters';
import { perspectiveView, type Perspective } from '../../src/model/perspective';
import { buildElements } from '../../src/view/elements';
import { elementLooks } from '../../src/view/looks';
import { dominant, mergeParallel, mergedLooks, pairDetails, pairId, pairOfRelation } from '../../src/view/merged-pairs';
import { claim, opposes } from '../fixtures/perspective-graphs';

const actor = (id: string, kind: Actor['kind'] = 'state', parent?: string): Actor => ({
  id,
  label: id.toUpperCase(),
  kind,
  aliases: [],
  description: `The ${id} fixture actor.`,
  ...(parent ? { parent } : {}),
});
const rel = (id: string, from: string, to: string, type: RelationTypeId, claims: Claim[], direction: Relation['direction'] = 'directed'): Relation => ({
  id,
  from,
  to,
  type,
  direction,
  label: id,
  claims,
});

/** a–b: three relations (two verbal cooperation, one material conflict, both directions); a–c: two one-way; b–c: one. */
function fixture() {
  return buildGraph({
    sources: [
      { id: 'lawfare', title: 'Lawfare', kind: 'analysis', perspective: 'One view.' },
      { id: 'quincy', title: 'Quincy', kind: 'analysis', perspective: 'Another view.' },
    ],
    actors: [actor('a'), actor('b'), actor('c'), actor('p', 'person', 'c')],
    relations: [
      rel('ab1', 'a', 'b', 'statement', [claim('lawfare', 5)]),
      rel('ab2', 'b', 'a', 'consult', [claim('lawfare', 6), claim('quincy', 4)]),
      rel('ab3', 'a', 'b', 'fight', [opposes('quincy', -8)]),
      rel('ac1', 'a', 'c', 'reject', [claim('lawfare', -3)]),
      rel('ac2', 'a', 'c', 'fight', [claim('lawfare', -7, 'speculated')]),
      rel('bc1', 'b', 'c', 'statement', [claim('quincy', 2)], 'mutual'),
      rel('ap1', 'a', 'p', 'statement', [claim('quincy', 1)]),
    ],
  });
}

const graph = fixture();
const base = buildElements(graph);

function setup(perspective: Perspective = { mode: 'all' }, fade = false, collapsed?: ReadonlySet<string>) {
  const elements0 = collapsed ? buildElements(graph, { collapsed }) : base;
  const view = perspectiveView(graph, perspective);
  const visibility = computeVisibility(graph, {
    filters: NO_FILTERS,
    perspectiveActors: perspective.mode === 'all' ? undefined : view.visibleActorIds,
    perspectiveRelations: perspective.mode === 'all' ? undefined : view.visibleRelationIds,
    fadeOutsidePerspective: fade,
  });
  const elements = mergeParallel(graph, elements0, visibility);
  const looks = mergedLooks(elements, elementLooks(elements, { visibility, view }), { visibility, view });
  return { elements, looks, visibility };
}

const edge = (elements: ReturnType<typeof setup>['elements'], id: string) => elements.edges.find((e) => e.data.id === id)?.data;

describe('mergeParallel', () => {
  it('draws one edge per pair with two or more relations, counted, and leaves single relations alone', () => {
    const { elements } = setup();
    expect(elements.edges.map((e) => e.data.id).sort()).toEqual(['ap1', 'bc1', pairId('a', 'b'), pairId('a', 'c')].sort());
    expect(edge(elements, 'pair:a|b')).toMatchObject({ role: 'pair', count: 3, members: ['ab1', 'ab2', 'ab3'], typeLabel: '3 relations' });
    expect(edge(elements, 'pair:a|c')).toMatchObject({ role: 'pair', count: 2, members: ['ac1', 'ac2'] });
    expect(elements.nodes).toBe(base.nodes);
  });

  it('keeps an arrow only when every relation goes the same way', () => {
    const { elements } = setup();
    expect(edge(elements, 'pair:a|c')).toMatchObject({ source: 'a', target: 'c', direction: 'directed' });
    expect(edge(elements, 'pair:a|b')).toMatchObject({ direction: 'mutual' });
  });

  it('colours by the dominant QuadClass, a tie going to the more conflictual class', () => {
    const { elements } = setup();
    expect(edge(elements, 'pair:a|b')!.quad).toBe(1); // two verbal cooperation against one material conflict
    expect(edge(elements, 'pair:a|c')!.quad).toBe(4); // one verbal conflict, one material conflict: the tie goes to 4
  });

  it('counts only the relations the view shows: one article leaves a pair with a single relation unmerged', () => {
    const { elements } = setup({ mode: 'one', source: 'lawfare' });
    // lawfare states ab1 and ab2 (merged), ac1 and ac2 (merged); not ab3, bc1, ap1 (hidden)
    expect(edge(elements, 'pair:a|b')).toMatchObject({ count: 2, members: ['ab1', 'ab2'] });
    const quincy = setup({ mode: 'one', source: 'quincy' }).elements;
    expect(edge(quincy, 'pair:a|b')).toMatchObject({ count: 2, members: ['ab2', 'ab3'] });
    expect(edge(quincy, 'pair:a|c')).toBeUndefined();
    expect(quincy.edges.some((e) => e.data.id === 'ac1')).toBe(true); // hidden, left as it is
  });

  it('merges faded relations only when none of the pair is shown, and draws the pair faded', () => {
    const { elements, looks } = setup({ mode: 'one', source: 'quincy' }, true);
    expect(edge(elements, 'pair:a|c')).toMatchObject({ count: 2, members: ['ac1', 'ac2'] });
    expect(looks.get('pair:a|c')).toMatchObject({ faded: true, hidden: false });
    // a–b: ab2 and ab3 shown, ab1 faded beside them: the pair counts the shown two
    expect(edge(elements, 'pair:a|b')).toMatchObject({ count: 2, members: ['ab2', 'ab3'] });
    expect(looks.get('pair:a|b')!.faded).toBe(false);
  });

  it('merges a collapsed group’s bundle with the relations beside it', () => {
    const { elements } = setup({ mode: 'all' }, false, new Set(['c']));
    // c collapsed: ac1, ac2 and ap1 all end at c
    expect(edge(elements, 'pair:a|c')).toMatchObject({ count: 3, members: ['ac1', 'ac2', 'ap1'] });
  });

  it('returns the very same records when nothing is merged', () => {
    const { visibility } = setup();
    const single = buildElements(graph, { collapsed: new Set() });
    const only = { ...single, edges: single.edges.filter((e) => ['ab1', 'bc1'].includes(e.data.id)) };
    expect(mergeParallel(graph, only, visibility)).toBe(only);
  });

  it('maps each merged relation to its pair', () => {
    const map = pairOfRelation(setup().elements);
    expect(map.get('ab3')).toBe('pair:a|b');
    expect(map.has('bc1')).toBe(false);
  });
});

describe('mergedLooks', () => {
  it('all articles: coloured by QuadClass, the strongest member’s weight, the disagreement mark from any member', () => {
    const { looks } = setup();
    const ab = looks.get('pair:a|b')!;
    expect(ab).toMatchObject({ colourBy: 'quad', hidden: false, faded: false });
    expect(ab.weight).toBe(1); // ab2 is stated by both articles
    // ab3 is only opposed, by Quincy alone: no disagreement, but the pair is not "opposed" (one of three)
    expect(ab.opposed).toBe(false);
    expect(looks.get('ac1')).toBeUndefined();
  });

  it('one article: the dominant tone band, opposed when at least half its members are', () => {
    const lawfare = setup({ mode: 'one', source: 'lawfare' }).looks.get('pair:a|c')!;
    // tones -3 (cool) and -7 (hostile): a tie, the more hostile band wins
    expect(lawfare).toMatchObject({ colourBy: 'tone', toneBand: 'n2', opposed: false });
    const quincy = setup({ mode: 'one', source: 'quincy' }).looks.get('pair:a|b')!;
    // ab2 (+4, warm) supported, ab3 (-8) opposed: one of two opposed
    expect(quincy).toMatchObject({ colourBy: 'tone', opposed: true });
  });

  it('a modality only when every member shares it', () => {
    const { looks } = setup({ mode: 'one', source: 'lawfare' });
    expect(looks.get('pair:a|c')!.modality).toBeUndefined(); // reported and speculated
  });

  it('compare: the dominant status, ties to the more alarming one', () => {
    const { looks } = setup({ mode: 'compare', a: 'lawfare', b: 'quincy' });
    // ab1 only-a, ab2 agree, ab3 only-b: a three-way tie, agree comes first in STATUS_ORDER after disputed/differ
    expect(looks.get('pair:a|b')).toMatchObject({ colourBy: 'status', status: 'agree' });
  });

  it('a merged edge recedes when something else is selected, and not when an end is', () => {
    const { elements, visibility } = setup();
    const view = perspectiveView(graph, { mode: 'all' });
    const emphasis = { elements: new Set(['c', 'bc1']) };
    const looks = mergedLooks(elements, elementLooks(elements, { visibility, view, emphasis }), { visibility, view, emphasis });
    expect(looks.get('pair:a|b')!.backdrop).toBe(true);
    const withPair = { elements: new Set(['pair:a|b', 'a', 'b']) };
    expect(mergedLooks(elements, new Map(), { visibility, view, emphasis: withPair }).get('pair:a|b')!.backdrop).toBe(false);
  });
});

describe('pairDetails', () => {
  it('lists every relation of the pair with its ends and type', () => {
    const { elements, visibility } = setup();
    const details = pairDetails(graph, elements, 'pair:a|b', visibility)!;
    expect(details.a.label).toBe('A');
    expect(details.b.label).toBe('B');
    expect(details.relations.map((r) => [r.id, r.fromLabel, r.toLabel, r.quad])).toEqual([
      ['ab1', 'A', 'B', 1],
      ['ab2', 'B', 'A', 1],
      ['ab3', 'A', 'B', 4],
    ]);
    expect(details.faded).toBe(false);
    expect(pairDetails(graph, elements, 'ab1', visibility)).toBeUndefined();
  });
});

describe('dominant', () => {
  it('picks the most frequent value, ties by priority', () => {
    expect(dominant([1, 2, 2], [1, 2])).toBe(2);
    expect(dominant([1, 2], [2, 1])).toBe(2);
    expect(dominant([], [1])).toBeUndefined();
  });
});
