/**
 * The Path tool through the explorer state (src/state/path-state.svelte.ts): ends from actions and
 * from a link, the URL, the looks the canvas gets (the chain on-path, the rest receding, through a
 * collapsed group too), a path over the view before a Depth focus; and its words and keys
 * (src/view/path-text.ts, the F and T keys of src/view/keyboard-nav.ts).
 */
import { describe, expect, it } from 'vitest';
import { Explorer } from '../../src/state/explorer.svelte';
import { parseUrlState } from '../../src/model/url-state';
import { findPaths } from '../../src/model/paths';
import { keyAction, KEY_HELP } from '../../src/view/keyboard-nav';
import { chainText, hopArrow, pathEndAnnouncement, resultSentence } from '../../src/view/path-text';
import { fixtureGraph } from '../fixtures/explorer';

const explorer = (): Explorer => new Explorer({ graph: fixtureGraph(), positions: undefined });

describe('the Path tool in the explorer state', () => {
  it('finds the chain once both ends are set, writes it to the URL and marks it on the canvas', () => {
    const e = explorer();
    e.paths.setEnd('from', 'kellogg');
    expect(e.paths.result).toBeUndefined();
    expect(e.urlHash).toBe('');
    e.paths.setEnd('to', 'tikh');
    expect(e.paths.chain?.actors).toEqual(['kellogg', 'luka', 'tikh']);
    expect(e.urlHash).toBe('#path=kellogg,tikh');
    e.paths.setDirected(true);
    expect(e.urlHash).toBe('#path=kellogg,tikh&path-dir=1');

    const marked = [...e.looks].filter(([, look]) => look.onPath).map(([id]) => id);
    expect(marked.sort()).toEqual(['kellogg', 'kellogg--consult--luka', 'luka', 'luka--coerce--tikh', 'tikh'].sort());
    // The rest recedes, the groups around the chain's people do not.
    expect(e.looks.get('us--yield--by')?.backdrop).toBe(true);
    expect(e.looks.get('ru')?.backdrop).toBe(true);
    expect(e.looks.get('us')?.backdrop).toBe(false);
    expect(e.looks.get('opp')?.backdrop).toBe(false);

    e.paths.clear();
    expect(e.urlHash).toBe('');
    expect([...e.looks.values()].some((look) => look.onPath || look.backdrop)).toBe(false);
  });

  it('takes a link’s path, and a link without one clears it', () => {
    const e = explorer();
    e.applyUrlState(parseUrlState('#path=trump,tikh&path-dir=1', e.knownIds()));
    expect(e.paths.ends).toEqual({ from: 'trump', to: 'tikh', directed: true });
    expect(e.paths.chain?.actors).toEqual(['trump', 'luka', 'tikh']);
    e.applyUrlState(parseUrlState('', e.knownIds()));
    expect(e.paths.ends).toBeNull();
  });

  it('marks the bundle and the group that stand for a chain inside a collapsed group', () => {
    const e = explorer();
    e.paths.setEnd('from', 'kellogg');
    e.paths.setEnd('to', 'tikh');
    e.toggleGroup('opp', true);
    const marked = [...e.looks].filter(([, look]) => look.onPath).map(([id]) => id);
    expect(marked).toContain('opp');
    expect(marked).not.toContain('tikh');
    const bundle = e.elements.edges.find((edge) => edge.data.members?.includes('luka--coerce--tikh'));
    expect(bundle && marked.includes(bundle.data.id)).toBe(true);
  });

  it('searches the view before a Depth focus, so selecting a hop never changes the chain', () => {
    const e = explorer();
    e.select({ kind: 'actor', id: 'tikh' });
    e.setFocusHops(1);
    expect(e.visibility.shownRelations.has('kellogg--consult--luka')).toBe(false);
    e.paths.setEnd('from', 'kellogg');
    e.paths.setEnd('to', 'tikh');
    expect(e.paths.chain?.actors).toEqual(['kellogg', 'luka', 'tikh']);
    // But the perspective and the filters count: without talks and visits there is no chain.
    e.toggleType('consult', false);
    expect(e.paths.result).toMatchObject({ kind: 'none', reason: 'no-relation' });
  });

  it('gives the Depth counts of the selected actor, and none without one', () => {
    const e = explorer();
    expect(e.depthCounts).toEqual([]);
    e.select({ kind: 'actor', id: 'kellogg' });
    expect(e.depthCounts.map((c) => c.actors)).toEqual([1, 3, 3]);
  });

  it('forgets ends that are not actors of a new graph', () => {
    const e = explorer();
    e.paths.setEnd('from', 'ghost');
    expect(e.paths.from).toBeUndefined();
  });
});

describe('the Path tool’s words and keys', () => {
  const graph = fixtureGraph();
  const all = new Set(graph.edges());

  it('says a chain and a result in words', () => {
    const result = findPaths(graph, { from: 'eu', to: 'us', directed: false }, { relations: all });
    if (result.kind !== 'found') throw new Error('expected a path');
    const chain = result.chains[0]!;
    expect(chainText(chain)).toBe('European Union → Belarus → United States');
    expect(resultSentence(result, chain)).toBe('European Union to United States: 2 steps, through Belarus.');
    expect(chain.hops.map((h) => hopArrow(h).symbol)).toEqual(['→', '←']);
    const none = findPaths(graph, { from: 'eu', to: 'eu', directed: false }, { relations: all });
    expect(resultSentence(none, undefined)).toMatch(/same actor/);
  });

  it('announces an end set by a key, and what is missing', () => {
    expect(pathEndAnnouncement(graph, 'from', 'kellogg', undefined, undefined)).toBe('Path from: Keith Kellogg. Press T on another actor to set the end.');
    expect(pathEndAnnouncement(graph, 'to', 'tikh', undefined, undefined)).toBe(
      'Path to: Sviatlana Tsikhanouskaya. Press F on another actor to set the start.',
    );
    const result = findPaths(graph, { from: 'kellogg', to: 'tikh', directed: false }, { relations: all });
    expect(pathEndAnnouncement(graph, 'to', 'tikh', 'kellogg', result)).toBe(
      'Path to: Sviatlana Tsikhanouskaya. Keith Kellogg to Sviatlana Tsikhanouskaya: 2 steps, through Alexander Lukashenko.',
    );
  });

  it('maps F and T (either case, no modifier) to the path’s ends, and documents them', () => {
    expect(keyAction('f')).toEqual({ kind: 'path-end', end: 'from' });
    expect(keyAction('T', { shift: true })).toEqual({ kind: 'path-end', end: 'to' });
    expect(keyAction('f', { ctrl: true })).toBeNull();
    expect(KEY_HELP).toContain('F and T');
  });
});
