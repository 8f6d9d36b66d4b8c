/**
 * The bounds of bounds.ts for the graphs other tools' files give (GEXF, CSV, foreign graphology
 * JSON): our own files meet them through the zod schemas, these through one check run on every
 * foreign graph before it becomes ours, so a CSV cannot bring a megabyte label or an invisible name
 * that a JSON file could not. Each problem names the file, the node or edge (its row in a CSV, its
 * index in a JSON or GEXF file) and the field.
 */
import type { Problem } from '../problems';
import { MAX_ALIASES, MAX_DESCRIPTION, MAX_ID, MAX_LABEL, MAX_RELATION_ID, clip, textProblem } from '../bounds';
import type { ForeignEdge, ForeignGraph, ForeignNode } from './foreign-graph';

/** Where a node or edge is, for a problem: its own place when the reader gave one, else its index. */
const placeOf = (graph: ForeignGraph, thing: ForeignNode | ForeignEdge, list: string, index: number, id: string | undefined) =>
  thing.place ?? { file: graph.fileName, item: `${list}[${index}]${id === undefined ? '' : ` "${clip(id)}"`}` };

/** A text a file gives (undefined or blank when it gives none, which the graph fills in). */
function checkText(value: string | undefined, max: number, push: (message: string) => void): void {
  if (value === undefined || value.trim() === '') return;
  const wrong = textProblem(value, max);
  if (wrong) push(wrong);
}

function checkNode(graph: ForeignGraph, node: ForeignNode, index: number, problems: Problem[]): void {
  const { file, item } = placeOf(graph, node, 'nodes', index, node.id);
  const push = (field: string) => (message: string) => problems.push({ name: 'SchemaError', file, item, field, message });
  const idProblem = textProblem(node.id, MAX_ID);
  if (idProblem) push('id')(idProblem);
  checkText(node.label, MAX_LABEL, push('label'));
  checkText(node.description, MAX_DESCRIPTION, push('description'));
  const aliases = node.aliases ?? [];
  if (aliases.length > MAX_ALIASES) push('aliases')(`takes at most ${MAX_ALIASES} items (found ${aliases.length})`);
  else aliases.forEach((alias, i) => checkText(alias, MAX_LABEL, push(`aliases[${i}]`)));
}

function checkEdge(graph: ForeignGraph, edge: ForeignEdge, index: number, problems: Problem[]): void {
  const { file, item } = placeOf(graph, edge, 'edges', index, edge.id);
  const push = (field: string) => (message: string) => problems.push({ name: 'SchemaError', file, item, field, message });
  checkText(edge.id, MAX_RELATION_ID, push('id'));
  checkText(edge.label, MAX_LABEL, push('label'));
  checkText(edge.type, MAX_LABEL, push('type'));
}

/** Every bound a foreign graph breaks, each named (empty when it keeps them all). */
export function foreignBoundProblems(graph: ForeignGraph): Problem[] {
  const problems: Problem[] = [];
  graph.nodes.forEach((node, i) => checkNode(graph, node, i, problems));
  graph.edges.forEach((edge, i) => checkEdge(graph, edge, i, problems));
  return problems;
}
