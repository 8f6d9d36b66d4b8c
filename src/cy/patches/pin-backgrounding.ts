/**
 * Stops Cytoscape (3.34) from restyling every group and its members on every frame. Drawing a
 * node records whether its background images are still loading (the `:backgrounding` state) by
 * counting the images drawn inside the node and over it; for a node without images the two counts
 * disagree, so each draw flips that state twice, and each flip restyles the node, its members and
 * its groups. Nodes drawn from a texture cache are drawn once, but groups are drawn directly on
 * every frame: counted after an import, 82 restyle calls and 189 style applications per frame at
 * 1,000 elements, 396 and 986 at 5,000 (most of a frame there), besides the restyle of every node
 * the first time it is drawn.
 *
 * The stylesheet has no background images and no `:backgrounding` selector, so each node's state
 * is pinned to "not loading" (the element's internal `_private.backgrounding`; on another release,
 * the shared guard in guard.ts, or if it is missing, nothing is pinned and frames stay slower).
 * Images, if ever used, would still be drawn; only a `:backgrounding` selector would no longer match.
 */
import type { NodeCollection } from 'cytoscape';
import { internalsOf, patchAllowed } from './guard';

const notLoading: PropertyDescriptor = { get: () => false, set: () => undefined, configurable: true, enumerable: true };

/** Pins these nodes' `:backgrounding` state to false (see above). */
export function pinBackgrounding(nodes: NodeCollection): void {
  if (!patchAllowed('pin-backgrounding')) return;
  nodes.forEach((node) => {
    const element = internalsOf<{ _private: object }>('pin-backgrounding', node, { _private: 'object' });
    const internals = internalsOf<{ backgrounding: boolean }>('pin-backgrounding', element?._private, { backgrounding: 'boolean' });
    if (internals) Object.defineProperty(internals, 'backgrounding', notLoading);
  });
}
