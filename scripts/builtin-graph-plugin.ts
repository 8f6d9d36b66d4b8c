/**
 * Vite plugin: the module `virtual:builtin-graph` is the built-in dataset, validated at build
 * time by the same loader as `data:check`, in graphology's serialization with the precomputed
 * positions from graph-data/layout.json. The browser then needs neither zod nor a layout run
 * for the first picture; a broken graph-data/ fails the build with every problem named.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { loadAuthoredFiles } from '../src/model/load';
import { formatProblem } from '../src/model/problems';
import { buildGraph } from '../src/model/graph';
import { exportGraph, type Positions } from '../src/model/interchange';
import { DEFAULT_DATA_DIR, readGraphData } from './graph-data-files';

const VIRTUAL_ID = 'virtual:builtin-graph';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

export function builtinGraphPlugin(dataDir: string = DEFAULT_DATA_DIR): Plugin {
  return {
    name: 'builtin-graph',
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      const files = readGraphData(dataDir);
      for (const file of [...files.sources, ...files.actors, ...files.relations]) this.addWatchFile(join(dataDir, '..', file.path));
      const result = loadAuthoredFiles(files);
      if (!result.ok) {
        this.error(`graph-data/ is invalid:\n${result.problems.map(formatProblem).join('\n')}`);
      }
      const layoutFile = join(dataDir, 'layout.json');
      let positions: Positions | undefined;
      if (existsSync(layoutFile)) {
        this.addWatchFile(layoutFile);
        positions = (JSON.parse(readFileSync(layoutFile, 'utf8')) as { positions: Positions }).positions;
      }
      const serialized = exportGraph(buildGraph(result.dataset), positions);
      return `export default ${JSON.stringify(serialized)};`;
    },
  };
}
