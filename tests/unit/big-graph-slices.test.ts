// @vitest-environment happy-dom
// Drawing a huge graph a slice per task (issue 18): the drawing order is made ahead of the first
// frame in steps of bounded size, with Cytoscape's order as the result, and a graph of 15,000
// elements or more gets straight edges (src/cy/huge-graph.ts), switched while the canvas is empty.
import cytoscape, { type Core, type ElementDefinition, type StylesheetJson } from 'cytoscape';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { drawsStraightEdges, fitStylesheetToSize, HUGE_GRAPH_ELEMENTS } from '../../src/cy/huge-graph';
import { STYLESHEET } from '../../src/cy/style';
import { KEY_SLICE, prepareDrawingOrder, zSortedElements } from '../../src/cy/patches/z-order-speedup';

beforeAll(() => {
  // A 2D context that takes every call (happy-dom has no canvas drawing).
  HTMLCanvasElement.prototype.getContext = function getContext(this: HTMLCanvasElement) {
    const state: Record<string | symbol, unknown> = { canvas: this, backingStorePixelRatio: 1 };
    const result = { width: 0, data: new Uint8ClampedArray(4) };
    return new Proxy(state, { get: (t, k) => (k in t ? t[k] : () => result), set: (t, k, v) => ((t[k] = v), true) });
  } as unknown as HTMLCanvasElement['getContext'];
  (globalThis as { OffscreenCanvas?: unknown }).OffscreenCanvas = undefined;
});

const cores: Core[] = [];
afterEach(() => {
  for (const cy of cores.splice(0)) cy.destroy();
  document.body.innerHTML = '';
});

/** Groups of three members, loose nodes, and edges between them: `n` nodes, 2n edges. */
function graph(n: number): ElementDefinition[] {
  const defs: ElementDefinition[] = [];
  for (let i = 0; i < n; i++) {
    const parent = i % 4 === 0 ? undefined : `n${i - (i % 4)}`;
    defs.push({ group: 'nodes', data: { id: `n${i}`, ...(parent ? { parent } : {}) }, position: { x: (i % 60) * 40, y: Math.floor(i / 60) * 40 } });
  }
  for (let i = 0; i < 2 * n; i++) defs.push({ group: 'edges', data: { id: `e${i}`, source: `n${(i * 7) % n}`, target: `n${(i * 13 + 1) % n}` } });
  return defs;
}

function canvasCore(elements: ElementDefinition[]): Core {
  const container = document.createElement('div');
  container.style.cssText = 'width:400px;height:300px';
  document.body.append(container);
  const cy = cytoscape({ container, elements, layout: { name: 'preset' } });
  cores.push(cy);
  return cy;
}

describe('prepareDrawingOrder', () => {
  it('sorts 6,000 elements in steps of at most KEY_SLICE elements each, into Cytoscape’s drawing order, and hands it to the renderer', () => {
    const cy = canvasCore(graph(2000));
    const build = prepareDrawingOrder(cy);
    expect(build).toBeDefined();
    let steps = 1;
    // A budget of nothing: every step does the least it can.
    while (!build!.step(0)) steps++;
    const n = cy.elements().length;
    expect(n).toBe(6000);
    // Keys a slice at a time, one sort, then which elements take gestures a slice at a time.
    expect(steps).toBe(2 * Math.ceil(n / KEY_SLICE) + 1);
    const renderer = (cy as unknown as { renderer(): { cachedZSortedEles: { id(): string }[] & { interactive: unknown[] } } }).renderer();
    const expected = zSortedElements(cy.elements(), true).map((e) => e.id());
    expect(renderer.cachedZSortedEles.map((e) => e.id())).toEqual(expected);
    expect(renderer.cachedZSortedEles.interactive).toHaveLength(n);
  });
});

describe('fitStylesheetToSize', () => {
  it('draws the edges of a graph of HUGE_GRAPH_ELEMENTS or more straight, and curved again for a smaller one', () => {
    const cy = cytoscape({ headless: true, styleEnabled: true, style: STYLESHEET as unknown as StylesheetJson });
    cores.push(cy);
    const edgeStyle = (): unknown => {
      const edge = cy.add([{ data: { id: 'a' } }, { data: { id: 'b' } }, { data: { id: 'ab', source: 'a', target: 'b' } }]).edges();
      const value = edge.style('curve-style');
      cy.elements().remove();
      return value;
    };
    expect(edgeStyle()).toBe('bezier');
    fitStylesheetToSize(cy, HUGE_GRAPH_ELEMENTS);
    expect(drawsStraightEdges(cy)).toBe(true);
    expect(edgeStyle()).toBe('straight');
    fitStylesheetToSize(cy, HUGE_GRAPH_ELEMENTS - 1);
    expect(drawsStraightEdges(cy)).toBe(false);
    expect(edgeStyle()).toBe('bezier');
  });
});
