/**
 * The palette's colours and sizes for the data exports (JSON, GEXF): actor kinds' colours and
 * radii, QuadClass colours, so a file opened in Gephi or Gephi Lite looks like the explorer.
 * Used by the page (export-wiring.ts) and `npm run data:export`.
 */
import type { ExportLooks } from '../model/export-looks';
import { KIND_LOOKS, QUAD_COLOURS } from '../view/palette';

export const PALETTE_LOOKS: ExportLooks = {
  nodeColor: (kind) => KIND_LOOKS[kind].colour,
  nodeSize: (kind) => KIND_LOOKS[kind].size / 2,
  edgeColor: (quadClass) => QUAD_COLOURS[quadClass],
};
