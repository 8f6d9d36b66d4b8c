import { describe, expect, it } from 'vitest';
import {
  DEFAULT_URL_STATE,
  differOnlyInAsOf,
  formatUrlState,
  MERGE_PAIRS_DEFAULT,
  parseUrlState,
  type KnownIds,
  type UrlState,
} from '../../src/model/url-state';
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
  tour: { id: 'five-readings', step: 2 },
  path: null,
  asOf: null,
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
      '#view=compare:alpha,beta&actor=luka&focus=2&hide-types=appeal,statement&hide-quads=4&hide-kinds=person&collapsed=by,us&fade=1&tour=five-readings&step=2',
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

  it('reads a tour and its step (tour=ID&step=N), the step 1 when missing', () => {
    expect(parseUrlState('#view=one:alpha&tour=five-readings&step=3', known).tour).toEqual({ id: 'five-readings', step: 3 });
    expect(parseUrlState('#tour=five-readings', known).tour).toEqual({ id: 'five-readings', step: 1 });
    expect(formatUrlState({ ...DEFAULT_URL_STATE, tour: { id: 'five-readings', step: 13 } })).toBe('#tour=five-readings&step=13');
  });

  it('drops a tour whose id is not a slug or whose step is not a whole number from 1 to 99', () => {
    for (const hash of [
      '#tour=Five%20Readings',
      '#tour=../x',
      '#tour=',
      '#tour=a&step=0',
      '#tour=a&step=-1',
      '#tour=a&step=1.5',
      '#tour=a&step=100',
      '#tour=a&step=x',
    ]) {
      expect(parseUrlState(hash, known).tour, hash).toBeNull();
    }
    expect(parseUrlState('#step=2', known).tour).toBeNull();
  });
});

describe('url state: the Path tool and the Depth', () => {
  it('writes path=FROM,TO and path-dir=1 only when it follows direction, and reads them back', () => {
    const undirected: UrlState = { ...DEFAULT_URL_STATE, path: { from: 'kellogg', to: 'tikh', directed: false } };
    expect(formatUrlState(undirected)).toBe('#path=kellogg,tikh');
    expect(parseUrlState('#path=kellogg,tikh', known)).toEqual(undirected);
    const directed: UrlState = { ...DEFAULT_URL_STATE, path: { from: 'kellogg', to: 'tikh', directed: true } };
    expect(formatUrlState(directed)).toBe('#path=kellogg,tikh&path-dir=1');
    expect(parseUrlState(formatUrlState(directed), known)).toEqual(directed);
    expect(parseUrlState(formatUrlState({ ...full, path: directed.path }), known)).toEqual({ ...full, path: directed.path });
  });

  it('drops a path with an unknown actor, a missing end or extra ends; path-dir alone means nothing', () => {
    expect(parseUrlState('#path=kellogg,ghost', known).path).toBeNull();
    expect(parseUrlState('#path=kellogg', known).path).toBeNull();
    expect(parseUrlState('#path=kellogg,luka,tikh', known).path).toBeNull();
    expect(parseUrlState('#path-dir=1', known)).toEqual(DEFAULT_URL_STATE);
  });

  it('keeps focus=3 (the third Depth step) with a selected actor, and nothing beyond', () => {
    expect(parseUrlState('#actor=luka&focus=3', known).focusHops).toBe(3);
    expect(formatUrlState({ ...DEFAULT_URL_STATE, selection: { kind: 'actor', id: 'luka' }, focusHops: 3 })).toBe('#actor=luka&focus=3');
    expect(parseUrlState('#actor=luka&focus=4', known).focusHops).toBe(0);
  });
});

describe('url state: as-of (the time bar)', () => {
  it('writes as-of=YYYY[-MM[-DD]] last and reads it back', () => {
    for (const asOf of ['2020', '2025-02', '2025-06-21']) {
      const state: UrlState = { ...full, asOf };
      expect(formatUrlState(state)).toBe(`${formatUrlState(full)}&as-of=${asOf}`);
      expect(parseUrlState(formatUrlState(state), known)).toEqual(state);
    }
    expect(formatUrlState({ ...DEFAULT_URL_STATE, asOf: '2025-02' })).toBe('#as-of=2025-02');
  });

  it('is absent for all dates, and drops what is not a real date', () => {
    expect(formatUrlState({ ...DEFAULT_URL_STATE, asOf: null })).toBe('');
    for (const bad of ['2025-02-30', '2025-13', '25', 'june', '2025-6-1', '', '2025-06-21T10:00']) {
      expect(parseUrlState(`#as-of=${bad}`, known).asOf, bad).toBeNull();
    }
    expect(parseUrlState('#as-of', known).asOf).toBeNull();
    expect(parseUrlState('#as-of=2024-02-29', known).asOf).toBe('2024-02-29');
  });
});

describe('url state: differOnlyInAsOf', () => {
  it('is true when only the time bar moved, false for any other change', () => {
    expect(differOnlyInAsOf('', '#as-of=2020')).toBe(true);
    expect(differOnlyInAsOf('#actor=luka&as-of=2020', '#actor=luka&as-of=2025-02')).toBe(true);
    expect(differOnlyInAsOf('#actor=luka&as-of=2020', '#actor=luka')).toBe(true);
    expect(differOnlyInAsOf('#actor=luka&as-of=2020', '#actor=by&as-of=2020')).toBe(false);
    expect(differOnlyInAsOf('', '#fade=1')).toBe(false);
  });
});

describe('url state: merge (Merge parallel relations)', () => {
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
