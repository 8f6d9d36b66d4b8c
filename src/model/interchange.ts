/**
 * The interchange format: graphology's JSON serialization
 * (`{attributes, options, nodes: [{key, attributes}], edges: [{key, source, target, attributes}]}`),
 * which `data:export` writes and the explorer imports and exports (y up when the graph attributes
 * say `yAxis: "up"`, see serialization.ts). Import accepts it or our authored one-file format,
 * and validates either with the same checks as `data:check`, so a bad file is refused with every
 * problem named.
 */
import { z } from 'zod';
import { buildGraph, type ActorGraph } from './graph';
import { flipY, yPointsUp, type Positions } from './serialization';

export { exportGraph, graphFromTrustedSerialization, positionOf, type Positions, type SerializedGraph } from './serialization';
import { collectItems, checkItems, checkUniqueIds, loadParsedBundle, noneRejected, parseJsonFile, type Located, type RawFile } from './load';
import { fillLegacyStances, legacyStanceNotice } from './legacy-stance';
import type { Problem } from './problems';
import {
  ActorSchema,
  ClaimSchema,
  DIRECTIONS,
  IdSchema,
  LabelText,
  OrderedDatesSchema,
  RelationIdSchema,
  SourceSchema,
  type Dataset,
  type Relation,
} from './schema';
import { boundProblems, inRange, MAX_TITLE, positionsDroppedNotice, textProblem } from './bounds';
import { RELATION_TYPE_IDS } from './typology';
import { readableIssue } from './readable-issues';

const Coordinate = z.custom<number>((v) => typeof v === 'number', { message: 'must be a number' });

const NodeAttributesSchema = ActorSchema.omit({ id: true })
  .extend({
    // Any number: one that is not finite or lies beyond ±1e6 drops the file's positions (bounds.ts), it does not refuse the file.
    x: Coordinate.optional(),
    y: Coordinate.optional(),
  })
  .loose();

const SerializedNodeSchema = z.object({ key: IdSchema, attributes: NodeAttributesSchema });

const SerializedEdgeSchema = z.object({
  key: RelationIdSchema,
  source: IdSchema,
  target: IdSchema,
  attributes: z
    .object({
      type: z.enum(RELATION_TYPE_IDS),
      label: LabelText,
      direction: z.enum(DIRECTIONS).default('directed'),
      dates: OrderedDatesSchema.optional(),
      claims: z.array(ClaimSchema).min(1, 'a relation needs at least one claim'),
    })
    .loose(),
});

const GraphAttributesSchema = z
  .object({
    title: z.string().optional(),
    sources: z.array(z.unknown()),
  })
  .loose();

export interface ImportedGraph {
  readonly dataset: Dataset;
  readonly graph: ActorGraph;
  /** Positions carried by the file, when every node has them. */
  readonly positions: Positions | undefined;
  readonly format: 'graphology' | 'authored';
  /** What the import decided for the user and should tell them (an older file's claims read as "supports"). */
  readonly notices: readonly string[];
}

export type ImportResult = { readonly ok: true; readonly imported: ImportedGraph } | { readonly ok: false; readonly problems: readonly Problem[] };

function importSerialized(parsed: Record<string, unknown>, file: string, legacyNotices: readonly string[]): ImportResult {
  let notices = legacyNotices;
  const problems: Problem[] = [];
  const rejected = noneRejected();
  const attributes = GraphAttributesSchema.safeParse(parsed.attributes, { error: readableIssue });
  let sources: Located<z.output<typeof SourceSchema>>[] = [];
  let title = titleFromFileName(file);
  if (!attributes.success) {
    problems.push({ name: 'SchemaError', file, item: 'attributes', field: 'sources', message: 'the graph attributes must hold a "sources" array' });
    rejected.unreadable = true;
  } else {
    const titleProblem = attributes.data.title === undefined ? undefined : textProblem(attributes.data.title, MAX_TITLE);
    if (titleProblem) problems.push({ name: 'SchemaError', file, item: 'attributes', field: 'title', message: titleProblem });
    title = attributes.data.title?.trim() ?? title;
    sources = collectItems(attributes.data, file, 'sources', SourceSchema, problems, rejected).map((s) => ({ ...s, item: `attributes.${s.item}` }));
  }
  const nodes = collectItems(parsed, file, 'nodes', SerializedNodeSchema, problems, rejected);
  const edges = collectItems(parsed, file, 'edges', SerializedEdgeSchema, problems, rejected);
  const actors = nodes.map(({ value, file: f, item }) => {
    const { x: _x, y: _y, ...rest } = value.attributes;
    const actor = ActorSchema.parse({ id: value.key, ...pickActor(rest) });
    return { value: actor, file: f, item };
  });
  const relations = edges.map(({ value, file: f, item }): Located<Relation> => {
    const a = value.attributes;
    const relation: Relation = {
      id: value.key,
      from: value.source,
      to: value.target,
      type: a.type,
      direction: a.direction,
      label: a.label,
      ...(a.dates ? { dates: a.dates } : {}),
      claims: a.claims,
    };
    return { value: relation, file: f, item };
  });
  // graphology refuses two edges with one key; pooling them as data:check pools a relation spread over files would hide a mistake.
  const unique = checkUniqueIds(relations, 'edge key', problems, 'key');
  const dataset = checkItems({ sources, actors, relations: unique, rejected }, problems, { actorsPlace: { file, item: '', field: 'nodes' } });
  if (problems.length > 0) return { ok: false, problems: boundProblems(problems) };
  const placed = nodes.length > 0 && nodes.every((n) => n.value.attributes.x !== undefined && n.value.attributes.y !== undefined);
  const outside = nodes.filter((n) => !inRange(n.value.attributes.x) || !inRange(n.value.attributes.y)).length;
  const complete = placed && outside === 0;
  if (placed && outside > 0) notices = [...notices, positionsDroppedNotice(file, outside)];
  // A file that says `yAxis: "up"` (ours since issue 15, sigma's and Gephi's convention) is flipped to the canvas's y down.
  const up = yPointsUp(parsed.attributes);
  const positions = complete
    ? Object.fromEntries(
        nodes.map((n) => [n.value.key, { x: n.value.attributes.x ?? 0, y: up ? flipY(n.value.attributes.y ?? 0) : (n.value.attributes.y ?? 0) }]),
      )
    : undefined;
  return { ok: true, imported: { dataset, graph: buildGraph(dataset, title), positions, format: 'graphology', notices } };
}

function pickActor(attributes: Record<string, unknown>): Record<string, unknown> {
  const { label, kind, parent, aliases, description } = attributes;
  return { label, kind, ...(parent === undefined || parent === null ? {} : { parent }), aliases, description };
}

/**
 * The title of an imported graph that brings none of its own: its file's name ("sanctions.json"
 * gives "sanctions"), never the built-in graph's, which the page header would then claim.
 */
export function titleFromFileName(path: string): string {
  const name = path.split(/[\\/]/).pop() ?? '';
  return name.replace(/\.[^.]*$/, '').trim() || 'Imported graph';
}

/** A file refused as a whole: one schema problem about the file itself. */
function wholeFileRefused(path: string, message: string): ImportResult {
  return { ok: false, problems: boundProblems([{ name: 'SchemaError', file: path, item: '', field: '', message }]) };
}

/**
 * Reads an imported file: graphology JSON (nodes/edges) or our authored bundle
 * (sources/actors/relations). Never throws on bad input; returns every problem found. A file
 * written before claims had a stance is read as described in legacy-stance.ts.
 */
export function importGraphFile(file: RawFile): ImportResult {
  const problems: Problem[] = [];
  const parsed = parseJsonFile(file, problems);
  if (parsed === undefined) return { ok: false, problems: boundProblems(problems) };
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return wholeFileRefused(file.path, 'must be a JSON object: graphology JSON ({nodes, edges, attributes}) or our format ({sources, actors, relations})');
  }
  // An older file (no claim has a stance) is read with every claim "supports", and says so.
  const { parsed: record, filled } = fillLegacyStances(parsed as Record<string, unknown>);
  const notices = filled > 0 ? [legacyStanceNotice(file.path, filled)] : [];
  if ('nodes' in record || 'edges' in record) return importSerialized(record, file.path, notices);
  if ('actors' in record || 'relations' in record || 'sources' in record) {
    const result = loadParsedBundle(record, file.path);
    if (!result.ok) return { ok: false, problems: result.problems };
    return {
      ok: true,
      imported: { dataset: result.dataset, graph: buildGraph(result.dataset, titleFromFileName(file.path)), positions: undefined, format: 'authored', notices },
    };
  }
  return wholeFileRefused(file.path, 'has neither "nodes" and "edges" (graphology JSON) nor "actors" and "relations" (our format)');
}
