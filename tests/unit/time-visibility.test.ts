/**
 * "As of" in the view (issue 16 item 1): relations dated after the chosen day leave the picture,
 * or are faded under "fade instead of hide"; undated ones and every actor stay, and the day is in
 * the URL. (That the canvas keeps its positions is checked in the browser: tests/e2e/time.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { computeVisibility, NO_FILTERS } from '../../src/model/filters';
import { Explorer } from '../../src/state/explorer.svelte';
import { parseUrlState } from '../../src/model/url-state';
import { fixtureGraph } from '../fixtures/explorer';

// In the fixture, Alpha is dated 22 July 2025; Beta and Gamma give no date.
const LATER = ['eu--reduce-relations--by', 'luka--coerce--tikh', 'us--yield--by', 'by--material-cooperation--ru'];
const UNDATED = ['by--aid--ru', 'trump--statement--luka', 'us--reduce-relations--by'];

describe('computeVisibility with laterRelations', () => {
  const graph = fixtureGraph();
  const later = new Set(['us--yield--by']);

  it('hides the later relations and leaves the actors alone', () => {
    const v = computeVisibility(graph, { filters: NO_FILTERS, laterRelations: later });
    expect(v.relations.get('us--yield--by')).toBe('hidden');
    expect(v.relations.get('kellogg--consult--luka')).toBe('shown');
    expect(v.actors.get('us')).toBe('shown');
    expect(v.drawnRelations.size).toBe(graph.size - 1);
  });

  it('fades them instead when the user chose fading', () => {
    const v = computeVisibility(graph, { filters: NO_FILTERS, laterRelations: later, fadeOutsidePerspective: true });
    expect(v.relations.get('us--yield--by')).toBe('faded');
    expect(v.shownRelations.has('us--yield--by')).toBe(false);
    expect(v.drawnRelations.has('us--yield--by')).toBe(true);
  });

  it('never shows what a filter hides', () => {
    const v = computeVisibility(graph, {
      filters: { ...NO_FILTERS, hiddenTypes: new Set(['yield']) },
      laterRelations: new Set(),
      fadeOutsidePerspective: true,
    });
    expect(v.relations.get('us--yield--by')).toBe('hidden');
  });
});

describe('Explorer.setAsOf', () => {
  it("offers the data's dates and the undated count", () => {
    const explorer = new Explorer({ graph: fixtureGraph(), positions: undefined });
    expect(explorer.timeline.dates).toEqual(['2025-06-21', '2025-07-22']);
    expect(explorer.timeline.undated).toBe(UNDATED.length);
  });

  it('hides the later relations and keeps the undated ones and every actor', () => {
    const explorer = new Explorer({ graph: fixtureGraph(), positions: undefined });
    explorer.setAsOf('2025-06-21');
    const drawn = explorer.visibility.drawnRelations;
    for (const id of LATER) expect(drawn.has(id), id).toBe(false);
    for (const id of [...UNDATED, 'kellogg--consult--luka']) expect(drawn.has(id), id).toBe(true);
    expect(explorer.counts.shownRelations).toBe(UNDATED.length + 1);
    expect(explorer.counts.shownActors).toBe(explorer.counts.actors);

    explorer.setFadeOutside(true);
    for (const id of LATER) expect(explorer.visibility.relations.get(id), id).toBe('faded');

    explorer.setAsOf(null);
    expect(explorer.visibility.shownRelations.size).toBe(explorer.graph.size);
  });

  it('before every date only the undated relations show', () => {
    const explorer = new Explorer({ graph: fixtureGraph(), positions: undefined });
    explorer.setAsOf('2020');
    expect([...explorer.visibility.drawnRelations].sort()).toEqual([...UNDATED].sort());
  });

  it('is in the URL, and a link restores it; a new graph goes back to all dates', () => {
    const explorer = new Explorer({ graph: fixtureGraph(), positions: undefined });
    explorer.setAsOf('2025-06-21');
    expect(explorer.urlHash).toBe('#as-of=2025-06-21');
    const other = new Explorer({ graph: fixtureGraph(), positions: undefined });
    other.applyUrlState(parseUrlState(explorer.urlHash, other.knownIds()));
    expect(other.asOf).toBe('2025-06-21');
    expect(other.visibility.drawnRelations.has('us--yield--by')).toBe(false);
    other.replaceGraph(fixtureGraph(), undefined);
    expect(other.asOf).toBeNull();
  });
});
