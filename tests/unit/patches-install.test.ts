// @vitest-environment happy-dom
// Every Cytoscape patch (src/cy/patches/) really installs on the pinned Cytoscape, on a core with
// Cytoscape's own canvas renderer (happy-dom, with a 2D context that accepts every call), and does
// nothing, leaving the renderer as shipped, on another release or when an internal it needs is
// missing. If a test here fails after a Cytoscape upgrade, the patch no longer fits: re-read the
// internals it names, re-measure it (src/cy/patches/README.md), then move the pin.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FIRST_FRAME_STEPS, flushRenderedStyleQueue, holdRenderQueue, markMeasured, markStale } from '../../src/cy/patches/first-frame';
import { drawGroupLabelsOnTop } from '../../src/cy/patches/group-labels-on-top';
import { loadedCytoscapeVersion, PATCHED_CYTOSCAPE_VERSION, patchAllowed } from '../../src/cy/patches/guard';
import { prebuildLayers } from '../../src/cy/patches/layer-prebuild';
import { drawAllOnCanvas, livePainter } from '../../src/cy/patches/picture-drawing';
import { pinBackgrounding } from '../../src/cy/patches/pin-backgrounding';
import { rendererOf, setViewportShortcuts } from '../../src/cy/patches/renderer-internals';
import { drawNextFrameWithoutTextures, paintElementsDirectlyWhenSmall, SMALL_GRAPH_ELEMENTS } from '../../src/cy/patches/small-graph-drawing';
import { coalesceStyleInvalidation, styleInvalidationCoalesced, styleTriggersPatched, withoutStyleTriggers } from '../../src/cy/patches/style-speedup';
import { sortDrawingOrderOnce } from '../../src/cy/patches/z-order-speedup';

type Fn = (...args: unknown[]) => unknown;
type Internals = Record<string, unknown> & { data: Record<string, Record<string, unknown>> };

/** A 2D context that takes every call (happy-dom has no canvas drawing). */
function stubContext(canvas: HTMLCanvasElement): CanvasRenderingContext2D {
  const state: Record<string | symbol, unknown> = { canvas, backingStorePixelRatio: 1 };
  const result = { width: 0, data: new Uint8ClampedArray(4) };
  return new Proxy(state, {
    get: (target, key) => (key in target ? target[key] : () => result),
    set: (target, key, value) => {
      target[key] = value;
      return true;
    },
  }) as unknown as CanvasRenderingContext2D;
}

beforeAll(() => {
  HTMLCanvasElement.prototype.getContext = function getContext(this: HTMLCanvasElement) {
    return stubContext(this);
  } as unknown as HTMLCanvasElement['getContext'];
  // (Cytoscape makes its layer images on an OffscreenCanvas when there is one: use the stubbed element.)
  (globalThis as { OffscreenCanvas?: unknown }).OffscreenCanvas = undefined;
});

/** A group with members, edges between them, and `extra` loose nodes (to pass the small-graph size). */
function elements(extra = 0): ElementDefinition[] {
  const defs: ElementDefinition[] = [
    { group: 'nodes', data: { id: 'group' } },
    { group: 'nodes', data: { id: 'a', parent: 'group' }, position: { x: 0, y: 0 } },
    { group: 'nodes', data: { id: 'b', parent: 'group' }, position: { x: 60, y: 20 } },
    { group: 'nodes', data: { id: 'c' }, position: { x: 200, y: 80 } },
    { group: 'edges', data: { id: 'ac', source: 'a', target: 'c' } },
    { group: 'edges', data: { id: 'bc', source: 'b', target: 'c' } },
  ];
  for (let i = 0; i < extra; i++) defs.push({ group: 'nodes', data: { id: `n${i}` }, position: { x: (i % 50) * 30, y: 200 + Math.floor(i / 50) * 30 } });
  return defs;
}

const cores: Core[] = [];
function canvasCore(extra = 0): { cy: Core; renderer: Internals } {
  const container = document.createElement('div');
  container.style.cssText = 'width:400px;height:300px';
  document.body.append(container);
  const cy = cytoscape({
    container,
    elements: elements(extra),
    layout: { name: 'preset' },
    style: [
      { selector: 'node', style: { label: 'data(id)', width: 20, height: 20 } },
      { selector: 'edge', style: { 'curve-style': 'bezier' } },
    ],
  });
  cores.push(cy);
  return { cy, renderer: (cy as unknown as { renderer(): Internals }).renderer() };
}

afterEach(() => {
  for (const cy of cores.splice(0)) cy.destroy();
  document.body.innerHTML = '';
  delete (globalThis as { __cyPatchesOff?: unknown }).__cyPatchesOff;
});

const ownMethod = (target: object, name: string): boolean => Object.prototype.hasOwnProperty.call(target, name);
const protoOf = (cy: Core): Record<string, unknown> => Object.getPrototypeOf(cy.style()) as Record<string, unknown>;
const rstyleOf = (cy: Core, id: string): { clean: boolean; cleanConnected: boolean } =>
  (cy.getElementById(id) as unknown as { _private: { rstyle: { clean: boolean; cleanConnected: boolean } } })._private.rstyle;

/** Every patch applied to a fresh core; what each answered. */
function installAll(cy: Core): Record<string, unknown> {
  coalesceStyleInvalidation(cy);
  return {
    sortDrawingOrderOnce: sortDrawingOrderOnce(cy),
    drawGroupLabelsOnTop: drawGroupLabelsOnTop(cy),
    paintElementsDirectlyWhenSmall: paintElementsDirectlyWhenSmall(cy),
    drawNextFrameWithoutTextures: drawNextFrameWithoutTextures(cy, cy.elements().length),
    prebuildLayers: prebuildLayers(cy) !== undefined,
    livePainter: livePainter(cy) !== undefined,
    drawAllOnCanvas: drawAllOnCanvas(cy, 1) !== undefined,
    setViewportShortcuts: setViewportShortcuts(cy, true),
    rendererOf: rendererOf(cy) !== undefined,
  };
}

// The prototype patches (style-speedup) are made once per page: the tests that must see plain
// Cytoscape run first.
describe('on another Cytoscape release', () => {
  it('no patch touches anything', () => {
    const real = (cytoscape as unknown as { version: string }).version;
    (cytoscape as unknown as { version: string }).version = '3.35.0';
    try {
      expect(loadedCytoscapeVersion()).toBe('3.35.0');
      const { cy, renderer } = canvasCore(SMALL_GRAPH_ELEMENTS);
      const before = { apply: protoOf(cy).applyContextStyle, checkTriggers: protoOf(cy).checkTriggers, getLayers: renderer.data.lyrTxrCache!.getLayers };
      const answered = installAll(cy);
      expect(holdRenderQueue(cy)).toBeUndefined();
      expect(Object.values(answered).every((value) => value === false)).toBe(true);
      expect(styleInvalidationCoalesced()).toBe(false);
      expect(protoOf(cy).applyContextStyle).toBe(before.apply);
      expect(protoOf(cy).checkTriggers).toBe(before.checkTriggers);
      for (const name of ['getCachedZSortedEles', 'drawLayeredElements', 'drawElements']) expect(ownMethod(renderer, name)).toBe(false);
      expect(renderer.data.lyrTxrCache!.getLayers).toBe(before.getLayers);
      expect(renderer.data.lyrTxrCache!.firstGet).toBe(true);
      let styled = false;
      withoutStyleTriggers(cy, () => (styled = true));
      expect(styled).toBe(true);
      expect(styleTriggersPatched()).toBe(false);
      pinBackgrounding(cy.nodes());
      const a = (cy.getElementById('a') as unknown as { _private: { backgrounding: boolean } })._private;
      a.backgrounding = true;
      expect(a.backgrounding).toBe(true);
      a.backgrounding = false;
      rstyleOf(cy, 'c').clean = false;
      markMeasured(cy.elements());
      expect(rstyleOf(cy, 'c').clean).toBe(false);
    } finally {
      (cytoscape as unknown as { version: string }).version = real;
    }
  });

  it('nor does a patch turned off by name (bench and e2e A/B)', () => {
    (globalThis as { __cyPatchesOff?: unknown }).__cyPatchesOff = ['z-order-speedup', 'first-frame'];
    const { cy, renderer } = canvasCore();
    expect(patchAllowed('z-order-speedup')).toBe(false);
    expect(patchAllowed('group-labels-on-top')).toBe(true);
    expect(sortDrawingOrderOnce(cy)).toBe(false);
    expect(ownMethod(renderer, 'getCachedZSortedEles')).toBe(false);
    rstyleOf(cy, 'c').clean = false;
    markMeasured(cy.elements());
    expect(rstyleOf(cy, 'c').clean).toBe(false);
  });
});

describe('with an internal missing', () => {
  it('each patch leaves the renderer as it is', () => {
    const { cy, renderer } = canvasCore(SMALL_GRAPH_ELEMENTS);
    const cache = renderer.data.lyrTxrCache!;
    const getLayers = cache.getLayers;
    renderer.updateCachedGrabbedEles = undefined;
    expect(sortDrawingOrderOnce(cy)).toBe(false);
    expect(ownMethod(renderer, 'getCachedZSortedEles')).toBe(false);
    renderer.drawElementText = undefined;
    expect(drawGroupLabelsOnTop(cy)).toBe(false);
    expect(ownMethod(renderer, 'drawElements')).toBe(false);
    cache.layersQueue = undefined;
    expect(prebuildLayers(cy)).toBeUndefined();
    expect(cache.firstGet).toBe(true);
    renderer.data.tlbTxrCache!.getElement = undefined;
    expect(drawNextFrameWithoutTextures(cy, 10)).toBe(false);
    expect(ownMethod(renderer.data.eleTxrCache!, 'getElement')).toBe(false);
    cache.getLayers = 'gone';
    expect(paintElementsDirectlyWhenSmall(cy)).toBe(false);
    expect(cache.getLayers).toBe('gone');
    cache.getLayers = getLayers;
    renderer.bufferCanvasImage = undefined;
    renderer.getPixelRatio = undefined;
    expect(drawAllOnCanvas(cy, 1)).toBeUndefined();
    expect(livePainter(cy)).toBeUndefined();
    renderer.flushRenderedStyleQueue = undefined;
    expect(() => flushRenderedStyleQueue(cy)).not.toThrow();

    const c = (cy.getElementById('c') as unknown as { _private: Record<string, unknown> })._private;
    delete c.backgrounding;
    pinBackgrounding(cy.nodes());
    expect(Object.getOwnPropertyDescriptor(c, 'backgrounding')).toBeUndefined();
    const rstyle = c.rstyle;
    c.rstyle = undefined;
    expect(() => markMeasured(cy.elements())).not.toThrow();
    c.rstyle = rstyle;
  });

  it('the style patch is not made without checkTriggers', () => {
    const { cy } = canvasCore();
    const proto = protoOf(cy);
    const checkTriggers = proto.checkTriggers;
    const apply = proto.applyContextStyle;
    proto.checkTriggers = undefined;
    try {
      coalesceStyleInvalidation(cy);
      expect(styleInvalidationCoalesced()).toBe(false);
      expect(proto.applyContextStyle).toBe(apply);
    } finally {
      proto.checkTriggers = checkTriggers;
    }
  });
});

describe('on Cytoscape ' + PATCHED_CYTOSCAPE_VERSION, () => {
  it('is the release loaded and pinned exactly in package.json', () => {
    expect(loadedCytoscapeVersion()).toBe(PATCHED_CYTOSCAPE_VERSION);
    const pkg = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../package.json'), 'utf8')) as { dependencies: Record<string, string> };
    expect(pkg.dependencies.cytoscape).toBe(PATCHED_CYTOSCAPE_VERSION);
  });

  it('style-speedup wraps the style prototype, once for every core', () => {
    const { cy } = canvasCore();
    const apply = protoOf(cy).applyContextStyle;
    coalesceStyleInvalidation(cy);
    expect(styleInvalidationCoalesced()).toBe(true);
    expect(protoOf(cy).applyContextStyle).not.toBe(apply);
    let styled = false;
    withoutStyleTriggers(cy, () => (styled = true));
    expect([styled, styleTriggersPatched()]).toEqual([true, true]);
  });

  it('z-order-speedup replaces the renderer’s sort, with Cytoscape’s order', () => {
    const { cy, renderer } = canvasCore();
    expect(sortDrawingOrderOnce(cy)).toBe(true);
    expect(ownMethod(renderer, 'getCachedZSortedEles')).toBe(true);
    const sorted = (renderer.getCachedZSortedEles as Fn).call(renderer, true) as { id(): string }[];
    const expected = (cy.elements() as unknown as { sortByZIndex(): { map(fn: (e: { id(): string }) => string): string[] } }).sortByZIndex().map((e) => e.id());
    expect(sorted.map((e) => e.id())).toEqual(expected);
  });

  it('group-labels-on-top draws each group’s label again after both element passes', () => {
    const { cy, renderer } = canvasCore();
    const labelled: string[] = [];
    const drawText = renderer.drawElementText as Fn;
    renderer.drawElementText = function (this: unknown, ...args: unknown[]) {
      labelled.push((args[1] as { id(): string }).id());
      return drawText.apply(this, args);
    };
    expect(drawGroupLabelsOnTop(cy)).toBe(true);
    const context = document.createElement('canvas').getContext('2d');
    const eles = (renderer.getCachedZSortedEles as Fn).call(renderer) as unknown[];
    (renderer.drawElements as Fn).call(renderer, context, eles);
    // (Cytoscape's pass draws labels with the elements, then the patch the group's once more.)
    expect(labelled.at(-1)).toBe('group');
    const drawnByPass = labelled.length;
    labelled.length = 0;
    (renderer.drawLayeredElements as Fn).call(renderer, context, eles, 1, { x1: -1000, y1: -1000, x2: 1000, y2: 1000 });
    expect(labelled.at(-1)).toBe('group');
    expect(drawnByPass).toBeGreaterThan(0);
  });

  it('small-graph-drawing skips layers under the size, and textures for one frame', () => {
    const { cy, renderer } = canvasCore();
    const cache = renderer.data.lyrTxrCache!;
    expect(paintElementsDirectlyWhenSmall(cy)).toBe(true);
    expect((cache.getLayers as Fn).call(cache, cy.elements().toArray(), 1)).toBeNull();
    expect(drawNextFrameWithoutTextures(cy, cy.elements().length)).toBe(true);
    const textures = renderer.data.eleTxrCache!;
    expect((textures.getElement as Fn).call(textures, cy.getElementById('a'), { x1: 0, y1: 0, x2: 20, y2: 20, w: 20, h: 20 }, 1)).toBeNull();
    expect(drawNextFrameWithoutTextures(cy, SMALL_GRAPH_ELEMENTS + 1)).toBe(false);
  });

  it('layer-prebuild boxes and queues a large graph a part per step, then paints the queue', () => {
    const { cy, renderer } = canvasCore(SMALL_GRAPH_ELEMENTS);
    // An element called "constructor": Cytoscape's own queueing keeps queued ids in a plain object.
    cy.add({ group: 'nodes', data: { id: 'constructor' }, position: { x: 5, y: 5 } });
    const cache = renderer.data.lyrTxrCache!;
    const painted: string[] = [];
    const drawEleInLayer = cache.drawEleInLayer as Fn;
    cache.drawEleInLayer = function (this: unknown, ...args: unknown[]) {
      painted.push((args[1] as { id(): string }).id());
      return drawEleInLayer.apply(this, args);
    };
    const getLayers = cache.getLayers as Fn;
    let whole = 0;
    cache.getLayers = function (this: unknown, ...args: unknown[]) {
      whole++;
      return getLayers.apply(this, args);
    };
    const build = prebuildLayers(cy);
    expect(build).toBeDefined();
    expect([cache.firstGet, cache.skipping]).toEqual([false, false]);
    const queue = cache.layersQueue as { size(): number };
    // Nothing is done in the call itself: a step with no time boxes a part and returns.
    expect(queue.size()).toBe(0);
    expect(build!.step(0)).toBe(false);
    expect(queue.size()).toBe(0);
    let steps = 1;
    while (!build!.step(1000)) steps++;
    expect(steps).toBeLessThan(5);
    expect(whole).toBe(0);
    expect(queue.size()).toBe(0);
    const count = cy.elements().length;
    expect(new Set(painted).size).toBe(count);
    expect(painted).toContain('constructor');
    // One layer, holding every element in drawing order, which Cytoscape's getLayers then takes as complete.
    const layers = Object.values(cache.layersByLevel as Record<string, { eles: unknown[]; invalid?: boolean }[]>).flat();
    expect(layers.map((l) => l.eles.length)).toEqual([count]);
    const sorted = (renderer.getCachedZSortedEles as Fn).call(renderer) as { nondrag?: unknown[] } & unknown[];
    expect(layers[0]!.eles).toEqual([...(sorted.nondrag ?? sorted)]);
    expect(getLayers.call(cache, sorted.nondrag ?? sorted, 1)).toEqual([layers[0]]);
    // Layered already: a second build goes through getLayers, as Cytoscape would.
    prebuildLayers(cy);
    expect(whole).toBe(1);
    // A small graph has nothing to build.
    expect(prebuildLayers(canvasCore().cy)).toBeUndefined();
  });

  it('first-frame holds the renderer’s queueing of a staged graph, and lets it go', () => {
    const { cy, renderer } = canvasCore();
    const queued = (): number => {
      let seen = 0;
      const fns = renderer.onUpdateEleCalcsFns as Fn[];
      fns.push((_willDraw, eles) => (seen = (eles as unknown[]).length));
      (renderer.flushRenderedStyleQueue as Fn).call(renderer);
      fns.pop();
      return seen;
    };
    queued();
    const resume = holdRenderQueue(cy);
    expect(resume).toBeDefined();
    cy.getElementById('c').position({ x: 300, y: 90 });
    expect(queued()).toBe(0);
    // Held once: a second hold finds nothing to hold.
    expect(holdRenderQueue(cy)).toBeUndefined();
    markStale(cy.getElementById('c'));
    expect([rstyleOf(cy, 'c').clean, rstyleOf(cy, 'c').cleanConnected]).toEqual([false, false]);
    resume!();
    resume!();
    cy.getElementById('c').position({ x: 310, y: 90 });
    expect(queued()).toBeGreaterThan(0);
  });

  it('first-frame marks measured geometry current and runs the renderer’s passes early', () => {
    const { cy, renderer } = canvasCore();
    cy.elements().boundingBox();
    rstyleOf(cy, 'c').clean = false;
    rstyleOf(cy, 'c').cleanConnected = false;
    markMeasured(cy.elements());
    expect([rstyleOf(cy, 'c').clean, rstyleOf(cy, 'c').cleanConnected]).toEqual([true, true]);
    const calls: string[] = [];
    for (const name of ['flushRenderedStyleQueue', 'getCachedZSortedEles']) {
      const original = renderer[name] as Fn;
      renderer[name] = function (this: unknown, ...args: unknown[]) {
        calls.push(name);
        return original.apply(this, args);
      };
    }
    for (const step of FIRST_FRAME_STEPS) step(cy);
    expect(calls).toEqual(['flushRenderedStyleQueue', 'getCachedZSortedEles']);
  });

  it('picture-drawing and renderer-internals reach the renderer', () => {
    const { cy, renderer } = canvasCore();
    expect(livePainter(cy)?.pixelRatio).toBeGreaterThan(0);
    expect(drawAllOnCanvas(cy, 2)?.width).toBeGreaterThan(0);
    expect(setViewportShortcuts(cy, true)).toBe(true);
    expect([renderer.textureOnViewport, renderer.hideEdgesOnViewport]).toEqual([true, true]);
  });

  it('pin-backgrounding pins the node’s state', () => {
    const { cy } = canvasCore();
    pinBackgrounding(cy.nodes());
    const a = (cy.getElementById('a') as unknown as { _private: { backgrounding: boolean } })._private;
    a.backgrounding = true;
    expect(a.backgrounding).toBe(false);
  });
});
