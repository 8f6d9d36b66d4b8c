/**
 * The one place that registers cytoscape-fcose, lazily: the first picture uses precomputed
 * positions, so the layout code (fcose, cose-base, layout-base: ~70 KB gzip) is fetched only
 * when a layout must run (Re-run layout, an imported graph without positions, the headless script).
 */
import cytoscape from 'cytoscape';

let registered: Promise<void> | undefined;

export function loadFcose(): Promise<void> {
  registered ??= import('cytoscape-fcose').then((module) => {
    cytoscape.use(module.default);
  });
  return registered;
}
