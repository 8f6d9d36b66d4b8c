/**
 * A claim's stance and speaker through export and import (issue 13): they travel in graphology
 * JSON and our one-file format, the worker refuses an unknown stance or a speaker who is not an
 * actor, and a file written before stances existed opens with its claims read as "supports" and a
 * notice saying so, instead of being refused.
 */
import { describe, expect, it } from 'vitest';
import { graphToDataset } from '../../src/model/graph';
import { exportGraph, graphFromTrustedSerialization, importGraphFile, type SerializedGraph } from '../../src/model/interchange';
import { processImport } from '../../src/model/import-protocol';
import { problemLine } from '../../src/model/import-guard';
import { fillLegacyStances } from '../../src/model/legacy-stance';
import type { Problem } from '../../src/model/problems';
import { IMPORT_POSITIONS, importGraph } from '../fixtures/import-dataset';

type Claims = Record<string, unknown>[];

/** The fixture's export, as plain JSON a test can edit. */
function exported(): SerializedGraph {
  return JSON.parse(JSON.stringify(exportGraph(importGraph(), IMPORT_POSITIONS))) as SerializedGraph;
}

const claimsOf = (file: SerializedGraph, key: string): Claims => file.edges.find((e) => e.key === key)!.attributes.claims as Claims;

/** An export as an older version wrote it: no claim has a stance or a speaker. */
function olderExport(): SerializedGraph {
  const file = exported();
  for (const edge of file.edges)
    for (const claim of edge.attributes.claims as Claims) {
      delete claim.stance;
      delete claim.speaker;
    }
  return file;
}

function problemsOf(path: string, value: unknown): readonly Problem[] {
  const result = importGraphFile({ path, text: JSON.stringify(value) });
  if (result.ok) throw new Error(`${path} was accepted`);
  return result.problems;
}

describe('stance and speaker in the graphology JSON export', () => {
  it('are written as claim attributes and read back unchanged, through the worker', () => {
    const file = exported();
    expect(claimsOf(file, 'belarus--material-cooperation--china')[0]).toMatchObject({ stance: 'opposes' });
    expect(claimsOf(file, 'lukashenka--yield--us')[0]).toMatchObject({ stance: 'supports', speaker: 'united-states' });
    expect(claimsOf(file, 'us--disapprove--lukashenka')[0]).not.toHaveProperty('speaker');
    const outcome = processImport('export.json', JSON.stringify(file));
    if (!outcome.ok) throw new Error(outcome.problems.map(problemLine).join('\n'));
    expect(outcome.notices).toEqual([]);
    const { graph } = graphFromTrustedSerialization(structuredClone(outcome.serialized));
    expect(graph.getEdgeAttribute('belarus--material-cooperation--china', 'claims')[0]!.stance).toBe('opposes');
    expect(graph.getEdgeAttribute('lukashenka--yield--us', 'claims')[0]!.speaker).toBe('united-states');
    expect(graph.export()).toEqual(importGraph().export());
  });

  it('travel in our one-file format too', () => {
    const result = importGraphFile({ path: 'bundle.json', text: JSON.stringify(graphToDataset(importGraph())) });
    if (!result.ok) throw new Error(result.problems.map(problemLine).join('\n'));
    expect(result.imported.notices).toEqual([]);
    expect(result.imported.graph.getEdgeAttribute('belarus--material-cooperation--china', 'claims')[0]!.stance).toBe('opposes');
    expect(result.imported.graph.getEdgeAttribute('lukashenka--yield--us', 'claims')[0]!.speaker).toBe('united-states');
  });
});

describe('the import refuses a bad stance or speaker, naming edge, claim and field', () => {
  it('an unknown stance', () => {
    const file = exported();
    claimsOf(file, 'us--consult--lukashenka')[1]!.stance = 'neutral';
    const index = file.edges.findIndex((e) => e.key === 'us--consult--lukashenka');
    expect(problemsOf('bad-stance.json', file).map(problemLine)).toEqual([
      `bad-stance.json › edges[${index}] "us--consult--lukashenka" › attributes.claims[1].stance: must be one of "supports", "opposes" (found the text "neutral")`,
    ]);
  });

  it('a speaker who is not an actor of the file', () => {
    const file = exported();
    claimsOf(file, 'us--disapprove--lukashenka')[0]!.speaker = 'smith';
    const index = file.edges.findIndex((e) => e.key === 'us--disapprove--lukashenka');
    expect(problemsOf('bad-speaker.json', file)).toEqual([
      {
        name: 'DanglingReferenceError',
        file: 'bad-speaker.json',
        item: `edges[${index}] "us--disapprove--lukashenka"`,
        field: 'claims[0].speaker',
        message: 'no actor has the id "smith": the speaker must be one of the actors',
      },
    ]);
  });

  it('a missing stance in a file whose other claims have one (a current file with a mistake)', () => {
    const file = exported();
    delete claimsOf(file, 'us--consult--lukashenka')[0]!.stance;
    const problems = problemsOf('missing.json', file);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      name: 'SchemaError',
      field: 'attributes.claims[0].stance',
      message: 'is missing: it must be one of "supports", "opposes"',
    });
  });
});

describe('a file written before claims had a stance', () => {
  it('opens, every claim read as "supports", with a notice saying so (graphology JSON, through the worker)', () => {
    const outcome = processImport('older.json', JSON.stringify(olderExport()));
    if (!outcome.ok) throw new Error(outcome.problems.map(problemLine).join('\n'));
    expect(outcome.notices).toEqual([
      '“older.json” was written before claims had a stance (supports or opposes): its 6 claims are read as “supports”, so no article is shown opposing a relation until the file is recoded.',
    ]);
    const { graph, positions } = graphFromTrustedSerialization(outcome.serialized);
    expect(positions).toEqual(IMPORT_POSITIONS);
    expect(graph.size).toBe(importGraph().size);
    const stances = graph.mapEdges((_e, a) => a.claims.map((c) => c.stance)).flat();
    expect(stances).toHaveLength(6);
    expect(new Set(stances)).toEqual(new Set(['supports']));
    expect(graph.mapEdges((_e, a) => a.claims.filter((c) => c.speaker !== undefined).length).reduce((a, b) => a + b, 0)).toBe(0);
  });

  it('opens in our one-file format too', () => {
    const dataset = graphToDataset(importGraph());
    const older = { ...dataset, relations: dataset.relations.map((r) => ({ ...r, claims: r.claims.map(({ stance: _s, speaker: _p, ...rest }) => rest) })) };
    const result = importGraphFile({ path: 'older-bundle.json', text: JSON.stringify(older) });
    if (!result.ok) throw new Error(result.problems.map(problemLine).join('\n'));
    expect(result.imported.notices).toHaveLength(1);
    expect(result.imported.notices[0]).toContain('its 6 claims are read as “supports”');
    expect(result.imported.graph.mapEdges((_e, a) => a.claims.every((c) => c.stance === 'supports'))).not.toContain(false);
  });

  it('is still checked for every other problem', () => {
    const file = olderExport();
    file.edges[0]!.target = 'nowhere';
    expect(problemsOf('older-broken.json', file)).toEqual([expect.objectContaining({ name: 'DanglingReferenceError', field: 'to' })]);
  });

  it('is read without changing the parsed object', () => {
    const file = olderExport();
    const before = JSON.stringify(file);
    const upgraded = fillLegacyStances(file as unknown as Record<string, unknown>);
    expect(upgraded.filled).toBe(6);
    expect(JSON.stringify(file)).toBe(before);
    const current = exported() as unknown as Record<string, unknown>;
    expect(fillLegacyStances(current)).toEqual({ parsed: current, filled: 0 });
  });
});
