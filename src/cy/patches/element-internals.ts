/**
 * Two element-collection methods Cytoscape 3.34 has but does not document or type: `cleanStyle`
 * (compute stale styles now; otherwise each is computed on first use, inside a frame) and
 * `updateCompoundBounds(force)` (bring groups' boxes up to date; Cytoscape leaves them stale inside
 * a batch). The canvas's staging (src/cy/staging.ts) uses them to spread a new graph's styling and
 * measuring over many short tasks. If either disappears, the work happens lazily in the first
 * frame again (one long task on large graphs), and nothing is drawn wrong.
 */
import type { CollectionReturnValue, EdgeCollection, NodeCollection } from 'cytoscape';

type Collection = CollectionReturnValue | NodeCollection | EdgeCollection;

/** Computes the stale styles of these elements now. */
export function cleanStyle(elements: Collection): void {
  (elements as unknown as { cleanStyle?: () => void }).cleanStyle?.();
}

/** Brings these groups' boxes up to date with their members. */
export function updateCompoundBounds(groups: Collection): void {
  (groups as unknown as { updateCompoundBounds?: (force: boolean) => void }).updateCompoundBounds?.(true);
}

/** Whether both internals exist on this Cytoscape (tests check it on the pinned version). */
export function elementInternalsPresent(elements: Collection): boolean {
  const e = elements as unknown as Record<string, unknown>;
  return typeof e.cleanStyle === 'function' && typeof e.updateCompoundBounds === 'function';
}
