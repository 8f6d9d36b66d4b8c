/**
 * The only module that talks to a live Cytoscape instance. It is created once per canvas by
 * GraphCanvas.svelte (in an $effect whose cleanup destroys it) and is fed by separate effects:
 * element definitions (structure: only on a new graph or a collapsed/expanded group), looks
 * (classes and weights: one cy.batch per perspective, filter or focus change), and the selection.
 * User gestures come back as callbacks; the state decides what they mean.
 *
 * Speed (measured by `npm run bench`): new elements are added with their looks, so each is styled
 * once; a new graph that needs a layout is styled a slice per task while the layout worker runs,
 * then placed, measured and readied for its first frame a slice per task too (first-frame.ts), and
 * drawn once, with its positions; `performance.mark('final-picture')` says when a new graph's
 * picture is on screen. That first frame only draws: a large graph's layer images are painted
 * ahead of it a slice per task (layer-prebuild.ts), a small graph's elements are drawn without
 * element textures (small-graph-drawing.ts). Two more Cytoscape quirks are worked around for new
 * graphs: per-property box invalidation while styling (style-speedup.ts) and groups restyled on
 * every frame (pin-backgrounding.ts). */
import cytoscape, { type CollectionReturnValue, type Core, type ElementDefinition, type EventObject, type LayoutOptions, type NodeSingular, type SingularElementReturnValue, type StylesheetJson } from 'cytoscape';
import type { Positions } from '../model/interchange';
import type { CanvasPort, CanvasTarget, LayoutProgress } from '../view/canvas-port';
import type { ActorNodeDefinition, CyElements, RelationEdgeDefinition } from '../view/elements';
import type { ElementLook } from '../view/looks';
import { lookClasses } from './look-classes';
import { FIRST_FRAME_STEPS, flushRenderedStyleQueue, markMeasured } from './patches/first-frame';
import { drawGroupLabelsOnTop } from './patches/group-labels-on-top';
import { prebuildLayers } from './patches/layer-prebuild';
import { pinBackgrounding } from './patches/pin-backgrounding';
import { rendererOf } from './patches/renderer-internals';
import { STYLESHEET } from './style';
import { coalesceStyleInvalidation, withoutStyleTriggers } from './patches/style-speedup';
import { sortDrawingOrderOnce } from './patches/z-order-speedup';
import { drawNextFrameWithoutTextures, paintElementsDirectlyWhenSmall, SMALL_GRAPH_ELEMENTS } from './patches/small-graph-drawing';

export interface AdapterCallbacks {
  /** A click or tap on an element (null: the background); additive when shift, ctrl or cmd was held. */
  onTap(target: CanvasTarget | null, additive: boolean): void;
  /** The set of selected elements changed by a user gesture (tap, shift-click, box selection). */
  onSelectionChanged(ids: readonly string[]): void;
  /** The user dragged nodes: every leaf's position now, and which nodes moved. */
  onPositionsChanged(positions: Positions, moved: readonly string[]): void;
  /** Double click on a group: collapse or expand it. */
  onToggleGroup(id: string): void;
  /** Where a running layout is (the worker's stages, then drawing). */
  onLayoutProgress?(stage: LayoutProgress): void;
  /** A large graph that came with its positions is being added and drawn a slice per task (true), then is on screen (false). */
  onDrawing?(drawing: boolean): void;
}

const FIT_PADDING = 36;
/** The longest a layout waits for its picture to be drawn before it reports done anyway. */
const FINAL_PICTURE_WAIT = 3000;

function targetOf(element: SingularElementReturnValue): CanvasTarget {
  if (element.group() === 'nodes') return { kind: 'actor', id: element.id() };
  return element.data('role') === 'meta' ? { kind: 'meta', id: element.id() } : { kind: 'relation', id: element.id() };
}

function additive(event: EventObject): boolean {
  const e = event.originalEvent as MouseEvent | undefined;
  return Boolean(e && (e.shiftKey || e.ctrlKey || e.metaKey));
}

/** A rendered box against a `width` × `height` view, `margin` pixels in from its edges (a negative margin is slack). */
function boxInView(box: { x1: number; y1: number; x2: number; y2: number; w: number; h: number }, width: number, height: number, margin: number): { inside: boolean; tooBig: boolean } {
  return {
    inside: box.x1 >= margin && box.y1 >= margin && box.x2 <= width - margin && box.y2 <= height - margin,
    tooBig: box.w > width - 2 * margin || box.h > height - 2 * margin,
  };
}

/** How far in from the view's edges `reveal` and `keepInView` want what they bring into view. */
const VIEW_MARGIN = 24;

/** Pans the least that brings `elements` (what is selected) back inside a `width` × `height` view, with a margin; no-op when they are in view or too big for it. */
function keepInView(cy: Core, elements: CollectionReturnValue, width: number, height: number): void {
  if (elements.empty()) return;
  const margin = VIEW_MARGIN;
  const box = elements.renderedBoundingBox();
  if (boxInView(box, width, height, margin).tooBig) return;
  const dx = box.x1 < margin ? margin - box.x1 : box.x2 > width - margin ? width - margin - box.x2 : 0;
  const dy = box.y1 < margin ? margin - box.y1 : box.y2 > height - margin ? height - margin - box.y2 : 0;
  if (dx !== 0 || dy !== 0) cy.panBy({ x: dx, y: dy });
}

export class CyAdapter implements CanvasPort {
  readonly #cy: Core;
  readonly #callbacks: AdapterCallbacks;
  #graphToken: unknown = undefined;
  #lastSelection = '';
  #selectionQueued = false;
  #syncingSelection = false;
  #looks = new Map<string, string>();
  /** The element under the pointer (it keeps its "hovered" class when its look changes). */
  #hoveredId: string | undefined;
  /**
   * A new graph without positions waits here until its layout has run. While the layout worker
   * runs, its elements are already added to Cytoscape a slice per task (so their style is computed
   * on this thread in parallel with the layout, and no task runs long), but never drawn: drawing
   * is held (a Cytoscape batch left open) until the positions arrive and are set in that batch.
   */
  #pending: Pending | undefined;
  /** Drawing is held: a batch is open (see #pending). */
  #holding = false;
  #resizeObserver: ResizeObserver | undefined;

  constructor(container: HTMLElement, callbacks: AdapterCallbacks) {
    this.#callbacks = callbacks;
    this.#cy = cytoscape({
      container,
      style: STYLESHEET as unknown as StylesheetJson,
      boxSelectionEnabled: true,
      selectionType: 'single',
      minZoom: MIN_ZOOM,
      maxZoom: 4,
      layout: { name: 'preset', fit: false },
    });
    coalesceStyleInvalidation(this.#cy);
    paintElementsDirectlyWhenSmall(this.#cy);
    sortDrawingOrderOnce(this.#cy);
    drawGroupLabelsOnTop(this.#cy);
    this.#listen();
    this.#watchSize(container);
  }

  /** Panels beside the canvas can change its size (the perspective strip grows, a pane comes in): keep the view centred, and the selection in it. */
  #watchSize(container: HTMLElement): void {
    if (typeof ResizeObserver === 'undefined') return;
    let width = container.clientWidth;
    let height = container.clientHeight;
    this.#resizeObserver = new ResizeObserver(() => {
      const w = container.clientWidth;
      const h = container.clientHeight;
      if (w === width && h === height) return;
      const cy = this.#cy;
      cy.resize();
      cy.panBy({ x: (w - width) / 2, y: (h - height) / 2 });
      width = w;
      height = h;
      keepInView(cy, cy.$(':selected'), w, h);
    });
    this.#resizeObserver.observe(container);
  }

  /** For src/cy/png.ts and tests: the Cytoscape core. */
  getCore(): Core {
    return this.#cy;
  }

  destroy(): void {
    this.#pending = undefined;
    this.#resizeObserver?.disconnect();
    this.#cy.destroy();
  }

  #listen(): void {
    const cy = this.#cy;
    cy.on('tap', (event) => {
      if (event.target === cy) this.#callbacks.onTap(null, additive(event));
    });
    cy.on('tap', 'node, edge', (event) => {
      this.#callbacks.onTap(targetOf(event.target as SingularElementReturnValue), additive(event));
    });
    cy.on('dbltap', 'node', (event) => {
      const node = event.target as NodeSingular;
      if (node.isParent() || node.hasClass('collapsed')) this.#callbacks.onToggleGroup(node.id());
    });
    cy.on('select unselect', () => this.#queueSelection());
    cy.on('boxend', () => this.#queueSelection());
    cy.on('dragfree', 'node', (event) => {
      const node = event.target as NodeSingular;
      const moved = [node.id(), ...node.descendants().map((d) => d.id())];
      this.#callbacks.onPositionsChanged(this.leafPositions(), moved);
    });
    cy.on('mouseover', 'node, edge', (event) => {
      const element = event.target as SingularElementReturnValue;
      this.#hoveredId = element.id();
      setHovered(element, true);
    });
    cy.on('mouseout', 'node, edge', (event) => {
      const element = event.target as SingularElementReturnValue;
      if (this.#hoveredId === element.id()) this.#hoveredId = undefined;
      setHovered(element, false);
    });
  }

  #queueSelection(): void {
    if (this.#syncingSelection || this.#selectionQueued) return;
    this.#selectionQueued = true;
    queueMicrotask(() => {
      this.#selectionQueued = false;
      if (this.#cy.destroyed()) return;
      const ids = this.#cy.$(':selected').map((e) => e.id());
      const key = [...ids].sort().join('\n');
      if (key === this.#lastSelection) return;
      this.#lastSelection = key;
      this.#callbacks.onSelectionChanged(ids);
    });
  }

  /**
   * Brings the canvas to these elements. A new graph (another token) replaces everything and
   * fits; otherwise only what changed (collapsed or expanded groups) is removed or added. Elements
   * are added with their looks (classes and weight) when given, so Cytoscape computes each new
   * element's style once instead of once for the bare element and again for its classes.
   */
  setElements(elements: CyElements, graphToken: unknown, looks?: ReadonlyMap<string, ElementLook>): void {
    if (graphToken !== this.#graphToken || this.#pending) {
      this.#graphToken = graphToken;
      const placed = everyLeafPlaced(elements);
      const sliced = placed && elements.nodes.length + elements.edges.length > SMALL_GRAPH_ELEMENTS;
      this.#callbacks.onDrawing?.(sliced);
      if (placed && !sliced) {
        this.#pending = undefined;
        this.#replaceAll(elements, looks);
      } else {
        this.#startStaging(elements, looks);
        // A large graph that comes with its positions (our own JSON export, say) is placed a slice
        // per task like one whose layout has just run: drawn all at once, a 5,000-element graph
        // held the page for one task of 1.8 s and another of 1 s. The state says so meanwhile.
        if (sliced) {
          void this.#placeStaged(this.#pending!, {}).finally(() => {
            if (graphToken === this.#graphToken && !this.#cy.destroyed()) this.#callbacks.onDrawing?.(false);
          });
        }
      }
      return;
    }
    const cy = this.#cy;
    const nodes = parentsFirst(elements.nodes);
    const withLook = (def: ActorNodeDefinition | RelationEdgeDefinition): ElementDefinition => this.#withLook(def, looks);
    const wanted = new Set([...elements.nodes.map((n) => n.data.id), ...elements.edges.map((e) => e.data.id)]);
    cy.batch(() => {
      cy.edges().filter((e) => !wanted.has(e.id())).remove();
      cy.nodes().filter((n) => !wanted.has(n.id())).remove();
      for (const def of nodes) {
        const existing = cy.getElementById(def.data.id);
        if (existing.empty()) {
          pinBackgrounding(cy.add(withLook(def)).nodes());
          continue;
        }
        const currentParent = (existing.data('parent') as string | undefined) ?? null;
        const wantedParent = def.data.parent ?? null;
        if (currentParent !== wantedParent && (wantedParent === null || !cy.getElementById(wantedParent).empty())) {
          (existing as NodeSingular).move({ parent: wantedParent });
        }
        existing.data({ ...def.data });
        if (def.position && existing.isNode() && (existing as NodeSingular).isChildless() && def.data.hiddenMembers > 0) {
          (existing as NodeSingular).position({ ...def.position });
        }
      }
      for (const def of elements.edges) {
        const existing = cy.getElementById(def.data.id);
        if (existing.empty()) cy.add(withLook(def));
        else existing.data({ ...def.data });
      }
    });
    for (const id of [...this.#looks.keys()]) if (!wanted.has(id)) this.#looks.delete(id);
  }

  /**
   * A new graph that needs a layout: the old picture goes (one frame draws the empty canvas), then
   * the elements are added a slice per task with drawing held, until #placeStaged gives them positions.
   */
  #startStaging(elements: CyElements, looks: ReadonlyMap<string, ElementLook> | undefined): void {
    const cy = this.#cy;
    this.#hold(false);
    this.#looks.clear();
    cy.elements().remove();
    this.#tuneForSize(elements.nodes.length + elements.edges.length);
    const queue: (ActorNodeDefinition | RelationEdgeDefinition)[] = [...parentsFirst(elements.nodes), ...elements.edges];
    const pending: Pending = { elements, looks, stagedLooks: looks, queue, next: 0, restyled: 0 };
    this.#pending = pending;
    // After the frame that shows the empty canvas, stage slice by slice.
    requestAnimationFrame(() => yieldTask(() => this.#stageSlice(pending)));
  }

  /**
   * Adds the next elements of a waiting graph, for about STAGE_BUDGET_MS, then yields. Edges are
   * styled as they are added, nodes only once all are added, slice by slice: adding an edge (or a
   * group's member) marks its nodes' style stale (Cytoscape does it for compound selectors), so a
   * node styled earlier would be styled again. (Once the layout is done, #placeStaged drives the
   * adding and leaves the nodes' styling to its measuring.)
   */
  #stageSlice(pending: Pending): void {
    if (this.#pending !== pending || this.#cy.destroyed()) return;
    const cy = this.#cy;
    const restyle = (): boolean => !pending.placing && pending.restyled < pending.elements.nodes.length;
    if (pending.next >= pending.queue.length && !restyle()) return;
    // Added outside a batch and styled now (Cytoscape styles lazily, on first use); then drawing is held again.
    this.#hold(false);
    const started = performance.now();
    const inBudget = (): boolean => performance.now() - started < STAGE_BUDGET_MS;
    while (pending.next < pending.queue.length && inBudget()) {
      const end = Math.min(pending.queue.length, pending.next + STAGE_STEP);
      const added = cy.add(pending.queue.slice(pending.next, end).map((d) => this.#withLook(d, pending.stagedLooks)));
      pinBackgrounding(added.nodes());
      withoutStyleTriggers(cy, () => cleanStyle(added.edges()));
      pending.next = end;
    }
    if (pending.next >= pending.queue.length) {
      const nodes = cy.nodes();
      while (restyle() && inBudget()) {
        withoutStyleTriggers(cy, () => cleanStyle(nodes.slice(pending.restyled, pending.restyled + STAGE_STEP)));
        pending.restyled += STAGE_STEP;
      }
    }
    this.#hold(true);
    if (pending.next < pending.queue.length || restyle()) yieldTask(() => this.#stageSlice(pending));
  }

  /**
   * The layout is done: the rest staged, every leaf moved to its place, the groups' boxes and then
   * the bounding boxes (label sizes, edge curves) computed, and what the first frame does before
   * drawing done ahead of it, each a slice per task while drawing is still held; then the drawing
   * released: one picture, and no task much longer than the draw itself. Resolves once drawn.
   */
  async #placeStaged(pending: Pending, positions: Positions): Promise<void> {
    const cy = this.#cy;
    const token = this.#graphToken;
    // One budget per task, shared by the steps below: a step starts a new task once the budget is spent.
    let taskStarted = performance.now();
    const stillCurrent = async (): Promise<boolean> => {
      await new Promise<void>((resolve) => yieldTask(resolve));
      taskStarted = performance.now();
      return token === this.#graphToken && !cy.destroyed();
    };
    /** This task's budget is spent: the next step waits for a new task (stillCurrent). */
    const spent = (): boolean => performance.now() - taskStarted >= MEASURE_BUDGET_MS;
    /** Calls `step` on consecutive slices of `collection` within the task budget; false when the graph changed meanwhile. */
    const sliced = async <C extends cytoscape.CollectionReturnValue | cytoscape.NodeCollection>(collection: C, size: number, step: (slice: C) => void): Promise<boolean> => {
      for (let i = 0; i < collection.length; i += size) {
        if (spent() && !(await stillCurrent())) return false;
        step(collection.slice(i, i + size) as C);
      }
      return true;
    };
    // The layout may come back before every element is added: the rest is added a slice per task too.
    pending.placing = true;
    this.#stageSlice(pending);
    while (pending.next < pending.queue.length) {
      if (!(await stillCurrent())) return;
      // (The same graph staged again meanwhile, e.g. a group collapsed: place that one, unless it
      // is being placed already.)
      if (this.#pending !== pending) return this.#pending && !this.#pending.placing ? this.#placeStaged(this.#pending, positions) : undefined;
      this.#stageSlice(pending);
    }
    this.#pending = undefined;
    const at = new Map<string, { x: number; y: number }>();
    for (const n of pending.elements.nodes) {
      // (A group collapsed meanwhile has no layout position of its own: it keeps its centre, or the origin.)
      const p = positions[n.data.id] ?? n.position;
      if (p) at.set(n.data.id, p);
    }
    const leaves = cy.nodes().filter((node) => node.isChildless());
    const placed = await sliced(leaves, MEASURE_SLICE, (slice) => {
      slice.forEach((node) => {
        const p = at.get(node.id()) ?? { x: 0, y: 0 };
        node.position({ x: p.x, y: p.y });
      });
    });
    if (!placed) return;
    // Groups' boxes follow their members, but Cytoscape leaves them stale inside a batch: bring them
    // up to date first, innermost groups first, or the measuring below would cache groups as
    // zero-sized (and so invisible).
    const depths = depthsOf(pending.elements.nodes);
    const groups = cy.nodes().filter((node) => node.isParent()).sort((a, b) => (depths.get(b.id()) ?? 0) - (depths.get(a.id()) ?? 0));
    const grouped = await sliced(groups, GROUP_SLICE, (slice) => {
      (slice as unknown as { updateCompoundBounds?: (force: boolean) => void }).updateCompoundBounds?.(true);
    });
    if (!grouped) return;
    // Nodes first, then edges: an edge's curve and box follow from its nodes' final boxes.
    const all = cy.nodes().union(cy.edges());
    if (!(await sliced(all, MEASURE_SLICE, (slice) => slice.boundingBox()))) return;
    markMeasured(all);
    // What the first frame would otherwise do before drawing, within the same budget: the
    // renderer's bookkeeping for the measured elements, and sorting them all by z-order.
    for (const step of FIRST_FRAME_STEPS) {
      if (spent() && !(await stillCurrent())) return;
      step(cy);
    }
    if (spent() && !(await stillCurrent())) return;
    if (pending.looks && pending.looks !== pending.stagedLooks) this.#applyLooksNow(pending.looks);
    // Fitted to the nodes (labels included): the edges run between them, and measuring every
    // edge's box again here would be one more long task at 5,000 elements.
    cy.fit(cy.nodes(), FIT_PADDING);
    // A large graph's layer images are painted ahead of the first frame (layer-prebuild.ts): the
    // batch is closed and reopened within this task (no frame comes between) so that what closing
    // it restyles is settled first and does not discard the layers once they are built.
    this.#hold(false);
    flushRenderedStyleQueue(cy);
    this.#hold(true);
    const layers = prebuildLayers(cy);
    while (layers && !layers.step(MEASURE_BUDGET_MS - (performance.now() - taskStarted))) {
      if (!(await stillCurrent())) return;
    }
    // (A small graph's first frame draws its elements directly: small-graph-drawing.ts.)
    if (!layers) drawNextFrameWithoutTextures(cy, all.length);
    this.#hold(false);
    return this.#markFinalPicture();
  }

  /** Holds Cytoscape's drawing (its render loop skips frames while a batch is open) or releases it. */
  #hold(on: boolean): void {
    if (on === this.#holding) return;
    this.#holding = on;
    if (on) this.#cy.startBatch();
    else this.#cy.endBatch();
  }

  #withLook(def: ActorNodeDefinition | RelationEdgeDefinition, looks: ReadonlyMap<string, ElementLook> | undefined): ElementDefinition {
    const look = looks?.get(def.data.id);
    if (!look) return { ...def, data: { ...def.data, weight: 1 } };
    const classes = lookClasses(look);
    this.#looks.set(def.data.id, `${classes}|${look.weight}`);
    return { ...def, data: { ...def.data, weight: def.group === 'edges' ? look.weight : 1 }, classes };
  }

  /** A new graph, every leaf placed: everything replaced in one batch, fitted, and marked when drawn. */
  #replaceAll(elements: CyElements, looks: ReadonlyMap<string, ElementLook> | undefined): void {
    const cy = this.#cy;
    this.#hold(false);
    this.#looks.clear();
    this.#tuneForSize(elements.nodes.length + elements.edges.length);
    let added = cy.collection();
    cy.batch(() => {
      cy.elements().remove();
      added = cy.add([...parentsFirst(elements.nodes), ...elements.edges].map((d) => this.#withLook(d, looks)));
      pinBackgrounding(added.nodes());
    });
    // Fresh elements have no boxes to invalidate: styled without the per-property triggers, then
    // measured once (the fit) and marked so, so the first frame does not measure them all again.
    withoutStyleTriggers(cy, () => cleanStyle(added));
    cy.fit(undefined, FIT_PADDING);
    markMeasured(added);
    drawNextFrameWithoutTextures(cy, added.length);
    void this.#markFinalPicture();
  }

  /**
   * Large graphs: while the user pans or zooms, Cytoscape moves a snapshot of the picture
   * (textureOnViewport) and leaves edges out (hideEdgesOnViewport) instead of redrawing thousands
   * of elements per frame, and the view may zoom out further. Small graphs keep the full drawing
   * while they move. (Labels already drop out below a readable size: min-zoomed-font-size.)
   */
  #tuneForSize(elementCount: number): void {
    const large = elementCount > LARGE_GRAPH_ELEMENTS;
    // A graph of thousands of actors is wider than the window even at a tenth of its size: let Fit show all of it.
    this.#cy.minZoom(large ? LARGE_GRAPH_MIN_ZOOM : MIN_ZOOM);
    const renderer = rendererOf<{ textureOnViewport: boolean; hideEdgesOnViewport: boolean }>(this.#cy);
    if (!renderer) return;
    renderer.textureOnViewport = large;
    renderer.hideEdgesOnViewport = large;
  }

  /** Classes and weights for every element, in one batch (no layout, no movement). */
  applyLooks(looks: ReadonlyMap<string, ElementLook>): void {
    if (this.#pending) {
      // Staged elements are brought up to date when they are placed.
      this.#pending.looks = looks;
      return;
    }
    this.#applyLooksNow(looks);
  }

  /**
   * Only the elements whose look changed are touched, and those that get the same classes are
   * given them as one collection (one event and one style update per distinct look, instead of
   * one per element: at 5,000 elements the per-element calls were most of the switch before drawing).
   */
  #applyLooksNow(looks: ReadonlyMap<string, ElementLook>): void {
    const cy = this.#cy;
    const byClasses = new Map<string, CollectionReturnValue>();
    const reweighed: [SingularElementReturnValue, number][] = [];
    cy.elements().forEach((element) => {
      const id = element.id();
      const look = looks.get(id);
      if (!look) return;
      const lookClassNames = lookClasses(look);
      const key = `${lookClassNames}|${look.weight}`;
      if (this.#looks.get(id) === key) return;
      this.#looks.set(id, key);
      const classes = id === this.#hoveredId ? `${lookClassNames} hovered` : lookClassNames;
      const group = byClasses.get(classes);
      // (merge adds in place: no new collection per element)
      if (group) group.merge(element);
      else byClasses.set(classes, cy.collection().merge(element));
      if (element.isEdge() && element.data('weight') !== look.weight) reweighed.push([element, look.weight]);
    });
    if (byClasses.size === 0 && reweighed.length === 0) return;
    cy.batch(() => {
      for (const [classes, elements] of byClasses) elements.classes(classes);
      for (const [element, weight] of reweighed) element.data('weight', weight);
    });
  }

  /** Makes the canvas selection exactly these ids (without reporting it back as a user gesture). */
  setSelection(ids: readonly string[]): void {
    const cy = this.#cy;
    const wanted = new Set(ids);
    this.#syncingSelection = true;
    try {
      cy.batch(() => {
        cy.$(':selected').filter((e) => !wanted.has(e.id())).unselect();
        for (const id of ids) {
          const element = cy.getElementById(id);
          if (!element.empty() && !element.selected()) element.select();
        }
      });
    } finally {
      this.#syncingSelection = false;
    }
    this.#lastSelection = [...cy.$(':selected').map((e) => e.id())].sort().join('\n');
  }

  /**
   * `performance.mark('final-picture')` once the graph has been drawn where it will stay: after
   * Cytoscape's next draw and one more frame (so that draw has been presented), as the benchmark's
   * bare page does after its layout stops. Marked for every new graph (the page's first picture, an
   * import), never for a collapse, a filter or a drag.
   */
  #markFinalPicture(): Promise<void> {
    const cy = this.#cy;
    const token = this.#graphToken;
    return new Promise((resolve) => {
      // (Never waits forever: a page in a background tab draws no frames.)
      const giveUp = setTimeout(resolve, FINAL_PICTURE_WAIT);
      cy.one('render', () => {
        requestAnimationFrame(() => {
          clearTimeout(giveUp);
          if (!cy.destroyed() && token === this.#graphToken) {
            performance.mark('final-picture', { detail: { nodes: cy.nodes().length, edges: cy.edges().length } });
          }
          resolve();
        });
      });
    });
  }

  reveal(ids: readonly string[]): void {
    const cy = this.#cy;
    let elements = cy.collection();
    for (const id of ids) elements = elements.union(cy.getElementById(id));
    elements = elements.filter((e) => e.visible());
    if (elements.empty()) return;
    const { inside, tooBig } = boxInView(elements.renderedBoundingBox({ includeLabels: true }), cy.width(), cy.height(), VIEW_MARGIN);
    if (inside) return;
    cy.stop();
    if (tooBig) cy.animate({ fit: { eles: elements, padding: FIT_PADDING }, duration: 300 });
    else cy.animate({ center: { eles: elements }, duration: 300 });
  }

  fit(): void {
    this.#cy.animate({ fit: { eles: this.#cy.elements(':visible'), padding: FIT_PADDING }, duration: 300 });
  }

  /** Whether everything drawn is in view: the user sees the whole graph, not a part they zoomed to. */
  showsEverything(): boolean {
    const cy = this.#cy;
    // (2 px of slack: a fitted view's box touches the edges.)
    return boxInView(cy.elements(':visible').renderedBoundingBox(), cy.width(), cy.height(), -2).inside;
  }

  /** Leaf positions (collapsed groups included), rounded to a tenth of a pixel. */
  leafPositions(): Positions {
    const positions: Record<string, { x: number; y: number }> = {};
    this.#cy.nodes().forEach((node) => {
      if (!node.isChildless()) return;
      const p = node.position();
      positions[node.id()] = { x: Math.round(p.x * 10) / 10, y: Math.round(p.y * 10) / 10 };
    });
    return positions;
  }

  /**
   * Lays out what is on the canvas (or the new graph waiting for its positions) in the layout
   * worker (layout-client.ts: fcose and the overlap pass, on a headless copy), then places the
   * nodes there: a waiting graph gets its positions in the held batch and is drawn once, fitted;
   * "rerun" animates. Resolves with leaf positions once they are drawn; the callbacks'
   * onLayoutProgress hears where the layout is.
   */
  async runLayout(purpose: 'fresh' | 'rerun'): Promise<Positions> {
    const onStage = (stage: LayoutProgress): void => this.#callbacks.onLayoutProgress?.(stage);
    const cy = this.#cy;
    const pending = this.#pending;
    const token = this.#graphToken;
    const current: ElementDefinition[] | undefined = pending
      ? undefined
      : cy.elements().map((e) => {
          const node = e.isNode() && (e as NodeSingular).isChildless();
          return { group: e.group(), data: { ...e.data() }, ...(node ? { position: { ...(e as NodeSingular).position() } } : {}) } as ElementDefinition;
        });
    // The layout code (fcose and our overlap pass) runs in a worker, fetched only now: the first picture needs none.
    const [{ layoutOffThread, layoutDefinitions }, { LAYOUT_SEED }] = await Promise.all([import('./layout-client'), import('./layout-options')]);
    // (A new graph from an import: the import client may have started this very layout already.)
    const definitions = current ?? layoutDefinitions(pending!.elements);
    // A fresh layout is seeded, so a graph without positions looks the same on every reload.
    let positions: Positions;
    try {
      ({ positions } = await layoutOffThread(definitions, purpose, purpose === 'fresh' ? LAYOUT_SEED : undefined, onStage));
    } catch (error) {
      // Never leave the canvas held: draw what is there (unplaced) and let the caller report the failure.
      if (pending && this.#pending === pending && !cy.destroyed()) void this.#placeStaged(pending, {});
      throw error;
    }
    if (cy.destroyed()) return {};
    // Another graph arrived meanwhile: these positions are not for it.
    if (token !== this.#graphToken) return {};
    const waiting = this.#pending;
    if (pending && waiting) {
      // Resolves once the picture is drawn: the state shows progress until then.
      onStage('drawing');
      await this.#placeStaged(waiting, positions);
    } else if (purpose === 'fresh') {
      cy.batch(() => {
        cy.nodes().forEach((n) => {
          const p = positions[n.id()];
          if (p && n.isChildless()) n.position({ ...p });
        });
      });
      cy.fit(undefined, FIT_PADDING);
      onStage('drawing');
      await this.#markFinalPicture();
    } else {
      await this.#animateTo(positions);
    }
    return this.leafPositions();
  }

  animateTo(positions: Positions): void {
    void this.#animateTo(positions);
  }

  #animateTo(positions: Positions): Promise<void> {
    const cy = this.#cy;
    const leaves = cy.nodes().filter((n) => n.isChildless() && positions[n.id()] !== undefined);
    return new Promise((resolve) => {
      const layout = leaves.layout({
        name: 'preset',
        positions: (node: NodeSingular) => {
          const p = positions[node.id()];
          return p ? { x: p.x, y: p.y } : node.position();
        },
        animate: true,
        animationDuration: 600,
        fit: true,
        padding: FIT_PADDING,
      } as unknown as LayoutOptions);
      layout.one('layoutstop', () => resolve());
      layout.run();
    });
  }
}

/**
 * Gives an element the "hovered" class or takes it away, with a class set of its own: elements
 * given their classes together (#applyLooksNow) share one set in Cytoscape, which addClass and
 * removeClass would change in place for all of them.
 */
function setHovered(element: SingularElementReturnValue, on: boolean): void {
  const own = element.classes().filter((c) => c !== 'hovered');
  element.classes(on ? [...own, 'hovered'] : own);
}

/** Whether every leaf node comes with a position (no layout has to run before the picture is final). */
function everyLeafPlaced(elements: CyElements): boolean {
  const parents = new Set<string>();
  for (const n of elements.nodes) if (n.data.parent !== undefined) parents.add(n.data.parent);
  return elements.nodes.every((n) => n.position !== undefined || parents.has(n.data.id));
}

/** A new graph waiting for its layout, and how far its elements have been added (staged). */
interface Pending {
  readonly elements: CyElements;
  /** The latest looks (the view may change while the layout runs). */
  looks: ReadonlyMap<string, ElementLook> | undefined;
  /** The looks the staged elements were added with. */
  readonly stagedLooks: ReadonlyMap<string, ElementLook> | undefined;
  /** Nodes (parents first), then edges. */
  readonly queue: readonly (ActorNodeDefinition | RelationEdgeDefinition)[];
  next: number;
  /** How many nodes have been styled again once everything was added. */
  restyled: number;
  /** #placeStaged is placing this graph (its layout is done, or it came with its positions). */
  placing?: boolean;
}

/** Computes the stale styles of these elements now (Cytoscape's internal `cleanStyle`; without it they are computed on first use). */
function cleanStyle(elements: cytoscape.CollectionReturnValue | cytoscape.NodeCollection | cytoscape.EdgeCollection): void {
  (elements as unknown as { cleanStyle?: () => void }).cleanStyle?.();
}

/** Bounding boxes computed per step, and steps per task, after a layout (see #placeStaged). */
const MEASURE_SLICE = 100;
/** Groups whose boxes are brought up to date per step (each measures its members). */
const GROUP_SLICE = 10;
const MEASURE_BUDGET_MS = 40;

/** While a layout runs, elements are added STAGE_STEP at a time for about STAGE_BUDGET_MS per task. */
const STAGE_STEP = 25;
const STAGE_BUDGET_MS = 40;

let taskChannel: MessageChannel | undefined;
const taskQueue: (() => void)[] = [];

/** Runs `fn` in a task of its own, soon (a message: setTimeout's nesting clamp does not apply). */
function yieldTask(fn: () => void): void {
  if (typeof MessageChannel === 'undefined') {
    setTimeout(fn, 0);
    return;
  }
  if (!taskChannel) {
    taskChannel = new MessageChannel();
    taskChannel.port1.onmessage = () => taskQueue.shift()?.();
  }
  taskQueue.push(fn);
  taskChannel.port2.postMessage(0);
}

/** Above this many elements a graph is drawn with the viewport shortcuts of #tuneForSize. */
const LARGE_GRAPH_ELEMENTS = 1500;
const MIN_ZOOM = 0.1;
const LARGE_GRAPH_MIN_ZOOM = 0.02;

/** The nodes, parents before their children (Cytoscape needs a parent to exist when a child is added). */
function parentsFirst(nodes: readonly ActorNodeDefinition[]): ActorNodeDefinition[] {
  const depths = depthsOf(nodes);
  return [...nodes].sort((a, b) => (depths.get(a.data.id) ?? 0) - (depths.get(b.data.id) ?? 0));
}

/** How deep each node sits in its compounds, so parents are added before their children. */
function depthsOf(nodes: readonly ActorNodeDefinition[]): Map<string, number> {
  const parents = new Map(nodes.map((n) => [n.data.id, n.data.parent]));
  const depths = new Map<string, number>();
  for (const id of parents.keys()) {
    let d = 0;
    for (let p = parents.get(id); p !== undefined && d < 50; p = parents.get(p)) d++;
    depths.set(id, d);
  }
  return depths;
}
