import { describe, expect, it } from 'vitest';
import { DEFAULT_URL_STATE, formatUrlState, MERGE_PAIRS_DEFAULT, parseUrlState, type KnownIds, type UrlState } from '../../src/model/url-state';
import { NO_FILTERS } from '../../src/model/filters';
import { fixtureGraph } from '../fixtures/explorer';

const graph = fixtureGraph();
const known: KnownIds = { sources: ['alpha', 'beta', 'gamma'], hasActor: (id) => graph.hasNode(id), hasRelation: (id) => graph.hasEdge(id) };

const full: UrlState = {
  perspective: { mode: 'compare', a: 'alpha', b: 'beta' },
  selection: { kind: 'actor', id: 'luka' },
  focusHops: 2,
  filters: { hiddenTypes: new Set(['statement', 'appeal']), hiddenQuads: new Set([4]), hiddenKinds: new Set(['person']) },
  collapsed: new Set(['us', 'by']),
  fadeOutside: true,
  mergePairs: MERGE_PAIRS_DEFAULT,
};

describe('url state', () => {
  it('formats the default view as no hash', () => {
    expect(formatUrlState(DEFAULT_URL_STATE)).toBe('');
    expect(parseUrlState('', known)).toEqual(DEFAULT_URL_STATE);
    expect(parseUrlState('#', known)).toEqual(DEFAULT_URL_STATE);
  });

  it('formats readable, stable hashes (fixed key order, sorted lists)', () => {
    expect(formatUrlState(full)).toBe(
      '#view=compare:alpha,beta&actor=luka&focus=2&hide-types=appeal,statement&hide-quads=4&hide-kinds=person&collapsed=by,us&fade=1',
    );
    expect(
      formatUrlState({ ...DEFAULT_URL_STATE, perspective: { mode: 'one', source: 'gamma' }, selection: { kind: 'relation', id: 'kellogg--consult--luka' } }),
    ).toBe('#view=one:gamma&relation=kellogg--consult--luka');
  });

  it('round-trips', () => {
    expect(parseUrlState(formatUrlState(full), known)).toEqual(full);
    const relation: UrlState = { ...DEFAULT_URL_STATE, selection: { kind: 'relation', id: 'us--yield--by' } };
    expect(parseUrlState(formatUrlState(relation), known)).toEqual(relation);
  });

  it('drops what it does not know instead of failing', () => {
    const state = parseUrlState(
      '#view=one:nobody&actor=ghost&focus=7&hide-types=statement,bogus&hide-quads=9,2&hide-kinds=alien&collapsed=us,ghost&fade=yes&junk',
      known,
    );
    expect(state.perspective).toEqual({ mode: 'all' });
    expect(state.selection).toBeNull();
    expect(state.focusHops).toBe(0);
    expect([...state.filters.hiddenTypes]).toEqual(['statement']);
    expect([...state.filters.hiddenQuads]).toEqual([2]);
    expect(state.filters.hiddenKinds.size).toBe(0);
    expect([...state.collapsed]).toEqual(['us']);
    expect(state.fadeOutside).toBe(false);
  });

  it('keeps focus only with a selected actor, and prefers a relation over an actor', () => {
    expect(parseUrlState('#relation=us--yield--by&focus=1', known).focusHops).toBe(0);
    expect(parseUrlState('#actor=luka&relation=us--yield--by', known).selection).toEqual({ kind: 'relation', id: 'us--yield--by' });
    expect(formatUrlState({ ...DEFAULT_URL_STATE, focusHops: 1 })).toBe('');
  });

  it('accepts percent-encoded values', () => {
    expect(parseUrlState('#view=compare%3Aalpha%2Cbeta', known).perspective).toEqual({ mode: 'compare', a: 'alpha', b: 'beta' });
    expect(parseUrlState('#view=%E0%A4%A', known).perspective).toEqual({ mode: 'all' });
  });

  it('uses NO_FILTERS-shaped filters', () => {
    expect(Object.keys(parseUrlState('', known).filters).sort()).toEqual(Object.keys(NO_FILTERS).sort());
  });

  it('writes merge= only when it differs from the default, and reads 0 and 1 (anything else is the default)', () => {
    const other = !MERGE_PAIRS_DEFAULT;
    const hash = formatUrlState({ ...DEFAULT_URL_STATE, mergePairs: other });
    expect(hash).toBe(`#merge=${other ? '1' : '0'}`);
    expect(parseUrlState(hash, known).mergePairs).toBe(other);
    expect(parseUrlState('#merge=1', known).mergePairs).toBe(true);
    expect(parseUrlState('#merge=0', known).mergePairs).toBe(false);
    expect(parseUrlState('#merge=yes', known).mergePairs).toBe(MERGE_PAIRS_DEFAULT);
    expect(formatUrlState({ ...full, mergePairs: other })).toBe(`${formatUrlState(full)}&merge=${other ? '1' : '0'}`);
  });
});
