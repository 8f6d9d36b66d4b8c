/**
 * Fuzzing the JSON readers (issue 18, build item 4): our graphology JSON (the built-in export and a
 * small one, mutated), our one-file authored format, another tool's graphology JSON, random JSON and
 * random text, and the older-file path (claims without a stance). Every case goes through
 * readImportFiles, what the import worker runs; see harness.ts for what is checked.
 */
import fc from 'fast-check';
import { afterAll, describe, it } from 'vitest';
import { readImportFiles } from '../../src/model/import-formats/dispatch';
import { exportGraph } from '../../src/model/serialization';
import { graphToDataset } from '../../src/model/graph';
import { importGraph, IMPORT_POSITIONS } from '../fixtures/import-dataset';
import { validParts } from '../fixtures/authored';
import {
  RUNS,
  TARGET_TIMEOUT_MS,
  builtinExport,
  damage,
  expectSound,
  fixtureText,
  hostileValue,
  mutate,
  mutation,
  params,
  textDamage,
  timed,
  toText,
  logAcceptedStats,
} from './harness';

const read = (name: string, text: string) => timed(() => readImportFiles([{ name, text }]));

/** A property over mutations of `doc`, read as `name`; some cases also damage the text itself. */
function mutatedDocument(name: string, doc: unknown) {
  return fc.asyncProperty(fc.array(mutation, { minLength: 0, maxLength: 4 }), fc.option(textDamage, { freq: 4 }), async (mutations, broken) => {
    const text = toText(mutate(doc, mutations));
    await expectSound(read(name, broken ? damage(text, broken) : text));
  });
}

/** The same document without any claim's stance: an older file, read through the legacy-stance path. */
function withoutStances(doc: unknown): unknown {
  return JSON.parse(JSON.stringify(doc, (key, value: unknown) => (key === 'stance' ? undefined : value)));
}

afterAll(() => logAcceptedStats('json-import'));

describe(`fuzzing the JSON readers (${RUNS} cases per target)`, { timeout: TARGET_TIMEOUT_MS }, () => {
  it('our graphology JSON: the built-in export, mutated', async () => {
    // A quarter of the cases: each reads 120 KB and validates 186 relations.
    await fc.assert(mutatedDocument('builtin.json', builtinExport()), { ...params(), numRuns: Math.ceil(RUNS / 4) });
  });

  it('our graphology JSON: a small export with positions, mutated', async () => {
    await fc.assert(mutatedDocument('small.json', exportGraph(importGraph(), IMPORT_POSITIONS)), params());
  });

  it('our authored one-file format, mutated', async () => {
    await fc.assert(mutatedDocument('bundle.json', { ...validParts(), $schema: undefined }), params());
    await fc.assert(mutatedDocument('dataset.json', graphToDataset(importGraph())), params());
  });

  it('older files (no stance), mutated: the legacy-stance path', async () => {
    await fc.assert(mutatedDocument('older.json', withoutStances(exportGraph(importGraph()))), params());
    await fc.assert(mutatedDocument('older-bundle.json', withoutStances(validParts())), params());
  });

  it("another tool's graphology JSON, mutated", async () => {
    await fc.assert(mutatedDocument('sigma.json', JSON.parse(fixtureText('foreign-graphology.json'))), params());
  });

  it('random JSON with the keys the readers look for', async () => {
    const keys = fc.constantFrom(
      'nodes',
      'edges',
      'attributes',
      'sources',
      'actors',
      'relations',
      'key',
      'source',
      'target',
      'claims',
      'id',
      'label',
      'x',
      'y',
      '__proto__',
      'constructor',
    );
    const shaped = fc.letrec<{ value: unknown }>((tie) => ({
      value: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        hostileValue,
        fc.array(tie('value'), { maxLength: 4 }),
        fc.dictionary(keys, tie('value'), { maxKeys: 5 }),
      ),
    })).value;
    await fc.assert(
      fc.asyncProperty(shaped, async (doc) => {
        await expectSound(read('random.json', toText(doc)));
      }),
      params(),
    );
  });

  it('random text, read as JSON', async () => {
    const text = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.string({ unit: 'grapheme', maxLength: 200 }),
      fc.json(),
      fc.integer({ min: 1, max: 200_000 }).map((n) => '['.repeat(n)),
    );
    await fc.assert(
      fc.asyncProperty(text, async (t) => {
        await expectSound(read('random.json', t));
      }),
      params(),
    );
  });
});
