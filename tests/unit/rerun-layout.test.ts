// "Re-run layout" continues from where the actors are (as Gephi's layouts do), so a user's
// arrangement — dragged nodes included — is refined, not thrown away. The headless copy the worker
// lays out must therefore start at the current positions (src/cy/run-layout.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ElementDefinition } from 'cytoscape';
import { loadAuthoredFiles } from '../../src/model/load';
import { buildGraph } from '../../src/model/graph';
import { buildElements } from '../../src/view/elements';
import { computeLayout } from '../../src/cy/run-layout';
import { DEFAULT_DATA_DIR, readGraphData } from '../../scripts/graph-data-files';

type Point = { x: number; y: number };

/** The built-in graph's element definitions at these positions, as the canvas hands them to the layout. */
function builtinAt(move: (id: string, p: Point) => Point): { definitions: ElementDefinition[]; at: Record<string, Point> } {
  const loaded = loadAuthoredFiles(readGraphData());
  if (!loaded.ok) throw new Error('graph-data does not load');
  const graph = buildGraph(loaded.dataset);
  const { positions } = JSON.parse(readFileSync(join(DEFAULT_DATA_DIR, 'layout.json'), 'utf8')) as { positions: Record<string, Point> };
  const elements = buildElements(graph, { positions, collapsed: new Set() });
  const at: Record<string, Point> = {};
  const definitions = [...elements.nodes, ...elements.edges].map((d) => {
    const p = 'position' in d && d.position ? move(d.data.id, d.position) : undefined;
    if (p) at[d.data.id] = p;
    return { group: d.group, data: { ...d.data }, ...(p ? { position: p } : {}) };
  });
  return { definitions, at };
}

/** Mean distance between where the leaves were and where the layout put them, both centred on their mean. */
function meanShift(before: Record<string, Point>, after: Record<string, Point>): number {
  const ids = Object.keys(before).filter((id) => after[id]);
  const centre = (ps: Point[]): Point => ({ x: ps.reduce((s, p) => s + p.x, 0) / ps.length, y: ps.reduce((s, p) => s + p.y, 0) / ps.length });
  const cb = centre(ids.map((id) => before[id]!));
  const ca = centre(ids.map((id) => after[id]!));
  return ids.reduce((s, id) => s + Math.hypot(after[id]!.x - ca.x - (before[id]!.x - cb.x), after[id]!.y - ca.y - (before[id]!.y - cb.y)), 0) / ids.length;
}

describe('Re-run layout', () => {
  it('refines the current arrangement instead of starting over', async () => {
    // The shipped layout, mirrored left to right: a fresh layout would not come back to this mirror image.
    const { definitions, at } = builtinAt((_, p) => ({ x: -p.x, y: p.y }));
    const { positions } = await computeLayout(definitions, 'rerun');
    const xs = Object.values(at).map((p) => p.x);
    const width = Math.max(...xs) - Math.min(...xs);
    expect(Object.keys(positions).length).toBe(Object.keys(at).length);
    expect(meanShift(at, positions)).toBeLessThan(width * 0.12);
  }, 60_000);
});
