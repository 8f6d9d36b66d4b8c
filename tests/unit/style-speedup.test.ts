// The Cytoscape style patch (src/cy/patches/style-speedup.ts) must leave every computed state as Cytoscape
// would: a group hidden hides its members and their edges, data-mapped sizes follow the data, a
// group's box follows its members' sizes, and the drawing order follows z-index.
import cytoscape, { type Core, type NodeSingular } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { coalesceStyleInvalidation, styleInvalidationCoalesced } from '../../src/cy/patches/style-speedup';

/** Restyles a compound graph through classes (sizes, hiding, z-index) and reads back everything that depends on the triggers. */
function restyleAndRead(cy: Core): { states: unknown[]; boundsEvents: number } {
  let boundsEvents = 0;
  cy.on('bounds', () => boundsEvents++);
  const read = (): unknown[] => [
    ...cy.nodes().map((n) => [n.id(), n.visible(), n.width(), n.boundingBox({ includeLabels: false })]),
    ...cy.edges().map((e) => [e.id(), e.visible()]),
    (cy.elements() as unknown as { sortByZIndex(): { map(fn: (e: { id(): string }) => string): string[] } }).sortByZIndex().map((e) => e.id()),
  ];
  const states: unknown[] = [read()];
  const steps: [string, string][] = [
    ['member', 'wide'],
    ['other', 'gone'],
    ['member', 'wide raised'],
    ['tie', 'thick'],
    ['member', ''],
    ['other', 'wide gone'],
    ['other', ''],
  ];
  for (const [id, classes] of steps) {
    cy.getElementById(id).classes(classes);
    states.push(read());
  }
  cy.batch(() => {
    cy.getElementById('member').classes('wide');
    cy.getElementById('second').classes('raised wide');
  });
  states.push(read());
  return { states, boundsEvents };
}

function compoundGraph(): Core {
  return cytoscape({
    headless: true,
    styleEnabled: true,
    style: [
      { selector: 'node', style: { width: 12, height: 12, label: 'data(id)' } },
      { selector: 'node:parent', style: { padding: '5px' } },
      { selector: '.wide', style: { width: 60, height: 30, 'border-width': 4 } },
      { selector: '.gone', style: { display: 'none' } },
      { selector: '.raised', style: { 'z-index': 9 } },
      { selector: 'edge', style: { 'curve-style': 'bezier', width: 1 } },
      { selector: '.thick', style: { width: 6 } },
    ],
    elements: [
      { group: 'nodes', data: { id: 'group' } },
      { group: 'nodes', data: { id: 'member', parent: 'group' }, position: { x: 0, y: 0 } },
      { group: 'nodes', data: { id: 'second', parent: 'group' }, position: { x: 40, y: 10 } },
      { group: 'nodes', data: { id: 'other' }, position: { x: 200, y: 50 } },
      { group: 'edges', data: { id: 'tie', source: 'member', target: 'other' } },
      { group: 'edges', data: { id: 'twin', source: 'member', target: 'other' } },
    ],
  });
}

describe('coalesced triggers', () => {
  it('leaves boxes, visibility and drawing order as plain Cytoscape does, with fewer box events', () => {
    // Plain Cytoscape first: the patch, once made, applies to every core in this file.
    const plainCy = compoundGraph();
    const plain = restyleAndRead(plainCy);
    const patchedCy = compoundGraph();
    coalesceStyleInvalidation(patchedCy);
    expect(styleInvalidationCoalesced()).toBe(true);
    const patched = restyleAndRead(patchedCy);
    expect(patched.states).toEqual(plain.states);
    // The groups' boxes did follow their members (the triggers ran).
    expect(JSON.stringify(plain.states[0])).not.toEqual(JSON.stringify(plain.states[1]));
    expect(patched.boundsEvents).toBeGreaterThan(0);
    expect(patched.boundsEvents).toBeLessThan(plain.boundsEvents);
    plainCy.destroy();
    patchedCy.destroy();
  });
});

describe('coalesceStyleInvalidation', () => {
  it('keeps visibility and sizes right through compounds after class and data changes', () => {
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      style: [
        { selector: 'node', style: { width: 'data(w)', height: 10, label: 'data(id)' } },
        { selector: '.gone', style: { display: 'none' } },
        { selector: '.faint', style: { opacity: 0 } },
      ],
      elements: [
        { group: 'nodes', data: { id: 'group', w: 10 } },
        { group: 'nodes', data: { id: 'member', parent: 'group', w: 20 } },
        { group: 'nodes', data: { id: 'other', w: 30 } },
        { group: 'edges', data: { id: 'tie', source: 'member', target: 'other' } },
      ],
    });
    coalesceStyleInvalidation(cy);
    // If this fails after a Cytoscape upgrade, the internals the patch wraps have changed: re-measure.
    expect(styleInvalidationCoalesced()).toBe(true);
    const member = cy.getElementById('member') as NodeSingular;
    const group = cy.getElementById('group');
    const tie = cy.getElementById('tie');
    expect([member.visible(), tie.visible(), member.width()]).toEqual([true, true, 20]);
    group.addClass('gone');
    expect([member.visible(), tie.visible()]).toEqual([false, false]);
    group.removeClass('gone');
    expect([member.visible(), tie.visible()]).toEqual([true, true]);
    member.addClass('faint');
    expect(member.visible()).toBe(false);
    member.removeClass('faint');
    member.data('w', 44);
    expect([member.visible(), member.width()]).toEqual([true, 44]);
    cy.destroy();
  });
});
