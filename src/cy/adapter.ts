/**
 * The canvas: the only object that holds a live Cytoscape instance, behind the one command
 * channel the page uses (CanvasChannel). It is created once per canvas by GraphCanvas.svelte (in an
 * $effect whose cleanup destroys it) and is fed by separate effects: element definitions
 * (structure: only on a new graph or a collapsed/expanded group), looks (classes and weights: one
 * batch per perspective, filter or focus change, touching only what changed), and the selection.
 * User gestures come back as callbacks; the state decides what they mean. This file only wires
 * the parts, each in its own module:
 * - element-sync.ts: a new placed graph replaced at once, a collapsed/expanded group diffed;
 * - staging.ts: a new graph added a slice per task while its layout runs, placed, drawn once;
 * - look-sync.ts: the looks last applied, and only changed elements restyled;
 * - viewport.ts: fit, reveal, size changes, zoom range, animation to positions;
 * - events.ts: gestures in, the state's selection out;
 * - keyboard.ts: the keyboard's focus on the canvas (arrow keys, relation cycle, zoom keys);
 * - canvas-layout.ts: a layout run in the worker, then placed.
 * Speed is measured by `npm run bench`; the Cytoscape quirks worked around are in patches/ (README).
 */
import cytoscape, { type Core, type StylesheetJson } from 'cytoscape';
import { pictureTheme, type PngExportRequest, type PngExportResult } from '../export/caption';
import type { SvgExportRequest, SvgExportResult } from '../export/svg-draw';
import type { Positions } from '../model/interchange';
import type { Viewport } from '../model/saved-views';
import type { ViewElements } from '../view/elements';
import type { ElementLook } from '../view/looks';
import type { CanvasChannel } from './canvas';
import { runCanvasLayout } from './canvas-layout';
import type { LayoutService } from './layout-client';
import { everyLeafPlaced, replaceAll, updateElements } from './element-sync';
import { CanvasEvents, type AdapterCallbacks } from './events';
import { CanvasKeyboard } from './keyboard';
import { Scene } from './scene';
import { Staging } from './staging';
import { stylesheetFor } from './style';
import type { Theme } from '../view/themes';
import * as viewport from './viewport';
import { drawGroupLabelsOnTop } from './patches/group-labels-on-top';
import { paintElementsDirectlyWhenSmall, SMALL_GRAPH_ELEMENTS } from './patches/small-graph-drawing';
import { coalesceStyleInvalidation } from './patches/style-speedup';
import { sortDrawingOrderOnce } from './patches/z-order-speedup';

export type { AdapterCallbacks } from './events';

export class CyAdapter implements CanvasChannel {
  readonly #scene: Scene;
  readonly #staging: Staging;
  readonly #events: CanvasEvents;
  readonly #callbacks: AdapterCallbacks;
  readonly #unwatchSize: () => void;
  /** The page's layout service, once a layout ran (layout-client.ts is loaded lazily). */
  #layouts: LayoutService | undefined;
  /** The keyboard's focus on the canvas: GraphCanvas.svelte sends it the keys. */
  readonly keyboard: CanvasKeyboard;
  /** The theme the canvas is drawn in (issue 17). */
  #theme: Theme;

  constructor(container: HTMLElement, callbacks: AdapterCallbacks, theme: Theme = 'light') {
    this.#theme = theme;
    const cy = cytoscape({
      container,
      style: stylesheetFor(theme) as unknown as StylesheetJson,
      boxSelectionEnabled: true,
      selectionType: 'single',
      minZoom: viewport.MIN_ZOOM,
      maxZoom: viewport.MAX_ZOOM,
      layout: { name: 'preset', fit: false },
    });
    coalesceStyleInvalidation(cy);
    paintElementsDirectlyWhenSmall(cy);
    sortDrawingOrderOnce(cy);
    drawGroupLabelsOnTop(cy);
    this.#callbacks = callbacks;
    this.#scene = new Scene(cy);
    this.#staging = new Staging(this.#scene);
    this.#events = new CanvasEvents(this.#scene, callbacks);
    this.#unwatchSize = viewport.watchSize(cy, container);
    this.keyboard = new CanvasKeyboard(cy);
  }

  /**
   * Test-only: the Cytoscape core, for end-to-end tests and the benchmark, which reach it through
   * the `?e2e` page hook (`window.__explorer.canvas().getCore()`, src/main.ts). The page itself
   * never calls it: everything it needs is a CanvasChannel command.
   */
  getCore(): Core {
    return this.#scene.cy;
  }

  destroy(): void {
    this.#staging.drop();
    this.#unwatchSize();
    this.#scene.cy.destroy();
  }

  /**
   * Brings the canvas to these elements. A new graph (another token) replaces everything and
   * fits; otherwise only what changed (collapsed or expanded groups) is removed or added. Elements
   * are added with their looks (classes and weight) when given, so Cytoscape computes each new
   * element's style once instead of once for the bare element and again for its classes.
   */
  setElements(elements: ViewElements, graphToken: unknown, looks?: ReadonlyMap<string, ElementLook>): void {
    const scene = this.#scene;
    if (graphToken === scene.token && !this.#staging.pending) {
      updateElements(scene, elements, looks);
      return;
    }
    scene.token = graphToken;
    const placed = everyLeafPlaced(elements);
    const sliced = placed && elements.nodes.length + elements.edges.length > SMALL_GRAPH_ELEMENTS;
    this.#callbacks.onDrawing?.(sliced);
    if (placed && !sliced) {
      this.#staging.drop();
      replaceAll(scene, elements, looks);
      return;
    }
    const pending = this.#staging.start(elements, looks);
    // A large graph that comes with its positions (our own JSON export, say) is placed a slice
    // per task like one whose layout has just run: drawn all at once, a 5,000-element graph
    // held the page for one task of 1.8 s and another of 1 s. The state says so meanwhile.
    if (sliced) {
      void this.#staging.place(pending, {}).finally(() => {
        if (scene.isCurrent(graphToken)) this.#callbacks.onDrawing?.(false);
      });
    }
  }

  /** Classes and weights for the elements whose look changed, in one batch (no layout, no movement). */
  applyLooks(looks: ReadonlyMap<string, ElementLook>): void {
    // Staged elements are brought up to date when they are placed.
    if (this.#staging.pending) this.#staging.setLooks(looks);
    else this.#scene.looks.apply(this.#scene.cy, looks);
  }

  /** Makes the canvas selection exactly these ids (without reporting it back as a user gesture). */
  setSelection(ids: readonly string[]): void {
    this.#events.setSelection(ids);
  }

  reveal(ids: readonly string[]): void {
    viewport.reveal(this.#scene.cy, ids);
  }

  fit(): void {
    viewport.fit(this.#scene.cy);
  }

  showsEverything(): boolean {
    return viewport.showsEverything(this.#scene.cy);
  }

  getViewport(): Viewport {
    return viewport.getViewport(this.#scene.cy);
  }

  setViewport(view: Viewport): void {
    viewport.setViewport(this.#scene.cy, view);
  }

  /** Leaf positions (collapsed groups included), rounded to a tenth of a pixel. */
  leafPositions(): Positions {
    return viewport.leafPositions(this.#scene.cy);
  }

  /**
   * Lays out what is on the canvas (or the new graph waiting for its positions) in the layout
   * worker and places it (canvas-layout.ts); resolves with leaf positions once they are drawn.
   * The callbacks' onLayoutProgress hears where the layout is.
   */
  async runLayout(purpose: 'fresh' | 'rerun'): Promise<Positions> {
    // The layout code (fcose and our overlap pass) runs in a worker, fetched only now: the first picture needs none.
    const { pageLayouts } = await import('./layout-client');
    this.#layouts = pageLayouts();
    return runCanvasLayout(this.#scene, this.#staging, this.#layouts, purpose, (stage) => this.#callbacks.onLayoutProgress?.(stage));
  }

  /** Stops the layouts in flight (at once: a new graph's layout may start right after). */
  cancelLayout(): void {
    this.#layouts?.cancel();
  }

  animateTo(positions: Positions): void {
    void viewport.animateTo(this.#scene.cy, positions);
  }

  /** The PNG renderer (src/cy/png.ts, a large module) is loaded with the first export. */
  async exportPng(request: PngExportRequest): Promise<PngExportResult> {
    const { renderSubgraphPng } = await import('./png');
    return renderSubgraphPng(this.#scene.cy, request, this.#pictureStyle(request.background));
  }

  /** The SVG renderer (src/cy/svg.ts) is loaded with the first SVG export. */
  async exportSvg(request: SvgExportRequest): Promise<SvgExportResult> {
    const { renderSubgraphSvg } = await import('./svg');
    return renderSubgraphSvg(this.#scene.cy, request, this.#pictureStyle(request.background));
  }

  /** A picture in the other theme than the canvas's is drawn by a copy with that theme's stylesheet. */
  #pictureStyle(background: PngExportRequest['background']): { stylesheet?: StylesheetJson } {
    const theme = pictureTheme(background);
    return theme === this.#theme ? {} : { stylesheet: stylesheetFor(theme) as unknown as StylesheetJson };
  }

  /** Restyles every element in the theme's colours (one stylesheet swap: nothing moves, no layout). */
  setTheme(theme: Theme): void {
    if (theme === this.#theme) return;
    this.#theme = theme;
    this.#scene.cy.style(stylesheetFor(theme) as unknown as StylesheetJson);
  }
}
