/**
 * `npx tsx scripts/measure-picture.ts [--layout FILE] [--canvas WxH] [--json]`: the two numbers of
 * src/layout/picture-measure.ts (edge crossings, hidden labels) for the built-in graph as the
 * explorer first draws it (all articles, no filters, positions from graph-data/layout.json or
 * FILE), with and without "Merge parallel relations", at the zoom at which Fit shows the whole
 * graph in the canvas of a 1440 × 900 window (700 × 720 px there: the canvas between the panes,
 * under the perspective banner, read in Chromium through the ?e2e hook; tests/e2e/merged-pairs.test.ts
 * checks it). Issue 16 chose the merge default from these numbers.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadAuthoredFiles } from '../src/model/load';
import { buildGraph, type ActorGraph } from '../src/model/graph';
import { computeVisibility, NO_FILTERS } from '../src/model/filters';
import { buildElements, type ViewElements } from '../src/view/elements';
import { mergeParallel } from '../src/view/merged-pairs';
import { fitZoom, measurePicture, type PictureMeasure } from '../src/layout/picture-measure';
import { DEFAULT_DATA_DIR, readGraphData } from './graph-data-files';

/** The canvas of a 1440 × 900 window (measured in Chromium: the space between the left panel and the detail pane). */
export const DEFAULT_CANVAS = { w: 700, h: 720 };

export interface PictureNumbers {
  readonly zoom: number;
  readonly separate: PictureMeasure;
  readonly merged: PictureMeasure;
}

/** Both measures of one layout of the graph (every relation shown, as on first load). */
export function measureBuiltin(graph: ActorGraph, positions: Record<string, { x: number; y: number }>, canvas = DEFAULT_CANVAS): PictureNumbers {
  const elements = buildElements(graph, { positions });
  const visibility = computeVisibility(graph, { filters: NO_FILTERS });
  const nodes = elements.nodes.map((n) => n.data);
  const zoom = fitZoom(nodes, positions, canvas);
  const measure = (e: ViewElements): PictureMeasure =>
    measurePicture(
      nodes,
      positions,
      e.edges.filter((edge) => edge.data.role !== 'relation' || visibility.drawnRelations.has(edge.data.id)).map((edge) => edge.data),
      { zoom },
    );
  return { zoom, separate: measure(elements), merged: measure(mergeParallel(graph, elements, visibility)) };
}

export function loadBuiltinGraph(dataDir = DEFAULT_DATA_DIR): ActorGraph {
  const result = loadAuthoredFiles(readGraphData(dataDir));
  if (!result.ok) throw new Error(`graph-data/ is invalid (${result.problems.length} problems): npm run data:check`);
  return buildGraph(result.dataset);
}

function main(): void {
  const { values } = parseArgs({ options: { layout: { type: 'string' }, canvas: { type: 'string' }, json: { type: 'boolean' } } });
  const graph = loadBuiltinGraph();
  const file = values.layout ?? join(DEFAULT_DATA_DIR, 'layout.json');
  const { positions } = JSON.parse(readFileSync(file, 'utf8')) as { positions: Record<string, { x: number; y: number }> };
  const [w, h] = (values.canvas ?? `${DEFAULT_CANVAS.w}x${DEFAULT_CANVAS.h}`).split('x').map(Number);
  const numbers = measureBuiltin(graph, positions, { w: w!, h: h! });
  if (values.json) {
    console.log(JSON.stringify(numbers, null, 2));
    return;
  }
  const line = (name: string, m: PictureMeasure): string =>
    `${name.padEnd(10)} edges ${String(m.edges).padStart(4)}  crossings ${String(m.crossings).padStart(5)}  hidden labels ${m.hiddenLabels} of ${m.labelsDrawn}`;
  console.log(`${file} at zoom ${numbers.zoom.toFixed(3)} (canvas ${w}×${h})`);
  console.log(line('separate', numbers.separate));
  console.log(line('merged', numbers.merged));
  console.log(`hidden (separate): ${numbers.separate.hidden.join(', ')}`);
  console.log(`hidden (merged):   ${numbers.merged.hidden.join(', ')}`);
}

if (process.argv[1]?.endsWith('measure-picture.ts')) main();
