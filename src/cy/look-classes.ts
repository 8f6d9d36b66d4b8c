/**
 * The one converter from an element's look (src/view/looks.ts, renderer-independent) to the
 * Cytoscape classes the stylesheet (style.ts) selects on. The adapter calls it when it applies
 * looks; nothing outside src/cy/ needs to know the class names.
 */
import type { ElementLook } from '../view/looks';

/** The space-separated classes Cytoscape gives an element with this look. */
export function lookClasses(look: ElementLook): string {
  return look.classes;
}
