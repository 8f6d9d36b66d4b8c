/**
 * Reads graph-data/ from disk into the raw files the pure loader takes. The only place
 * (besides the articles reader) where the data pipeline touches the file system.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { AuthoredFiles, RawFile } from '../src/model/load';

export const DEFAULT_DATA_DIR = resolve(import.meta.dirname, '..', 'graph-data');

/** Where the article texts live: ../shared/seeds beside the checkout (absent from a plain clone). */
export const DEFAULT_ARTICLES_DIR = resolve(import.meta.dirname, '..', '..', 'shared', 'seeds');

function read(path: string, root: string): RawFile {
  return { path: relative(resolve(root, '..'), path), text: readFileSync(path, 'utf8') };
}

function jsonFilesIn(dir: string, root: string): RawFile[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => read(join(dir, name), root));
}

export function readGraphData(dataDir: string = DEFAULT_DATA_DIR): AuthoredFiles {
  return {
    sources: [read(join(dataDir, 'sources.json'), dataDir)],
    actors: jsonFilesIn(join(dataDir, 'actors'), dataDir),
    relations: jsonFilesIn(join(dataDir, 'relations'), dataDir),
  };
}

/** Article texts by file name, for the verbatim check. */
export function readArticles(dir: string): Map<string, string> {
  if (!existsSync(dir)) throw new Error(`articles folder not found: ${dir}`);
  return new Map(
    readdirSync(dir)
      .filter((n) => n.endsWith('.txt'))
      .map((n) => [n, readFileSync(join(dir, n), 'utf8')]),
  );
}
