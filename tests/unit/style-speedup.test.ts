// The Cytoscape style patch (src/cy/style-speedup.ts) must leave every computed state as Cytoscape
// would: a group hidden hides its members and their edges, data-mapped sizes follow the data.
import cytoscape, { type NodeSingular } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { coalesceStyleInvalidation, styleInvalidationCoalesced } from '../../src/cy/style-speedup';

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
