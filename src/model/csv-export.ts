/**
 * The graph (or a chosen subgraph) as two CSV tables, the way Gephi's spreadsheet import (and
 * Kumu, Graph Commons, any spreadsheet) reads a network: a nodes table (`Id`, `Label`, then
 * `kind`, `parent`, `aliases`, `description`) and an edges table (`Source`, `Target`, `Id`,
 * `Label`, `Weight` = the number of articles, then `relationType`, `QuadClass`, `direction`,
 * `articles`, `stance`, `firstQuote`). There is never a column named `Type`: Gephi reads it as
 * the edge's direction. Text is UTF-8; papaparse quotes cells holding commas, quotes or line
 * breaks; a cell starting with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'`,
 * so a spreadsheet shows it as text and never runs it as a formula (CSV injection).
 */
import Papa from 'papaparse';
import { claimSources, type ActorGraph, type RelationAttributes } from './graph';
import { articleCount } from './export-looks';

export const NODE_COLUMNS = ['Id', 'Label', 'kind', 'parent', 'aliases', 'description'] as const;
export const EDGE_COLUMNS = [
  'Source',
  'Target',
  'Id',
  'Label',
  'Weight',
  'relationType',
  'QuadClass',
  'direction',
  'articles',
  'stance',
  'firstQuote',
] as const;

/** What a spreadsheet would run as a formula: papaparse's own test, but on the first character only (its default `.*$` lets a line break through). */
const FORMULA_START = /^[=+\-@\t\r]/;

export interface CsvTables {
  readonly nodes: string;
  readonly edges: string;
}

/** Where the articles stand, in words: "supported by a, b; opposed by c". */
export function stanceSummary(a: Pick<RelationAttributes, 'claims'>): string {
  const side = (stance: 'supports' | 'opposes'): string[] => claimSources({ claims: a.claims.filter((c) => c.stance === stance) });
  const supported = side('supports');
  const opposed = side('opposes');
  return [supported.length > 0 ? `supported by ${supported.join(', ')}` : '', opposed.length > 0 ? `opposed by ${opposed.join(', ')}` : '']
    .filter((part) => part.length > 0)
    .join('; ');
}

const unparse = (columns: readonly string[], rows: readonly (readonly (string | number)[])[]): string =>
  `${Papa.unparse({ fields: [...columns], data: rows.map((row) => [...row]) }, { escapeFormulae: FORMULA_START, newline: '\r\n' })}\r\n`;

/** The nodes and edges tables of `graph`. Does not change the graph. */
export function graphToCsv(graph: ActorGraph): CsvTables {
  const nodes = graph.mapNodes((id, a) => [id, a.label, a.kind, a.parent ?? '', a.aliases.join('; '), a.description]);
  const edges = graph.mapEdges((id, a, source, target) => [
    source,
    target,
    id,
    a.label,
    articleCount(a),
    a.type,
    a.quadClass,
    a.direction,
    claimSources(a).join('; '),
    stanceSummary(a),
    a.claims[0]?.quote ?? '',
  ]);
  return { nodes: unparse(NODE_COLUMNS, nodes), edges: unparse(EDGE_COLUMNS, edges) };
}

/** The two file names for a CSV export named `name` ("graph.csv" or "graph" gives graph.nodes.csv and graph.edges.csv). */
export function csvFileNames(name: string): { nodes: string; edges: string } {
  const stem = name.replace(/\.csv$/i, '');
  return { nodes: `${stem}.nodes.csv`, edges: `${stem}.edges.csv` };
}
