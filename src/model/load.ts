/**
 * Raw authored files -> a validated, merged Dataset, or every problem at once. Pure: it
 * takes file texts, not paths, so the command line, the tests and the browser's import
 * share one validator. Relations may be spread over several files; the same relation id in
 * two files is one relation whose claims are pooled (from, to, type, direction, label must agree).
 */
import type { z } from 'zod';
import { ActorSchema, RelationSchema, SourceSchema, type Actor, type Dataset, type Relation, type Source } from './schema';
import type { Problem, ProblemName } from './problems';
import { checkQuotes } from './quote-check';
import { readableIssue } from './readable-issues';
import { checkDates } from './dating';
import { boundProblems, clip } from './bounds';
import { parseJsonFile } from './json-location';
import { checkIdNamesEnds } from './relation-id-check';

export { parseJsonFile, checkQuotes };

export interface RawFile {
  /** A path or file name, used only to say where a problem is. */
  readonly path: string;
  readonly text: string;
}

export interface AuthoredFiles {
  readonly sources: readonly RawFile[];
  readonly actors: readonly RawFile[];
  readonly relations: readonly RawFile[];
}

export interface LoadOptions {
  /** Article texts keyed by a source's `seedFile`; when given, every quote is checked verbatim. */
  readonly articles?: ReadonlyMap<string, string>;
  /** Where the actors should have been, named when there are none (a file, and a field or item). */
  readonly actorsPlace?: { readonly file: string; readonly item: string; readonly field: string };
}

export type LoadResult =
  { readonly ok: true; readonly dataset: Dataset; readonly problems: readonly [] } | { readonly ok: false; readonly problems: readonly Problem[] };

/** Where an item came from, so later checks can name it. */
export interface Located<T> {
  readonly value: T;
  readonly file: string;
  readonly item: string;
}

export interface LocatedItems {
  readonly sources: readonly Located<Source>[];
  readonly actors: readonly Located<Actor>[];
  readonly relations: readonly Located<Relation>[];
  /**
   * Ids of items that exist but were rejected, and whether a whole file could not be read:
   * references to them are not reported again as dangling, so one mistake gives one problem.
   */
  readonly rejected?: Rejected;
}

export interface Rejected {
  readonly ids: Set<string>;
  unreadable: boolean;
}

export const noneRejected = (): Rejected => ({ ids: new Set(), unreadable: false });

const problem = (name: ProblemName, file: string, item: string, field: string, message: string): Problem => ({
  name,
  file,
  item,
  field,
  message,
});

/** The id an item declares: `id` in our format, `key` in graphology's. */
function declaredId(raw: unknown): string | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const record = raw as Record<string, unknown>;
  const id = record.id ?? record.key;
  return typeof id === 'string' ? id : undefined;
}

function describeItem(key: string, index: number, raw: unknown): string {
  const id = declaredId(raw);
  return `${key}[${index}]${id === undefined ? '' : ` "${clip(id)}"`}`;
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`)).join('');
}

/**
 * Validates each element of `key` in a parsed file on its own, so one bad item does not hide
 * the problems of the others, and the good items still take part in the reference checks.
 */
export function collectItems<S extends z.ZodType>(
  parsed: unknown,
  file: string,
  key: string,
  itemSchema: S,
  problems: Problem[],
  rejected: Rejected = noneRejected(),
): Located<z.output<S>>[] {
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    problems.push(problem('SchemaError', file, '', '', `must be a JSON object with a "${key}" array`));
    rejected.unreadable = true;
    return [];
  }
  const list = (parsed as Record<string, unknown>)[key];
  if (!Array.isArray(list)) {
    problems.push(problem('SchemaError', file, '', key, `must be an array of ${key}`));
    rejected.unreadable = true;
    return [];
  }
  const items: Located<z.output<S>>[] = [];
  list.forEach((raw: unknown, index) => {
    const item = describeItem(key, index, raw);
    const result = itemSchema.safeParse(raw, { error: readableIssue });
    if (result.success) {
      items.push({ value: result.data, file, item });
    } else {
      const id = declaredId(raw);
      if (id !== undefined) rejected.ids.add(id);
      for (const issue of result.error.issues) {
        problems.push(problem('SchemaError', file, item, formatPath(issue.path), issue.message));
      }
    }
  });
  return items;
}

/** Names every item whose id an earlier one has; returns the items without them. */
export function checkUniqueIds<T extends { id: string }>(items: readonly Located<T>[], what: string, problems: Problem[], field = 'id'): Located<T>[] {
  const first = new Map<string, Located<T>>();
  for (const located of items) {
    const earlier = first.get(located.value.id);
    if (earlier) {
      problems.push(
        problem(
          'DuplicateIdError',
          located.file,
          located.item,
          field,
          `${what} "${clip(located.value.id)}" is already used by ${earlier.item} in ${earlier.file}`,
        ),
      );
    } else {
      first.set(located.value.id, located);
    }
  }
  return [...first.values()];
}

const MERGE_KEYS = ['from', 'to', 'type', 'direction', 'label'] as const;

/**
 * Pools the claims of relations that share an id; fields that must agree are checked. A relation
 * that disagrees with the first of its id is left out, and added to `conflicting` when given.
 */
export function mergeRelations(items: readonly Located<Relation>[], problems: Problem[], conflicting?: Set<Located<Relation>>): Located<Relation>[] {
  const merged = new Map<string, Located<Relation>>();
  for (const located of items) {
    const { value } = located;
    const earlier = merged.get(value.id);
    if (!earlier) {
      merged.set(value.id, located);
      continue;
    }
    let conflict = false;
    for (const key of MERGE_KEYS) {
      if (earlier.value[key] !== value[key]) {
        conflict = true;
        problems.push(
          problem(
            'RelationConflictError',
            located.file,
            located.item,
            key,
            `relation "${value.id}" also appears in ${earlier.file} with ${key} "${earlier.value[key]}", here "${value[key]}": the same id must describe the same relation`,
          ),
        );
      }
    }
    const datesDiffer = earlier.value.dates && value.dates && (earlier.value.dates.start !== value.dates.start || earlier.value.dates.end !== value.dates.end);
    if (datesDiffer) {
      conflict = true;
      problems.push(problem('RelationConflictError', located.file, located.item, 'dates', `relation "${value.id}" has other dates in ${earlier.file}`));
    }
    if (conflict) {
      conflicting?.add(located);
      continue;
    }
    merged.set(value.id, {
      ...earlier,
      value: {
        ...earlier.value,
        dates: earlier.value.dates ?? value.dates,
        claims: [...earlier.value.claims, ...value.claims],
      },
    });
  }
  return [...merged.values()];
}

function checkParents(actors: readonly Located<Actor>[], rejected: Rejected, problems: Problem[]): void {
  const byId = new Map(actors.map((a) => [a.value.id, a.value]));
  for (const located of actors) {
    const { parent, id } = located.value;
    if (parent === undefined) continue;
    if (!byId.has(parent)) {
      if (rejected.unreadable || rejected.ids.has(parent)) continue;
      problems.push(problem('DanglingReferenceError', located.file, located.item, 'parent', `no actor has the id "${parent}"`));
      continue;
    }
    const seen = new Set<string>([id]);
    let cursor: string | undefined = parent;
    while (cursor !== undefined) {
      if (seen.has(cursor)) {
        problems.push(
          problem('ParentCycleError', located.file, located.item, 'parent', `membership loops back to "${cursor}": an actor cannot be inside itself`),
        );
        break;
      }
      seen.add(cursor);
      cursor = byId.get(cursor)?.parent;
    }
  }
}

function checkRelationEnds(relations: readonly Located<Relation>[], actorIds: ReadonlySet<string>, rejected: Rejected, problems: Problem[]): void {
  for (const { value, file, item } of relations) {
    for (const end of ['from', 'to'] as const) {
      if (!isKnown(actorIds, value[end], rejected)) {
        problems.push(problem('DanglingReferenceError', file, item, end, `no actor has the id "${value[end]}"`));
      }
    }
    if (value.from === value.to) {
      problems.push(problem('SchemaError', file, item, 'to', 'a relation must join two different actors'));
    }
  }
}

const isKnown = (ids: ReadonlySet<string>, id: string, rejected: Rejected): boolean => ids.has(id) || rejected.unreadable || rejected.ids.has(id);

/**
 * Each claim's references: its source, its speaker (an actor), and that no source and quote are
 * claimed twice for one relation. Run on the relations as written, before merging, so a problem
 * names the file and the claim's index in that file, even for a relation spread over several files.
 * A relation that conflicts with another of its id is not compared for duplicates (one mistake, one problem).
 */
function checkClaims(
  relations: readonly Located<Relation>[],
  conflicting: ReadonlySet<Located<Relation>>,
  actorIds: ReadonlySet<string>,
  sourceIds: ReadonlySet<string>,
  rejected: Rejected,
  problems: Problem[],
): void {
  const seenClaims = new Set<string>();
  for (const located of relations) {
    const { value, file, item } = located;
    value.claims.forEach((claim, index) => {
      if (!isKnown(sourceIds, claim.source, rejected)) {
        problems.push(problem('UnknownSourceError', file, item, `claims[${index}].source`, `no source has the id "${claim.source}"`));
      }
      if (claim.speaker !== undefined && !isKnown(actorIds, claim.speaker, rejected)) {
        problems.push(
          problem(
            'DanglingReferenceError',
            file,
            item,
            `claims[${index}].speaker`,
            `no actor has the id "${claim.speaker}": the speaker must be one of the actors`,
          ),
        );
      }
      if (conflicting.has(located)) return;
      const key = `${value.id}\u0000${claim.source}\u0000${claim.quote}`;
      if (seenClaims.has(key)) {
        problems.push(problem('DuplicateIdError', file, item, `claims[${index}]`, 'the same source and quote are claimed twice'));
      }
      seenClaims.add(key);
    });
  }
}

/** All the checks that need the whole dataset: ids, references, membership, merging. */
export function checkItems(items: LocatedItems, problems: Problem[], options: LoadOptions = {}): Dataset {
  checkUniqueIds(items.sources, 'source id', problems);
  checkUniqueIds(items.actors, 'actor id', problems);
  const conflicting = new Set<Located<Relation>>();
  const relations = mergeRelations(items.relations, problems, conflicting);
  const actorIds = new Set(items.actors.map((a) => a.value.id));
  const sourceIds = new Set(items.sources.map((s) => s.value.id));
  const rejected = items.rejected ?? noneRejected();
  checkParents(items.actors, rejected, problems);
  checkRelationEnds(relations, actorIds, rejected, problems);
  checkIdNamesEnds(relations, actorIds, problems);
  checkClaims(items.relations, conflicting, actorIds, sourceIds, rejected, problems);
  if (items.actors.length === 0 && problems.length === 0) {
    const place = options.actorsPlace ?? { file: '', item: '', field: '' };
    problems.push(problem('EmptyDatasetError', place.file, place.item, place.field, 'the dataset has no actors: there is nothing to draw'));
  }
  if (options.articles) checkQuotes(items.relations, items.sources, options.articles, problems);
  return {
    sources: items.sources.map((s) => s.value),
    actors: items.actors.map((a) => a.value),
    relations: relations.map((r) => r.value),
  };
}

function finish(dataset: Dataset, problems: Problem[]): LoadResult {
  return problems.length === 0 ? { ok: true, dataset, problems: [] } : { ok: false, problems: boundProblems(problems) };
}

/** The authored layout of graph-data/: sources, actors and relations files. */
export function loadAuthoredFiles(files: AuthoredFiles, options: LoadOptions = {}): LoadResult {
  const problems: Problem[] = [];
  const rejected = noneRejected();
  const gather = <S extends z.ZodType>(list: readonly RawFile[], key: string, schema: S) =>
    list.flatMap((file) => {
      const parsed = parseJsonFile(file, problems);
      if (parsed === undefined) {
        rejected.unreadable = true;
        return [];
      }
      return collectItems(parsed, file.path, key, schema, problems, rejected);
    });
  const items: LocatedItems = {
    sources: gather(files.sources, 'sources', SourceSchema),
    actors: gather(files.actors, 'actors', ActorSchema),
    relations: gather(files.relations, 'relations', RelationSchema),
    rejected,
  };
  const actorsFile = files.actors.map((f) => f.path).join(', ') || 'the actors files';
  const dataset = checkItems(items, problems, { actorsPlace: { file: actorsFile, item: '', field: 'actors' }, ...options });
  // Authored data only: an imported file is another tool's, and its dates are shown as they are.
  checkDates(items.relations, items.sources, problems);
  return finish(dataset, problems);
}

/** Our authored format in one file: `{sources, actors, relations}` (what a user imports). */
export function loadAuthoredBundle(file: RawFile, options: LoadOptions = {}): LoadResult {
  const problems: Problem[] = [];
  const parsed = parseJsonFile(file, problems);
  if (parsed === undefined) return { ok: false, problems: boundProblems(problems) };
  return loadParsedBundle(parsed, file.path, options);
}

/** The same, from a file already parsed (the import parses once, then dispatches on the shape). */
export function loadParsedBundle(parsed: unknown, path: string, options: LoadOptions = {}): LoadResult {
  const problems: Problem[] = [];
  const rejected = noneRejected();
  const items: LocatedItems = {
    sources: collectItems(parsed, path, 'sources', SourceSchema, problems, rejected),
    actors: collectItems(parsed, path, 'actors', ActorSchema, problems, rejected),
    relations: collectItems(parsed, path, 'relations', RelationSchema, problems, rejected),
    rejected,
  };
  return finish(checkItems(items, problems, { actorsPlace: { file: path, item: '', field: 'actors' }, ...options }), problems);
}
