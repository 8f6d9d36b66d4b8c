/**
 * Issue 18, defects 3 and 4: what the readers accepted or said although they should not have.
 * Problem texts quote at most 80 characters of a value and the list is capped; invalid JSON names
 * its line and column; "no actors" names the place; bounds on every text, real dates in order,
 * finite positions in range, duplicate edge keys and edge keys naming other ends refused. Each
 * case goes through the functions the import worker and data:check run.
 */
import { describe, expect, it } from 'vitest';
import { exportGraph } from '../../src/model/interchange';
import { loadAuthoredFiles } from '../../src/model/load';
import type { Problem } from '../../src/model/problems';
import { problemLine, summarizeProblems } from '../../src/model/import-guard';
import { readImportFiles, readLayoutFile, type FormatOutcome } from '../../src/model/import-formats/dispatch';
import { graphFromTrustedSerialization } from '../../src/model/serialization';
import { toFiles, validParts } from '../fixtures/authored';
import { importGraph } from '../fixtures/import-dataset';

const bundle = (parts: { sources: unknown[]; actors: unknown[]; relations: unknown[] }): string => JSON.stringify(parts);

function refused(outcome: FormatOutcome): readonly Problem[] {
  if (outcome.ok) throw new Error('accepted');
  return outcome.problems;
}

const importOne = (name: string, text: string): FormatOutcome => readImportFiles([{ name, text }]);
const problemText = (problems: readonly Problem[]): string => problems.map(problemLine).join('\n');

describe('problem texts are bounded', () => {
  it('25 relations naming 400 KB ids that do not exist give a short problem list', () => {
    const parts = validParts();
    const long = (i: number) => `${'a'.repeat(400_000)}${i}`;
    const relations = Array.from({ length: 25 }, (_, i) => ({ ...parts.relations[1]!, id: `r${i}`, to: long(i) }));
    const problems = refused(importOne('big-ids.json', bundle({ ...parts, relations })));
    const text = problemText(problems);
    expect(text.length).toBeLessThan(20_000);
    const summary = summarizeProblems('big-ids.json', problems);
    expect([summary.headline, ...summary.lines.map((l) => l.text), summary.moreText].join('\n').length).toBeLessThan(20_000);
    // No value is quoted beyond 80 characters.
    for (const p of problems) expect(problemLine(p)).not.toMatch(/a{81}/);
  });

  it('a file with thousands of problems lists the first 50 and counts the rest', () => {
    const parts = validParts();
    const actors = Array.from({ length: 3000 }, (_, i) => ({ id: `a${i}`, label: '', kind: 'state', description: 'd' }));
    const problems = refused(importOne('many.json', bundle({ ...parts, actors })));
    expect(problems.length).toBeLessThanOrEqual(51);
    expect(problems.at(-1)!.message).toMatch(/and \d+ more problems/);
    expect(summarizeProblems('many.json', problems).headline).toMatch(/: 3\d{3} problems\./);
  });

  it('invalid JSON names its line and column', () => {
    const problems = refused(importOne('broken.json', '{\n  "actors": [\n    {"id": "a",}\n  ]\n}'));
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toMatch(/line 3, column 16/);
    const token = refused(importOne('token.json', '{"actors": [}'));
    expect(token[0]!.message).toMatch(/line 1, column 13/);
    const huge = refused(importOne('huge.json', `{"a": "${'x'.repeat(100_000)}" "b"}`));
    expect(huge[0]!.message.length).toBeLessThan(300);
  });

  it('a dataset without actors names the file and the place', () => {
    const [problem] = refused(importOne('empty.json', '{"sources": [], "actors": [], "relations": []}'));
    expect(problem).toMatchObject({ name: 'EmptyDatasetError', file: 'empty.json', field: 'actors' });
    const authored = loadAuthoredFiles(toFiles({ sources: [], actors: [], relations: [] }));
    if (authored.ok) throw new Error('accepted');
    expect(authored.problems[0]!.file).toBe('graph-data/actors/core.json');
  });
});

describe('what was accepted but wrong is refused (or, for positions, laid out)', () => {
  it('positions of 1e308 are dropped with a notice: the graph is laid out', () => {
    const serialized = exportGraph(importGraph());
    serialized.nodes.forEach((n, i) => Object.assign(n.attributes, { x: i === 0 ? 1e308 : i * 10, y: i * 5 }));
    const outcome = importOne('far.json', JSON.stringify(serialized));
    if (!outcome.ok) throw new Error(problemText(outcome.problems));
    expect(graphFromTrustedSerialization(outcome.serialized).positions).toBeUndefined();
    expect(outcome.notices.join(' ')).toMatch(/positions/);
  });

  it('labels made only of invisible characters are refused', () => {
    for (const label of ['\u200B', '\u202E', '\u0301\u0302', ' \u200D\u2060 ', '\uFEFF']) {
      const parts = validParts();
      parts.actors[1]!.label = label;
      const problems = refused(importOne('invisible.json', bundle(parts)));
      // (JavaScript's trim removes U+FEFF itself: that label is then empty.)
      expect(problems).toContainEqual(expect.objectContaining({ name: 'SchemaError', field: 'label', message: expect.stringMatching(/visible|empty/) }));
    }
  });

  it('lone surrogates are refused', () => {
    const parts = validParts();
    parts.actors[1]!.label = 'Bela\uD800rus';
    parts.relations[0]!.label = '\uDC00talks';
    const problems = refused(importOne('surrogates.json', bundle(parts)));
    expect(problems.filter((p) => /broken character/.test(p.message))).toHaveLength(2);
  });

  it('an impossible date and an end before its start are refused', () => {
    const parts = validParts();
    parts.relations[0]!.dates = { start: '2025-02-30' };
    expect(refused(importOne('feb30.json', bundle(parts)))).toContainEqual(expect.objectContaining({ field: 'dates.start' }));
    parts.relations[0]!.dates = { start: '2025-06-21', end: '2025-06-20' } as { start: string };
    expect(refused(importOne('order.json', bundle(parts)))).toContainEqual(expect.objectContaining({ field: 'dates.end' }));
    parts.relations[0]!.dates = { start: '2025-06-21', end: '2025-06' } as { start: string };
    expect(importOne('month.json', bundle(parts)).ok).toBe(true);
  });

  it('duplicate edge keys in graphology JSON are refused, not merged', () => {
    const serialized = exportGraph(importGraph());
    const first = serialized.edges[0]!;
    serialized.edges.push({
      ...first,
      attributes: { ...first.attributes, claims: [{ ...(first.attributes.claims as object[])[0], quote: 'another quote, long enough' }] },
    });
    const problems = refused(importOne('dup-edges.json', JSON.stringify(serialized)));
    expect(problems).toContainEqual(expect.objectContaining({ name: 'DuplicateIdError', field: 'key' }));
  });

  it('an edge key naming other actors than its ends is refused', () => {
    const parts = validParts();
    parts.relations[1]!.id = 'united-states--yield--kellogg';
    expect(refused(importOne('misnamed.json', bundle(parts)))).toContainEqual(
      expect.objectContaining({ field: 'id', message: expect.stringMatching(/names/) }),
    );
  });

  it('over-long fields are refused, each with its bound', () => {
    const parts = validParts();
    parts.actors[0]!.id = 'a'.repeat(101);
    parts.actors[1]!.label = 'B'.repeat(201);
    parts.actors[1]!.description = 'd'.repeat(2001);
    parts.actors[3]!.aliases = Array.from({ length: 51 }, (_, i) => `alias ${i}`);
    parts.sources[0]!.title = 'T'.repeat(301);
    const problems = refused(importOne('long.json', bundle(parts)));
    const fields = problems.map((p) => `${p.field}: ${p.message}`);
    expect(fields).toContain('id: must be at most 100 characters long');
    expect(fields).toContain('label: must be at most 200 characters long');
    expect(fields).toContain('description: must be at most 2000 characters long');
    expect(fields).toContain('aliases: takes at most 50 items');
    expect(fields).toContain('title: must be at most 300 characters long');
  });

  it('the same bounds hold for CSV, GEXF and other tools’ JSON', () => {
    const long = 'x'.repeat(201);
    expect(refused(importOne('e.csv', `Source,Target,Label\na,b,${long}\n`))[0]).toMatchObject({ field: 'label' });
    expect(refused(importOne('e.csv', `Source,Target\n${'n'.repeat(101)},b\n`))[0]!.message).toMatch(/at most 100/);
    expect(refused(importOne('e.csv', `Source,Target,Label\na,b,\u200B\u200B\n`))[0]!.message).toMatch(/visible/);
    const gexf = `<?xml version="1.0"?><gexf version="1.3"><graph><nodes><node id="a" label="${long}"/><node id="b" label="B"/></nodes><edges/></graph></gexf>`;
    expect(refused(importOne('g.gexf', gexf))[0]).toMatchObject({ field: 'label' });
    const foreign = {
      nodes: [
        { key: 'a', attributes: { label: 'A', x: 1e300, y: 0 } },
        { key: 'b', attributes: { x: 0, y: 0 } },
      ],
      edges: [],
    };
    const outcome = importOne('sigma.json', JSON.stringify(foreign));
    if (!outcome.ok) throw new Error(problemText(outcome.problems));
    expect(graphFromTrustedSerialization(outcome.serialized).positions).toBeUndefined();
    const dup = {
      nodes: [{ key: 'a' }, { key: 'b' }],
      edges: [
        { key: 'e', source: 'a', target: 'b' },
        { key: 'e', source: 'b', target: 'a' },
      ],
    };
    expect(refused(importOne('dup.json', JSON.stringify(dup)))).toContainEqual(expect.objectContaining({ name: 'DuplicateIdError' }));
  });
});

describe('Apply layout from file', () => {
  it('says that positions beyond ±1e6 were dropped, rather than that there are none', () => {
    const serialized = exportGraph(importGraph());
    serialized.nodes.forEach((n, i) => Object.assign(n.attributes, { x: i === 0 ? 1e308 : i * 10, y: i * 5 }));
    const outcome = readLayoutFile({ name: 'far.json', text: JSON.stringify(serialized) });
    if (outcome.ok) throw new Error('accepted');
    expect(outcome.problems[0]!.message).toMatch(/outside ±1,000,000/);
  });
});
