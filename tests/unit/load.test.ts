import { describe, expect, it } from 'vitest';
import { loadAuthoredFiles, type LoadResult } from '../../src/model/load';
import { formatProblem, type ProblemName } from '../../src/model/problems';
import { ARTICLES, toFiles, validParts } from '../fixtures/authored';

function problemsOf(result: LoadResult) {
  return result.ok ? [] : result.problems;
}

function expectOnly(result: LoadResult, name: ProblemName) {
  expect(result.ok).toBe(false);
  const names = new Set(problemsOf(result).map((p) => p.name));
  expect([...names]).toEqual([name]);
  return problemsOf(result);
}

describe('loadAuthoredFiles', () => {
  it('accepts a valid dataset and merges nothing it should not', () => {
    const result = loadAuthoredFiles(toFiles(validParts()), { articles: ARTICLES });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.dataset.actors.map((a) => a.id)).toEqual(['united-states', 'belarus', 'kellogg', 'lukashenko']);
    expect(result.dataset.relations).toHaveLength(2);
  });

  it('names the file for malformed JSON', () => {
    const files = toFiles(validParts());
    const broken = { ...files, actors: [{ path: 'graph-data/actors/core.json', text: '{"actors": [' }] };
    const [p] = expectOnly(loadAuthoredFiles(broken), 'ParseError');
    expect(p?.file).toBe('graph-data/actors/core.json');
  });

  it('reports a schema error with file, item and field', () => {
    const parts = validParts();
    (parts.relations[0]!.claims[0] as { tone: number }).tone = 14;
    const [p] = expectOnly(loadAuthoredFiles(toFiles(parts)), 'SchemaError');
    expect(p).toMatchObject({ file: 'graph-data/relations/alpha.json', item: 'relations[0] "kellogg--consult--lukashenko"', field: 'claims[0].tone' });
  });

  it('reports an unknown relation type and a bad kind', () => {
    const parts = validParts();
    (parts.relations[1] as { type: string }).type = 'hug';
    (parts.actors[1] as { kind: string }).kind = 'planet';
    const problems = expectOnly(loadAuthoredFiles(toFiles(parts)), 'SchemaError');
    expect(problems.map((p) => p.field).sort()).toEqual(['kind', 'type']);
  });

  it('reports duplicate actor ids, naming where the first one is', () => {
    const parts = validParts();
    parts.actors.push({ ...parts.actors[0]! });
    const [p] = expectOnly(loadAuthoredFiles(toFiles(parts)), 'DuplicateIdError');
    expect(p?.item).toBe('actors[4] "united-states"');
    expect(p?.message).toContain('actors[0]');
  });

  it('reports a dangling actor reference in a relation and in a parent', () => {
    const parts = validParts();
    parts.relations[0]!.to = 'nobody';
    (parts.actors[2] as { parent: string }).parent = 'atlantis';
    const problems = expectOnly(loadAuthoredFiles(toFiles(parts)), 'DanglingReferenceError');
    expect(problems.map((p) => p.field).sort()).toEqual(['parent', 'to']);
  });

  it('reports a claim citing an unknown source', () => {
    const parts = validParts();
    parts.relations[1]!.claims[0]!.source = 'gamma';
    const [p] = expectOnly(loadAuthoredFiles(toFiles(parts)), 'UnknownSourceError');
    expect(p?.field).toBe('claims[0].source');
  });

  it('reports a missing stance, naming file, relation, claim and field', () => {
    const parts = validParts();
    delete (parts.relations[0]!.claims[0] as { stance?: string }).stance;
    const [p, ...rest] = expectOnly(loadAuthoredFiles(toFiles(parts)), 'SchemaError');
    expect(rest).toHaveLength(0);
    expect(p).toMatchObject({ file: 'graph-data/relations/alpha.json', item: 'relations[0] "kellogg--consult--lukashenko"', field: 'claims[0].stance' });
    expect(p?.message).toBe('is missing: it must be one of "supports", "opposes"');
  });

  it('reports an unknown stance, saying what it found', () => {
    const parts = validParts();
    parts.relations[1]!.claims.push({ source: 'alpha', quote: 'released 14 prisoners', tone: 6, modality: 'reported', stance: 'neutral' });
    const [p, ...rest] = expectOnly(loadAuthoredFiles(toFiles(parts)), 'SchemaError');
    expect(rest).toHaveLength(0);
    expect(formatProblem(p!)).toBe(
      'SchemaError: graph-data/relations/alpha.json › relations[1] "belarus--yield--united-states" › claims[1].stance: must be one of "supports", "opposes" (found the text "neutral")',
    );
  });

  it('accepts a speaker who is an actor, and refuses one who is not', () => {
    const parts = validParts();
    const claim = parts.relations[0]!.claims[0] as { speaker?: string };
    claim.speaker = 'kellogg';
    expect(loadAuthoredFiles(toFiles(parts), { articles: ARTICLES }).ok).toBe(true);
    claim.speaker = 'smith';
    const [p, ...rest] = expectOnly(loadAuthoredFiles(toFiles(parts)), 'DanglingReferenceError');
    expect(rest).toHaveLength(0);
    expect(p).toMatchObject({ file: 'graph-data/relations/alpha.json', item: 'relations[0] "kellogg--consult--lukashenko"', field: 'claims[0].speaker' });
    expect(p?.message).toContain('no actor has the id "smith"');
  });

  it('refuses a speaker that is not an id at all', () => {
    const parts = validParts();
    (parts.relations[1]!.claims[0] as { speaker?: unknown }).speaker = 'Keith Kellogg';
    const [p] = expectOnly(loadAuthoredFiles(toFiles(parts)), 'SchemaError');
    expect(p).toMatchObject({ item: 'relations[1] "belarus--yield--united-states"', field: 'claims[0].speaker' });
  });

  it('names the file and claim index where they were written when a relation is spread over two files', () => {
    const extra = {
      path: 'graph-data/relations/beta.json',
      text: JSON.stringify({
        relations: [
          {
            ...validParts().relations[1],
            claims: [
              { source: 'alpha', quote: 'released 14 prisoners', tone: 5, modality: 'reported', stance: 'supports' },
              { source: 'alpha', quote: 'Belarus released 14 prisoners.', tone: 5, modality: 'reported', stance: 'opposes', speaker: 'lukashenka' },
            ],
          },
        ],
      }),
    };
    const problems = problemsOf(loadAuthoredFiles(toFiles(validParts(), [extra])));
    expect(problems.map(formatProblem)).toEqual([
      'DanglingReferenceError: graph-data/relations/beta.json › relations[0] "belarus--yield--united-states" › claims[1].speaker: no actor has the id "lukashenka": the speaker must be one of the actors',
      'DuplicateIdError: graph-data/relations/beta.json › relations[0] "belarus--yield--united-states" › claims[1]: the same source and quote are claimed twice',
    ]);
  });

  it('reports a membership cycle', () => {
    const parts = validParts();
    (parts.actors[0] as { parent?: string }).parent = 'kellogg';
    const problems = expectOnly(loadAuthoredFiles(toFiles(parts)), 'ParentCycleError');
    expect(problems.length).toBeGreaterThan(0);
  });

  it('reports a quote that is not verbatim, and accepts omissions, insertions, quote and dash variants', () => {
    const parts = validParts();
    parts.relations[1]!.claims.push({ source: 'alpha', quote: 'Belarus released 15 prisoners.', tone: 6, modality: 'reported', stance: 'supports' });
    parts.relations[0]!.claims.push({
      source: 'alpha',
      quote: '[The envoy] met Lukashenko in Minsk … the longest yet.',
      tone: 4,
      modality: 'reported',
      stance: 'supports',
    });
    const [p, ...rest] = expectOnly(loadAuthoredFiles(toFiles(parts), { articles: ARTICLES }), 'QuoteNotFoundError');
    expect(rest).toHaveLength(0);
    expect(p).toMatchObject({ item: 'relations[1] "belarus--yield--united-states"', field: 'claims[1].quote' });
  });

  it('does not check quotes when no articles are given, and says so when an article file is missing', () => {
    expect(loadAuthoredFiles(toFiles(validParts())).ok).toBe(true);
    const result = loadAuthoredFiles(toFiles(validParts()), { articles: new Map() });
    expectOnly(result, 'MissingArticleError');
  });

  it('merges the same relation from two files into one with pooled claims', () => {
    const extra = {
      path: 'graph-data/relations/beta.json',
      text: JSON.stringify({
        relations: [
          {
            ...validParts().relations[1],
            claims: [{ source: 'alpha', quote: 'Belarus released 14 prisoners.', tone: 5, modality: 'speculated', stance: 'supports' }],
          },
        ],
      }),
    };
    const parts = validParts();
    parts.relations[1]!.claims[0]!.quote = 'released 14 prisoners';
    const result = loadAuthoredFiles(toFiles(parts, [extra]), { articles: ARTICLES });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const merged = result.dataset.relations.find((r) => r.id === 'belarus--yield--united-states');
    expect(merged?.claims.map((c) => c.modality)).toEqual(['reported', 'speculated']);
  });

  it('refuses the same relation id with different endpoints in two files', () => {
    const extra = {
      path: 'graph-data/relations/beta.json',
      text: JSON.stringify({ relations: [{ ...validParts().relations[1], from: 'lukashenko' }] }),
    };
    const [p] = expectOnly(loadAuthoredFiles(toFiles(validParts(), [extra])), 'RelationConflictError');
    expect(p).toMatchObject({ file: 'graph-data/relations/beta.json', field: 'from' });
    expect(p?.message).toContain('graph-data/relations/alpha.json');
  });

  it('refuses an empty dataset', () => {
    expectOnly(loadAuthoredFiles(toFiles({ sources: [], actors: [], relations: [] })), 'EmptyDatasetError');
  });

  it('reports every problem at once, each formatted with file, item and field', () => {
    const parts = validParts();
    parts.relations[0]!.to = 'nobody';
    parts.relations[1]!.claims[0]!.source = 'gamma';
    (parts.actors[1] as { description: string }).description = '';
    const result = loadAuthoredFiles(toFiles(parts));
    const lines = problemsOf(result).map(formatProblem);
    expect(lines).toHaveLength(3);
    expect(lines).toContain(
      'DanglingReferenceError: graph-data/relations/alpha.json › relations[0] "kellogg--consult--lukashenko" › to: no actor has the id "nobody"',
    );
  });
});
