/**
 * Staging: a new graph that needs a layout (or a large one that came with its positions) is added
 * to Cytoscape a slice per task while the layout worker runs, so its style is computed on this
 * thread in parallel with the layout and no task runs long, but never drawn: drawing is held (a
 * Cytoscape batch left open) until the positions arrive. Then `place` moves every leaf, brings the
 * groups' boxes and the bounding boxes up to date, does what the first frame would do before
 * drawing (first-frame.ts, layer-prebuild.ts), each a slice per task, and releases the drawing:
 * one picture, and no task much longer than the draw itself.
 */
import type { CollectionReturnValue, NodeCollection } from 'cytoscape';
import type { Positions } from '../model/interchange';
import { ownValue } from '../model/own-record';
import type { ActorNode, ViewElements, RelationEdge } from '../view/elements';
import { depthsOf, parentsFirst } from './element-sync';
import type { Looks } from './look-sync';
import type { Scene } from './scene';
import { nextTask, yieldTask } from './tasks';
import { FIT_PADDING, tuneForSize } from './viewport';
import { drawsStraightEdges, fitStylesheetToSize } from './huge-graph';
import { cleanStyle, updateCompoundBounds } from './patches/renderer-internals';
import { flushRenderedStyleQueue, holdRenderQueue, markMeasured, markStale } from './patches/first-frame';
import { prebuildLayers } from './patches/layer-prebuild';
import { pinBackgrounding } from './patches/pin-backgrounding';
import { drawNextFrameWithoutTextures, SMALL_GRAPH_ELEMENTS } from './patches/small-graph-drawing';
import { withoutStyleTriggers } from './patches/style-speedup';
import { prepareDrawingOrder } from './patches/z-order-speedup';

/** Bounding boxes computed per step, and steps per task, after a layout (see place). */
const MEASURE_SLICE = 100;
/** Groups whose boxes are brought up to date per step (each measures its members). */
const GROUP_SLICE = 2;
const MEASURE_BUDGET_MS = 40;
/** While a layout runs, elements are added STAGE_STEP at a time for about STAGE_BUDGET_MS per task. */
const STAGE_STEP = 25;
const STAGE_BUDGET_MS = 40;

/** A new graph waiting for its layout, and how far its elements have been added (staged). */
export interface Pending {
  readonly elements: ViewElements;
  /** The latest looks (the view may change while the layout runs). */
  looks: Looks | undefined;
  /** The looks the staged elements were added with. */
  readonly stagedLooks: Looks | undefined;
  /** Nodes (parents first), then edges. */
  readonly queue: readonly (ActorNode | RelationEdge)[];
  next: number;
  /** How many nodes have been styled again once everything was added. */
  restyled: number;
  /** `place` is placing this graph (its layout is done, or it came with its positions). */
  placing?: boolean;
}

/** One budget per task, shared by the steps of `place`: a step starts a new task once it is spent. */
class TaskBudget {
  #started = performance.now();
  readonly #scene: Scene;
  readonly #token: unknown;

  constructor(scene: Scene) {
    this.#scene = scene;
    this.#token = scene.token;
  }

  get left(): number {
    return MEASURE_BUDGET_MS - (performance.now() - this.#started);
  }

  /** Waits for a new task; false when the graph changed meanwhile. */
  async next(): Promise<boolean> {
    await nextTask();
    this.#started = performance.now();
    return this.#scene.isCurrent(this.#token);
  }

  /** Goes on in this task while the budget lasts, else in a new one; false when the graph changed meanwhile. */
  async go(): Promise<boolean> {
    return this.left > 0 || this.next();
  }

  /** Calls `step` on consecutive slices of `collection` within the budget; false when the graph changed meanwhile. */
  async sliced<C extends CollectionReturnValue | NodeCollection>(collection: C, size: number, step: (slice: C) => void): Promise<boolean> {
    for (let i = 0; i < collection.length; i += size) {
      if (!(await this.go())) return false;
      step(collection.slice(i, i + size) as C);
    }
    return true;
  }
}

export class Staging {
  readonly #scene: Scene;
  /** The graph being staged, until it is placed. */
  #pending: Pending | undefined;
  /** Lets the renderer queue elements again (first-frame.ts's holdRenderQueue), while a large graph is staged. */
  #resumeQueue: (() => void) | undefined;

  constructor(scene: Scene) {
    this.#scene = scene;
  }

  /** The graph waiting for its positions, if any. */
  get pending(): Pending | undefined {
    return this.#pending;
  }

  /** Stops staging (the canvas goes, or a graph with positions replaces the waiting one). */
  drop(): void {
    this.#pending = undefined;
    this.#resumeRenderQueue();
  }

  #resumeRenderQueue(): void {
    this.#resumeQueue?.();
    this.#resumeQueue = undefined;
  }

  /** The view changed while the graph waits: the staged elements get these looks when they are placed. */
  setLooks(looks: Looks): void {
    if (this.#pending) this.#pending.looks = looks;
  }

  /**
   * A new graph: the old picture goes (one frame draws the empty canvas), then the elements are
   * added a slice per task with drawing held, until `place` gives them positions.
   */
  start(elements: ViewElements, looks: Looks | undefined): Pending {
    const { cy } = this.#scene;
    this.#scene.hold(false);
    this.#scene.looks.clear();
    cy.elements().remove();
    // A large graph's elements are not queued for the renderer's per-frame pass; the measuring
    // does its work a slice at a time (holdRenderQueue). (Held once, however often restaged.)
    if (elements.nodes.length + elements.edges.length > SMALL_GRAPH_ELEMENTS) this.#resumeQueue ??= holdRenderQueue(cy);
    else this.#resumeRenderQueue();
    tuneForSize(cy, elements.nodes.length + elements.edges.length);
    fitStylesheetToSize(cy, elements.nodes.length + elements.edges.length);
    const queue = [...parentsFirst(elements.nodes), ...elements.edges];
    const pending: Pending = { elements, looks, stagedLooks: looks, queue, next: 0, restyled: 0 };
    this.#pending = pending;
    // After the frame that shows the empty canvas, stage slice by slice.
    requestAnimationFrame(() => yieldTask(() => this.#stageSlice(pending)));
    return pending;
  }

  /**
   * Adds the next elements of a waiting graph, for about STAGE_BUDGET_MS, then yields. Edges are
   * styled as they are added, nodes only once all are added, slice by slice: adding an edge (or a
   * group's member) marks its nodes' style stale (Cytoscape does it for compound selectors), so a
   * node styled earlier would be styled again. (Once the layout is done, `place` drives the adding
   * and leaves the nodes' styling to its measuring.)
   */
  #stageSlice(pending: Pending): void {
    const { cy } = this.#scene;
    if (this.#pending !== pending || cy.destroyed()) return;
    const restyle = (): boolean => !pending.placing && pending.restyled < pending.elements.nodes.length;
    if (pending.next >= pending.queue.length && !restyle()) return;
    // Added outside a batch and styled now (Cytoscape styles lazily, on first use); then drawing is held again.
    this.#scene.hold(false);
    const started = performance.now();
    const inBudget = (): boolean => performance.now() - started < STAGE_BUDGET_MS;
    while (pending.next < pending.queue.length && inBudget()) {
      const end = Math.min(pending.queue.length, pending.next + STAGE_STEP);
      const added = cy.add(pending.queue.slice(pending.next, end).map((d) => this.#scene.looks.withLook(d, pending.stagedLooks)));
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
    this.#scene.hold(true);
    if (pending.next < pending.queue.length || restyle()) yieldTask(() => this.#stageSlice(pending));
  }

  /**
   * The layout is done (or the graph came with its positions: `positions` empty): the rest staged,
   * every leaf placed, measured and readied for its first frame, a slice per task while drawing is
   * still held; then the drawing released. Resolves once drawn (or once another graph took over).
   */
  async place(pending: Pending, positions: Positions): Promise<void> {
    // The layout may come back before every element is added: the rest is added a slice per task too.
    const budget = new TaskBudget(this.#scene);
    pending.placing = true;
    this.#stageSlice(pending);
    while (pending.next < pending.queue.length) {
      if (!(await budget.next())) return;
      // (The same graph staged again meanwhile, e.g. a group collapsed: place that one, unless it
      // is being placed already.)
      if (this.#pending !== pending) return this.#pending && !this.#pending.placing ? this.place(this.#pending, positions) : undefined;
      this.#stageSlice(pending);
    }
    this.#pending = undefined;
    if (!(await this.#position(pending, positions, budget))) return;
    if (!(await this.#measure(budget))) return;
    if (!(await budget.go())) return;
    if (pending.looks && pending.looks !== pending.stagedLooks) this.#scene.looks.apply(this.#scene.cy, pending.looks);
    return this.#release(budget);
  }

  /** Every leaf moved to its place, then the groups' boxes brought up to date. */
  async #position(pending: Pending, positions: Positions, budget: TaskBudget): Promise<boolean> {
    const { cy } = this.#scene;
    const at = new Map<string, { x: number; y: number }>();
    for (const n of pending.elements.nodes) {
      // (A group collapsed meanwhile has no layout position of its own: it keeps its centre, or the origin.)
      const p = ownValue(positions, n.data.id) ?? n.position;
      if (p) at.set(n.data.id, p);
    }
    const leaves = cy.nodes().filter((node) => node.isChildless());
    const placed = await budget.sliced(leaves, MEASURE_SLICE, (slice) => {
      slice.forEach((node) => {
        const p = at.get(node.id()) ?? { x: 0, y: 0 };
        node.position({ x: p.x, y: p.y });
      });
    });
    if (!placed) return false;
    // The leaves measured at their places (their label boxes are computed on first use): a group's
    // box then only gathers its members' boxes, where a large group measured every member at once.
    const measured = await budget.sliced(leaves, MEASURE_SLICE, (slice) => {
      slice.boundingBox();
    });
    if (!measured) return false;
    // Groups' boxes follow their members, but Cytoscape leaves them stale inside a batch: bring them
    // up to date first, innermost groups first, or the measuring would cache groups as zero-sized
    // (and so invisible).
    const depths = depthsOf(pending.elements.nodes);
    const groups = cy
      .nodes()
      .filter((node) => node.isParent())
      .sort((a, b) => (depths.get(b.id()) ?? 0) - (depths.get(a.id()) ?? 0));
    return budget.sliced(groups, GROUP_SLICE, (slice) => updateCompoundBounds(slice));
  }

  /** Bounding boxes (label sizes, edge curves) computed and marked current, then what the first frame does before drawing. */
  async #measure(budget: TaskBudget): Promise<boolean> {
    const { cy } = this.#scene;
    // Nodes first, then edges: an edge's curve and box follow from its nodes' final boxes.
    const all = cy.nodes().union(cy.edges());
    const measured = await budget.sliced(all, MEASURE_SLICE, (slice) => {
      if (this.#resumeQueue) markStale(slice);
      slice.boundingBox();
      markMeasured(slice);
    });
    this.#resumeRenderQueue();
    if (!measured) return false;
    // The renderer's bookkeeping for the measured elements (sorting them by z-order waits for #release).
    if (!(await budget.go())) return false;
    flushRenderedStyleQueue(cy);
    return true;
  }

  /** Fitted, layer images painted ahead (large graphs), drawing released; resolves once drawn. */
  async #release(budget: TaskBudget): Promise<void> {
    const scene = this.#scene;
    const { cy } = scene;
    // Fitted to the nodes (labels included): the edges run between them, and measuring every
    // edge's box again here would be one more long task at 5,000 elements.
    cy.fit(cy.nodes(), FIT_PADDING);
    // A large graph's layer images are painted ahead of the first frame (layer-prebuild.ts): the
    // batch is closed and reopened within this task (no frame comes between) so that what closing
    // it restyles is settled first and does not discard the layers once they are built.
    scene.hold(false);
    flushRenderedStyleQueue(cy);
    scene.hold(true);
    // The drawing order, sorted a slice per task (z-order-speedup.ts): nothing changes the elements
    // from here to the first frame, so the renderer keeps it. (Otherwise the layers below sort.)
    const order = prepareDrawingOrder(cy);
    while (order && !order.step(budget.left)) {
      if (!(await budget.next())) return;
    }
    const layers = prebuildLayers(cy, drawsStraightEdges(cy));
    while (layers && !layers.step(budget.left)) {
      if (!(await budget.next())) return;
    }
    // (A small graph's first frame draws its elements directly: small-graph-drawing.ts.)
    if (!layers) drawNextFrameWithoutTextures(cy, cy.elements().length);
    scene.hold(false);
    return scene.markFinalPicture();
  }
}
