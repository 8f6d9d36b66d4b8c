// The ForceAtlas2 pass that turns a large import's spectral draft into a force-directed picture
// (src/layout/force-refine.ts), alone and inside the layout procedure (src/cy/run-layout.ts).
import { describe, expect, it } from 'vitest';
import type { ElementDefinition } from 'cytoscape';
import { DEFAULT_MAX_NODES } from '../../src/cy/layout-options';
import { FORCE_RERUN_ABOVE, forceAtlasOnly } from '../../src/layout/purpose';
import { seededRandom } from '../../src/layout/seeds';
import { medianNearestDistance, refineDraftLayout, spiralOffset, whiten, type Point, type RefineEdge, type RefineNode } from '../../src/layout/force-refine';

/** Two communities of `size` nodes, dense inside (each node tied to 4 others of its own), one bridge between them. */
function twoCommunities(size: number): { nodes: RefineNode[]; edges: RefineEdge[]; community: Map<string, number> } {
  const random = seededRandom(3);
  const nodes: RefineNode[] = [];
  const edges: RefineEdge[] = [];
  const community = new Map<string, number>();
  for (let c = 0; c < 2; c++) {
    for (let i = 0; i < size; i++) {
      nodes.push({ id: `c${c}n${i}` });
      community.set(`c${c}n${i}`, c);
    }
    for (let i = 0; i < size; i++) {
      for (let k = 0; k < 4; k++) {
        const j = (i + 1 + Math.floor(random() * (size - 1))) % size;
        edges.push({ source: `c${c}n${i}`, target: `c${c}n${j}` });
      }
    }
  }
  edges.push({ source: 'c0n0', target: 'c1n0' });
  return { nodes, edges, community };
}

/** The spectral draft's failure: every node on one of two crossing axes, the communities mixed along both. */
function crossStart(ids: readonly string[]): Record<string, Point> {
  const start: Record<string, Point> = {};
  ids.forEach((id, i) => {
    const t = ((i * 37) % ids.length) - ids.length / 2;
    start[id] = i % 2 === 0 ? { x: t * 10, y: 0 } : { x: 0, y: t * 3 };
  });
  return start;
}

const distance = (a: Point, b: Point): number => Math.hypot(a.x - b.x, a.y - b.y);
const median = (values: number[]): number => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Share of points within 2 % of the drawing's extent from the x or the y axis through its centre. */
function shareOnAxes(points: readonly Point[]): number {
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const cx = median([...xs]);
  const cy = median([...ys]);
  const extent = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
  return points.filter((p) => Math.abs(p.x - cx) < extent * 0.02 || Math.abs(p.y - cy) < extent * 0.02).length / points.length;
}

describe('refineDraftLayout', () => {
  it('pulls a community together and apart from the other, from a crossed start', () => {
    const { nodes, edges, community } = twoCommunities(60);
    const start = crossStart(nodes.map((n) => n.id));
    const refined = refineDraftLayout(nodes, edges, start);
    const inside: number[] = [];
    const across: number[] = [];
    for (let i = 0; i < nodes.length; i += 3) {
      for (let j = i + 1; j < nodes.length; j += 5) {
        const a = nodes[i]!.id;
        const b = nodes[j]!.id;
        (community.get(a) === community.get(b) ? inside : across).push(distance(refined[a]!, refined[b]!));
      }
    }
    // In the crossed start both medians are about the same; a force layout separates the two.
    expect(median(inside)).toBeLessThan(median(across) * 0.6);
    expect(shareOnAxes(Object.values(start))).toBeGreaterThan(0.9);
    expect(shareOnAxes(Object.values(refined))).toBeLessThan(0.3);
  });

  it('returns every placed node and no group, the same on every run, none on the same spot', () => {
    const { nodes, edges } = twoCommunities(30);
    const grouped: RefineNode[] = [
      ...nodes.map((n, i) => (i % 10 === 0 ? { ...n, parent: `g${i % 3}` } : n)),
      { id: 'g0' },
      { id: 'g1' },
      { id: 'g2', parent: 'g0' },
    ];
    const start = crossStart(grouped.map((n) => n.id));
    const first = refineDraftLayout(grouped, edges, start);
    expect(Object.keys(first).sort()).toEqual(nodes.map((n) => n.id).sort());
    expect(refineDraftLayout(grouped, edges, start)).toEqual(first);
    const spots = new Set(Object.values(first).map((p) => `${p.x.toFixed(3)},${p.y.toFixed(3)}`));
    expect(spots.size).toBe(nodes.length);
  });

  it("keeps a group's members together even when each is tied to outsiders far apart", () => {
    const { nodes, edges } = twoCommunities(50);
    // Group "g": 6 new members, each related to a different actor, half in one community, half in the other.
    const members = Array.from({ length: 6 }, (_, i) => ({ id: `m${i}`, parent: 'g' }));
    const withGroup: RefineNode[] = [...nodes, { id: 'g' }, ...members];
    const groupEdges: RefineEdge[] = [...edges, ...members.map((m, i) => ({ source: m.id, target: `c${i % 2}n${i * 7}` }))];
    const refined = refineDraftLayout(withGroup, groupEdges, crossStart(withGroup.map((n) => n.id)));
    const spread = Math.max(...members.flatMap((a) => members.map((b) => distance(refined[a.id]!, refined[b.id]!))));
    const all = Object.values(refined);
    const width = Math.max(...all.map((p) => p.x)) - Math.min(...all.map((p) => p.x));
    expect(spread).toBeLessThan(width / 5);
  });

  it("lays out a large group inside by its members' own relations, not as a spiral", () => {
    // Everything in one group (an imported file where every actor belongs to "eu"): two communities inside it.
    const { nodes, edges, community } = twoCommunities(30);
    const grouped: RefineNode[] = [{ id: 'eu' }, ...nodes.map((n) => ({ ...n, parent: 'eu' }))];
    const refined = refineDraftLayout(grouped, edges, crossStart(grouped.map((n) => n.id)));
    const inside: number[] = [];
    const across: number[] = [];
    for (let i = 0; i < nodes.length; i += 2) {
      for (let j = i + 1; j < nodes.length; j += 3) {
        const [a, b] = [nodes[i]!.id, nodes[j]!.id];
        (community.get(a) === community.get(b) ? inside : across).push(distance(refined[a]!, refined[b]!));
      }
    }
    expect(median(inside)).toBeLessThan(median(across) * 0.7);
  });

  it('lets an edge to a group pull on it: an actor related only to the group ends up near its members', () => {
    const { nodes, edges } = twoCommunities(40);
    const withGroup: RefineNode[] = [...nodes, { id: 'g' }, { id: 'm0', parent: 'g' }, { id: 'm1', parent: 'g' }, { id: 'fan' }];
    const more: RefineEdge[] = [...edges, { source: 'm0', target: 'c0n3' }, { source: 'fan', target: 'g' }];
    const refined = refineDraftLayout(withGroup, more, crossStart(withGroup.map((n) => n.id)));
    const toMember = distance(refined.fan!, refined.m0!);
    const typical = median(nodes.map((n) => distance(refined.fan!, refined[n.id]!)));
    expect(toMember).toBeLessThan(typical / 2);
  });

  it('sets actors without relations in rows under the picture, wherever the draft left them', () => {
    const { nodes, edges } = twoCommunities(40);
    const alone: RefineNode[] = Array.from({ length: 12 }, (_, i) => ({ id: `alone${i}` }));
    const start = crossStart(nodes.map((n) => n.id));
    alone.forEach((n, i) => (start[n.id] = { x: -100_000, y: i * 50 }));
    const refined = refineDraftLayout([...nodes, ...alone], edges, start);
    const placed = nodes.map((n) => refined[n.id]!);
    const bottom = Math.max(...placed.map((p) => p.y));
    const [left, right] = [Math.min(...placed.map((p) => p.x)), Math.max(...placed.map((p) => p.x))];
    for (const n of alone) {
      expect(refined[n.id]!.y).toBeGreaterThan(bottom);
      expect(refined[n.id]!.x).toBeGreaterThanOrEqual(left);
      expect(refined[n.id]!.x).toBeLessThanOrEqual(right);
    }
    expect(new Set(alone.map((n) => refined[n.id]!.y)).size).toBeLessThanOrEqual(2);
  });

  it('scales the picture so actors sit about the requested distance from their nearest neighbour', () => {
    const { nodes, edges } = twoCommunities(60);
    const refined = refineDraftLayout(nodes, edges, crossStart(nodes.map((n) => n.id)), { nearestDistance: 80 });
    expect(medianNearestDistance(Object.values(refined))).toBeCloseTo(80, 0);
  });
});

describe('the helpers', () => {
  it('whitens both axes to the same spread around the origin', () => {
    const points: Point[] = Array.from({ length: 50 }, (_, i) => ({ x: 100 + i * 20, y: 5 + (i % 7) }));
    whiten(points, 10);
    const sd = (values: number[]): number => Math.sqrt(values.reduce((s, v) => s + v * v, 0) / values.length);
    expect(points.reduce((s, p) => s + p.x, 0)).toBeCloseTo(0, 6);
    expect(sd(points.map((p) => p.x))).toBeCloseTo(10, 6);
    expect(sd(points.map((p) => p.y))).toBeCloseTo(10, 6);
  });

  it("lays a spiral's members out without two on one spot, about the spacing apart", () => {
    const offsets = Array.from({ length: 30 }, (_, k) => spiralOffset(k, 60));
    expect(new Set(offsets.map((p) => `${p.x.toFixed(2)},${p.y.toFixed(2)}`)).size).toBe(30);
    const nearest = medianNearestDistance(offsets);
    expect(nearest).toBeGreaterThan(30);
    expect(nearest).toBeLessThan(90);
  });
});

/** Element definitions as the canvas hands them to the layout (footprint data included), optionally placed. */
function asElements(nodes: readonly RefineNode[], edges: readonly RefineEdge[], at?: (id: string) => Point): ElementDefinition[] {
  return [
    ...nodes.map((n) => ({
      group: 'nodes' as const,
      data: { id: n.id, label: n.id, size: 26, labelWidth: 60, labelHeight: 22, footprintWidth: 60, footprintHeight: 51 },
      ...(at ? { position: at(n.id) } : {}),
    })),
    ...edges.map((e, i) => ({ group: 'edges' as const, data: { id: `e${i}`, source: e.source, target: e.target } })),
  ];
}

describe("the layout procedure on graphs too large for fcose's force pass", () => {
  it('is force-directed: communities apart, not two crossing axes', async () => {
    const { computeLayout } = await import('../../src/cy/run-layout');
    const { nodes, edges, community } = twoCommunities(Math.ceil((DEFAULT_MAX_NODES + 50) / 2));
    const { positions } = await computeLayout(asElements(nodes, edges), 'fresh', 1);
    const centre = (c: number): Point => {
      const ps = nodes.filter((n) => community.get(n.id) === c).map((n) => positions[n.id]!);
      return { x: ps.reduce((s, p) => s + p.x, 0) / ps.length, y: ps.reduce((s, p) => s + p.y, 0) / ps.length };
    };
    const own = median(nodes.map((n) => distance(positions[n.id]!, centre(community.get(n.id)!))));
    const other = median(nodes.map((n) => distance(positions[n.id]!, centre(1 - community.get(n.id)!))));
    expect(own).toBeLessThan(other * 0.7);
    expect(shareOnAxes(Object.values(positions))).toBeLessThan(0.3);
  });

  it('re-runs a graph above FORCE_RERUN_ABOVE nodes with ForceAtlas2 from where its actors are', async () => {
    const { computeLayout } = await import('../../src/cy/run-layout');
    const { nodes, edges, community } = twoCommunities(Math.ceil((FORCE_RERUN_ABOVE + 40) / 2));
    expect(forceAtlasOnly(nodes.length, 'rerun')).toBe(true);
    const random = seededRandom(9);
    // Community 0 on the left, then (mirrored) on the right: the re-run keeps either arrangement.
    for (const side of [1, -1]) {
      const at = (id: string): Point => ({ x: side * (community.get(id) === 0 ? -1 : 1) * (200 + random() * 800), y: random() * 1000 });
      const { positions } = await computeLayout(asElements(nodes, edges, at), 'rerun');
      expect(Object.keys(positions).length).toBe(nodes.length);
      const meanX = (c: number): number => median(nodes.filter((n) => community.get(n.id) === c).map((n) => positions[n.id]!.x));
      expect(Math.sign(meanX(1) - meanX(0))).toBe(side);
    }
  }, 60_000);
});
