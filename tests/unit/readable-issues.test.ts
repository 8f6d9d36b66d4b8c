// What a person fixing a file reads when the import refuses it (src/model/readable-issues.ts),
// through the path the explorer uses (importGraphFile), and the wording helpers alone.
import { describe, expect, it } from 'vitest';
import { graphToDataset } from '../../src/model/graph';
import { importGraphFile } from '../../src/model/interchange';
import { problemLine } from '../../src/model/import-guard';
import { describeValue } from '../../src/model/readable-issues';
import { importGraph } from '../fixtures/import-dataset';

/** Our one-file format with one actor and one relation changed by `edit`; the problem lines it gets. */
function linesFor(
  edit: (dataset: { actors: Record<string, unknown>[]; relations: Record<string, unknown>[]; sources: Record<string, unknown>[] }) => void,
): string[] {
  const dataset = JSON.parse(JSON.stringify(graphToDataset(importGraph()))) as Parameters<typeof edit>[0];
  edit(dataset);
  const result = importGraphFile({ path: 'mine.json', text: JSON.stringify(dataset) });
  if (result.ok) throw new Error('the file was accepted');
  return result.problems.map(problemLine);
}

describe('import problems in plain words', () => {
  it('names the wrong kind of value and what was found', () => {
    const lines = linesFor((d) => {
      d.actors[0]!.label = 42;
    });
    expect(lines.some((l) => l.includes('label: must be text (found the number 42)'))).toBe(true);
    expect(lines.join('\n')).not.toMatch(/Invalid input|expected string/);
  });

  it('says a required field is missing', () => {
    const lines = linesFor((d) => {
      delete d.actors[0]!.kind;
    });
    expect(lines.some((l) => l.includes('kind: is missing: it must be one of "state", "bloc"'))).toBe(true);
    const noLabel = linesFor((d) => {
      delete d.actors[0]!.label;
    });
    expect(noLabel.some((l) => l.endsWith('label: is missing'))).toBe(true);
  });

  it('lists the allowed values of a closed field', () => {
    const lines = linesFor((d) => {
      d.actors[0]!.kind = 'country';
    });
    expect(lines.some((l) => l.includes('kind: must be one of "state", "bloc", "movement", "person", "organisation" (found the text "country")'))).toBe(true);
  });

  it('keeps the messages the format sets itself', () => {
    const lines = linesFor((d) => {
      d.relations[0]!.claims = [];
    });
    expect(lines.some((l) => /claims: .*(at least one claim|needs at least 1 item)/.test(l))).toBe(true);
  });
});

describe('describeValue', () => {
  it('puts what a file has into words', () => {
    expect(describeValue(undefined)).toBe('nothing');
    expect(describeValue(null)).toBe('null');
    expect(describeValue([1])).toBe('a list');
    expect(describeValue({})).toBe('an object');
    expect(describeValue('  ')).toBe('empty text');
    expect(describeValue('x'.repeat(50))).toBe(`the text "${'x'.repeat(40)}…"`);
    expect(describeValue(3)).toBe('the number 3');
    expect(describeValue(true)).toBe('true');
  });
});
