/**
 * Which reader takes an imported file: by its extension, else by its first character. GEXF and CSV
 * go to their readers; JSON goes to interchange.ts (ours: sources and claims, every check of
 * data:check) unless it is another tool's graphology JSON (no sources, no claims), which is read as
 * an unsourced graph. Two CSV files chosen together are a nodes table and an edges table, told
 * apart by their columns. Also reads only the positions of a GEXF or JSON ("Apply layout from file").
 */
import { importGraphFile } from '../interchange';
import { parseJsonFile } from '../load';
import type { Problem } from '../problems';
import { exportGraph, type Positions, type SerializedGraph } from '../serialization';
import { readCsv, isEdgesTable, type CsvFile } from './csv-read';
import { buildForeignGraph, type ForeignGraph } from './foreign-graph';
import { isForeignGraphology, readForeignJson } from './foreign-json';
import { readGexf } from './gexf-read';
import { foreignBoundProblems } from './foreign-bounds';
import { boundProblems, inRange } from '../bounds';

export type ImportFormat = 'graphology' | 'authored' | 'gexf' | 'csv' | 'foreign-json';

export interface NamedText {
  readonly name: string;
  readonly text: string;
}

export type FormatOutcome =
  | { readonly ok: true; readonly serialized: SerializedGraph; readonly format: ImportFormat; readonly notices: readonly string[] }
  | { readonly ok: false; readonly problems: readonly Problem[] };

type Kind = 'gexf' | 'csv' | 'json';

export function kindOf(file: NamedText): Kind {
  const ext = /\.([a-z0-9]+)$/i.exec(file.name)?.[1]?.toLowerCase();
  if (ext === 'gexf') return 'gexf';
  if (ext === 'csv' || ext === 'tsv' || ext === 'txt') return 'csv';
  if (ext === 'json') return 'json';
  const start = file.text.trimStart()[0];
  return start === '<' ? 'gexf' : start === '{' || start === '[' ? 'json' : 'csv';
}

const withoutBom = (text: string): string => (text.startsWith('\uFEFF') ? text.slice(1) : text);
const one = (file: string, message: string): { readonly ok: false; readonly problems: readonly Problem[] } => ({
  ok: false,
  problems: boundProblems([{ name: 'SchemaError', file, item: '', field: '', message }]),
});
/** A refusal as the readers return it: each problem's quoted values cut, the list capped (bounds.ts). */
const refused = (problems: readonly Problem[]): { readonly ok: false; readonly problems: readonly Problem[] } => ({
  ok: false,
  problems: boundProblems(problems),
});

function foreign(read: { ok: true; graph: ForeignGraph } | { ok: false; problems: readonly Problem[] }, format: ImportFormat): FormatOutcome {
  if (!read.ok) return refused(read.problems);
  const outside = foreignBoundProblems(read.graph);
  if (outside.length > 0) return refused(outside);
  const { serialized, notices } = buildForeignGraph(read.graph);
  return { ok: true, serialized, format, notices };
}

function readJson(file: NamedText): FormatOutcome {
  const problems: Problem[] = [];
  const parsed = parseJsonFile({ path: file.name, text: withoutBom(file.text) }, problems);
  if (parsed === undefined) return refused(problems);
  if (isForeignGraphology(parsed)) return foreign(readForeignJson(file.name, parsed as Record<string, unknown>), 'foreign-json');
  const result = importGraphFile({ path: file.name, text: withoutBom(file.text) });
  if (!result.ok) return { ok: false, problems: result.problems };
  const { graph, positions, format, notices } = result.imported;
  return { ok: true, serialized: exportGraph(graph, positions), format, notices };
}

function readCsvPair(files: readonly NamedText[]): FormatOutcome {
  const [a, b] = files as [CsvFile, CsvFile];
  const aEdges = isEdgesTable(a.text);
  const bEdges = isEdgesTable(b.text);
  if (aEdges === bEdges) {
    const message = aEdges
      ? `both “${a.name}” and “${b.name}” are edges tables (Source and Target columns): choose one nodes table and one edges table`
      : `neither “${a.name}” nor “${b.name}” has Source and Target (or From and To) columns: one of the two must be the edges table`;
    return one(`${a.name} + ${b.name}`, message);
  }
  return foreign(aEdges ? readCsv(a, b) : readCsv(b, a), 'csv');
}

/** Reads one file, or a nodes and an edges CSV chosen together; never throws on bad input. */
export function readImportFiles(files: readonly NamedText[]): FormatOutcome {
  const first = files[0];
  if (!first) return one('', 'no file was chosen');
  const kinds = files.map(kindOf);
  if (files.length > 2 || (files.length === 2 && kinds.some((k) => k !== 'csv'))) {
    return one(files.map((f) => f.name).join(' + '), 'choose one file, or two CSV files together (a nodes table and an edges table)');
  }
  if (files.length === 2) return readCsvPair(files);
  if (kinds[0] === 'gexf') return foreign(readGexf(first.name, withoutBom(first.text)), 'gexf');
  if (kinds[0] === 'csv') return foreign(readCsv(first), 'csv');
  return readJson(first);
}

export type LayoutOutcome = { readonly ok: true; readonly positions: Positions } | { readonly ok: false; readonly problems: readonly Problem[] };

/** Positions of every node that has both coordinates, y turned downwards for the canvas. */
function foreignPositions(graph: ForeignGraph): Positions {
  const entries: [string, { x: number; y: number }][] = [];
  for (const n of graph.nodes) {
    if (inRange(n.x) && inRange(n.y)) {
      entries.push([n.id, { x: n.x, y: graph.yUp && n.y !== 0 ? -n.y : n.y }]);
    }
  }
  return Object.fromEntries(entries);
}

/** Reads only the positions of a GEXF or graphology JSON file (ours or another tool's); never throws. */
export function readLayoutFile(file: NamedText): LayoutOutcome {
  const kind = kindOf(file);
  const text = withoutBom(file.text);
  let positions: Positions;
  if (kind === 'gexf') {
    const read = readGexf(file.name, text);
    if (!read.ok) return refused(read.problems);
    positions = foreignPositions(read.graph);
  } else if (kind === 'json') {
    const problems: Problem[] = [];
    const parsed = parseJsonFile({ path: file.name, text }, problems);
    if (parsed === undefined) return refused(problems);
    if (isForeignGraphology(parsed)) {
      const read = readForeignJson(file.name, parsed as Record<string, unknown>);
      if (!read.ok) return refused(read.problems);
      positions = foreignPositions(read.graph);
    } else {
      const result = importGraphFile({ path: file.name, text });
      if (!result.ok) return { ok: false, problems: result.problems };
      // Positions beyond ±1e6 were dropped (bounds.ts): say that, not "no positions".
      const dropped = result.imported.positions === undefined ? result.imported.notices.find((n) => n.includes('positions were dropped')) : undefined;
      if (dropped !== undefined) return one(file.name, dropped);
      positions = result.imported.positions ?? {};
    }
  } else {
    return one(file.name, 'a layout is read from a GEXF or a graphology JSON file, not from CSV');
  }
  if (Object.keys(positions).length === 0) return one(file.name, 'gives no positions: no node has both x and y');
  return { ok: true, positions };
}
