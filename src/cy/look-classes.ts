/**
 * The one converter from an element's look (src/view/looks.ts, a renderer-independent typed
 * record) to the Cytoscape classes the stylesheet (style.ts) selects on. The adapter calls it when
 * it applies looks and keys its diff on the result; nothing outside src/cy/ knows the class names.
 *
 * Classes: hidden (alone) | faded | context · meta · collapsed · empty-group · by-quad | by-tone |
 * by-status · tone-n2…tone-p2 · agree | disputed | differ | only-a | only-b · opposed ·
 * mark-disputed | mark-contested · mod-recommended | mod-speculated · backdrop.
 */
import type { ElementLook } from '../view/looks';

/** The space-separated classes Cytoscape gives an element with this look. */
export function lookClasses(look: ElementLook): string {
  if (look.hidden) return 'hidden';
  const classes: string[] = [];
  if (look.colourBy) classes.push(`by-${look.colourBy}`);
  if (look.faded) classes.push('faded');
  if (look.context) classes.push('context');
  if (look.meta) classes.push('meta');
  if (look.collapsed) classes.push('collapsed');
  if (look.emptyGroup) classes.push('empty-group');
  if (look.toneBand) classes.push(`tone-${look.toneBand}`);
  if (look.status) classes.push(look.status);
  if (look.opposed) classes.push('opposed');
  if (look.disputed) classes.push('mark-disputed');
  else if (look.contested) classes.push('mark-contested');
  if (look.modality) classes.push(`mod-${look.modality}`);
  if (look.backdrop) classes.push('backdrop');
  return classes.join(' ');
}
