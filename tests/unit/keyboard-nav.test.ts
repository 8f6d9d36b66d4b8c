// Keyboard on the canvas and what is announced (issue 17), as pure functions tested in Node: the
// key map, the nearest actor in a direction, the relation cycle, and the sentences a screen reader
// hears for an actor, a relation and the whole view.
import { describe, expect, it } from 'vitest';
import { cycle, firstFocus, keyAction, nearestInDirection, nextFocus, type Placed } from '../../src/view/keyboard-nav';
import { describeActor, describeRelation, summariseView } from '../../src/view/announce';
import { computeVisibility, NO_FILTERS } from '../../src/model/filters';
import { perspectiveView } from '../../src/model/perspective';
import { fixtureGraph } from '../fixtures/explorer';
import { stanceGraph } from '../fixtures/perspective-graphs';

const P = (id: string, x: number, y: number): Placed => ({ id, x, y });

describe('nearestInDirection', () => {
  const from = P('o', 0, 0);
  const around = [P('right', 100, 10), P('left', -80, 0), P('up', 5, -60), P('down', 0, 120), P('far-right', 300, 0)];
  it('finds the nearest point each way (screen y grows downwards)', () => {
    expect(nearestInDirection(from, around, 'right')).toBe('right');
    expect(nearestInDirection(from, around, 'left')).toBe('left');
    expect(nearestInDirection(from, around, 'up')).toBe('up');
    expect(nearestInDirection(from, around, 'down')).toBe('down');
  });
  it('prefers a point inside the 45° cone to a closer one far off the line', () => {
    const points = [P('diagonal-low', 40, 90), P('ahead', 200, 20)];
    expect(nearestInDirection(from, points, 'right')).toBe('ahead');
  });
  it('takes a point on that side outside the cone when nothing is inside it', () => {
    expect(nearestInDirection(from, [P('steep', 10, 200)], 'right')).toBe('steep');
  });
  it('gives nothing when no point lies that way, and never the origin itself', () => {
    expect(nearestInDirection(from, [P('left', -10, 0), P('o', 0, 0)], 'right')).toBeUndefined();
  });
  it('nextFocus: a neighbour that way first, else any actor that way', () => {
    const neighbours = [P('n', 200, 0)];
    const all = [P('n', 200, 0), P('near', 50, 0), P('l', -50, 0)];
    expect(nextFocus(from, neighbours, all, 'right')).toBe('n');
    expect(nextFocus(from, neighbours, all, 'left')).toBe('l');
  });
});

describe('firstFocus and cycle', () => {
  it('starts at the actor nearest the middle of the view', () => {
    expect(firstFocus([P('a', 0, 0), P('b', 90, 90), P('c', 200, 200)], { x: 100, y: 100 })).toBe('b');
    expect(firstFocus([], { x: 0, y: 0 })).toBeUndefined();
  });
  it('steps through relations both ways and wraps', () => {
    const ids = ['r1', 'r2', 'r3'];
    expect(cycle(ids, undefined, 1)).toBe('r1');
    expect(cycle(ids, undefined, -1)).toBe('r3');
    expect(cycle(ids, 'r3', 1)).toBe('r1');
    expect(cycle(ids, 'r1', -1)).toBe('r3');
    expect(cycle([], 'r1', 1)).toBeUndefined();
  });
});

describe('keyAction', () => {
  it('maps the keys', () => {
    expect(keyAction('ArrowLeft')).toEqual({ kind: 'move', direction: 'left' });
    expect(keyAction('Enter')).toEqual({ kind: 'select', additive: false });
    expect(keyAction('Enter', { shift: true })).toEqual({ kind: 'select', additive: true });
    expect(keyAction('Escape')).toEqual({ kind: 'clear' });
    expect(keyAction('+')).toEqual({ kind: 'zoom', factor: 1.25 });
    expect(keyAction('-')).toEqual({ kind: 'zoom', factor: 0.8 });
    expect(keyAction(']')).toEqual({ kind: 'cycle-relation', step: 1 });
    expect(keyAction(' ')).toEqual({ kind: 'toggle-group' });
  });
  it('leaves Tab, letters and browser shortcuts alone', () => {
    expect(keyAction('Tab')).toBeNull();
    expect(keyAction('a')).toBeNull();
    expect(keyAction('+', { ctrl: true })).toBeNull();
    expect(keyAction('ArrowLeft', { alt: true })).toBeNull();
  });
});

describe('announcements', () => {
  const graph = fixtureGraph();
  const view = perspectiveView(graph, { mode: 'all' });
  const visibility = computeVisibility(graph, { filters: NO_FILTERS });
  it('describes an actor: label, kind, relations drawn, articles, members', () => {
    expect(describeActor(graph, 'by', view, visibility)).toBe('Belarus, state, 5 relations, stated by 2 articles, group of 1 member');
    expect(describeActor(graph, 'lonely', view, visibility)).toBe('Lonely Org, organisation or body, 0 relations');
    expect(describeActor(graph, 'nobody', view, visibility)).toBe('');
  });
  it('describes a relation: ends, type, how many articles report it', () => {
    expect(describeRelation(graph, 'kellogg--consult--luka', view)).toBe('Keith Kellogg to Alexander Lukashenko, Talks and visits, reported by 2 articles');
    expect(describeRelation(graph, 'trump--statement--luka', view)).toMatch(/^Donald Trump and Alexander Lukashenko, .*, reported by 1 article$/);
  });
  it('counts and names the disputed relations', () => {
    const stance = stanceGraph();
    const compare = perspectiveView(stance, { mode: 'compare', a: 'lawfare', b: 'quincy' });
    const vis = computeVisibility(stance, {
      filters: NO_FILTERS,
      perspectiveActors: compare.visibleActorIds,
      perspectiveRelations: compare.visibleRelationIds,
    });
    expect(compare.disputedRelationIds.length).toBeGreaterThan(0);
    const first = compare.disputedRelationIds[0]!;
    expect(describeRelation(stance, first, compare)).toMatch(/, disputed$/);
    const summary = summariseView(stance, compare, vis);
    expect(summary).toContain(`${compare.disputedRelationIds.length} disputed relation`);
    expect(summary).toMatch(/two articles compared: .+ and .+\./);
  });
  it('summarises the view: counts, perspective, best-connected actors', () => {
    const summary = summariseView(graph, view, visibility);
    expect(summary).toMatch(/^Showing \d+ of 10 actors and 8 of 8 relations, all articles\. Most connected: Belarus \(5\)/);
    expect(summary).toContain('No disputed relations shown.');
  });
});
