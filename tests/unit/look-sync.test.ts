// A perspective switch restyles only what changed (src/cy/look-sync.ts): on a headless Cytoscape,
// the elements whose look is the same record, or has the same classes and weight, get no class or
// data event; changed ones get exactly theirs; the hovered element keeps "hovered".
import cytoscape, { type Core } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { LookSync, type Looks } from '../../src/cy/look-sync';
import { cleanStyle, setViewportShortcuts, updateCompoundBounds } from '../../src/cy/patches/renderer-internals';
import type { ActorNode, RelationEdge } from '../../src/view/elements';
import { HIDDEN, type ElementLook } from '../../src/view/looks';

/** A look with the given fields set (the rest plain); look-classes.ts turns it into the classes the test reads. */
const lookOf = (fields: Partial<ElementLook>, weight: number): ElementLook => ({ ...HIDDEN, hidden: false, ...fields, weight });

const node = (id: string, parent?: string): ActorNode =>
  ({ group: 'nodes', data: { id, label: id, kind: 'person', ...(parent ? { parent } : {}) } }) as unknown as ActorNode;
const edge = (id: string, source: string, target: string): RelationEdge =>
  ({ group: 'edges', data: { id, source, target, role: 'relation' } }) as unknown as RelationEdge;

function canvas(looks: Looks): { cy: Core; sync: LookSync; touched: string[] } {
  const cy = cytoscape({ headless: true, styleEnabled: true, layout: { name: 'preset' } });
  const sync = new LookSync();
  cy.add([node('a'), node('b'), node('c'), edge('ab', 'a', 'b'), edge('bc', 'b', 'c')].map((d) => sync.withLook(d, looks)));
  const touched: string[] = [];
  const idOf = (target: unknown): string => (target as { id(): string }).id();
  cy.on('class', (e) => void touched.push(`class ${idOf(e.target)}`));
  cy.on('data', 'edge', (e) => void touched.push(`data ${idOf(e.target)}`));
  return { cy, sync, touched };
}

const start = (): Map<string, ElementLook> =>
  new Map<string, ElementLook>([
    ['a', lookOf({}, 1)],
    ['b', lookOf({}, 1)],
    ['c', HIDDEN],
    ['ab', lookOf({ colourBy: 'quad' }, 0.5)],
    ['bc', HIDDEN],
  ]);

describe('LookSync', () => {
  it('adds elements with their look: classes, and weight on edges', () => {
    const { cy } = canvas(start());
    expect(cy.getElementById('ab').classes()).toEqual(['by-quad']);
    expect(cy.getElementById('ab').data('weight')).toBe(0.5);
    expect(cy.getElementById('c').hasClass('hidden')).toBe(true);
  });

  it('touches nothing when every look is the same record or equal', () => {
    const looks = start();
    const { cy, sync, touched } = canvas(looks);
    sync.apply(cy, looks);
    // New records, same classes and weights (a new derivation of an unchanged view).
    sync.apply(cy, new Map([...looks].map(([id, look]) => [id, { ...look }])));
    expect(touched).toEqual([]);
  });

  it('gives changed elements their classes and weights, and only them', () => {
    const { cy, sync, touched } = canvas(start());
    const next = start();
    next.set('a', lookOf({ faded: true }, 1));
    next.set('ab', lookOf({ colourBy: 'quad' }, 0.8));
    next.set('bc', lookOf({ colourBy: 'quad' }, 0.5));
    sync.apply(cy, next);
    expect(touched.sort()).toEqual(['class a', 'class bc', 'data ab', 'data bc']);
    expect(cy.getElementById('a').classes()).toEqual(['faded']);
    expect(cy.getElementById('ab').data('weight')).toBe(0.8);
    expect(cy.getElementById('bc').classes()).toEqual(['by-quad']);
    expect(cy.getElementById('bc').data('weight')).toBe(0.5);
  });

  it('keeps "hovered" on the element under the pointer when its look changes', () => {
    const { cy, sync } = canvas(start());
    sync.hoveredId = 'b';
    const next = start();
    next.set('b', lookOf({ backdrop: true }, 1));
    next.set('a', lookOf({ backdrop: true }, 1));
    sync.apply(cy, next);
    expect(cy.getElementById('b').classes().sort()).toEqual(['backdrop', 'hovered']);
    expect(cy.getElementById('a').classes()).toEqual(['backdrop']);
  });

  it('forgets removed elements, so one added again gets its look', () => {
    const looks = start();
    const { cy, sync } = canvas(looks);
    cy.getElementById('ab').remove();
    sync.keepOnly(new Set(['a', 'b', 'c', 'bc']));
    cy.add({ group: 'edges', data: { id: 'ab', source: 'a', target: 'b' } });
    sync.apply(cy, looks);
    expect(cy.getElementById('ab').classes()).toEqual(['by-quad']);
  });
});

describe('the internals the canvas uses on the pinned Cytoscape (src/cy/patches/renderer-internals.ts)', () => {
  it('has cleanStyle and updateCompoundBounds on collections, and they run', () => {
    const cy = cytoscape({ headless: true, styleEnabled: true, elements: [node('g'), node('m', 'g')], layout: { name: 'preset' } });
    const internals = cy.elements() as unknown as Record<string, unknown>;
    expect(typeof internals.cleanStyle).toBe('function');
    expect(() => cleanStyle(cy.elements())).not.toThrow();
    expect(updateCompoundBounds(cy.nodes(':parent'))).toBe(true);
  });

  it('reports a headless core (no renderer) as without viewport shortcuts', () => {
    const cy = cytoscape({ headless: true });
    expect(setViewportShortcuts(cy, true)).toBe(false);
  });
});
