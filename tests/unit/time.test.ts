/**
 * The dating rules of the "As of" time bar (src/model/time.ts): event date first, else the
 * earliest dated article stating the relation, else undated; partial dates count from their first
 * day; the distinct dates and the undated count; and the built-in data's dates.
 */
import { describe, expect, it } from 'vitest';
import { MultiDirectedGraph } from 'graphology';
import { buildGraph, type ActorAttributes, type ActorGraph, type GraphAttributes, type RelationAttributes } from '../../src/model/graph';
import {
  buildTimeline,
  distinctDates,
  firstDay,
  isAfter,
  isPartialDate,
  publicationDates,
  relationDate,
  relationsAfter,
  stopDate,
  stopIndex,
} from '../../src/model/time';
import { loadAuthoredFiles } from '../../src/model/load';
import { readGraphData } from '../../scripts/graph-data-files';
import type { Claim, Source } from '../../src/model/schema';

const claim = (source: string): Claim => ({ source, quote: 'a quote long enough', tone: 0, modality: 'reported', stance: 'supports' });
const SOURCES: Source[] = [
  { id: 'june', title: 'June', kind: 'op-ed', perspective: 'p', date: '2025-06-23' },
  { id: 'july', title: 'July', kind: 'analysis', perspective: 'p', date: '2025-07-22' },
  { id: 'nodate', title: 'No date', kind: 'news report', perspective: 'p' },
];

describe('partial dates', () => {
  it('accepts YYYY, YYYY-MM and real days only', () => {
    expect(['2025', '2025-02', '2025-02-28', '2024-02-29'].every(isPartialDate)).toBe(true);
    expect(['2025-02-30', '2025-13', '2025-6', '25', '2025-06-21T00', '', 'june'].some(isPartialDate)).toBe(false);
  });

  it('counts a partial date from its first day', () => {
    expect(firstDay('2025')).toBe('2025-01-01');
    expect(firstDay('2025-06')).toBe('2025-06-01');
    expect(firstDay('2025-06-21')).toBe('2025-06-21');
    expect(firstDay('soon')).toBeUndefined();
  });

  it('is after a day only when its first day is later', () => {
    expect(isAfter('2025-06-21', '2025-06')).toBe(true);
    expect(isAfter('2025-06', '2025-06-21')).toBe(false);
    expect(isAfter('2025-06', '2025-06')).toBe(false);
    expect(isAfter('2025', '2024-12-31')).toBe(true);
    expect(isAfter('2024', '2025')).toBe(false);
    expect(isAfter('nonsense', '2020')).toBe(false);
  });
});

describe('relationDate', () => {
  const published = publicationDates(SOURCES);

  it('reads only the sources that give a date', () => {
    expect([...published]).toEqual([
      ['june', '2025-06-23'],
      ['july', '2025-07-22'],
    ]);
  });

  it('takes the event date first, even when an article is dated', () => {
    expect(relationDate({ dates: { start: '2020' }, claims: [claim('june')] }, published)).toEqual({ date: '2020', basis: 'event' });
  });

  it('otherwise takes the publication date of the earliest dated article stating it', () => {
    const r = { claims: [claim('nodate'), claim('july'), claim('june')] };
    expect(relationDate(r, published)).toEqual({ date: '2025-06-23', basis: 'publication', source: 'june' });
  });

  it('leaves a relation undated when neither exists', () => {
    expect(relationDate({ claims: [claim('nodate')] }, published)).toBeUndefined();
  });
});

function smallGraph(): ActorGraph {
  const g: ActorGraph = new MultiDirectedGraph<ActorAttributes, RelationAttributes, GraphAttributes>();
  g.replaceAttributes({ title: 't', sources: SOURCES });
  for (const id of ['a', 'b']) g.addNode(id, { label: id, kind: 'state', aliases: [], description: 'd' });
  const edge = (key: string, claims: Claim[], dates?: RelationAttributes['dates']) =>
    g.addEdgeWithKey(key, 'a', 'b', { type: 'consult', label: key, direction: 'directed', claims, cameo: '04', quadClass: 1, ...(dates ? { dates } : {}) });
  edge('old', [claim('nodate')], { start: '2006' });
  edge('feb', [claim('nodate')], { start: '2025-02' });
  edge('visit', [claim('july')], { start: '2025-06-21' });
  edge('jan-first', [claim('nodate')], { start: '2025-01-01' });
  edge('year', [claim('nodate')], { start: '2025' });
  edge('by-june', [claim('june'), claim('july')]);
  edge('by-july', [claim('july')]);
  edge('undated-1', [claim('nodate')]);
  edge('undated-2', [claim('nodate')]);
  return g;
}

describe('buildTimeline', () => {
  const timeline = buildTimeline(smallGraph());

  it('lists the distinct dates earliest first, one per first day (the least precise spelling)', () => {
    expect(timeline.dates).toEqual(['2006', '2025', '2025-02', '2025-06-21', '2025-06-23', '2025-07-22']);
  });

  it('counts the undated relations', () => {
    expect(timeline.undated).toBe(2);
    expect(timeline.byRelation.get('by-june')).toBe('2025-06-23');
    expect(timeline.byRelation.has('undated-1')).toBe(false);
  });

  it('hides the relations after the chosen day, never the undated ones', () => {
    expect([...relationsAfter(timeline, '2025-02')].sort()).toEqual(['by-july', 'by-june', 'visit']);
    expect([...relationsAfter(timeline, '2025')].sort()).toEqual(['by-july', 'by-june', 'feb', 'visit']);
    expect(relationsAfter(timeline, '2025-07-22').size).toBe(0);
    expect([...relationsAfter(timeline, '1999')]).toHaveLength(7);
    expect(relationsAfter(timeline, 'not a date').size).toBe(0);
  });

  it('maps a day to a stop and back; no day is the "All dates" end', () => {
    expect(stopIndex(timeline, null)).toBe(6);
    expect(stopIndex(timeline, '2025-02')).toBe(2);
    expect(stopIndex(timeline, '2025-03-15')).toBe(2);
    expect(stopIndex(timeline, '1990')).toBe(0);
    expect(stopDate(timeline, 3)).toBe('2025-06-21');
    expect(stopDate(timeline, 6)).toBeNull();
  });

  it('keeps only real dates among several spellings', () => {
    expect(distinctDates(['2025-06-01', '2025-06', 'x', '2020'])).toEqual(['2020', '2025-06']);
  });

  it('has no dates for a graph without any', () => {
    const g = smallGraph();
    g.replaceAttributes({ title: 't', sources: [] });
    g.forEachEdge((e) => g.removeEdgeAttribute(e, 'dates'));
    expect(buildTimeline(g)).toMatchObject({ dates: [], undated: 9 });
  });
});

describe('the built-in data', () => {
  const result = loadAuthoredFiles(readGraphData());
  if (!result.ok) throw new Error('graph-data does not load');
  const timeline = buildTimeline(buildGraph(result.dataset));

  it('dates the events the articles give and anchors the rest on the two dated articles', () => {
    expect(timeline.dates[0]).toBe('2006');
    expect(timeline.dates).toEqual(expect.arrayContaining(['2020', '2022-02', '2025-02', '2025-06-21', '2025-06-23', '2025-07-22']));
    expect(timeline.byRelation.get('united-states--reduce-relations--belarus')).toBe('2006');
    expect(timeline.byRelation.get('smith--consult--lukashenko')).toBe('2025-02');
    expect(timeline.byRelation.get('kellogg--consult--lukashenko')).toBe('2025-06-21');
    // Stated by Korybko (23 June 2025) and Lawfare (22 July 2025), no event date: the earlier one.
    expect(timeline.byRelation.get('belarus--material-cooperation--union-state')).toBe('2025-06-23');
    expect(timeline.undated).toBeGreaterThan(0);
    expect(timeline.byRelation.size + timeline.undated).toBe(result.ok ? result.dataset.relations.length : 0);
  });

  it('a relative date resolved against an article is marked approximate', () => {
    const r = result.ok ? result.dataset.relations.find((x) => x.id === 'ukraine--force-posture--belarus') : undefined;
    expect(r?.dates).toEqual({ start: '2024', approximate: true });
  });
});
