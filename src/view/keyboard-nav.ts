/**
 * Keyboard on the canvas (issue 17), as pure functions: which key does what, and which actor is
 * "the nearest in that direction" from the focused one. The canvas (src/cy/keyboard.ts) supplies
 * positions and neighbours; GraphCanvas.svelte turns the actions into state calls. Kept here, out
 * of Cytoscape and the DOM, so the geometry and the key map are tested in Node.
 */

export type Direction = 'up' | 'down' | 'left' | 'right';

export interface Placed {
  readonly id: string;
  readonly x: number;
  readonly y: number;
}

/** What a key on the focused canvas asks for. */
export type KeyAction =
  | { readonly kind: 'move'; readonly direction: Direction }
  | { readonly kind: 'select'; readonly additive: boolean }
  | { readonly kind: 'clear' }
  | { readonly kind: 'zoom'; readonly factor: number }
  | { readonly kind: 'fit' }
  | { readonly kind: 'cycle-relation'; readonly step: 1 | -1 }
  | { readonly kind: 'toggle-group' }
  | { readonly kind: 'first' }
  /** F and T: the focused actor becomes the Path tool's start (From) or end (To). */
  | { readonly kind: 'path-end'; readonly end: 'from' | 'to' };

/** The keys, for the canvas's description and the help line (one source for both). */
export const KEY_HELP =
  'Arrow keys: move to the nearest actor in that direction. ] and [: step through the focused actor’s relations. ' +
  'Enter: select and open the details; Shift+Enter: add to the selection. Space: collapse or expand a group. ' +
  'Escape: clear. + and −: zoom; 0: fit. F and T: make the focused actor the start (From) or the end (To) of a path.';

const ARROWS: Readonly<Record<string, Direction>> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' };

/** The action for a key (with its modifiers), or null when the canvas leaves the key alone. */
export function keyAction(
  key: string,
  mods: { readonly shift?: boolean; readonly ctrl?: boolean; readonly alt?: boolean; readonly meta?: boolean } = {},
): KeyAction | null {
  if (mods.ctrl || mods.alt || mods.meta) return null;
  const direction = ARROWS[key];
  if (direction) return { kind: 'move', direction };
  switch (key) {
    case 'Enter':
      return { kind: 'select', additive: Boolean(mods.shift) };
    case 'Escape':
      return { kind: 'clear' };
    case '+':
    case '=':
      return { kind: 'zoom', factor: 1.25 };
    case '-':
    case '_':
      return { kind: 'zoom', factor: 0.8 };
    case '0':
      return { kind: 'fit' };
    case ']':
      return { kind: 'cycle-relation', step: 1 };
    case '[':
      return { kind: 'cycle-relation', step: -1 };
    case ' ':
      return { kind: 'toggle-group' };
    case 'Home':
      return { kind: 'first' };
    case 'f':
    case 'F':
      return { kind: 'path-end', end: 'from' };
    case 't':
    case 'T':
      return { kind: 'path-end', end: 'to' };
    default:
      return null;
  }
}

/** How far along the direction (ahead) and how far off its line (aside) a point is from the origin. */
function along(from: Placed, to: Placed, direction: Direction): { ahead: number; aside: number } {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  switch (direction) {
    case 'right':
      return { ahead: dx, aside: Math.abs(dy) };
    case 'left':
      return { ahead: -dx, aside: Math.abs(dy) };
    case 'down':
      return { ahead: dy, aside: Math.abs(dx) };
    case 'up':
      return { ahead: -dy, aside: Math.abs(dx) };
  }
}

/**
 * The candidate nearest to `from` in a direction (screen coordinates: y grows downwards), or
 * undefined when none lies that way. Candidates inside the 45° cone around the direction win over
 * those merely on that side; among them the score is the distance ahead plus twice the distance
 * aside, so a point straight ahead beats a closer one far off the line.
 */
export function nearestInDirection(from: Placed, candidates: readonly Placed[], direction: Direction): string | undefined {
  let best: { id: string; cone: boolean; score: number } | undefined;
  for (const c of candidates) {
    if (c.id === from.id) continue;
    const { ahead, aside } = along(from, c, direction);
    if (ahead <= 0) continue;
    const cone = aside <= ahead;
    const score = ahead + 2 * aside;
    if (!best || (cone && !best.cone) || (cone === best.cone && score < best.score)) best = { id: c.id, cone, score };
  }
  return best?.id;
}

/**
 * Where an arrow key goes: the nearest neighbour (an actor related to the focused one) in that
 * direction, and when no neighbour lies that way, the nearest of all actors shown.
 */
export function nextFocus(from: Placed, neighbours: readonly Placed[], all: readonly Placed[], direction: Direction): string | undefined {
  return nearestInDirection(from, neighbours, direction) ?? nearestInDirection(from, all, direction);
}

/** The actor to focus first: the one nearest the middle of the view (a stable tie: the smaller id). */
export function firstFocus(all: readonly Placed[], centre: { readonly x: number; readonly y: number }): string | undefined {
  let best: Placed | undefined;
  let bestDistance = Infinity;
  for (const p of all) {
    const d = Math.hypot(p.x - centre.x, p.y - centre.y);
    if (d < bestDistance || (d === bestDistance && best !== undefined && p.id < best.id)) {
      best = p;
      bestDistance = d;
    }
  }
  return best?.id;
}

/** The next relation in a cycle through an actor's relations (from none: the first or the last). */
export function cycle(ids: readonly string[], current: string | undefined, step: 1 | -1): string | undefined {
  if (ids.length === 0) return undefined;
  const at = current === undefined ? -1 : ids.indexOf(current);
  if (at < 0) return step === 1 ? ids[0] : ids[ids.length - 1];
  return ids[(at + step + ids.length) % ids.length];
}
