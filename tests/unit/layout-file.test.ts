// graph-data/layout.json (written by `npm run layout`) must place every actor of graph-data/:
// otherwise the explorer's first picture needs a layout run in the browser.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAuthoredFiles } from '../../src/model/load';
import { buildGraph } from '../../src/model/graph';
import { DEFAULT_DATA_DIR, readGraphData } from '../../scripts/graph-data-files';

describe('graph-data/layout.json', () => {
  it('has a position for every actor (run `npm run layout` after changing actors)', () => {
    const file = join(DEFAULT_DATA_DIR, 'layout.json');
    expect(existsSync(file), 'graph-data/layout.json is missing: run npm run layout').toBe(true);
    const loaded = loadAuthoredFiles(readGraphData());
    if (!loaded.ok) return; // data:check's own tests report invalid data
    const graph = buildGraph(loaded.dataset);
    const { positions } = JSON.parse(readFileSync(file, 'utf8')) as { positions: Record<string, { x: number; y: number }> };
    const missing = graph.filterNodes((id) => positions[id] === undefined);
    expect(missing, `actors without a position: run npm run layout`).toEqual([]);
    const stale = Object.keys(positions).filter((id) => !graph.hasNode(id));
    expect(stale, `positions of actors that no longer exist: run npm run layout`).toEqual([]);
  });
});
