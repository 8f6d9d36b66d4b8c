/**
 * The one door to Cytoscape's renderer, which its public typings do not show (`cy.renderer()`, the
 * canvas renderer of 3.3x). Each module that works around a renderer quirk declares the few members
 * it uses, as optional, and checks them before use; this only hands the renderer over, or nothing
 * for a core without one (headless).
 */
import type { Core } from 'cytoscape';

/** The renderer of `cy`, typed as the caller's view of it (every member to be checked before use). */
export function rendererOf<T extends object>(cy: Core): Partial<T> | undefined {
  const renderer: unknown = (cy as unknown as { renderer?: () => unknown }).renderer?.();
  return typeof renderer === 'object' && renderer !== null ? (renderer as Partial<T>) : undefined;
}
