/**
 * `npm run data:export -- FILE` as a user runs it: the file it writes is graphology JSON holding
 * the five articles, the nine core actors, and relations that each carry a claim with a quote.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importGraphFile } from '../../src/model/interchange';

const ROOT = resolve(import.meta.dirname, '..', '..');

describe('npm run data:export', () => {
  it('writes the whole graph in graphology JSON that imports back', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'export-')), 'graph.json');
    execFileSync(process.execPath, [join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(ROOT, 'scripts', 'data-export.ts'), file], { cwd: ROOT });
    const text = readFileSync(file, 'utf8');
    const json = JSON.parse(text) as {
      attributes: { sources: { id: string; title: string; outlet?: string; author?: string; date?: string }[] };
      options: unknown;
      nodes: { key: string; attributes: Record<string, unknown> }[];
      edges: { key: string; source: string; target: string; attributes: { type: string; claims: { source: string; quote: string }[] } }[];
    };
    expect(json.options).toEqual({ type: 'directed', multi: true, allowSelfLoops: false });
    expect(json.attributes.sources.map((s) => s.id).sort()).toEqual(['korybko', 'lawfare', 'quiet-trip', 'quincy', 'thaw-blog']);
    expect(json.attributes.sources.find((s) => s.id === 'lawfare')).toMatchObject({ title: 'What Washington Wants from Minsk', outlet: 'Lawfare', author: 'Katsiaryna Shmatsina', date: '2025-07-22' });
    const keys = new Set(json.nodes.map((n) => n.key));
    for (const id of ['united-states', 'belarus', 'russia', 'poland', 'lithuania', 'ukraine', 'european-union', 'belarusian-opposition', 'china']) expect(keys).toContain(id);
    expect(json.nodes.find((n) => n.key === 'kellogg')?.attributes).toMatchObject({ label: 'Keith Kellogg', kind: 'person', parent: 'united-states' });
    expect(json.nodes.every((n) => typeof n.attributes.x === 'number' && typeof n.attributes.y === 'number')).toBe(true);
    for (const edge of json.edges) {
      expect(edge.attributes.claims.length, edge.key).toBeGreaterThan(0);
      for (const claim of edge.attributes.claims) expect(claim.quote.length).toBeGreaterThanOrEqual(12);
    }
    const back = importGraphFile({ path: 'graph.json', text });
    expect(back.ok).toBe(true);
  });
});
