/**
 * Cytoscape (3.34) keeps every element sorted in drawing order, and sorts them all again whenever
 * an element's display, visibility, opacity (to or from zero) or label (to or from empty) changes:
 * on every perspective switch, filter and first frame. Its comparator works out each element's
 * compound depth on every comparison, building a collection of the node's ancestors each time, so
 * one sort builds O(n log n) collections: about 4 ms of a switch on the built-in graph and 40 ms at
 * 5,000 elements, most of it garbage.
 *
 * `zSortedElements` computes each element's sort keys once and sorts by them. The keys are
 * Cytoscape's own (compound depth, nodes above edges, z-index, then the order added), so the order
 * is the same: tests/unit/z-order-speedup.test.ts checks it against Cytoscape's `sortByZIndex`.
 * `sortDrawingOrderOnce` puts it in place of the renderer's sort on one core; on another release
 * (the shared guard, guard.ts), or if an internal is missing, it leaves the renderer as it is
 * (only slower).
 */
import type { Collection, Core, SingularElementArgument } from 'cytoscape';
import { internalsOf, rendererInternals } from './guard';

interface StyledElement {
  pstyle(name: string): { value: unknown };
  poolIndex(): number;
}

/** Cytoscape's "on top of everything" depth (MAX_SAFE_INTEGER); childless nodes sit one below it. */
const TOP = Number.MAX_SAFE_INTEGER;

interface SortKeys {
  readonly element: SingularElementArgument;
  readonly depth: number;
  readonly nodeAboveEdge: number;
  readonly zIndex: number;
  readonly added: number;
}

/** A function that computes one element's sort keys (compound depths remembered between calls). */
function sortKeyer(hasCompoundNodes: boolean): (element: SingularElementArgument) => SortKeys {
  // A node's compound depth: childless nodes always on top, groups by how deeply they are nested.
  const nodeDepth = new Map<string, number>();
  const depthOfNode = (node: SingularElementArgument): number => {
    const id = node.id();
    let depth = nodeDepth.get(id);
    if (depth === undefined) {
      depth = !node.isNode() || !node.isParent() ? TOP - 1 : node.data('parent') ? node.parents().length : 0;
      nodeDepth.set(id, depth);
    }
    return depth;
  };
  const compoundDepth = (element: SingularElementArgument): number => {
    const style = (element as unknown as StyledElement).pstyle('z-compound-depth').value;
    if (style === 'bottom') return -1;
    if (style === 'top') return TOP;
    if (style !== 'auto' || !hasCompoundNodes) return 0;
    if (element.isNode()) return depthOfNode(element);
    return Math.max(depthOfNode(element.source()), depthOfNode(element.target()), 0);
  };
  return (element) => {
    const styled = element as unknown as StyledElement;
    return {
      element,
      depth: compoundDepth(element),
      nodeAboveEdge: styled.pstyle('z-index-compare').value === 'auto' && element.isNode() ? 1 : 0,
      zIndex: Number(styled.pstyle('z-index').value),
      added: styled.poolIndex(),
    };
  };
}

const byKeys = (a: SortKeys, b: SortKeys): number => a.depth - b.depth || a.nodeAboveEdge - b.nodeAboveEdge || a.zIndex - b.zIndex || a.added - b.added;

/** The elements in Cytoscape's drawing order (what `collection.sortByZIndex()` gives), keys computed once per element. */
export function zSortedElements(elements: Collection, hasCompoundNodes: boolean): SingularElementArgument[] {
  const keyOf = sortKeyer(hasCompoundNodes);
  const keyed: SortKeys[] = [];
  elements.forEach((element) => {
    keyed.push(keyOf(element));
  });
  keyed.sort(byKeys);
  return keyed.map((k) => k.element);
}

/** Core methods Cytoscape has but its typings leave out. */
interface CoreInternals {
  hasCompoundNodes(): boolean;
  mutableElements(): Collection;
}

interface RendererInternals {
  cachedZSortedEles?: SingularElementArgument[] & { interactive?: SingularElementArgument[] };
  getCachedZSortedEles(forceRecalc?: boolean): unknown;
  updateCachedGrabbedEles(): void;
}

/** How many elements' keys are computed between two looks at the clock. */
export const KEY_SLICE = 500;

export interface DrawingOrderBuild {
  /** Computes sort keys for up to `budgetMs`; true once the order is sorted and handed to the renderer. */
  step(budgetMs: number): boolean;
}

/**
 * The renderer's drawing order for a new graph, made ahead of its first frame a slice per task
 * (staging.ts, while drawing is held): the keys of a slice of elements per step, then the sort and
 * the renderer's cache set as its own `getCachedZSortedEles` sets it. At 60,000 elements the sort
 * in one piece was one task of a quarter of a second or more. Undefined (the renderer sorts in its
 * first frame, as before) when the patch is off or an internal is missing.
 */
export function prepareDrawingOrder(cy: Core): DrawingOrderBuild | undefined {
  const renderer = rendererInternals<RendererInternals>('z-order-speedup', cy, { getCachedZSortedEles: 'function', updateCachedGrabbedEles: 'function' });
  const core = internalsOf<CoreInternals>('z-order-speedup', cy, { mutableElements: 'function', hasCompoundNodes: 'function' });
  if (!renderer || !core) return undefined;
  const elements = core.mutableElements.call(cy);
  const keyOf = sortKeyer(core.hasCompoundNodes.call(cy));
  const keyed: SortKeys[] = [];
  let sorted: RendererInternals['cachedZSortedEles'] | undefined;
  // Which elements take gestures (each asks its groups): also a slice at a time.
  const interactive: SingularElementArgument[] = [];
  let checked = 0;
  return {
    step(budgetMs) {
      const started = performance.now();
      const inBudget = (): boolean => performance.now() - started < budgetMs;
      const keyedBefore = keyed.length;
      // (At least one slice per step, then as many as the budget allows.)
      while (keyed.length < elements.length) {
        const end = Math.min(elements.length, keyed.length + KEY_SLICE);
        for (let i = keyed.length; i < end; i++) keyed.push(keyOf(elements[i]!));
        if (!inBudget() && keyed.length < elements.length) return false;
      }
      if (!sorted) {
        // (The sort in a step of its own, unless this one has time left.)
        if (keyedBefore < keyed.length && !inBudget()) return false;
        keyed.sort(byKeys);
        sorted = keyed.map((k) => k.element);
        return false;
      }
      while (checked < sorted.length) {
        const end = Math.min(sorted.length, checked + KEY_SLICE);
        for (; checked < end; checked++) if ((sorted[checked] as unknown as { interactive(): boolean }).interactive()) interactive.push(sorted[checked]!);
        if (!inBudget() && checked < sorted.length) return false;
      }
      sorted.interactive = interactive;
      renderer.cachedZSortedEles = sorted;
      renderer.updateCachedGrabbedEles();
      return true;
    },
  };
}

/** Has this core's renderer sort its elements with `zSortedElements`; false if its internals are not there. */
export function sortDrawingOrderOnce(cy: Core): boolean {
  const renderer = rendererInternals<RendererInternals>('z-order-speedup', cy, { getCachedZSortedEles: 'function', updateCachedGrabbedEles: 'function' });
  const core = internalsOf<CoreInternals>('z-order-speedup', cy, { mutableElements: 'function', hasCompoundNodes: 'function' });
  if (!renderer || !core) return false;
  const mutable = core.mutableElements;
  const hasCompoundNodes = core.hasCompoundNodes;
  renderer.getCachedZSortedEles = function getCachedZSortedEles(this: RendererInternals, forceRecalc?: boolean) {
    if (!forceRecalc && this.cachedZSortedEles) return this.cachedZSortedEles;
    // (the same steps as Cytoscape's own, with the sort above)
    const sorted: RendererInternals['cachedZSortedEles'] = zSortedElements(mutable.call(cy), hasCompoundNodes.call(cy));
    sorted.interactive = sorted.filter((element) => (element as unknown as { interactive(): boolean }).interactive());
    this.cachedZSortedEles = sorted;
    this.updateCachedGrabbedEles();
    return sorted;
  };
  return true;
}
