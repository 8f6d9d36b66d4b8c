/**
 * The rule relation ids follow, `from--type--to[--qualifier]` (graph-data/README.md), checked where
 * breaking it misleads: an id that reads as another pair of actors, or another type, than the
 * relation's own (issue 18: "edge keys unrelated to their ends"). Split from load.ts, which runs it.
 */
import type { Problem } from './problems';
import type { Relation } from './schema';
import { clip } from './bounds';
import { RELATION_TYPE_IDS } from './typology';

const TYPES: ReadonlySet<string> = new Set(RELATION_TYPE_IDS);

/**
 * A relation id reads `from--type--to[--qualifier]` (graph-data/README.md). Ids in other words are
 * allowed (a file may number its edges), but one that reads as another pair of actors or another
 * type than the relation's own is a mistake that would mislead every reader of the file and of links.
 */
export function checkIdNamesEnds(
  relations: readonly { readonly value: Relation; readonly file: string; readonly item: string }[],
  actorIds: ReadonlySet<string>,
  problems: Problem[],
): void {
  for (const { value, file, item } of relations) {
    const [from, type, to] = value.id.split('--');
    if (from === undefined || type === undefined || to === undefined || !TYPES.has(type)) continue;
    // A relation whose end is no actor is already named as dangling: one mistake, one problem.
    if (!actorIds.has(value.from) || !actorIds.has(value.to)) continue;
    // An end written short ("us" for "united-states") is fine; an end that is another actor's id is not.
    const other = (named: string, end: string): boolean => named !== end && actorIds.has(named);
    const wrong = (a: string, b: string): boolean => other(from, a) || other(to, b);
    const wrongEnds = wrong(value.from, value.to) && (value.direction !== 'mutual' || wrong(value.to, value.from));
    if (!wrongEnds && type === value.type) continue;
    problems.push({
      name: 'SchemaError',
      file,
      item,
      field: 'id',
      message: `names "${clip(from)}" ${type} "${clip(to)}", but the relation joins "${clip(value.from)}" to "${clip(value.to)}" as ${value.type}: an id of the form from--type--to must name its own ends and type`,
    });
  }
}
