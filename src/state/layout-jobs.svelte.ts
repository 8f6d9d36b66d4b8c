/**
 * The canvas's long jobs and what the page says about them: running a layout (one at a time,
 * with a progress line per stage), drawing a large graph that came with its positions, and going
 * back to the shipped layout. The canvas is reached through the CanvasPort interface only, so the
 * state never imports Cytoscape and tests hand it a fake.
 *
 * Every job ends (issue 18): a failure is caught and said in plain words ("Could not lay out: …",
 * with "Try again"), a graph without positions is then drawn on a grid and never laid out again on
 * its own (the canvas's effect would otherwise retry at once, for ever); a job superseded by a new
 * graph, the built-in data or another layout is cancelled, so "Re-run layout" is free again at once.
 * Each job has a number: only the latest may change what the page shows.
 */
import type { ActorGraph } from '../model/graph';
import type { Positions } from '../model/interchange';
import { fallbackPositions, isLayoutCancelled, layoutFailureText } from '../layout/jobs';
import type { CanvasPort, LayoutProgress } from '../view/canvas-port';
import { buildElements } from '../view/elements';
import { nodePositions } from '../view/positions';
import { stageText } from '../view/progress-text';
import type { DatasetState } from './dataset.svelte';
import type { ViewState } from './view-state.svelte';

export class LayoutJobs {
  #busy = $state(false);
  #status = $state('');
  #drawing = $state(false);
  #failure = $state('');
  #canvas: CanvasPort | null = null;
  /** The latest job's number: an earlier job's end changes nothing. */
  #job = 0;
  /** The graph whose layout failed, and how ("Try again" runs that again; nothing else does on its own). */
  #failed: { readonly graph: ActorGraph; readonly purpose: 'fresh' | 'rerun' } | undefined;

  readonly #data: DatasetState;
  readonly #view: ViewState;

  constructor(data: DatasetState, view: ViewState) {
    this.#data = data;
    this.#view = view;
  }

  get layoutBusy(): boolean {
    return this.#busy;
  }
  /** What the running layout is doing, for a progress line ("Laying out 1,667 actors…"); empty when idle. */
  get layoutStatus(): string {
    return this.#status;
  }
  /** Why the last layout failed ("Could not lay out: …"); empty when it did not. */
  get layoutFailure(): string {
    return this.#failure;
  }
  /** The canvas is adding and drawing a large graph that came with its positions (no layout runs). */
  get canvasDrawing(): boolean {
    return this.#drawing;
  }
  /** What the canvas is busy with, shown over it until the picture is there; empty when it is idle. */
  get canvasStatus(): string {
    if (this.#busy) return this.#status || 'Laying out…';
    return this.#drawing ? stageText('drawing', this.#data.graph.order) : '';
  }

  attachCanvas(canvas: CanvasPort | null): void {
    this.#canvas = canvas;
  }

  /**
   * Runs a layout on the canvas and keeps its positions for the graph it ran on. A layout already
   * running is cancelled (this one supersedes it). A fresh layout of a graph whose layout failed
   * runs only through retryLayout: the canvas asks for one whenever a graph needs it.
   */
  async runLayout(purpose: 'fresh' | 'rerun' = 'rerun'): Promise<void> {
    const canvas = this.#canvas;
    const graph = this.#data.graph;
    if (!canvas || (purpose === 'fresh' && this.#failed?.graph === graph)) return;
    if (this.#busy) this.#cancelRunning();
    const job = ++this.#job;
    this.#busy = true;
    this.#failure = '';
    this.#failed = undefined;
    this.layoutProgress('placing');
    try {
      const positions = await canvas.runLayout(purpose);
      // Another graph came in meanwhile (or another job superseded this one): these positions are not for it.
      if (job !== this.#job || this.#data.graph !== graph) return;
      this.#data.positionsChanged(positions, this.#view.elements.collapsed);
      this.#data.laidOut();
    } catch (error) {
      if (job !== this.#job || this.#data.graph !== graph || isLayoutCancelled(error)) return;
      this.#failed = { graph, purpose };
      this.#failure = layoutFailureText(error);
      // Drawn on the grid the canvas placed it on (canvas-layout.ts), and kept there until "Try again".
      if (this.#data.needsLayout) this.#data.placedWithoutLayout(fallbackPositions(this.#view.elements.nodes));
    } finally {
      if (job === this.#job) {
        this.#busy = false;
        this.#status = '';
      }
    }
  }

  /** "Try again" after a failure: the same kind of layout once more. */
  retryLayout(): Promise<void> {
    const purpose = this.#failed?.purpose ?? 'rerun';
    this.#failed = undefined;
    this.#failure = '';
    return this.runLayout(purpose);
  }

  /** A new graph (an import, the built-in data) supersedes the running layout and any failure. */
  graphChanged(): void {
    if (this.#busy) this.#cancelRunning();
    this.#failure = '';
    this.#failed = undefined;
  }

  #cancelRunning(): void {
    this.#job++;
    this.#canvas?.cancelLayout?.();
    this.#busy = false;
    this.#status = '';
  }

  /** The canvas reports where a running layout is; `canvasStatus` says it. */
  layoutProgress(stage: LayoutProgress): void {
    if (!this.#busy) return;
    this.#status = stageText(stage, this.#data.graph.order);
  }

  /** The canvas reports that it started (true) or finished (false) drawing a large graph that came with its positions. */
  canvasDrawingChanged(drawing: boolean): void {
    this.#drawing = drawing;
  }

  /** Forgets dragged positions and goes back to the shipped layout (a fresh layout when there is none). */
  resetLayout(): void {
    const shipped = this.#data.resetPositions();
    if (!shipped) {
      this.#failed = undefined; // the user asked for it
      void this.runLayout('fresh');
      return;
    }
    const targets = buildElements(this.#data.graph, { positions: shipped, collapsed: this.#view.collapsed });
    this.#canvas?.animateTo(nodePositions(targets));
  }

  /**
   * Moves the actors a layout file places ("Apply layout from file"; leaf positions, canvas y down),
   * animated; the others stay. Kept like a drag: here, in storage, and undone by "Reset layout".
   */
  applyPositions(positions: Positions): void {
    if (Object.keys(positions).length === 0) return;
    this.#data.positionsChanged(positions, new Set());
    const targets = buildElements(this.#data.graph, { positions: this.#data.positions, collapsed: this.#view.collapsed });
    this.#canvas?.animateTo(nodePositions(targets));
  }

  fit(): void {
    this.#canvas?.fit();
  }
}
