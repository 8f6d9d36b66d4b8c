/**
 * Cytoscape's viewport shortcuts for large graphs, which its public API does not expose: while the
 * user pans or zooms, the renderer moves a snapshot of the picture (`textureOnViewport`) and leaves
 * edges out (`hideEdgesOnViewport`) instead of redrawing thousands of elements per frame. They are
 * core options at creation only; the canvas turns them on and off per graph on the renderer itself.
 * Degrades to the full drawing while moving (slower on large graphs, never wrong) if the renderer
 * or its fields are gone.
 */
import type { Core } from 'cytoscape';
import { rendererOf } from './renderer-internals';

/** Turns the viewport shortcuts on (large graphs) or off (small ones). False when the renderer has no such fields. */
export function setViewportShortcuts(cy: Core, on: boolean): boolean {
  const renderer = rendererOf<{ textureOnViewport: boolean; hideEdgesOnViewport: boolean }>(cy);
  if (!renderer || !('textureOnViewport' in renderer) || !('hideEdgesOnViewport' in renderer)) return false;
  renderer.textureOnViewport = on;
  renderer.hideEdgesOnViewport = on;
  return true;
}
