/**
 * The benchmark's baseline: the same graph drawn by plain Cytoscape.js with fcose at its default
 * quality, no app around it. `?graph=builtin` (default) or `?graph=synthetic-1000` / `synthetic-5000`.
 * Marks `final-picture` when the layout has stopped and a frame has been painted.
 * `&layout=preset` draws the shipped positions instead (for a synthetic graph, bench/synthetic.ts's
 * syntheticPositions, as the 20k row's import "with positions" has them): the floor for a
 * Cytoscape page that needs no layout, for reference. `window.__bare.switchTo` is the plainest
 * perspective switch on that page: the floor for the app's switch (bench/probes.ts times both alike).
 */
import cytoscape, { type ElementDefinition } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import builtin from 'virtual:builtin-graph';
import { syntheticDataset, syntheticPositions } from '../synthetic';

cytoscape.use(fcose);

/** A claim as the switch reference needs it: which article, and its tone. */
interface BareClaim {
  source: string;
  tone: number;
}
type BarePerspective = { mode: 'all' } | { mode: 'one'; source: string } | { mode: 'compare'; a: string; b: string };

declare global {
  interface Window {
    __bareDone?: boolean;
    /** For the benchmark's switch reference (bench/probes.ts): the core, the articles, and a perspective switch done the plainest way. */
    __bare?: { cy: cytoscape.Core; sources: string[]; switchTo(p: BarePerspective): void };
  }
}

const claimsOf = new Map<string, BareClaim[]>();

function elementsFromSerialized(): ElementDefinition[] {
  const param = new URLSearchParams(location.search).get('graph') ?? 'builtin';
  if (param.startsWith('synthetic-')) {
    const dataset = syntheticDataset(Number(param.slice('synthetic-'.length)));
    const at = new URLSearchParams(location.search).get('layout') === 'preset' ? syntheticPositions(dataset) : {};
    for (const r of dataset.relations)
      claimsOf.set(
        r.id,
        r.claims.map((c) => ({ source: c.source, tone: c.tone })),
      );
    return [
      ...dataset.actors.map((a) => ({
        data: { id: a.id, label: a.label, ...(a.parent ? { parent: a.parent } : {}) },
        ...(at[a.id] ? { position: at[a.id] } : {}),
      })),
      ...dataset.relations.map((r) => ({ data: { id: r.id, source: r.from, target: r.to } })),
    ];
  }
  for (const e of builtin.edges)
    claimsOf.set(
      e.key,
      (e.attributes.claims as BareClaim[]).map((c) => ({ source: c.source, tone: c.tone })),
    );
  return [
    ...builtin.nodes.map((n) => ({
      data: { id: n.key, label: String(n.attributes.label), ...(typeof n.attributes.parent === 'string' ? { parent: n.attributes.parent } : {}) },
      ...(typeof n.attributes.x === 'number' && typeof n.attributes.y === 'number' ? { position: { x: n.attributes.x, y: n.attributes.y } } : {}),
    })),
    ...builtin.edges.map((e) => ({ data: { id: e.key, source: e.source, target: e.target } })),
  ];
}

const mean = (xs: readonly number[]): number => xs.reduce((s, x) => s + x, 0) / xs.length;

/** The class one edge gets in a perspective ('hidden' when the perspective does not state it). */
function edgeClass(claims: readonly BareClaim[], p: BarePerspective): string {
  if (p.mode === 'all') return '';
  if (p.mode === 'one') {
    const own = claims.filter((c) => c.source === p.source);
    if (own.length === 0) return 'hidden';
    const tone = mean(own.map((c) => c.tone));
    return tone <= -6 ? 'tone-n2' : tone < 0 ? 'tone-n1' : tone === 0 ? 'tone-0' : tone <= 5 ? 'tone-p1' : 'tone-p2';
  }
  const a = claims.filter((c) => c.source === p.a);
  const b = claims.filter((c) => c.source === p.b);
  if (a.length === 0 && b.length === 0) return 'hidden';
  if (a.length === 0) return 'only-b';
  if (b.length === 0) return 'only-a';
  return Math.abs(mean(a.map((c) => c.tone)) - mean(b.map((c) => c.tone))) > 4 ? 'contested' : 'agree';
}

/**
 * A perspective switch done the plainest way Cytoscape allows, for the benchmark's reference row:
 * every edge gets its class (hidden, tone band or comparison status), every leaf without a shown
 * edge is hidden, in one batch, with the two-rule stylesheet below plus one colour per class.
 */
function switchTo(cy: cytoscape.Core, p: BarePerspective): void {
  cy.batch(() => {
    const shownEnds = new Set<string>();
    cy.edges().forEach((edge) => {
      const cls = edgeClass(claimsOf.get(edge.id()) ?? [], p);
      edge.classes(cls);
      if (cls !== 'hidden') {
        shownEnds.add(edge.data('source') as string);
        shownEnds.add(edge.data('target') as string);
      }
    });
    cy.nodes().forEach((node) => {
      if (node.isParent()) return;
      node.classes(p.mode === 'all' || shownEnds.has(node.id()) ? '' : 'hidden');
    });
  });
}

const SWITCH_COLOURS: Record<string, string> = {
  'tone-n2': '#b2182b',
  'tone-n1': '#ef8a62',
  'tone-0': '#999999',
  'tone-p1': '#67a9cf',
  'tone-p2': '#2166ac',
  agree: '#4d9221',
  contested: '#e08214',
  'only-a': '#5e3c99',
  'only-b': '#0571b0',
};

const cy = cytoscape({
  container: document.getElementById('cy'),
  elements: elementsFromSerialized(),
  style: [
    { selector: 'node', style: { label: 'data(label)', 'font-size': 10 } },
    { selector: 'edge', style: { 'curve-style': 'bezier', 'target-arrow-shape': 'triangle', width: 1 } },
    ...Object.entries(SWITCH_COLOURS).map(([cls, colour]) => ({ selector: `edge.${cls}`, style: { 'line-color': colour, 'target-arrow-color': colour } })),
    { selector: '.hidden', style: { display: 'none' } },
  ],
  layout: { name: 'preset' },
});
// The articles in the order the app lists them, so both pages switch through the same perspectives.
const graphParam = new URLSearchParams(location.search).get('graph') ?? 'builtin';
const sources = graphParam.startsWith('synthetic-')
  ? syntheticDataset(Number(graphParam.slice('synthetic-'.length))).sources.map((s) => s.id)
  : (builtin.attributes.sources as { id: string }[]).map((s) => s.id);
window.__bare = { cy, sources, switchTo: (p) => switchTo(cy, p) };
const preset = new URLSearchParams(location.search).get('layout') === 'preset';
const layout = cy.layout(preset ? { name: 'preset', fit: true } : ({ name: 'fcose', animate: false } as cytoscape.LayoutOptions));
layout.one('layoutstop', () => {
  requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      performance.mark('final-picture');
      window.__bareDone = true;
    }),
  );
});
layout.run();
