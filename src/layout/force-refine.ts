/**
 * Turns fcose's "draft" placement of a large graph into a force-directed picture. The draft is
 * spectral only: it reads the graph's structure in two eigenvectors, and on graphs of a few hundred
 * actors it lays most of them along two crossing axes, a shape that says nothing about who is close
 * to whom. fcose's own force pass costs about 1 s at 300 nodes and over 15 s at 1,500, so instead
 * ForceAtlas2 (graphology's, as Gephi and Gephi Lite use it) runs a fixed number of iterations from
 * the draft positions: a few tens of milliseconds at 300 nodes.
 *
 * ForceAtlas2 knows nothing of groups (compound nodes). Each top-level group is therefore one body
 * in it, carrying all the relations of its members, so a group's box stays compact instead of
 * stretching over the members' separate pulls. Inside, a group of ARRANGED_GROUP_MEMBERS or more is
 * laid out the same way by its members' relations among themselves (nested groups likewise); a
 * smaller one is a sunflower spiral. The overlap pass (overlap.ts) separates what is left touching.
 * Pure and deterministic: no DOM, no Cytoscape, no randomness.
 */
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { ownValue, setOwn } from '../model/own-record';

export interface RefineNode {
  readonly id: string;
  readonly parent?: string | undefined;
}

export interface RefineEdge {
  readonly source: string;
  readonly target: string;
}

export interface RefineOptions {
  /** ForceAtlas2 iterations; by default `refineIterations(number of bodies)`. */
  readonly iterations?: number;
  /** Median distance from a body (a top-level group or an actor outside groups) to its nearest neighbour, after scaling. */
  readonly nearestDistance?: number;
  /** Distance between neighbouring members in a group's spiral. */
  readonly memberSpacing?: number;
}

export interface Point {
  x: number;
  y: number;
}

export const DEFAULT_NEAREST_DISTANCE = 110;
export const DEFAULT_MEMBER_SPACING = 60;
/** Bodies whose nearest neighbour is measured: a spread-out sample keeps this linear in the graph's size. */
const NEAREST_SAMPLE = 400;
/** Above this many bodies, repulsion is approximated (Barnes–Hut): exact repulsion grows with n². */
const BARNES_HUT_ABOVE = 1000;
/** The golden angle: successive spiral members never line up. */
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/** Iterations by size: enough to settle a few hundred bodies from the draft, fewer as each one costs more. */
export function refineIterations(bodyCount: number): number {
  if (bodyCount <= 400) return 80;
  if (bodyCount <= 1000) return 50;
  return 40;
}

/** Centres the points and scales each axis to the standard deviation `spread` (an axis with no spread stays flat). */
export function whiten(points: Point[], spread: number): void {
  const n = points.length;
  if (n === 0) return;
  let mx = 0,
    my = 0;
  for (const p of points) {
    mx += p.x / n;
    my += p.y / n;
  }
  let vx = 0,
    vy = 0;
  for (const p of points) {
    vx += (p.x - mx) ** 2 / n;
    vy += (p.y - my) ** 2 / n;
  }
  const sx = vx > 0 ? spread / Math.sqrt(vx) : 1;
  const sy = vy > 0 ? spread / Math.sqrt(vy) : 1;
  for (const p of points) {
    p.x = (p.x - mx) * sx;
    p.y = (p.y - my) * sy;
  }
}

/** The median, over a sample of the points, of the distance to the nearest other point. */
export function medianNearestDistance(points: readonly Point[]): number {
  const n = points.length;
  if (n < 2) return 0;
  const step = Math.max(1, Math.floor(n / NEAREST_SAMPLE));
  const nearest: number[] = [];
  for (let i = 0; i < n; i += step) {
    const p = points[i]!;
    let best = Infinity;
    for (let j = 0; j < n; j++) {
      if (j === i) continue;
      const d = (points[j]!.x - p.x) ** 2 + (points[j]!.y - p.y) ** 2;
      if (d < best) best = d;
    }
    nearest.push(Math.sqrt(best));
  }
  nearest.sort((x, y) => x - y);
  return nearest[Math.floor(nearest.length / 2)]!;
}

/** Sets `ids` out in rows `spacing` apart under the points (or around the origin when there are none). */
export function tileBelow(ids: readonly string[], points: readonly Point[], spacing: number, into: Map<string, Point>): void {
  if (ids.length === 0) return;
  let x1 = Infinity,
    x2 = -Infinity,
    y2 = -Infinity;
  for (const p of points) {
    x1 = Math.min(x1, p.x);
    x2 = Math.max(x2, p.x);
    y2 = Math.max(y2, p.y);
  }
  if (!Number.isFinite(x1)) [x1, x2, y2] = [0, 0, -spacing * 2];
  const perRow = Math.max(1, Math.floor((x2 - x1) / spacing) + 1, Math.ceil(Math.sqrt(ids.length)));
  const width = (Math.min(perRow, ids.length) - 1) * spacing;
  const left = (x1 + x2) / 2 - width / 2;
  ids.forEach((id, k) => into.set(id, { x: left + (k % perRow) * spacing, y: y2 + spacing * 2 + Math.floor(k / perRow) * spacing }));
}

/** Offset of the k-th member (from 0) of a sunflower spiral whose neighbours are about `spacing` apart. */
export function spiralOffset(k: number, spacing: number): Point {
  const r = spacing * Math.sqrt(k + 0.5) * 0.6;
  return { x: r * Math.cos(k * GOLDEN_ANGLE), y: r * Math.sin(k * GOLDEN_ANGLE) };
}

/** Groups with at least this many members are laid out inside by ForceAtlas2 too; smaller ones are a spiral. */
export const ARRANGED_GROUP_MEMBERS = 8;

interface Level {
  /** The bodies of this level: the top-level nodes, or one group's members. */
  readonly bodies: readonly string[];
  /** The body of this level a node belongs to (itself or an ancestor), or undefined outside it. */
  readonly bodyOf: (id: string) => string | undefined;
  /** Median distance between neighbouring bodies after scaling. */
  readonly nearest: number;
}

/**
 * Positions for one level's bodies, centred on the origin: ForceAtlas2 on the edges between them
 * (edges inside one body or leaving the level are not theirs), from the whitened draft centres;
 * bodies without relations in rows under the picture.
 */
function arrangeLevel(
  level: Level,
  edges: readonly RefineEdge[],
  centreOf: (body: string) => Point | undefined,
  iterations: number | undefined,
): Map<string, Point> {
  const { bodies, bodyOf, nearest } = level;
  const initial = bodies.map((b) => ({ ...(centreOf(b) ?? { x: 0, y: 0 }) }));
  const positions = new Map<string, Point>();
  // Whitened start: the draft stretches one axis far more than the other, and ForceAtlas2 would
  // spend its iterations undoing that.
  whiten(initial, 12 * Math.sqrt(bodies.length));
  // Keyed by place, not by id: ForceAtlas2 indexes the graph's nodes in a plain object, where an
  // actor called "__proto__" or "constructor" would not be a key of its own (docs/ARCHITECTURE.md).
  const keyOf = new Map(bodies.map((b, i) => [b, String(i)]));
  const key = (b: string): string => keyOf.get(b)!;
  const graph = new Graph<Point, { weight: number }>({ type: 'undirected', multi: false, allowSelfLoops: false });
  bodies.forEach((b, i) => graph.addNode(key(b), initial[i]));
  // Bodies on the very same spot have no direction to repel each other in: set them apart, deterministically.
  const seen = new Set<string>();
  graph.forEachNode((_, attributes) => {
    for (let k = 1; seen.has(`${attributes.x},${attributes.y}`); k++) {
      attributes.x += Math.cos(k * GOLDEN_ANGLE) * k;
      attributes.y += Math.sin(k * GOLDEN_ANGLE) * k;
    }
    seen.add(`${attributes.x},${attributes.y}`);
  });
  for (const edge of edges) {
    const a = keyOf.get(bodyOf(edge.source) ?? '');
    const b = keyOf.get(bodyOf(edge.target) ?? '');
    if (a !== undefined && b !== undefined && a !== b) graph.updateEdge(a, b, (attributes) => ({ weight: (attributes.weight ?? 0) + 1 }));
  }
  if (graph.size > 0) {
    forceAtlas2.assign(graph, {
      iterations: iterations ?? refineIterations(bodies.length),
      getEdgeWeight: 'weight',
      // slowDown 1 instead of 1 + ln(n): the draft is already a sensible start, so bigger steps settle it sooner.
      settings: { ...forceAtlas2.inferSettings(graph), slowDown: 1, barnesHutOptimize: graph.order > BARNES_HUT_ABOVE },
    });
  }
  // Scale so bodies sit about one footprint from their nearest neighbour: the overlap pass then
  // has little to push apart (scaled by edge length instead, it stretched the picture along one axis).
  // Bodies without relations are left out of the scaling and set in rows under the picture, as
  // fcose tiles them: ForceAtlas2's gravity would take far more iterations to bring them in.
  const connected = bodies.filter((b) => graph.degree(key(b)) > 0);
  const alone = bodies.filter((b) => graph.degree(key(b)) === 0);
  const points = connected.map((b) => graph.getNodeAttributes(key(b)));
  const median = medianNearestDistance(points);
  const scale = median > 0 ? nearest / median : 1;
  connected.forEach((b, i) => positions.set(b, { x: points[i]!.x * scale, y: points[i]!.y * scale }));
  tileBelow(alone, [...positions.values()], nearest, positions);
  // Centred on the origin, so a group's arrangement sits around the group's place.
  let mx = 0,
    my = 0;
  for (const p of positions.values()) {
    mx += p.x / positions.size;
    my += p.y / positions.size;
  }
  for (const p of positions.values()) {
    p.x -= mx;
    p.y -= my;
  }
  return positions;
}

/** Who contains whom among `nodes`: each group's members, and each node's chain up to its top-level ancestor. */
interface Hierarchy {
  readonly membersOf: ReadonlyMap<string, readonly string[]>;
  /** The chain from a node up to its top-level ancestor (itself first). */
  readonly chain: (id: string) => readonly string[];
  /** The ancestor of `id` (or `id` itself) whose parent is `group` (undefined: the top level). */
  readonly memberOf: (id: string, group: string | undefined) => string | undefined;
}

function hierarchyOf(nodes: readonly RefineNode[]): Hierarchy {
  const ids = new Set(nodes.map((n) => n.id));
  const parentOf = new Map<string, string>();
  const membersOf = new Map<string, string[]>();
  for (const node of nodes) {
    if (node.parent === undefined || !ids.has(node.parent) || node.parent === node.id) continue;
    parentOf.set(node.id, node.parent);
    const members = membersOf.get(node.parent) ?? [];
    members.push(node.id);
    membersOf.set(node.parent, members);
  }
  // A parent cycle (the data checks refuse those) stops the climb.
  const chainOf = new Map<string, string[]>();
  const chain = (id: string): string[] => {
    let found = chainOf.get(id);
    if (!found) {
      found = [id];
      for (let top = id; parentOf.has(top) && found.length <= nodes.length;) {
        top = parentOf.get(top)!;
        found.push(top);
      }
      chainOf.set(id, found);
    }
    return found;
  };
  const memberOf = (id: string, group: string | undefined): string | undefined => {
    const up = chain(id);
    if (group === undefined) return up[up.length - 1];
    const at = up.indexOf(group);
    return at > 0 ? up[at - 1] : undefined;
  };
  return { membersOf, chain, memberOf };
}

/** Where each body starts: the centre of its placed nodes' draft positions. */
function draftCentres(nodes: readonly RefineNode[], start: Readonly<Record<string, Point>>, hierarchy: Hierarchy): (id: string) => Point | undefined {
  const sums = new Map<string, { x: number; y: number; n: number }>();
  for (const node of nodes) {
    const p = ownValue(start, node.id);
    if (!p || hierarchy.membersOf.has(node.id)) continue;
    for (const id of hierarchy.chain(node.id)) {
      const s = sums.get(id) ?? { x: 0, y: 0, n: 0 };
      s.x += p.x;
      s.y += p.y;
      s.n += 1;
      sums.set(id, s);
    }
  }
  return (id) => {
    const s = sums.get(id);
    return s && s.n > 0 ? { x: s.x / s.n, y: s.y / s.n } : undefined;
  };
}

/**
 * New positions for the placed nodes (those without members) of `nodes`, starting from `start`
 * (the draft's positions of those same nodes; missing ones count as the origin).
 */
export function refineDraftLayout(
  nodes: readonly RefineNode[],
  edges: readonly RefineEdge[],
  start: Readonly<Record<string, Point>>,
  options: RefineOptions = {},
): Record<string, Point> {
  const ids = new Set(nodes.map((n) => n.id));
  const known = edges.filter((e) => ids.has(e.source) && ids.has(e.target));
  const hierarchy = hierarchyOf(nodes);
  const { membersOf, memberOf } = hierarchy;
  const centreOf = draftCentres(nodes, start, hierarchy);
  const out: Record<string, Point> = {};
  const spacing = options.memberSpacing ?? DEFAULT_MEMBER_SPACING;
  /** Places the members of `group` (undefined: the top level) around `at`. */
  const placeLevel = (group: string | undefined, bodies: readonly string[], at: Point, depth: number): void => {
    const top = group === undefined;
    let arranged: Map<string, Point>;
    if (bodies.length >= (top ? 3 : ARRANGED_GROUP_MEMBERS)) {
      arranged = arrangeLevel(
        { bodies, bodyOf: (id) => memberOf(id, group), nearest: top ? (options.nearestDistance ?? DEFAULT_NEAREST_DISTANCE) : spacing },
        known,
        centreOf,
        top ? options.iterations : undefined,
      );
    } else if (top) {
      arranged = new Map(bodies.map((b) => [b, centreOf(b) ?? { x: 0, y: 0 }]));
    } else {
      arranged = new Map(bodies.map((b, k) => [b, spiralOffset(k, spacing)]));
    }
    for (const b of bodies) {
      const offset = arranged.get(b)!;
      const p = top ? offset : { x: at.x + offset.x, y: at.y + offset.y };
      const members = membersOf.get(b);
      if (members && depth < nodes.length) placeLevel(b, members, p, depth + 1);
      else setOwn(out, b, p);
    }
  };
  const roots = [...new Set(nodes.map((n) => memberOf(n.id, undefined)!))];
  placeLevel(undefined, roots, { x: 0, y: 0 }, 0);
  return out;
}
