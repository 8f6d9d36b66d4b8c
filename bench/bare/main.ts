/**
 * The benchmark's baseline: the same graph drawn by plain Cytoscape.js with fcose at its default
 * quality, no app around it. `?graph=builtin` (default) or `?graph=synthetic-1000` / `synthetic-5000`.
 * Marks `final-picture` when the layout has stopped and a frame has been painted.
 * `&layout=preset` (built-in graph only) draws the shipped positions instead: the floor for a
 * Cytoscape page that needs no layout, for reference.
 */
import cytoscape, { type ElementDefinition } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import builtin from 'virtual:builtin-graph';
import { syntheticDataset } from '../synthetic';

cytoscape.use(fcose);

declare global {
  interface Window { __bareDone?: boolean }
}

function elementsFromSerialized(): ElementDefinition[] {
  const param = new URLSearchParams(location.search).get('graph') ?? 'builtin';
  if (param.startsWith('synthetic-')) {
    const dataset = syntheticDataset(Number(param.slice('synthetic-'.length)));
    return [
      ...dataset.actors.map((a) => ({ data: { id: a.id, label: a.label, ...(a.parent ? { parent: a.parent } : {}) } })),
      ...dataset.relations.map((r) => ({ data: { id: r.id, source: r.from, target: r.to } })),
    ];
  }
  return [
    ...builtin.nodes.map((n) => ({
      data: { id: n.key, label: String(n.attributes.label), ...(typeof n.attributes.parent === 'string' ? { parent: n.attributes.parent } : {}) },
      ...(typeof n.attributes.x === 'number' && typeof n.attributes.y === 'number' ? { position: { x: n.attributes.x, y: n.attributes.y } } : {}),
    })),
    ...builtin.edges.map((e) => ({ data: { id: e.key, source: e.source, target: e.target } })),
  ];
}

const cy = cytoscape({
  container: document.getElementById('cy'),
  elements: elementsFromSerialized(),
  style: [
    { selector: 'node', style: { label: 'data(label)', 'font-size': 10 } },
    { selector: 'edge', style: { 'curve-style': 'bezier', 'target-arrow-shape': 'triangle', width: 1 } },
  ],
  layout: { name: 'preset' },
});
const preset = new URLSearchParams(location.search).get('layout') === 'preset';
const layout = cy.layout(preset ? { name: 'preset', fit: true } : ({ name: 'fcose', animate: false } as cytoscape.LayoutOptions));
layout.one('layoutstop', () => {
  requestAnimationFrame(() => requestAnimationFrame(() => {
    performance.mark('final-picture');
    window.__bareDone = true;
  }));
});
layout.run();
