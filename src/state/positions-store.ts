/**
 * Positions a user dragged, kept across reloads in localStorage and keyed by the dataset's
 * identity (a hash of its actor and relation ids), so a changed dataset starts from its own
 * shipped layout instead of a stale one. Storage failures (private mode, quota) are ignored:
 * keeping a layout is a convenience, never a reason to break the page.
 */
import type { ActorGraph } from '../model/graph';
import type { Positions } from '../model/interchange';

const PREFIX = 'belarus-thaw-graph:positions:';

/** FNV-1a over the sorted node and edge keys, in base 36. */
export function datasetKey(graph: ActorGraph): string {
  const text = [...graph.nodes()].sort().join(',') + '|' + [...graph.edges()].sort().join(',');
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${graph.order}-${graph.size}-${hash.toString(36)}`;
}

function isPositions(value: unknown): value is Positions {
  if (typeof value !== 'object' || value === null) return false;
  return Object.values(value).every(
    (p: unknown) => typeof p === 'object' && p !== null && Number.isFinite((p as { x: unknown }).x) && Number.isFinite((p as { y: unknown }).y),
  );
}

export function loadStoredPositions(storage: Storage | undefined, key: string): Positions | undefined {
  try {
    const text = storage?.getItem(PREFIX + key);
    if (!text) return undefined;
    const parsed: unknown = JSON.parse(text);
    return isPositions(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

export function storePositions(storage: Storage | undefined, key: string, positions: Positions): void {
  try {
    storage?.setItem(PREFIX + key, JSON.stringify(positions));
  } catch {
    // ignore: see the header
  }
}

export function clearStoredPositions(storage: Storage | undefined, key: string): void {
  try {
    storage?.removeItem(PREFIX + key);
  } catch {
    // ignore
  }
}
