/**
 * Who belongs to whom: an actor's `parent` makes it a member of a group (the US State Department
 * of the United States, Lukashenko of Belarus). Pure walks over that relation, cycle-safe, used by
 * the canvas mapping (compound nodes, collapsed groups), the selection's emphasis and exports.
 */
import type { ActorGraph } from './graph';
import type { Positions } from './serialization';
import { ownValue } from './own-record';

/** Each actor's ancestors, nearest first (cycles and unknown parents cut). */
export function ancestorsOf(graph: ActorGraph, actor: string): string[] {
  const chain: string[] = [];
  const seen = new Set<string>([actor]);
  let parent = graph.hasNode(actor) ? graph.getNodeAttribute(actor, 'parent') : undefined;
  while (parent !== undefined && graph.hasNode(parent) && !seen.has(parent)) {
    chain.push(parent);
    seen.add(parent);
    parent = graph.getNodeAttribute(parent, 'parent');
  }
  return chain;
}

/** Members of each actor (direct children), in graph order. */
export function membersOf(graph: ActorGraph): ReadonlyMap<string, readonly string[]> {
  const members = new Map<string, string[]>();
  graph.forEachNode((node, a) => {
    if (a.parent === undefined || !graph.hasNode(a.parent)) return;
    const list = members.get(a.parent);
    if (list) list.push(node);
    else members.set(a.parent, [node]);
  });
  return members;
}

/** Every member of an actor, members of members included (cycle-safe). */
export function descendantsOf(members: ReadonlyMap<string, readonly string[]>, actor: string): string[] {
  const out: string[] = [];
  const stack = [...(members.get(actor) ?? [])];
  const seen = new Set<string>([actor]);
  while (stack.length > 0) {
    const next = stack.pop()!;
    if (seen.has(next)) continue;
    seen.add(next);
    out.push(next);
    stack.push(...(members.get(next) ?? []));
  }
  return out;
}

/** The centre of the bounding box of the given positions, or undefined when none is known. */
export function centreOf(ids: readonly string[], positions: Positions | undefined): { x: number; y: number } | undefined {
  if (!positions) return undefined;
  let x1 = Infinity,
    y1 = Infinity,
    x2 = -Infinity,
    y2 = -Infinity;
  for (const id of ids) {
    const p = ownValue(positions, id);
    if (!p) continue;
    x1 = Math.min(x1, p.x);
    y1 = Math.min(y1, p.y);
    x2 = Math.max(x2, p.x);
    y2 = Math.max(y2, p.y);
  }
  return x1 === Infinity ? undefined : { x: (x1 + x2) / 2, y: (y1 + y2) / 2 };
}
