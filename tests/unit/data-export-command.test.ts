/**
 * `npm run data:export -- FILE` as a user runs it: the file it writes is graphology JSON holding
 * the five articles, the nine core actors, and relations that each carry a claim with a quote,
 * a stance and, when the words are someone else's, a speaker.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { MultiGraph } from 'graphology';
import { parse } from 'graphology-gexf';
import Papa from 'papaparse';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importGraphFile } from '../../src/model/interchange';
import { validParts } from '../fixtures/authored';
import { writeDataDir } from '../fixtures/data-dir';

const ROOT = resolve(import.meta.dirname, '..', '..');

function dataExport(file: string, ...args: string[]): void {
  execFileSync(process.execPath, [join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(ROOT, 'scripts', 'data-export.ts'), file, ...args], { cwd: ROOT });
}

describe('npm run data:export', () => {
  it('writes the whole graph in graphology JSON that imports back', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'export-')), 'graph.json');
    dataExport(file);
    const text = readFileSync(file, 'utf8');
    const json = JSON.parse(text) as {
      attributes: { sources: { id: string; title: string; outlet?: string; author?: string; date?: string }[] };
      options: unknown;
      nodes: { key: string; attributes: Record<string, unknown> }[];
      edges: {
        key: string;
        source: string;
        target: string;
        attributes: { type: string; claims: { source: string; quote: string; stance: string; speaker?: string }[] };
      }[];
    };
    expect(json.options).toEqual({ type: 'directed', multi: true, allowSelfLoops: false });
    expect(json.attributes.sources.map((s) => s.id).sort()).toEqual(['korybko', 'lawfare', 'quiet-trip', 'quincy', 'thaw-blog']);
    expect(json.attributes.sources.find((s) => s.id === 'lawfare')).toMatchObject({
      title: 'What Washington Wants from Minsk',
      outlet: 'Lawfare',
      author: 'Katsiaryna Shmatsina',
      date: '2025-07-22',
    });
    const keys = new Set(json.nodes.map((n) => n.key));
    for (const id of ['united-states', 'belarus', 'russia', 'poland', 'lithuania', 'ukraine', 'european-union', 'belarusian-opposition', 'china'])
      expect(keys).toContain(id);
    expect(json.nodes.find((n) => n.key === 'kellogg')?.attributes).toMatchObject({ label: 'Keith Kellogg', kind: 'person', parent: 'united-states' });
    expect(json.nodes.every((n) => typeof n.attributes.x === 'number' && typeof n.attributes.y === 'number')).toBe(true);
    // y up, said so; sizes and colours for Gephi Lite and Retina; weights and colours on edges.
    expect((json.attributes as Record<string, unknown>).yAxis).toBe('up');
    expect(json.nodes.every((n) => typeof n.attributes.size === 'number' && /^#[0-9a-f]{6}$/.test(String(n.attributes.color)))).toBe(true);
    expect(json.edges.every((e) => typeof (e.attributes as Record<string, unknown>).weight === 'number')).toBe(true);
    const layout = JSON.parse(readFileSync(join(ROOT, 'graph-data', 'layout.json'), 'utf8')) as { positions: Record<string, { x: number; y: number }> };
    const kellogg = json.nodes.find((n) => n.key === 'kellogg')!.attributes;
    expect(kellogg.y).toBe(-layout.positions.kellogg!.y);
    for (const edge of json.edges) {
      expect(edge.attributes.claims.length, edge.key).toBeGreaterThan(0);
      for (const claim of edge.attributes.claims) {
        expect(claim.quote.length).toBeGreaterThanOrEqual(12);
        expect(['supports', 'opposes'], edge.key).toContain(claim.stance);
        if (claim.speaker !== undefined) expect(keys, edge.key).toContain(claim.speaker);
      }
    }
    const back = importGraphFile({ path: 'graph.json', text });
    expect(back.ok).toBe(true);
  });

  it("writes each claim's stance and speaker, and they import back", () => {
    const parts = validParts();
    Object.assign(parts.relations[1]!.claims[0]!, { stance: 'opposes', speaker: 'lukashenko' });
    const file = join(mkdtempSync(join(tmpdir(), 'export-')), 'small.json');
    dataExport(file, '--data', writeDataDir(parts).data);
    const json = JSON.parse(readFileSync(file, 'utf8')) as { edges: { key: string; attributes: { claims: Record<string, unknown>[] } }[] };
    const claimOf = (key: string) => json.edges.find((e) => e.key === key)?.attributes.claims[0];
    expect(claimOf('belarus--yield--united-states')).toMatchObject({ stance: 'opposes', speaker: 'lukashenko' });
    expect(claimOf('kellogg--consult--lukashenko')).toMatchObject({ stance: 'supports' });
    expect(claimOf('kellogg--consult--lukashenko')).not.toHaveProperty('speaker');
    const back = importGraphFile({ path: 'small.json', text: readFileSync(file, 'utf8') });
    if (!back.ok) throw new Error('refused');
    expect(back.imported.notices).toEqual([]);
    expect(back.imported.graph.getEdgeAttribute('belarus--yield--united-states', 'claims')[0]).toMatchObject({ stance: 'opposes', speaker: 'lukashenko' });
  });

  it('picks GEXF and CSV by the extension, and refuses another', () => {
    const dir = mkdtempSync(join(tmpdir(), 'export-'));
    const data = writeDataDir(validParts()).data;
    dataExport(join(dir, 'small.gexf'), '--data', data);
    const gexf = readFileSync(join(dir, 'small.gexf'), 'utf8');
    expect(gexf).toContain('<gexf version="1.3"');
    expect(gexf).toContain('<viz:color r=');
    const graph = parse(MultiGraph, gexf);
    expect(graph.order).toBe(4);
    expect(graph.getEdgeAttributes('kellogg--consult--lukashenko')).toMatchObject({ relationType: 'consult', weight: 1 });

    dataExport(join(dir, 'small.csv'), '--data', data);
    expect(existsSync(join(dir, 'small.csv'))).toBe(false);
    const nodes = Papa.parse<Record<string, string>>(readFileSync(join(dir, 'small.nodes.csv'), 'utf8'), { header: true, skipEmptyLines: true });
    const edges = Papa.parse<Record<string, string>>(readFileSync(join(dir, 'small.edges.csv'), 'utf8'), { header: true, skipEmptyLines: true });
    expect(nodes.data.map((n) => n.Id).sort()).toEqual(['belarus', 'kellogg', 'lukashenko', 'united-states']);
    expect(edges.data.find((e) => e.Id === 'kellogg--consult--lukashenko')).toMatchObject({ Source: 'kellogg', Target: 'lukashenko', Weight: '1' });

    expect(() => dataExport(join(dir, 'small.xml'), '--data', data)).toThrow();
    expect(existsSync(join(dir, 'small.xml'))).toBe(false);
  });
});
