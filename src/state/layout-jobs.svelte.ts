/**
 * The canvas's long jobs and what the page says about them: running a layout (one at a time,
 * with a progress line per stage), drawing a large graph that came with its positions, and going
 * back to the shipped layout. The canvas is reached through the CanvasPort interface only, so the
 * state never imports Cytoscape and tests hand it a fake.
 */
import type { Positions } from '../model/interchange';
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
  #canvas: CanvasPort | null = null;

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

  /** Runs a layout on the canvas (none while one runs) and keeps its positions for the graph it ran on. */
  async runLayout(purpose: 'fresh' | 'rerun' = 'rerun'): Promise<void> {
    const canvas = this.#canvas;
    if (!canvas || this.#busy) return;
    const graph = this.#data.graph;
    this.#busy = true;
    this.layoutProgress('placing');
    try {
      const positions = await canvas.runLayout(purpose);
      // Another graph came in meanwhile: it gets its own layout (the canvas ignored these positions).
      if (this.#data.graph !== graph) return;
      this.#data.positionsChanged(positions, this.#view.elements.collapsed);
      this.#data.laidOut();
    } finally {
      this.#busy = false;
      this.#status = '';
    }
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
