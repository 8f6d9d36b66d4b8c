/**
 * Reads graph-data/tours/*.json and checks each tour against the validated dataset (src/model/tour.ts):
 * the schema, that the id is the file's name, that every step's view keeps every part it names, and
 * that captions quote only words of the data's claims. Used by `npm run data:check`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import type { Dataset } from '../src/model/schema';
import { checkTour, type TourProblem } from '../src/model/tour';

export interface TourFilesResult {
  readonly checked: number;
  readonly problems: readonly TourProblem[];
}

export function checkTourFiles(dataDir: string, dataset: Dataset): TourFilesResult {
  const dir = join(dataDir, 'tours');
  if (!existsSync(dir)) return { checked: 0, problems: [] };
  const actors = new Set(dataset.actors.map((a) => a.id));
  const relations = new Set(dataset.relations.map((r) => r.id));
  const known = { sources: dataset.sources.map((s) => s.id), hasActor: (id: string) => actors.has(id), hasRelation: (id: string) => relations.has(id) };
  const quotes = dataset.relations.flatMap((r) => r.claims.map((c) => c.quote));
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort();
  const problems: TourProblem[] = [];
  for (const name of files) {
    const path = join(dir, name);
    const file = relative(resolve(dataDir, '..'), path);
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(path, 'utf8'));
    } catch (error) {
      problems.push({ name: 'TourError', file, item: '', field: '', message: `is not valid JSON (${error instanceof Error ? error.message : String(error)})` });
      continue;
    }
    const result = checkTour(json, file, { known, quotes, expectedId: basename(name, '.json') });
    if (!result.ok) problems.push(...result.problems);
  }
  return { checked: files.length, problems };
}
