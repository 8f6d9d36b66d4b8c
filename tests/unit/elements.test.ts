import { describe, expect, it } from 'vitest';
import { buildElements, elementIds, estimateLabelBox, META_PREFIX } from '../../src/view/elements';
import { ancestorsOf, centreOf } from '../../src/model/membership';
import { fixtureGraph } from '../fixtures/explorer';

const graph = fixtureGraph();
const positions = {
  trump: { x: 0, y: 0 },
  kellogg: { x: 100, y: 40 },
  luka: { x: 300, y: 0 },
  ru: { x: 500, y: 0 },
  eu: { x: 400, y: 200 },
  tikh: { x: 200, y: 300 },
  lonely: { x: -200, y: 0 },
  // Groups: positions are ignored (their box derives from members).
  us: { x: 9999, y: 9999 },
  by: { x: 9999, y: 9999 },
  opp: { x: 9999, y: 9999 },
};

describe('buildElements', () => {
  const elements = buildElements(graph, { positions });

  it('maps every actor to a node and every relation to an edge keyed by its id', () => {
    expect(elements.nodes).toHaveLength(graph.order);
    expect(elements.edges).toHaveLength(graph.size);
    expect(elements.edges.map((e) => e.data.id).sort()).toEqual([...graph.edges()].sort());
    expect(elementIds(elements)).toHaveLength(graph.order + graph.size);
  });

  it('puts members inside their group (compound parent) and gives only leaves a position', () => {
    const node = (id: string) => elements.nodes.find((n) => n.data.id === id)!;
    expect(node('luka').data.parent).toBe('by');
    expect(node('us').data.parent).toBeUndefined();
    expect(node('luka').position).toEqual({ x: 300, y: 0 });
    expect(node('us').position).toBeUndefined();
    expect(node('lonely').position).toEqual({ x: -200, y: 0 });
  });

  it('carries what the stylesheet selects on: kind, size, direction, type, QuadClass', () => {
    const luka = elements.nodes.find((n) => n.data.id === 'luka')!.data;
    expect(luka).toMatchObject({ kind: 'person', label: 'Alexander Lukashenko', hiddenMembers: 0 });
    expect(luka.size).toBeGreaterThan(0);
    expect(luka.footprintWidth).toBeGreaterThanOrEqual(luka.labelWidth);
    const statement = elements.edges.find((e) => e.data.id === 'trump--statement--luka')!.data;
    expect(statement).toMatchObject({
      source: 'trump',
      target: 'luka',
      role: 'relation',
      direction: 'mutual',
      type: 'statement',
      quad: 1,
      typeLabel: 'Public statement',
    });
    const coerce = elements.edges.find((e) => e.data.id === 'luka--coerce--tikh')!.data;
    expect(coerce).toMatchObject({ direction: 'directed', quad: 4 });
  });

  it('keeps parallel relations between the same pair as separate edges', () => {
    const byRu = elements.edges.filter((e) => e.data.source === 'by' && e.data.target === 'ru');
    expect(byRu.map((e) => e.data.id).sort()).toEqual(['by--aid--ru', 'by--material-cooperation--ru']);
  });

  it('is pure: the same input gives the same output, and positions are copied', () => {
    expect(buildElements(graph, { positions })).toEqual(elements);
    const again = buildElements(graph, { positions });
    (again.nodes.find((n) => n.data.id === 'trump')!.position as { x: number }).x = 12345;
    expect(positions.trump.x).toBe(0);
  });
});

describe('collapsing a group', () => {
  const elements = buildElements(graph, { positions, collapsed: new Set(['us', 'by', 'ru']) });

  it('leaves out the members and makes the group a leaf at their centre, with a count', () => {
    const ids = elements.nodes.map((n) => n.data.id);
    expect(ids).not.toContain('trump');
    expect(ids).not.toContain('luka');
    const us = elements.nodes.find((n) => n.data.id === 'us')!;
    expect(us.position).toEqual({ x: 50, y: 20 });
    expect(us.data).toMatchObject({ hiddenMembers: 2, collapsedLabel: 'United States (+2)' });
    // Russia has no members: "collapsing" it changes nothing.
    expect(elements.collapsed.has('ru')).toBe(false);
    expect([...elements.collapsed].sort()).toEqual(['by', 'us']);
    expect(elements.representative.get('luka')).toBe('by');
    expect(elements.representative.get('tikh')).toBe('tikh');
  });

  it('reroutes the members\u2019 relations to the group as meta-edges, one per direction and pair', () => {
    const meta = elements.edges.filter((e) => e.data.role === 'meta');
    expect(meta.map((e) => e.data.id).sort()).toEqual([`${META_PREFIX}by->tikh`, `${META_PREFIX}us->by`]);
    const usBy = meta.find((e) => e.data.id === `${META_PREFIX}us->by`)!.data;
    // Kellogg→Lukashenko and Trump↔Lukashenko both become US→Belarus; the US's own relations to Belarus stay.
    expect([...usBy.members!].sort()).toEqual(['kellogg--consult--luka', 'trump--statement--luka']);
    expect(usBy).toMatchObject({ count: 2, direction: 'directed', typeLabel: '2 relations' });
    // The opposition is expanded: Lukashenko→Tsikhanouskaya becomes Belarus→Tsikhanouskaya.
    const byTikh = meta.find((e) => e.data.id === `${META_PREFIX}by->tikh`)!.data;
    expect(byTikh.members).toEqual(['luka--coerce--tikh']);
    expect(elements.edges.find((e) => e.data.id === 'us--yield--by')).toBeDefined();
    expect(elements.edges.find((e) => e.data.id === 'kellogg--consult--luka')).toBeUndefined();
  });

  it('drops relations inside one collapsed group', () => {
    const nested = buildElements(graph, { collapsed: new Set(['opp']) });
    expect(nested.edges.find((e) => e.data.id === 'luka--coerce--tikh')).toBeUndefined();
    expect(nested.edges.find((e) => e.data.id === `${META_PREFIX}luka->opp`)).toBeDefined();
  });
});

describe('helpers', () => {
  it('walks ancestors nearest first', () => {
    expect(ancestorsOf(graph, 'luka')).toEqual(['by']);
    expect(ancestorsOf(graph, 'by')).toEqual([]);
    expect(ancestorsOf(graph, 'nobody')).toEqual([]);
  });

  it('finds the centre of known positions', () => {
    expect(centreOf(['a', 'b', 'c'], { a: { x: 0, y: 0 }, b: { x: 10, y: 4 } })).toEqual({ x: 5, y: 2 });
    expect(centreOf(['a'], undefined)).toBeUndefined();
  });

  it('estimates wider and wrapped labels', () => {
    const short = estimateLabelBox('EU');
    const long = estimateLabelBox('UN Special Rapporteur on the situation of human rights in Belarus');
    expect(long.width).toBeGreaterThan(short.width);
    expect(long.height).toBeGreaterThan(short.height);
  });
});
