import { describe, expect, it } from 'vitest';
import { computeVisibility, isFiltering, NO_FILTERS, sameFilters, sameMembers, toggled, typeShown, type Filters } from '../../src/model/filters';
import { perspectiveView } from '../../src/model/perspective';
import { fixtureGraph } from '../fixtures/explorer';

const graph = fixtureGraph();
const sorted = (ids: Iterable<string>): string[] => [...ids].sort();
const filters = (patch: Partial<Filters>): Filters => ({ ...NO_FILTERS, ...patch });

describe('filter helpers', () => {
  it('tells equal sets and filter settings apart from different ones, whatever their order', () => {
    expect(sameMembers(new Set(['a', 'b']), new Set(['b', 'a']))).toBe(true);
    expect(sameMembers(new Set(['a', 'b']), new Set(['a']))).toBe(false);
    expect(sameMembers(new Set(['a', 'b']), new Set(['a', 'c']))).toBe(false);
    const some: Filters = { hiddenTypes: new Set(['statement']), hiddenQuads: new Set([4]), hiddenKinds: new Set() };
    expect(sameFilters(some, { hiddenTypes: new Set(['statement']), hiddenQuads: new Set([4]), hiddenKinds: new Set() })).toBe(true);
    expect(sameFilters(some, NO_FILTERS)).toBe(false);
    expect(sameFilters(some, { ...some, hiddenKinds: new Set(['bloc']) })).toBe(false);
  });

  it('toggles a value in a copy', () => {
    const set = new Set(['a']);
    expect(sorted(toggled(set, 'b'))).toEqual(['a', 'b']);
    expect(sorted(toggled(set, 'a'))).toEqual([]);
    expect(sorted(toggled(set, 'a', true))).toEqual(['a']);
    expect(sorted(set)).toEqual(['a']);
  });

  it('hides a type when it or its QuadClass is unticked', () => {
    expect(typeShown(NO_FILTERS, 'consult')).toBe(true);
    expect(typeShown(filters({ hiddenTypes: new Set(['consult']) }), 'consult')).toBe(false);
    expect(typeShown(filters({ hiddenQuads: new Set([1]) }), 'consult')).toBe(false);
    expect(typeShown(filters({ hiddenQuads: new Set([4]) }), 'consult')).toBe(true);
    expect(isFiltering(NO_FILTERS)).toBe(false);
    expect(isFiltering(filters({ hiddenKinds: new Set(['person']) }))).toBe(true);
  });
});

describe('computeVisibility', () => {
  it('shows everything without filters, perspective or focus', () => {
    const v = computeVisibility(graph, { filters: NO_FILTERS });
    expect(v.shownActors.size).toBe(graph.order);
    expect(v.shownRelations.size).toBe(graph.size);
    expect(v.focus).toBeUndefined();
  });

  it('hides relation types and QuadClasses, keeping the actors', () => {
    const v = computeVisibility(graph, { filters: filters({ hiddenQuads: new Set([4]), hiddenTypes: new Set(['statement']) }) });
    expect(sorted(v.shownRelations)).toEqual(['by--aid--ru', 'by--material-cooperation--ru', 'kellogg--consult--luka', 'us--yield--by']);
    expect(v.relations.get('luka--coerce--tikh')).toBe('hidden');
    expect(v.shownActors.size).toBe(graph.order);
  });

  it('hides actors of a kind and their relations, but draws a hidden group that holds a shown member as context', () => {
    const v = computeVisibility(graph, { filters: filters({ hiddenKinds: new Set(['state']) }) });
    expect(v.actors.get('ru')).toBe('hidden');
    expect(v.actors.get('us')).toBe('context');
    expect(v.actors.get('by')).toBe('context');
    expect(v.relations.get('us--yield--by')).toBe('hidden');
    expect(v.relations.get('kellogg--consult--luka')).toBe('shown');
    expect(v.drawnActors.has('us')).toBe(true);
    expect(v.shownActors.has('us')).toBe(false);
  });

  it('applies a perspective: hidden by default, faded as a setting', () => {
    const view = perspectiveView(graph, { mode: 'one', source: 'gamma' });
    const input = { filters: NO_FILTERS, perspectiveActors: view.visibleActorIds, perspectiveRelations: view.visibleRelationIds };
    const hidden = computeVisibility(graph, input);
    expect(sorted(hidden.shownRelations)).toEqual(['trump--statement--luka']);
    expect(sorted(hidden.drawnActors)).toEqual(['by', 'luka', 'trump', 'us']);
    const faded = computeVisibility(graph, { ...input, fadeOutsidePerspective: true });
    expect(sorted(faded.shownRelations)).toEqual(['trump--statement--luka']);
    expect(faded.relations.get('us--yield--by')).toBe('faded');
    expect(faded.actors.get('eu')).toBe('faded');
    expect(faded.drawnRelations.size).toBe(graph.size);
  });

  it('focuses on the neighbourhood of an actor, 1 or 2 hops over shown relations', () => {
    const one = computeVisibility(graph, { filters: NO_FILTERS, focus: { actor: 'luka', hops: 1 } });
    expect(sorted(one.shownActors)).toEqual(['kellogg', 'luka', 'tikh', 'trump']);
    expect(one.actors.get('by')).toBe('faded');
    expect(sorted(one.shownRelations)).toEqual(['kellogg--consult--luka', 'luka--coerce--tikh', 'trump--statement--luka']);
    expect(one.focus).toEqual({ actor: 'luka', hops: 1 });

    const two = computeVisibility(graph, { filters: NO_FILTERS, focus: { actor: 'ru', hops: 2 } });
    expect(sorted(two.shownActors)).toEqual(['by', 'eu', 'ru', 'us']);
    // Only shown relations are followed: without the yield/sanctions relations the US is out of reach.
    const filtered = computeVisibility(graph, { filters: filters({ hiddenTypes: new Set(['yield', 'reduce-relations']) }), focus: { actor: 'ru', hops: 2 } });
    expect(sorted(filtered.shownActors)).toEqual(['by', 'ru']);
  });

  it('ignores a focus on a hidden actor', () => {
    const v = computeVisibility(graph, { filters: filters({ hiddenKinds: new Set(['person']) }), focus: { actor: 'luka', hops: 1 } });
    expect(v.focus).toBeUndefined();
    expect(v.actors.get('by')).toBe('shown');
  });
});
