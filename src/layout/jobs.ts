/**
 * What every layout job shares, whichever thread runs it (issue 18): a time limit, the two ways a
 * job ends without positions (cancelled because something newer superseded it, or failed), the
 * words the page shows for a failure, and where a graph's actors go when its layout failed and it
 * has no positions of its own (a plain grid: drawn, readable, and never laid out again on its own).
 */

/** A layout running longer than this is stopped (its worker terminated) and reported. */
export const LAYOUT_TIME_LIMIT_MS = 60_000;

/** The job was superseded (a new import, the built-in data, another layout): not a failure, nothing to show. */
export class LayoutCancelled extends Error {
  constructor() {
    super('the layout was cancelled');
    this.name = 'LayoutCancelled';
  }
}

/** The job ran past its time limit and was stopped. */
export class LayoutTimedOut extends Error {
  constructor(limitMs: number) {
    super(`it took longer than ${Math.round(limitMs / 1000)} seconds and was stopped`);
    this.name = 'LayoutTimedOut';
  }
}

export function isLayoutCancelled(error: unknown): boolean {
  return error instanceof Error && error.name === 'LayoutCancelled';
}

/** Longest reason quoted from an error (an engine's message may quote a whole label). */
const REASON_MAX = 160;

/** "Could not lay out: …", in plain words, for the canvas's status area. */
export function layoutFailureText(error: unknown): string {
  const raw = error instanceof Error ? error.message : String(error);
  const reason = raw.trim() || 'the layout stopped without saying why';
  return `Could not lay out: ${reason.length > REASON_MAX ? `${reason.slice(0, REASON_MAX)}…` : reason}`;
}

type Point = { x: number; y: number };

/** Room per actor in the fallback grid: a node and a two-line label, with space between. */
const CELL_WIDTH = 180;
const CELL_HEIGHT = 110;

/**
 * Leaf positions on a grid centred on the origin, for a graph whose layout failed and that has no
 * positions: every leaf (a node no other node names as its parent) gets a cell, in the given order.
 */
export function fallbackPositions(nodes: readonly { readonly data: { readonly id: string; readonly parent?: string | undefined } }[]): Record<string, Point> {
  const parents = new Set<string>();
  for (const n of nodes) if (n.data.parent !== undefined) parents.add(n.data.parent);
  const leaves = nodes.filter((n) => !parents.has(n.data.id));
  const columns = Math.max(1, Math.ceil(Math.sqrt(leaves.length)));
  const rows = Math.ceil(leaves.length / columns);
  // (Object.fromEntries defines own properties: an actor called "__proto__" gets its cell too.)
  return Object.fromEntries(
    leaves.map((n, i): [string, Point] => {
      const col = i % columns;
      const row = Math.floor(i / columns);
      return [n.data.id, { x: (col - (columns - 1) / 2) * CELL_WIDTH, y: (row - (rows - 1) / 2) * CELL_HEIGHT }];
    }),
  );
}
