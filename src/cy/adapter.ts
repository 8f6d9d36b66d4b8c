/**
 * The only module that talks to a live Cytoscape instance. It is created once per canvas by
 * GraphCanvas.svelte (in an $effect whose cleanup destroys it) and is fed by separate effects:
 * element definitions (structure: only on a new graph or a collapsed/expanded group), looks
 * (classes and weights: one cy.batch per perspective, filter or focus change), and the selection.
 * User gestures come back as callbacks; the state decides what they mean.
 */
import cytoscape, { type Core, type ElementDefinition, type EventObject, type LayoutOptions, type NodeSingular, type SingularElementReturnValue, type StylesheetJson } from 'cytoscape';
import type { Positions } from '../model/interchange';
import type { CanvasPort, CanvasTarget } from '../state/canvas-port';
import type { CyElements } from './elements';
import type { ElementLook } from './looks';
import { STYLESHEET } from './style';

export interface AdapterCallbacks {
  /** A click or tap on an element (null: the background); additive when shift, ctrl or cmd was held. */
  onTap(target: CanvasTarget | null, additive: boolean): void;
  /** The set of selected elements changed by a user gesture (tap, shift-click, box selection). */
  onSelectionChanged(ids: readonly string[]): void;
  /** The user dragged nodes: every leaf's position now, and which nodes moved. */
  onPositionsChanged(positions: Positions, moved: readonly string[]): void;
  /** Double click on a group: collapse or expand it. */
  onToggleGroup(id: string): void;
}

const FIT_PADDING = 36;

function targetOf(element: SingularElementReturnValue): CanvasTarget {
  if (element.group() === 'nodes') return { kind: 'actor', id: element.id() };
  return element.data('role') === 'meta' ? { kind: 'meta', id: element.id() } : { kind: 'relation', id: element.id() };
}

function additive(event: EventObject): boolean {
  const e = event.originalEvent as MouseEvent | undefined;
  return Boolean(e && (e.shiftKey || e.ctrlKey || e.metaKey));
}

export class CyAdapter implements CanvasPort {
  readonly #cy: Core;
  readonly #callbacks: AdapterCallbacks;
  #graphToken: unknown = undefined;
  #lastSelection = '';
  #selectionQueued = false;
  #syncingSelection = false;
  #looks = new Map<string, string>();
  #resizeObserver: ResizeObserver | undefined;

  constructor(container: HTMLElement, callbacks: AdapterCallbacks) {
    this.#callbacks = callbacks;
    this.#cy = cytoscape({
      container,
      style: STYLESHEET as unknown as StylesheetJson,
      boxSelectionEnabled: true,
      selectionType: 'single',
      minZoom: 0.1,
      maxZoom: 4,
      layout: { name: 'preset', fit: false },
    });
    this.#listen();
    this.#watchSize(container);
  }

  /** Panels beside the canvas can change its size (the perspective strip grows): keep the view centred. */
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
    });
    this.#resizeObserver.observe(container);
  }

  /** For src/cy/png.ts and tests: the Cytoscape core. */
  getCore(): Core {
    return this.#cy;
  }

  destroy(): void {
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
    cy.on('mouseover', 'node, edge', (event) => (event.target as SingularElementReturnValue).addClass('hovered'));
    cy.on('mouseout', 'node, edge', (event) => (event.target as SingularElementReturnValue).removeClass('hovered'));
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
   * fits; otherwise only what changed (collapsed or expanded groups) is removed or added.
   */
  setElements(elements: CyElements, graphToken: unknown): void {
    const cy = this.#cy;
    const depths = depthsOf(elements);
    const nodes = [...elements.nodes].sort((a, b) => (depths.get(a.data.id) ?? 0) - (depths.get(b.data.id) ?? 0));
    if (graphToken !== this.#graphToken) {
      this.#graphToken = graphToken;
      this.#looks.clear();
      cy.batch(() => {
        cy.elements().remove();
        cy.add([...nodes, ...elements.edges].map((d) => ({ ...d, data: { ...d.data, weight: 1 } })));
      });
      cy.fit(undefined, FIT_PADDING);
      return;
    }
    const wanted = new Set([...elements.nodes.map((n) => n.data.id), ...elements.edges.map((e) => e.data.id)]);
    cy.batch(() => {
      cy.edges().filter((e) => !wanted.has(e.id())).remove();
      cy.nodes().filter((n) => !wanted.has(n.id())).remove();
      for (const def of nodes) {
        const existing = cy.getElementById(def.data.id);
        if (existing.empty()) {
          cy.add({ ...def, data: { ...def.data } });
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
        if (existing.empty()) cy.add({ ...def, data: { ...def.data, weight: 1 } });
        else existing.data({ ...def.data });
      }
    });
    for (const id of [...this.#looks.keys()]) if (!wanted.has(id)) this.#looks.delete(id);
  }

  /** Classes and weights for every element, in one batch (no layout, no movement). */
  applyLooks(looks: ReadonlyMap<string, ElementLook>): void {
    const cy = this.#cy;
    cy.batch(() => {
      cy.elements().forEach((element) => {
        const look = looks.get(element.id());
        if (!look) return;
        const key = `${look.classes}|${look.weight}`;
        if (this.#looks.get(element.id()) === key) return;
        this.#looks.set(element.id(), key);
        const hovered = element.hasClass('hovered');
        element.classes(hovered ? `${look.classes} hovered` : look.classes);
        if (element.isEdge() && element.data('weight') !== look.weight) element.data('weight', look.weight);
      });
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

  reveal(ids: readonly string[]): void {
    const cy = this.#cy;
    let elements = cy.collection();
    for (const id of ids) elements = elements.union(cy.getElementById(id));
    elements = elements.filter((e) => e.visible());
    if (elements.empty()) return;
    const box = elements.renderedBoundingBox({ includeLabels: true });
    const margin = 24;
    const width = cy.width();
    const height = cy.height();
    const inside = box.x1 >= margin && box.y1 >= margin && box.x2 <= width - margin && box.y2 <= height - margin;
    if (inside) return;
    const tooBig = box.w > width - 2 * margin || box.h > height - 2 * margin;
    cy.stop();
    if (tooBig) cy.animate({ fit: { eles: elements, padding: FIT_PADDING }, duration: 300 });
    else cy.animate({ center: { eles: elements }, duration: 300 });
  }

  fit(): void {
    this.#cy.animate({ fit: { eles: this.#cy.elements(':visible'), padding: FIT_PADDING }, duration: 300 });
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
   * Lays out what is on the canvas (src/cy/run-layout.ts, on a headless copy), then moves the
   * nodes there: animated for "rerun", at once for a "fresh" graph. Resolves with leaf positions.
   */
  async runLayout(purpose: 'fresh' | 'rerun'): Promise<Positions> {
    const cy = this.#cy;
    const definitions: ElementDefinition[] = cy.elements().map((e) => {
      const node = e.isNode() && (e as NodeSingular).isChildless();
      return { group: e.group(), data: { ...e.data() }, ...(node ? { position: { ...(e as NodeSingular).position() } } : {}) } as ElementDefinition;
    });
    // The layout code (fcose and our overlap pass) is fetched only now: the first picture needs none.
    const [{ computeLayout }, { LAYOUT_SEED }] = await Promise.all([import('./run-layout'), import('./layout-options')]);
    // A fresh layout is seeded, so a graph without positions looks the same on every reload.
    const { positions } = await computeLayout(definitions, purpose, purpose === 'fresh' ? LAYOUT_SEED : undefined);
    if (cy.destroyed()) return {};
    if (purpose === 'fresh') {
      cy.batch(() => {
        cy.nodes().forEach((n) => {
          const p = positions[n.id()];
          if (p && n.isChildless()) n.position({ ...p });
        });
      });
      cy.fit(undefined, FIT_PADDING);
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

/** How deep each node sits in its compounds, so parents are added before their children. */
function depthsOf(elements: CyElements): Map<string, number> {
  const parents = new Map(elements.nodes.map((n) => [n.data.id, n.data.parent]));
  const depths = new Map<string, number>();
  for (const id of parents.keys()) {
    let d = 0;
    for (let p = parents.get(id); p !== undefined && d < 50; p = parents.get(p)) d++;
    depths.set(id, d);
  }
  return depths;
}
