// cytoscape-svg ships no types: an extension for cytoscape.use() that adds `cy.svg(options)`,
// Cytoscape's own canvas drawing replayed into an SVG document (through canvas2svg).
declare module 'cytoscape-svg' {
  import type { Ext } from 'cytoscape';
  const svg: Ext;
  export default svg;
}

declare namespace cytoscape {
  interface SvgExportOptions {
    /** The whole graph (true) or the current view (false, the default). */
    full?: boolean;
    scale?: number;
    /** A background colour; transparent when absent. */
    bg?: string;
  }
  interface Core {
    /** Added by cytoscape-svg once registered (src/cy/svg.ts). */
    svg(options?: SvgExportOptions): string;
  }
}
