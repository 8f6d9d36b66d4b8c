// Two Cytoscape internals the adapter works around when it stages a new graph: styling without the
// per-property triggers (src/cy/patches/style-speedup.ts) must give the same style, and a pinned
// `:backgrounding` state (src/cy/patches/pin-backgrounding.ts) must ignore the renderer's writes.
import cytoscape, { type Core, type NodeSingular } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { pinBackgrounding } from '../../src/cy/patches/pin-backgrounding';
import { styleTriggersPatched, withoutStyleTriggers } from '../../src/cy/patches/style-speedup';

function graph(): Core {
  return cytoscape({
    headless: true,
    styleEnabled: true,
    style: [
      { selector: 'node', style: { width: 'data(w)', height: 10, label: 'data(id)', 'z-index': 3 } },
      { selector: 'edge', style: { 'curve-style': 'bezier', width: 2 } },
    ],
    elements: [
      { group: 'nodes', data: { id: 'group', w: 10 } },
      { group: 'nodes', data: { id: 'member', parent: 'group', w: 20 } },
      { group: 'nodes', data: { id: 'other', w: 30 } },
      { group: 'edges', data: { id: 'tie', source: 'member', target: 'other' } },
    ],
  });
}

const cleanStyle = (cy: Core): void => (cy.elements() as unknown as { cleanStyle(): void }).cleanStyle();

describe('withoutStyleTriggers', () => {
  it('styles new elements as Cytoscape does, without invalidating boxes property by property', () => {
    const quiet = graph();
    let quietBounds = 0;
    quiet.on('bounds', () => quietBounds++);
    withoutStyleTriggers(quiet, () => cleanStyle(quiet));
    // If this fails after a Cytoscape upgrade, the internal the patch wraps has changed: re-measure.
    expect(styleTriggersPatched()).toBe(true);

    const plain = graph();
    let plainBounds = 0;
    plain.on('bounds', () => plainBounds++);
    cleanStyle(plain);

    expect(quietBounds).toBe(0);
    expect(plainBounds).toBeGreaterThan(0);
    for (const id of ['member', 'other']) {
      const a = quiet.getElementById(id) as NodeSingular;
      const b = plain.getElementById(id) as NodeSingular;
      expect([a.width(), a.height(), a.style('label'), a.style('z-index')]).toEqual([b.width(), b.height(), b.style('label'), b.style('z-index')]);
    }
    // Outside the call the triggers run again.
    quiet.getElementById('other').data('w', 44);
    cleanStyle(quiet);
    expect(quietBounds).toBeGreaterThan(0);
    expect((quiet.getElementById('other') as NodeSingular).width()).toBe(44);
    quiet.destroy();
    plain.destroy();
  });
});

describe('pinBackgrounding', () => {
  it('keeps a node out of :backgrounding whatever the renderer records', () => {
    const cy = graph();
    const member = cy.getElementById('member') as NodeSingular;
    pinBackgrounding(cy.nodes());
    const internals = (member as unknown as { _private: { backgrounding: boolean } })._private;
    internals.backgrounding = true; // what the canvas renderer writes for a node without images
    expect(internals.backgrounding).toBe(false);
    expect((member as unknown as { backgrounding(): boolean }).backgrounding()).toBe(false);
    expect(cy.$(':backgrounding').length).toBe(0);
    cy.destroy();
  });
});
