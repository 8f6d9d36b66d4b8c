/**
 * The one converter from an element's look (src/view/looks.ts, a renderer-independent typed
 * record) to the Cytoscape classes the stylesheet (style.ts) selects on. The adapter calls it when
 * it applies looks and keys its diff on the result; nothing outside src/cy/ knows the class names.
 *
 * Classes: hidden (alone) | faded | context · meta · collapsed · empty-group · by-quad | by-tone |
 * by-status · tone-n2…tone-p2 · agree | disputed | differ | only-a | only-b · opposed ·
 * mark-disputed | mark-contested · mod-recommended | mod-speculated · backdrop · on-path.
 */
import type { ElementLook } from '../view/looks';

/**
 * The space-separated classes Cytoscape gives an element with this look. String concatenation,
 * not an array joined: the adapter calls this for every element on every switch.
 */
export function lookClasses(look: ElementLook): string {
  if (look.hidden) return 'hidden';
  let c = '';
  if (look.colourBy !== undefined) c += ` by-${look.colourBy}`;
  if (look.faded) c += ' faded';
  if (look.context) c += ' context';
  if (look.meta) c += ' meta';
  if (look.collapsed) c += ' collapsed';
  if (look.emptyGroup) c += ' empty-group';
  if (look.toneBand !== undefined) c += ` tone-${look.toneBand}`;
  if (look.status !== undefined) c += ` ${look.status}`;
  if (look.opposed) c += ' opposed';
  if (look.disputed) c += ' mark-disputed';
  else if (look.contested) c += ' mark-contested';
  if (look.modality !== undefined) c += ` mod-${look.modality}`;
  if (look.backdrop) c += ' backdrop';
  if (look.onPath) c += ' on-path';
  return c.length > 0 ? c.slice(1) : c;
}
