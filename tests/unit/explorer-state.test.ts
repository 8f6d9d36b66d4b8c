import { describe, expect, it, vi } from 'vitest';
import { Explorer } from '../../src/state/explorer.svelte';
import type { CanvasPort } from '../../src/view/canvas-port';
import { datasetKey, loadStoredPositions } from '../../src/state/positions-store';
import { formatUrlState, parseUrlState } from '../../src/model/url-state';
import { fixtureGraph } from '../fixtures/explorer';

const POSITIONS = {
  trump: { x: 0, y: 0 },
  kellogg: { x: 100, y: 0 },
  luka: { x: 300, y: 0 },
  by: { x: 300, y: 0 },
  us: { x: 50, y: 0 },
  ru: { x: 500, y: 0 },
  eu: { x: 400, y: 200 },
  tikh: { x: 200, y: 300 },
  opp: { x: 200, y: 300 },
  lonely: { x: -200, y: 0 },
};

class MemoryStorage implements Storage {
  #items = new Map<string, string>();
  get length(): number {
    return this.#items.size;
  }
  clear(): void {
    this.#items.clear();
  }
  getItem(key: string): string | null {
    return this.#items.get(key) ?? null;
  }
  key(index: number): string | null {
    return [...this.#items.keys()][index] ?? null;
  }
  removeItem(key: string): void {
    this.#items.delete(key);
  }
  setItem(key: string, value: string): void {
    this.#items.set(key, value);
  }
}

function fakeCanvas(): CanvasPort & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    reveal: (ids) => void calls.push(`reveal ${ids.join(',')}`),
    fit: () => void calls.push('fit'),
    runLayout: vi.fn(async () => ({ ...POSITIONS, lonely: { x: -300, y: 10 } })),
    animateTo: (p) => void calls.push(`animate ${Object.keys(p).length}`),
  };
}

describe('Explorer state', () => {
  it('starts from the shipped positions without a layout run', () => {
    const explorer = new Explorer({ graph: fixtureGraph(), positions: POSITIONS });
    expect(explorer.needsLayout).toBe(false);
    expect(explorer.customLayout).toBe(false);
    expect(explorer.elements.nodes.find((n) => n.data.id === 'lonely')!.position).toEqual({ x: -200, y: 0 });
    expect(new Explorer({ graph: fixtureGraph(), positions: undefined }).needsLayout).toBe(true);
  });

  it('counts exactly the rows the actor list and the relation table show, in every perspective and focus', () => {
    const explorer = new Explorer({ graph: fixtureGraph(), positions: POSITIONS });
    const check = (): void => {
      expect(explorer.counts.shownActors).toBe(explorer.actorRows.length);
      expect(explorer.counts.shownRelations).toBe(explorer.relationRows.length);
    };
    check();
    for (const source of explorer.sourceIds) {
      explorer.setPerspective({ mode: 'one', source });
      check();
      explorer.setFadeOutside(true);
      check();
      explorer.setFadeOutside(false);
    }
    explorer.setPerspective({ mode: 'compare', a: explorer.sourceIds[0]!, b: explorer.sourceIds[1]! });
    check();
    explorer.select({ kind: 'actor', id: 'luka' });
    explorer.setFocusHops(1);
    check();
  });

  it('selects, reveals, clears; focus follows the selected actor', () => {
    const explorer = new Explorer({ graph: fixtureGraph(), positions: POSITIONS });
    explorer.select({ kind: 'relation', id: 'kellogg--consult--luka' });
    expect(explorer.selectedIds).toEqual(['kellogg--consult--luka']);
    expect(explorer.revealRequest?.ids).toEqual(['kellogg--consult--luka', 'kellogg', 'luka']);
    expect(explorer.relationDetails?.from.label).toBe('Keith Kellogg');
    explorer.select({ kind: 'actor', id: 'luka' });
    explorer.setFocusHops(1);
    expect(explorer.visibility.actors.get('ru')).toBe('faded');
    expect(explorer.urlHash).toBe('#actor=luka&focus=1');
    explorer.clearSelection();
    expect(explorer.selection).toBeNull();
    expect(explorer.focusHops).toBe(0);
    expect(explorer.visibility.actors.get('ru')).toBe('shown');
    // Unknown ids are ignored.
    explorer.select({ kind: 'actor', id: 'nobody' });
    expect(explorer.selection).toBeNull();
  });

  it('expands collapsed groups that hide what is selected', () => {
    const explorer = new Explorer({ graph: fixtureGraph(), positions: POSITIONS });
    explorer.toggleGroup('by');
    expect(explorer.elements.nodes.some((n) => n.data.id === 'luka')).toBe(false);
    explorer.select({ kind: 'actor', id: 'luka' });
    expect(explorer.collapsed.has('by')).toBe(false);
    expect(explorer.elements.nodes.some((n) => n.data.id === 'luka')).toBe(true);
  });

  it('turns canvas gestures into selections: one element, several, none', () => {
    const explorer = new Explorer({ graph: fixtureGraph(), positions: POSITIONS });
    explorer.canvasTap({ kind: 'actor', id: 'ru' }, false);
    expect(explorer.selection).toEqual({ kind: 'actor', id: 'ru' });
    explorer.canvasSelectionChanged(['ru', 'eu']);
    expect(explorer.selection).toBeNull();
    expect(explorer.selectedIds).toEqual(['ru', 'eu']);
    explorer.selectNeighbourhood();
    expect([...explorer.selectedIds].sort()).toEqual(['by', 'eu', 'ru']);
    explorer.canvasTap(null, false);
    expect(explorer.selectedIds).toEqual([]);
  });

  it('applies filters and perspectives as views, never moving a node', () => {
    const explorer = new Explorer({ graph: fixtureGraph(), positions: POSITIONS });
    const elements = explorer.elements;
    explorer.toggleQuad(4);
    explorer.setPerspective({ mode: 'compare', a: 'alpha', b: 'beta' });
    expect(explorer.elements).toEqual(elements);
    expect(explorer.looks.get('luka--coerce--tikh')!.hidden).toBe(true);
    expect(explorer.compareLine).toBe('share 1, disagree 0, differ 2, only Alpha Outlet 2, only Beta 2');
    expect(explorer.relationRows.map((r) => r.id)).not.toContain('luka--coerce--tikh');
    expect(explorer.contestedRows.map((r) => r.id).sort()).toEqual(['by--material-cooperation--ru', 'eu--reduce-relations--by']);
  });

  it('round-trips its URL state', () => {
    const explorer = new Explorer({ graph: fixtureGraph(), positions: POSITIONS });
    explorer.setPerspective({ mode: 'one', source: 'beta' });
    explorer.setFadeOutside(true);
    explorer.toggleType('statement');
    explorer.toggleKind('bloc');
    explorer.toggleGroup('us');
    explorer.select({ kind: 'relation', id: 'by--aid--ru' });
    const hash = explorer.urlHash;
    const other = new Explorer({ graph: fixtureGraph(), positions: POSITIONS });
    other.applyUrlState(parseUrlState(hash, other.knownIds()));
    expect(formatUrlState(other.urlState)).toBe(hash);
    expect(other.selection).toEqual({ kind: 'relation', id: 'by--aid--ru' });
  });

  it('keeps dragged positions per dataset, moves the members of a dragged collapsed group, and resets', async () => {
    const storage = new MemoryStorage();
    const graph = fixtureGraph();
    const explorer = new Explorer({ graph, positions: POSITIONS, storage });
    const canvas = fakeCanvas();
    explorer.attachCanvas(canvas);
    explorer.toggleGroup('us');
    // The collapsed US sits at its members' centre (50, 0); the user drags it to (150, 40).
    explorer.positionsChanged({ us: { x: 150, y: 40 }, lonely: { x: -250, y: 5 } });
    expect(explorer.customLayout).toBe(true);
    const stored = loadStoredPositions(storage, datasetKey(graph))!;
    expect(stored.trump).toEqual({ x: 100, y: 40 });
    expect(stored.kellogg).toEqual({ x: 200, y: 40 });
    expect(stored.lonely).toEqual({ x: -250, y: 5 });
    // A new explorer on the same dataset starts from them.
    const again = new Explorer({ graph: fixtureGraph(), positions: POSITIONS, storage });
    expect(again.customLayout).toBe(true);
    expect(again.elements.nodes.find((n) => n.data.id === 'lonely')!.position).toEqual({ x: -250, y: 5 });
    explorer.resetLayout();
    expect(loadStoredPositions(storage, datasetKey(graph))).toBeUndefined();
    expect(canvas.calls.at(-1)).toMatch(/^animate /);
    await explorer.runLayout('rerun');
    expect(canvas.runLayout).toHaveBeenCalledWith('rerun');
    expect(loadStoredPositions(storage, datasetKey(graph))!.lonely).toEqual({ x: -300, y: 10 });
  });

  it('says over the canvas what it is busy with: each layout stage, then drawing a graph that came placed', async () => {
    const explorer = new Explorer({ graph: fixtureGraph(), positions: POSITIONS });
    expect(explorer.canvasStatus).toBe('');
    const seen: string[] = [];
    let finish: (positions: typeof POSITIONS) => void = () => undefined;
    const canvas: CanvasPort = {
      ...fakeCanvas(),
      runLayout: () =>
        new Promise((resolve) => {
          seen.push(explorer.canvasStatus);
          explorer.layoutProgress('separating');
          seen.push(explorer.canvasStatus);
          explorer.layoutProgress('drawing');
          seen.push(explorer.canvasStatus);
          finish = resolve;
        }),
    };
    explorer.attachCanvas(canvas);
    const running = explorer.runLayout('rerun');
    finish(POSITIONS);
    await running;
    expect(seen).toEqual(['Laying out 10 actors…', 'Separating overlapping actors…', 'Drawing 10 actors…']);
    expect(explorer.canvasStatus).toBe('');
    // Stages reported with no layout running are not shown.
    explorer.layoutProgress('placing');
    expect(explorer.canvasStatus).toBe('');
    // A large graph with its own positions is drawn a slice at a time: no layout, but still busy.
    explorer.canvasDrawingChanged(true);
    expect(explorer.canvasStatus).toBe('Drawing 10 actors…');
    explorer.canvasDrawingChanged(false);
    expect(explorer.canvasStatus).toBe('');
  });

  it('chooses what an export takes: the selected actors (a selected relation brings its two), or everything shown', () => {
    const explorer = new Explorer({ graph: fixtureGraph(), positions: POSITIONS });
    const all = explorer.chosenSubgraph();
    expect(all.fromSelection).toBe(false);
    expect(all.nodeIds).toHaveLength(10);
    expect(all.graph.size).toBe(8);
    explorer.canvasSelectionChanged(['by', 'ru']);
    const chosen = explorer.chosenSubgraph();
    expect(chosen.fromSelection).toBe(true);
    expect([...chosen.edgeIds].sort()).toEqual(['by--aid--ru', 'by--material-cooperation--ru']);
    expect(chosen.positions.ru).toEqual({ x: 500, y: 0 });
    expect(
      chosen.graph
        .getAttribute('sources')
        .map((s) => s.id)
        .sort(),
    ).toEqual(['alpha', 'beta']);
    // A selected relation brings its two actors and the shown relations between them.
    explorer.canvasSelectionChanged([]);
    explorer.select({ kind: 'relation', id: 'by--aid--ru' });
    const relation = explorer.chosenSubgraph();
    expect(relation.fromSelection).toBe(true);
    expect([...relation.nodeIds].sort()).toEqual(['by', 'ru']);
    expect(relation.edgeIds).toContain('by--aid--ru');
  });

  it('replaces the graph and restores the built-in one', async () => {
    const explorer = new Explorer({ graph: fixtureGraph(), positions: POSITIONS });
    explorer.setPerspective({ mode: 'one', source: 'gamma' });
    const other = fixtureGraph();
    other.dropNode('trump');
    other.setAttribute(
      'sources',
      other.getAttribute('sources').filter((s) => s.id !== 'gamma'),
    );
    explorer.replaceGraph(other, undefined);
    expect(explorer.isBuiltin).toBe(false);
    expect(explorer.needsLayout).toBe(true);
    expect(explorer.perspective).toEqual({ mode: 'all' });
    await explorer.loadMetrics();
    expect(explorer.metrics?.has('trump')).toBe(false);
    explorer.restoreBuiltin();
    expect(explorer.isBuiltin).toBe(true);
    expect(explorer.needsLayout).toBe(false);
    expect(explorer.graph.hasNode('trump')).toBe(true);
  });
});

describe('withThousands', () => {
  it('groups digits by thousands as the English locale does', async () => {
    const { withThousands } = await import('../../src/state/explorer.svelte');
    for (const n of [0, 7, 999, 1000, 5000, 12345, 999999, 1234567]) expect(withThousands(n)).toBe(n.toLocaleString('en'));
  });
});
