// Element sync (src/cy/element-sync.ts) on a headless Cytoscape: collapsing a group removes its
// members and adds the bundle edges, moves the group to its members' centre, and leaves every
// other element alone (no data event: setting the same data again would restyle it); expanding
// brings the canvas back to the same elements.
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { replaceAll, updateElements } from '../../src/cy/element-sync';
import { Scene } from '../../src/cy/scene';
import { buildElements } from '../../src/view/elements';
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
};

function scene(): Scene {
  const s = new Scene(cytoscape({ headless: true, styleEnabled: true, layout: { name: 'preset' } }));
  // (Headless: no frames are drawn, so the final-picture mark is never waited for here.)
  s.markFinalPicture = () => Promise.resolve();
  return s;
}

const ids = (s: Scene): string[] =>
  s.cy
    .elements()
    .map((e) => e.id())
    .sort();

describe('element sync', () => {
  it('collapses and expands a group, touching only what changed', () => {
    const s = scene();
    const open = buildElements(graph, { positions });
    replaceAll(s, open, undefined);
    expect(ids(s)).toEqual([...open.nodes, ...open.edges].map((d) => d.data.id).sort());
    const touched: string[] = [];
    s.cy.on('data', (e) => void touched.push((e.target as { id(): string }).id()));

    const closed = buildElements(graph, { positions, collapsed: new Set(['us']) });
    updateElements(s, closed, undefined);
    expect(ids(s)).toEqual([...closed.nodes, ...closed.edges].map((d) => d.data.id).sort());
    expect(s.cy.getElementById('trump').empty()).toBe(true);
    // Only the collapsed group itself gets new data (its label, its hidden members).
    expect([...new Set(touched)]).toEqual(['us']);
    expect(s.cy.getElementById('us').position()).toEqual(closed.nodes.find((n) => n.data.id === 'us')!.position);

    updateElements(s, open, undefined);
    expect(ids(s)).toEqual([...open.nodes, ...open.edges].map((d) => d.data.id).sort());
  });
});
