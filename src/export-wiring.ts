/**
 * Glue between the explorer state, the live canvas and the export pieces (caption, PNG, SVG,
 * JSON, GEXF, CSV, file names). Loaded lazily with the export panel, so none of it (nor the GEXF
 * writer's XML library, nor papaparse) weighs on the first picture.
 */
import type { CanvasChannel } from './cy/canvas';
import { CONTESTED_MARK, DISPUTED_MARK, KIND_LABELS, KIND_LOOKS, OPPOSED_COLOUR, QUAD_COLOURS, STATUS_LOOKS, STATUS_ORDER, TONE_BANDS } from './view/palette';
import type { ElementLook } from './view/looks';
import {
  buildCaption,
  type CaptionData,
  type CaptionPalette,
  type EdgeColouring,
  type EdgeMarking,
  type PngExportRequest,
  type PngExportResult,
} from './export/caption';
import type { SvgExportRequest, SvgExportResult } from './export/svg-draw';
import { PALETTE_LOOKS } from './export/data-looks';
import { exportFileName, perspectiveSlug } from './model/export-naming';
import { graphToGexf } from './model/gexf';
import { csvFileNames, graphToCsv } from './model/csv-export';
import type { Perspective } from './model/perspective';
import { exportGraph } from './model/serialization';
import { buildSubgraph } from './model/subgraph';
import type { Explorer } from './state/explorer.svelte';

const PALETTE: CaptionPalette = {
  kind: (k) => KIND_LOOKS[k].colour,
  kindIcon: (k) => KIND_LOOKS[k].icon,
  kindLabel: (k) => KIND_LABELS[k],
  quadClass: (q) => QUAD_COLOURS[q],
};

/** The perspective as the caption names it. */
export function perspectiveLine(p: Perspective, sourceLabel: (id: string) => string): string {
  if (p.mode === 'all') return 'All articles';
  if (p.mode === 'one') return `As one article tells it: ${sourceLabel(p.source)}`;
  return `${sourceLabel(p.a)} compared with ${sourceLabel(p.b)}`;
}

/** The articles a perspective shows claims from; undefined for all of them. */
function shownSources(p: Perspective): ReadonlySet<string> | undefined {
  return p.mode === 'all' ? undefined : p.mode === 'one' ? new Set([p.source]) : new Set([p.a, p.b]);
}

/** The look the canvas gives an edge (view/looks.ts); undefined for one it does not draw. */
const drawnLook = (looks: ReadonlyMap<string, ElementLook>, id: string): ElementLook | undefined => {
  const look = looks.get(id);
  return look && !look.hidden ? look : undefined;
};

/**
 * How the canvas colours edges in this perspective, for the picture's legend, read from the very
 * looks the canvas draws (view/looks.ts: `colourBy`, `toneBand`, `status`, `opposed`) and coloured
 * as palette.ts colours them: by the article's tone in a one-article perspective (a relation the
 * article opposes in the disagreement colour), by how the two articles compare in a comparison;
 * undefined in "all articles", where the QuadClass colours apply.
 */
export function edgeColouring(
  perspective: Perspective,
  looks: ReadonlyMap<string, ElementLook>,
  sourceLabel: (id: string) => string,
): EdgeColouring | undefined {
  const p = perspective;
  if (p.mode === 'one') {
    return {
      title: 'Edge colour — the article’s tone',
      colours: [
        ...TONE_BANDS.map((band) => ({ id: band.id, label: band.label, color: band.colour })),
        { id: 'opposed', label: 'the article opposes it', color: OPPOSED_COLOUR },
      ],
      colourOf: (edge) => {
        const look = drawnLook(looks, edge);
        return look?.colourBy !== 'tone' ? undefined : look.opposed ? 'opposed' : look.toneBand;
      },
    };
  }
  if (p.mode === 'compare') {
    const label = (status: (typeof STATUS_ORDER)[number]): string =>
      status === 'only-a' ? `Only ${sourceLabel(p.a)}` : status === 'only-b' ? `Only ${sourceLabel(p.b)}` : STATUS_LOOKS[status].label;
    return {
      title: 'Edge colour — how the two articles compare',
      colours: STATUS_ORDER.map((status) => ({ id: status, label: label(status), color: STATUS_LOOKS[status].colour })),
      colourOf: (edge) => {
        const look = drawnLook(looks, edge);
        return look?.colourBy === 'status' ? look.status : undefined;
      },
    };
  }
  return undefined;
}

/** The grey the legend draws line-style samples in (the line's colour is the colour legend's business). */
const SAMPLE_INK = '#555555';

/**
 * The marks the canvas draws on edges besides colour, read from the very looks it draws
 * (view/looks.ts: disputed, contested, opposed, modality), and what width means: the weight of a
 * relation in "all articles" (how many articles state it); a one-article or comparison
 * perspective draws every edge alike wide.
 */
export function edgeMarking(perspective: Perspective, looks: ReadonlyMap<string, ElementLook>): EdgeMarking {
  return {
    marks: [
      { id: 'disputed', label: 'disagree: one article supports it, another opposes it', glyph: 'diamond', color: DISPUTED_MARK },
      { id: 'contested', label: 'the articles differ in tone or certainty', glyph: 'diamond', color: CONTESTED_MARK },
      {
        id: 'opposed',
        label: perspective.mode === 'one' ? 'the article opposes it' : 'opposed, asserted by no article shown',
        glyph: 'bar',
        color: OPPOSED_COLOUR,
      },
      { id: 'mod-recommended', label: 'only recommended, never reported as fact', glyph: 'dashed', color: SAMPLE_INK },
      { id: 'mod-speculated', label: 'only speculated', glyph: 'dotted', color: SAMPLE_INK },
    ],
    marksOf: (edge) => {
      const look = drawnLook(looks, edge);
      if (!look) return [];
      const marks: string[] = [];
      // One mark in the middle of an edge: the bar of an opposed relation takes the place of a diamond.
      if (look.opposed) marks.push('opposed');
      else if (look.disputed) marks.push('disputed');
      else if (look.contested) marks.push('contested');
      if (look.modality) marks.push(`mod-${look.modality}`);
      return marks;
    },
    // ("stronger", not "darker": the same caption goes under a light or a dark picture)
    ...(perspective.mode === 'all' ? { widthNote: 'Thicker, stronger edges are stated by more articles.' } : {}),
  };
}

/** The data formats the Export panel offers besides the pictures. */
export type DataFormat = 'json' | 'gexf' | 'csv';

/** One file to download: its text, name and media type. */
export interface ExportedFile {
  readonly text: string;
  readonly filename: string;
  readonly mime: string;
}

export interface ExportPanelProps {
  describeChoice: () => { nodeIds: readonly string[]; edgeIds: readonly string[]; summary: string };
  buildCaption: (nodeIds: string[], edgeIds: string[]) => CaptionData;
  renderPng: (request: PngExportRequest) => Promise<PngExportResult>;
  renderSvg: (request: SvgExportRequest) => Promise<SvgExportResult>;
  /** The chosen subgraph as files: one for JSON and GEXF, two (nodes, edges) for CSV. */
  exportData: (nodeIds: string[], format: DataFormat, edgeIds: string[]) => readonly ExportedFile[];
}

/** The export's file name with another extension (export-naming.ts names png, json and gexf only). */
const fileNameStem = (explorer: Explorer): string => exportFileName(perspectiveSlug(explorer.perspective), new Date(), 'json').replace(/\.json$/, '');

/** The chosen subgraph's files in `format`, with the on-screen positions (y up in JSON and GEXF) and the palette's colours and sizes. */
function dataFiles(explorer: Explorer, nodeIds: string[], format: DataFormat, edgeIds: string[]): ExportedFile[] {
  const sub = buildSubgraph(explorer.graph, nodeIds, edgeIds);
  const { positions } = explorer.chosenSubgraph();
  const stem = fileNameStem(explorer);
  if (format === 'json') {
    return [{ text: `${JSON.stringify(exportGraph(sub, positions, PALETTE_LOOKS), null, 2)}\n`, filename: `${stem}.json`, mime: 'application/json' }];
  }
  if (format === 'gexf') return [{ text: graphToGexf(sub, { positions, looks: PALETTE_LOOKS }), filename: `${stem}.gexf`, mime: 'application/gexf+xml' }];
  const tables = graphToCsv(sub);
  const names = csvFileNames(stem);
  return [
    { text: tables.nodes, filename: names.nodes, mime: 'text/csv' },
    { text: tables.edges, filename: names.edges, mime: 'text/csv' },
  ];
}

export function exportPanelProps(explorer: Explorer, canvas: () => CanvasChannel | undefined): ExportPanelProps {
  const notDrawn = (): Promise<never> => Promise.reject(new Error('the graph is not drawn yet'));
  return {
    describeChoice: () => explorer.chosenSubgraph(),
    buildCaption: (nodeIds, edgeIds) =>
      buildCaption(explorer.graph, nodeIds, edgeIds, {
        title: explorer.title,
        perspective: perspectiveLine(explorer.perspective, (id) => explorer.sourceLabel(id)),
        exportedAt: new Date(),
        palette: PALETTE,
        shownSources: shownSources(explorer.perspective),
        edgeColouring: edgeColouring(explorer.perspective, explorer.looks, (id) => explorer.sourceLabel(id)),
        edgeMarking: edgeMarking(explorer.perspective, explorer.looks),
      }),
    renderPng: (request) => canvas()?.exportPng(request) ?? notDrawn(),
    renderSvg: (request) => canvas()?.exportSvg(request) ?? notDrawn(),
    exportData: (nodeIds, format, edgeIds) => dataFiles(explorer, nodeIds, format, edgeIds),
  };
}
