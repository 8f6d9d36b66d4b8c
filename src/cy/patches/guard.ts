/**
 * The one check every Cytoscape patch passes before it touches an internal. The patches in this
 * folder were written against one Cytoscape release (PATCHED_CYTOSCAPE_VERSION, pinned exactly in
 * package.json); on any other release, or when an internal a patch needs is missing or of another
 * type, the patch does nothing and Cytoscape behaves as shipped (correct, only slower, or with
 * group labels under the edges). A patch never half-installs: it checks everything it needs first.
 *
 * Bench and e2e runs can turn patches off by name, to compare pixels or timings with and without
 * one: `globalThis.__cyPatchesOff = ['first-frame']` before the app loads (a page init script).
 */
import cytoscape, { type Core } from 'cytoscape';

/** The Cytoscape release every patch here was written and measured against. */
export const PATCHED_CYTOSCAPE_VERSION = '3.34.4';

export const PATCH_NAMES = [
  'style-speedup',
  'z-order-speedup',
  'pin-backgrounding',
  'layer-prebuild',
  'first-frame',
  'small-graph-drawing',
  'group-labels-on-top',
  'renderer-internals',
  'picture-drawing',
] as const;

export type PatchName = (typeof PATCH_NAMES)[number];

/** The release of the Cytoscape actually loaded (`cytoscape.version`), or undefined if it does not say. */
export function loadedCytoscapeVersion(): string | undefined {
  const version: unknown = (cytoscape as unknown as { version?: unknown }).version;
  return typeof version === 'string' ? version : undefined;
}

/** Whether `name` may touch Cytoscape's internals: the loaded release is the pinned one and the patch is not turned off. */
export function patchAllowed(name: PatchName): boolean {
  if (loadedCytoscapeVersion() !== PATCHED_CYTOSCAPE_VERSION) return false;
  const off: unknown = (globalThis as { __cyPatchesOff?: unknown }).__cyPatchesOff;
  return !(Array.isArray(off) && off.includes(name));
}

type Kind = 'function' | 'boolean' | 'number' | 'object';

/** The members a patch needs from an internal object, each with the type it must have. */
export type Shape<T> = { readonly [K in keyof T]?: Kind };

const hasKind = (value: unknown, kind: Kind): boolean => (kind === 'object' ? typeof value === 'object' && value !== null : typeof value === kind);

/**
 * `target` seen as the internal `T` a patch needs: when the patch is allowed (see patchAllowed)
 * and every member named in `shape` is there with its type; otherwise undefined.
 */
export function internalsOf<T extends object>(name: PatchName, target: unknown, shape: Shape<T>): T | undefined {
  if (!patchAllowed(name)) return undefined;
  if ((typeof target !== 'object' && typeof target !== 'function') || target === null) return undefined;
  for (const [key, kind] of Object.entries(shape) as [string, Kind][]) {
    if (!hasKind((target as Record<string, unknown>)[key], kind)) return undefined;
  }
  return target as T;
}

/** The canvas renderer of `cy` (`cy.renderer()`, absent from the public typings), checked like internalsOf. */
export function rendererInternals<T extends object>(name: PatchName, cy: Core, shape: Shape<T>): T | undefined {
  if (!patchAllowed(name)) return undefined;
  const renderer: unknown = (cy as unknown as { renderer?: () => unknown }).renderer?.();
  return internalsOf(name, renderer, shape);
}
