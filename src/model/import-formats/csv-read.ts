/**
 * CSV tables (Gephi's spreadsheet import, Kumu, Graph Commons, a spreadsheet) -> a foreign graph.
 * Either an edges table alone (actors are made from the names in it) or a nodes table and an edges
 * table chosen together. Column names are matched case-insensitively to Gephi's (Source, Target,
 * Id, Label, Weight, Type), Kumu's (From, To, Name, Direction) and Graph Commons' (From Name, To Name,
 * Edge); Gephi's "Type" column holds the
 * direction (Directed/Undirected), so a Type value that is not a direction is read as the relation's
 * type (as Kumu uses it). Parsed by papaparse (quoted commas and newlines, a BOM; never evaluated).
 * Rows are counted as a spreadsheet shows them: the header is row 1.
 */
import Papa from 'papaparse';
import type { Problem } from '../problems';
import { titleFromFileName } from '../interchange';
import { clip } from '../bounds';
import type { Direction } from '../schema';
import type { ForeignEdge, ForeignGraph, ForeignNode, Scalar } from './foreign-graph';
import { ownValue } from '../own-record';

export interface CsvFile {
  readonly name: string;
  readonly text: string;
}

type Row = readonly string[];
interface Table {
  readonly file: string;
  readonly header: readonly string[];
  readonly rows: readonly Row[];
}

const EDGE_COLUMNS = {
  source: ['source', 'from', 'source id', 'sourceid', 'from name', 'src'],
  target: ['target', 'to', 'target id', 'targetid', 'to name', 'dst'],
  id: ['id', 'key'],
  label: ['label', 'relation', 'relationship', 'name'],
  weight: ['weight', 'strength'],
  type: ['relation type', 'relationtype', 'relation_type', 'type', 'edge', 'edge type', 'kind', 'category'],
  direction: ['direction', 'directed'],
  color: ['color', 'colour'],
} as const;

const NODE_COLUMNS = {
  id: ['id', 'key', 'name', 'label'],
  label: ['label', 'name', 'title'],
  kind: ['kind', 'type', 'category', 'element type'],
  parent: ['parent', 'group'],
  description: ['description', 'notes'],
  aliases: ['aliases', 'alias'],
  x: ['x'],
  y: ['y'],
  color: ['color', 'colour'],
  size: ['size'],
} as const;

type Columns<T> = { [K in keyof T]: number | undefined };

function columnsOf<T extends Record<string, readonly string[]>>(header: readonly string[], wanted: T): Columns<T> {
  const names = header.map((h) => h.trim().toLowerCase());
  const out: Partial<Record<keyof T, number | undefined>> = {};
  for (const key of Object.keys(wanted) as (keyof T)[]) {
    let found: number | undefined;
    for (const candidate of wanted[key]!) {
      const i = names.indexOf(candidate);
      if (i >= 0) {
        found = i;
        break;
      }
    }
    out[key] = found;
  }
  return out as Columns<T>;
}

function parseTable(file: CsvFile, problems: Problem[]): Table | undefined {
  const text = file.text.startsWith('\uFEFF') ? file.text.slice(1) : file.text;
  const result = Papa.parse<string[]>(text, { header: false, skipEmptyLines: 'greedy' });
  for (const error of result.errors.slice(0, 20)) {
    if (error.code === 'UndetectableDelimiter') continue;
    const row = error.row === undefined ? '' : `row ${error.row + 1}`;
    problems.push({ name: 'ParseError', file: file.name, item: row, field: '', message: error.message });
  }
  const [header, ...rows] = result.data;
  if (!header || header.every((h) => h.trim() === '')) {
    problems.push({ name: 'EmptyDatasetError', file: file.name, item: '', field: '', message: 'has no header row' });
    return undefined;
  }
  return { file: file.name, header, rows };
}

const cell = (row: Row, column: number | undefined): string | undefined => {
  if (column === undefined) return undefined;
  const v = row[column]?.trim();
  return v ? v : undefined;
};
const numberCell = (row: Row, column: number | undefined): number | undefined => {
  const v = cell(row, column);
  if (v === undefined) return undefined;
  const n = Number(v.replace(',', '.'));
  return Number.isFinite(n) ? n : undefined;
};

const DIRECTIONS: Readonly<Record<string, Direction>> = {
  directed: 'directed',
  undirected: 'mutual',
  mutual: 'mutual',
  true: 'directed',
  false: 'mutual',
  yes: 'directed',
  no: 'mutual',
};

/** Whether a table is an edges table: it has a source and a target column. */
export function isEdgesTable(text: string): boolean {
  const first = Papa.parse<string[]>(text.startsWith('\uFEFF') ? text.slice(1) : text, { preview: 1 }).data[0] ?? [];
  const c = columnsOf(first, EDGE_COLUMNS);
  return c.source !== undefined && c.target !== undefined;
}

function readNodes(table: Table, problems: Problem[]): ForeignNode[] {
  const c = columnsOf(table.header, NODE_COLUMNS);
  if (c.id === undefined) {
    problems.push({ name: 'SchemaError', file: table.file, item: 'row 1', field: '', message: 'has no Id, Name or Label column to name the actors' });
    return [];
  }
  const known = new Set(Object.values(c).filter((i): i is number => i !== undefined));
  const seen = new Set<string>();
  const nodes: ForeignNode[] = [];
  table.rows.forEach((row, i) => {
    const id = cell(row, c.id);
    const item = `row ${i + 2}`;
    if (id === undefined) {
      problems.push({ name: 'SchemaError', file: table.file, item, field: table.header[c.id!]!, message: 'names no actor: the cell is empty' });
      return;
    }
    if (seen.has(id)) {
      problems.push({ name: 'DuplicateIdError', file: table.file, item, field: table.header[c.id!]!, message: `"${clip(id)}" is named by an earlier row too` });
      return;
    }
    seen.add(id);
    const extras: Record<string, Scalar> = {};
    table.header.forEach((h, col) => {
      const v = cell(row, col);
      if (!known.has(col) && v !== undefined && h.trim()) extras[h.trim()] = v;
    });
    const aliases = cell(row, c.aliases);
    nodes.push({
      id,
      label: cell(row, c.label) ?? id,
      kind: cell(row, c.kind),
      parent: cell(row, c.parent),
      description: cell(row, c.description),
      aliases: aliases
        ?.split(/[;|]/)
        .map((s) => s.trim())
        .filter(Boolean),
      x: numberCell(row, c.x),
      y: numberCell(row, c.y),
      color: cell(row, c.color),
      size: numberCell(row, c.size),
      extras,
      place: { file: table.file, item },
    });
  });
  return nodes;
}

/** Maps an edge's endpoint to a node: by id, else by label (Kumu's From/To name elements by label). */
function resolver(nodes: readonly ForeignNode[]): (name: string) => string | undefined {
  const ids = new Set(nodes.map((n) => n.id));
  const byLabel = new Map<string, string>();
  for (const n of nodes) if (n.label !== undefined && !byLabel.has(n.label)) byLabel.set(n.label, n.id);
  return (name) => (ids.has(name) ? name : byLabel.get(name));
}

function readEdges(table: Table, nodes: ForeignNode[] | undefined, problems: Problem[]): { edges: ForeignEdge[]; nodes: ForeignNode[] } {
  const c = columnsOf(table.header, EDGE_COLUMNS);
  const made: ForeignNode[] = nodes ?? [];
  const madeIds = new Set(made.map((n) => n.id));
  const resolve = nodes ? resolver(nodes) : (name: string): string => name;
  const edges: ForeignEdge[] = [];
  table.rows.forEach((row, i) => {
    const item = `row ${i + 2}`;
    const ends: string[] = [];
    for (const [end, column] of [
      ['source', c.source],
      ['target', c.target],
    ] as const) {
      const name = cell(row, column);
      const field = column === undefined ? end : table.header[column]!.trim();
      if (name === undefined) {
        problems.push({ name: 'SchemaError', file: table.file, item, field, message: `names no ${end}: the cell is empty` });
        continue;
      }
      const id = resolve(name);
      if (id === undefined) {
        problems.push({ name: 'DanglingReferenceError', file: table.file, item, field, message: `"${clip(name)}" is not an actor of the nodes table` });
        continue;
      }
      if (!nodes && !madeIds.has(id)) {
        madeIds.add(id);
        made.push({ id, label: id, place: { file: table.file, item } });
      }
      ends.push(id);
    }
    if (ends.length < 2) return;
    const typeCell = cell(row, c.type);
    const typeDirection = typeCell === undefined ? undefined : ownValue(DIRECTIONS, typeCell.toLowerCase());
    const directionCell = cell(row, c.direction)?.toLowerCase();
    edges.push({
      id: cell(row, c.id),
      source: ends[0]!,
      target: ends[1]!,
      label: cell(row, c.label),
      type: typeDirection ? undefined : typeCell,
      direction: (directionCell === undefined ? undefined : ownValue(DIRECTIONS, directionCell)) ?? typeDirection ?? 'directed',
      weight: numberCell(row, c.weight),
      color: cell(row, c.color),
      place: { file: table.file, item },
    });
  });
  return { edges, nodes: made };
}

export type CsvRead = { readonly ok: true; readonly graph: ForeignGraph } | { readonly ok: false; readonly problems: readonly Problem[] };

/** The title of a pair: "net.edges.csv" -> "net". */
function csvTitle(name: string): string {
  return titleFromFileName(name).replace(/[._ -]?(edges|links|connections|nodes|elements)$/i, '') || titleFromFileName(name);
}

/** Reads an edges table, alone or with its nodes table; never throws. */
export function readCsv(edgesFile: CsvFile, nodesFile?: CsvFile): CsvRead {
  const problems: Problem[] = [];
  const edgesTable = parseTable(edgesFile, problems);
  const nodesTable = nodesFile ? parseTable(nodesFile, problems) : undefined;
  if (!edgesTable || (nodesFile && !nodesTable)) return { ok: false, problems };
  const c = columnsOf(edgesTable.header, EDGE_COLUMNS);
  if (c.source === undefined || c.target === undefined) {
    const message = 'needs a Source and a Target column (or From and To) to be read as an edges table';
    return { ok: false, problems: [...problems, { name: 'SchemaError', file: edgesFile.name, item: 'row 1', field: '', message }] };
  }
  const declared = nodesTable ? readNodes(nodesTable, problems) : undefined;
  const { edges, nodes } = readEdges(edgesTable, declared, problems);
  if (problems.length > 0) return { ok: false, problems };
  if (nodes.length === 0) return { ok: false, problems: [{ name: 'EmptyDatasetError', file: edgesFile.name, item: '', field: '', message: 'has no rows' }] };
  const fileName = nodesFile ? `${nodesFile.name} + ${edgesFile.name}` : edgesFile.name;
  // x and y columns come from Gephi's data laboratory, which counts y upwards.
  return { ok: true, graph: { title: csvTitle(edgesFile.name), nodes, edges, yUp: true, fileName } };
}
