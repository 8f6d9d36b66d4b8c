import { describe, expect, it } from 'vitest';
import { buildElements } from '../../src/view/elements';
import { elementLooks, HIDDEN } from '../../src/view/looks';
import { lookClasses } from '../../src/cy/look-classes';
import { toneBand } from '../../src/view/palette';
import { computeVisibility, NO_FILTERS } from '../../src/model/filters';
import { perspectiveView, type Perspective } from '../../src/model/perspective';
import { fixtureGraph } from '../fixtures/explorer';
import { stanceGraph } from '../fixtures/perspective-graphs';

const graph = fixtureGraph();
const elements = buildElements(graph);

function looksFor(perspective: Perspective, fade = false, focus?: { actor: string; hops: number }) {
  const view = perspectiveView(graph, perspective);
  const visibility = computeVisibility(graph, {
    filters: NO_FILTERS,
    perspectiveActors: perspective.mode === 'all' ? undefined : view.visibleActorIds,
    perspectiveRelations: perspective.mode === 'all' ? undefined : view.visibleRelationIds,
    fadeOutsidePerspective: fade,
    focus,
  });
  return elementLooks(elements, { visibility, view });
}

const classes = (looks: ReturnType<typeof looksFor>, id: string): string[] => {
  const look = looks.get(id);
  return look ? lookClasses(look).split(' ').filter(Boolean).sort() : [];
};

describe('elementLooks', () => {
  it('all articles: colours by QuadClass, weight by how many articles state it, contested marked', () => {
    const looks = looksFor({ mode: 'all' });
    expect(classes(looks, 'kellogg--consult--luka')).toEqual(['by-quad']);
    expect(looks.get('kellogg--consult--luka')!.weight).toBeCloseTo(2 / 3);
    expect(looks.get('us--yield--by')!.weight).toBeCloseTo(1 / 3);
    expect(classes(looks, 'by--material-cooperation--ru')).toEqual(['by-quad', 'mark-contested']);
    expect(classes(looks, 'eu--reduce-relations--by')).toEqual(['by-quad', 'mark-contested']);
    expect(looks.get('eu--reduce-relations--by')).toMatchObject({ colourBy: 'quad', contested: true, disputed: false, opposed: false });
    expect(classes(looks, 'us--reduce-relations--by')).toEqual(['by-quad', 'mod-recommended']);
    expect(classes(looks, 'luka')).toEqual([]);
  });

  it('one article: its relations coloured by its tone, the rest hidden (or faded)', () => {
    const looks = looksFor({ mode: 'one', source: 'alpha' });
    expect(classes(looks, 'luka--coerce--tikh')).toEqual(['by-tone', `tone-${toneBand(-8.5).id}`]);
    expect(toneBand(-8.5).id).toBe('n2');
    expect(classes(looks, 'us--yield--by')).toEqual(['by-tone', 'tone-p2']);
    // Alpha's account of the alliance is contested by Beta.
    expect(classes(looks, 'by--material-cooperation--ru')).toContain('mark-contested');
    expect(looks.get('luka--coerce--tikh')).toMatchObject({ colourBy: 'tone', toneBand: 'n2', weight: 1 });
    expect(classes(looks, 'by--aid--ru')).toEqual(['hidden']);
    expect(classes(looks, 'trump')).toEqual(['hidden']);
    const faded = looksFor({ mode: 'one', source: 'alpha' }, true);
    expect(classes(faded, 'by--aid--ru')).toEqual(['by-tone', 'faded']);
    expect(faded.get('by--aid--ru')!.weight).toBe(0);
    expect(classes(faded, 'trump')).toEqual(['faded']);
  });

  it('compare: agree, only A, only B, contested', () => {
    const looks = looksFor({ mode: 'compare', a: 'alpha', b: 'beta' });
    expect(classes(looks, 'kellogg--consult--luka')).toEqual(['agree', 'by-status']);
    expect(classes(looks, 'us--yield--by')).toEqual(['by-status', 'only-a']);
    expect(classes(looks, 'by--aid--ru')).toEqual(['by-status', 'only-b']);
    expect(classes(looks, 'by--material-cooperation--ru')).toEqual(['by-status', 'differ', 'mark-contested']);
    expect(looks.get('by--material-cooperation--ru')).toMatchObject({ colourBy: 'status', status: 'differ', disputed: false });
    expect(classes(looks, 'trump--statement--luka')).toEqual(['hidden']);
  });

  it('gives an element hidden in two perspectives the same look in both, so a switch leaves it alone', () => {
    const perspectives: Perspective[] = [
      { mode: 'all' },
      { mode: 'one', source: 'alpha' },
      { mode: 'one', source: 'beta' },
      { mode: 'compare', a: 'alpha', b: 'beta' },
      { mode: 'compare', a: 'beta', b: 'gamma' },
    ];
    let hiddenInBoth = 0;
    for (const p of perspectives) {
      for (const q of perspectives) {
        const a = looksFor(p);
        const b = looksFor(q);
        for (const [id, look] of a) {
          if (!look.hidden || !b.get(id)!.hidden) continue;
          hiddenInBoth++;
          expect(b.get(id)).toBe(look);
          expect(look).toBe(HIDDEN);
        }
      }
    }
    expect(hiddenInBoth).toBeGreaterThan(10);
  });

  it('fades what a focus leaves out', () => {
    const looks = looksFor({ mode: 'all' }, false, { actor: 'luka', hops: 1 });
    expect(classes(looks, 'ru')).toEqual(['faded']);
    expect(classes(looks, 'by--aid--ru')).toEqual(['by-quad', 'faded']);
    expect(classes(looks, 'kellogg--consult--luka')).toEqual(['by-quad']);
  });

  it('gives collapsed groups and meta-edges their classes from their members', () => {
    const collapsed = buildElements(graph, { collapsed: new Set(['us']) });
    const view = perspectiveView(graph, { mode: 'one', source: 'gamma' });
    const visibility = computeVisibility(graph, {
      filters: NO_FILTERS,
      perspectiveActors: view.visibleActorIds,
      perspectiveRelations: view.visibleRelationIds,
    });
    const looks = elementLooks(collapsed, { visibility, view });
    expect(lookClasses(looks.get('us')!)).toBe('collapsed');
    // The only member relation Gamma states is Trump↔Lukashenko.
    expect(lookClasses(looks.get('meta:us->luka')!)).toBe('by-tone meta');
    const alpha = perspectiveView(graph, { mode: 'compare', a: 'alpha', b: 'beta' });
    const v2 = computeVisibility(graph, { filters: NO_FILTERS, perspectiveActors: alpha.visibleActorIds, perspectiveRelations: alpha.visibleRelationIds });
    expect(lookClasses(elementLooks(collapsed, { visibility: v2, view: alpha }).get('meta:us->luka')!)).toBe('by-status meta');
  });
});

describe('selection emphasis', () => {
  it('lets everything outside the emphasised elements recede, but never un-hides or un-fades', () => {
    const view = perspectiveView(graph, { mode: 'one', source: 'alpha' });
    const visibility = computeVisibility(graph, {
      filters: NO_FILTERS,
      perspectiveActors: view.visibleActorIds,
      perspectiveRelations: view.visibleRelationIds,
    });
    const looks = elementLooks(elements, { visibility, view, emphasis: { elements: new Set(['luka', 'tikh', 'luka--coerce--tikh']) } });
    const cls = (id: string): string => lookClasses(looks.get(id)!);
    expect(cls('luka')).toBe('');
    expect(cls('luka--coerce--tikh')).toBe('by-tone tone-n2');
    expect(cls('ru')).toBe('backdrop');
    expect(looks.get('ru')!.backdrop).toBe(true);
    expect(cls('us--yield--by')).toBe('by-tone tone-p2 backdrop');
    expect(cls('by--aid--ru')).toBe('hidden');
  });
});

describe('stance looks (issue 13)', () => {
  const sg = stanceGraph();
  const sElements = buildElements(sg);
  function stanceLooks(perspective: Perspective) {
    const view = perspectiveView(sg, perspective);
    const visibility = computeVisibility(sg, {
      filters: NO_FILTERS,
      perspectiveActors: perspective.mode === 'all' ? undefined : view.visibleActorIds,
      perspectiveRelations: perspective.mode === 'all' ? undefined : view.visibleRelationIds,
    });
    return elementLooks(sElements, { visibility, view });
  }

  it('one article: a relation it opposes is drawn as opposed, never in a tone as if asserted', () => {
    const quincy = stanceLooks({ mode: 'one', source: 'quincy' });
    expect(quincy.get('quincy-alone-opposes')).toMatchObject({ colourBy: 'tone', opposed: true, disputed: false });
    expect(lookClasses(quincy.get('quincy-alone-opposes')!)).toContain('opposed');
    expect(quincy.get('supports-vs-opposes')).toMatchObject({ opposed: true, disputed: true });
    expect(quincy.get('tone-only')).toMatchObject({ opposed: false, disputed: false, contested: true });
    const lawfare = stanceLooks({ mode: 'one', source: 'lawfare' });
    // Supports it; Quincy opposes it: marked as disputed, not opposed.
    expect(lawfare.get('supports-vs-opposes')).toMatchObject({ opposed: false, disputed: true, contested: false });
    expect(lookClasses(lawfare.get('supports-vs-opposes')!).split(' ')).toEqual(expect.arrayContaining(['mark-disputed']));
    expect(lawfare.get('self-mixed-only')).toMatchObject({ opposed: true });
  });

  it('compare: disagreements get their own status; all: disputed mark for both stances', () => {
    const compare = stanceLooks({ mode: 'compare', a: 'lawfare', b: 'quincy' });
    expect(compare.get('supports-vs-opposes')).toMatchObject({ colourBy: 'status', status: 'disputed', disputed: true });
    expect(lookClasses(compare.get('supports-vs-opposes')!).split(' ').sort()).toEqual(['by-status', 'disputed', 'mark-disputed']);
    expect(compare.get('tone-only')).toMatchObject({ status: 'differ', disputed: false, contested: true });
    expect(compare.get('quincy-alone-opposes')).toMatchObject({ status: 'only-b', opposed: true });
    const all = stanceLooks({ mode: 'all' });
    expect(all.get('third-opposes')).toMatchObject({ colourBy: 'quad', disputed: true, opposed: false });
    expect(all.get('both-oppose')).toMatchObject({ disputed: false, opposed: true });
  });
});
