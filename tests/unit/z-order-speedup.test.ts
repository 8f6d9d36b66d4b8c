// The drawing-order sort (src/cy/patches/z-order-speedup.ts) must give exactly Cytoscape's own order
// (`sortByZIndex`, the comparator its renderer uses), on the app's stylesheet and on the style
// properties that order depends on.
import cytoscape, { type Collection, type Core, type ElementDefinition, type StylesheetJson } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { buildElements } from '../../src/view/elements';
import { elementLooks } from '../../src/view/looks';
import { lookClasses } from '../../src/cy/look-classes';
import { STYLESHEET } from '../../src/cy/style';
import { zSortedElements } from '../../src/cy/patches/z-order-speedup';
import { computeVisibility, NO_FILTERS } from '../../src/model/filters';
import { perspectiveView } from '../../src/model/perspective';
import { fixtureGraph } from '../fixtures/explorer';

const hasCompoundNodes = (cy: Core): boolean => (cy as unknown as { hasCompoundNodes(): boolean }).hasCompoundNodes();
const ids = (elements: readonly { id(): string }[]): string[] => elements.map((e) => e.id());
const cytoscapeOrder = (elements: Collection): string[] => ids((elements as unknown as { sortByZIndex(): Collection }).sortByZIndex().toArray());

describe('zSortedElements', () => {
  it('orders the app’s elements as Cytoscape does, before and after a perspective hides some', () => {
    const graph = fixtureGraph();
    const elements = buildElements(graph);
    const cy = cytoscape({ headless: true, styleEnabled: true, style: STYLESHEET as unknown as StylesheetJson });
    cy.add([...elements.nodes, ...elements.edges] as ElementDefinition[]);
    expect(hasCompoundNodes(cy)).toBe(true);
    expect(ids(zSortedElements(cy.elements(), true))).toEqual(cytoscapeOrder(cy.elements()));
    const perspective = { mode: 'one', source: 'alpha' } as const;
    const view = perspectiveView(graph, perspective);
    const visibility = computeVisibility(graph, {
      filters: NO_FILTERS,
      perspectiveActors: view.visibleActorIds,
      perspectiveRelations: view.visibleRelationIds,
      fadeOutsidePerspective: false,
    });
    const looks = elementLooks(elements, { visibility, view });
    cy.batch(() => {
      for (const [id, look] of looks) cy.getElementById(id).classes(lookClasses(look));
      cy.elements().first().select();
    });
    expect(cy.elements('.hidden').length).toBeGreaterThan(0);
    expect(ids(zSortedElements(cy.elements(), true))).toEqual(cytoscapeOrder(cy.elements()));
    cy.destroy();
  });

  it('follows z-compound-depth, z-index-compare, z-index and nesting like Cytoscape', () => {
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      style: [
        { selector: '.top', style: { 'z-compound-depth': 'top' } },
        { selector: '.bottom', style: { 'z-compound-depth': 'bottom' } },
        { selector: '.orphan', style: { 'z-compound-depth': 'orphan' } },
        { selector: '.manual', style: { 'z-index-compare': 'manual' } },
        { selector: '.raised', style: { 'z-index': 12 } },
        { selector: '.lowered', style: { 'z-index': -3 } },
      ],
    });
    // Three levels of groups, members at each, edges inside, across and onto groups, one loop.
    const nodes: ElementDefinition[] = [
      { data: { id: 'outer' } },
      { data: { id: 'middle', parent: 'outer' } },
      { data: { id: 'inner', parent: 'middle' }, classes: 'raised' },
      { data: { id: 'a', parent: 'inner' } },
      { data: { id: 'b', parent: 'middle' }, classes: 'top' },
      { data: { id: 'c', parent: 'outer' }, classes: 'lowered manual' },
      { data: { id: 'd' }, classes: 'bottom' },
      { data: { id: 'e' }, classes: 'orphan raised' },
      { data: { id: 'lone' } },
    ];
    const edges: ElementDefinition[] = [
      { data: { id: 'a-b', source: 'a', target: 'b' } },
      { data: { id: 'a-d', source: 'a', target: 'd' }, classes: 'raised' },
      { data: { id: 'c-e', source: 'c', target: 'e' }, classes: 'manual' },
      { data: { id: 'middle-lone', source: 'middle', target: 'lone' } },
      { data: { id: 'outer-inner', source: 'outer', target: 'inner' }, classes: 'top' },
      { data: { id: 'loop', source: 'lone', target: 'lone' }, classes: 'lowered' },
      { data: { id: 'd-e', source: 'd', target: 'e' }, classes: 'bottom' },
    ];
    cy.add([...nodes, ...edges]);
    expect(ids(zSortedElements(cy.elements(), true))).toEqual(cytoscapeOrder(cy.elements()));
    // Elements added later (a higher pool index) and a flat graph.
    cy.add([{ data: { id: 'late', parent: 'inner' } }, { data: { id: 'late-a', source: 'late', target: 'a' } }]);
    expect(ids(zSortedElements(cy.elements(), true))).toEqual(cytoscapeOrder(cy.elements()));
    const flat = cy.elements().filter((e) => (e.isEdge() ? !e.source().isParent() && !e.target().isParent() : !e.isParent()));
    const flatCy = cytoscape({
      headless: true,
      styleEnabled: true,
      elements: flat.jsons().map((j) => ({ ...j, data: { ...(j as { data: Record<string, unknown> }).data, parent: undefined } })) as ElementDefinition[],
    });
    expect(hasCompoundNodes(flatCy)).toBe(false);
    expect(ids(zSortedElements(flatCy.elements(), false))).toEqual(cytoscapeOrder(flatCy.elements()));
    cy.destroy();
    flatCy.destroy();
  });
});
