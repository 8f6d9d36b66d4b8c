/**
 * Fuzzing the authored-files loader (loadAuthoredFiles, what data:check and the built-in graph's
 * build run), the URL state (parseUrlState: every link anyone pastes) and the JSON error locator
 * (json-location.ts, which must agree with JSON.parse on what is valid). Issue 18, build item 4.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { loadAuthoredFiles, type AuthoredFiles } from '../../src/model/load';
import { buildGraph } from '../../src/model/graph';
import { exportGraph } from '../../src/model/serialization';
import { formatUrlState, parseUrlState, type KnownIds } from '../../src/model/url-state';
import { jsonErrorPlace } from '../../src/model/json-location';
import { readGraphData } from '../../scripts/graph-data-files';
import { toFiles, validParts } from '../fixtures/authored';
import {
  PROPERTY_NAMES,
  RUNS,
  TARGET_TIMEOUT_MS,
  damage,
  expectNamedProblems,
  expectUsableGraph,
  hostileString,
  mutate,
  mutation,
  params,
  textDamage,
  timed,
  toText,
  logAcceptedStats,
} from './harness';

/** One of the files mutated (as data, then perhaps as text). */
const mutatedFiles = (files: AuthoredFiles) => {
  const all = [
    ...files.sources.map((f) => ['sources', f] as const),
    ...files.actors.map((f) => ['actors', f] as const),
    ...files.relations.map((f) => ['relations', f] as const),
  ];
  return fc
    .record({ which: fc.nat(), mutations: fc.array(mutation, { maxLength: 4 }), broken: fc.option(textDamage, { freq: 5 }) })
    .map(({ which, mutations, broken }): AuthoredFiles => {
      const [group, file] = all[which % all.length]!;
      const text = toText(mutate(JSON.parse(file.text), mutations));
      const changed = { path: file.path, text: broken ? damage(text, broken) : text };
      return { ...files, [group]: files[group].map((f) => (f === file ? changed : f)) };
    });
};

async function expectLoaderSound(files: AuthoredFiles): Promise<void> {
  const result = timed(() => loadAuthoredFiles(files));
  if (!result.ok) return expectNamedProblems(result.problems);
  await expectUsableGraph(exportGraph(buildGraph(result.dataset)));
}

const KNOWN_ACTORS = new Set(['belarus', 'united-states', 'kellogg', ...PROPERTY_NAMES.filter((n) => n === 'constructor')]);
const KNOWN_RELATIONS = new Set(['kellogg--consult--lukashenko']);
const known: KnownIds = { sources: ['alpha', 'beta'], hasActor: (id) => KNOWN_ACTORS.has(id), hasRelation: (id) => KNOWN_RELATIONS.has(id) };

const URL_KEYS = [
  'view',
  'actor',
  'relation',
  'focus',
  'hide-types',
  'hide-quads',
  'hide-kinds',
  'collapsed',
  'fade',
  'as-of',
  'path',
  'path-dir',
  'merge',
  'tour',
  'step',
  '__proto__',
  'constructor',
];
const urlValue = fc.oneof(
  fc.constantFrom(
    'one:alpha',
    'compare:alpha,beta',
    'compare:alpha,alpha',
    'belarus',
    'constructor',
    '1',
    '2',
    '3',
    '-1',
    'consult,yield',
    '1,2,9',
    'state,person',
    '%',
    '%E0%A4%A',
    '%00',
    'a%2Cb',
  ),
  // A lone surrogate cannot be percent-encoded: it goes into the hash raw.
  hostileString.map((v) => (/[\uD800-\uDFFF]/.test(v) ? v : encodeURIComponent(v))),
  fc.string({ maxLength: 30 }),
);
const hash = fc.oneof(
  fc
    .array(fc.tuple(fc.oneof(fc.constantFrom(...URL_KEYS), fc.string({ maxLength: 6 })), urlValue), { maxLength: 8 })
    .map((pairs) => `#${pairs.map(([k, v]) => `${k}=${v}`).join('&')}`),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.integer({ min: 1, max: 100_000 }).map((n) => `#actor=${'a'.repeat(n)}&collapsed=${'b,'.repeat(n)}`),
);

afterAll(() => logAcceptedStats('loader-and-url'));

describe(`fuzzing the loader, the URL state and the JSON locator (${RUNS} cases per target)`, { timeout: TARGET_TIMEOUT_MS }, () => {
  it('the authored-files loader: a small dataset and the built-in graph-data, one file mutated', async () => {
    await fc.assert(fc.asyncProperty(mutatedFiles(toFiles(validParts())), expectLoaderSound), params());
    // A quarter of the cases: each validates the whole built-in dataset.
    await fc.assert(fc.asyncProperty(mutatedFiles(readGraphData()), expectLoaderSound), { ...params(), numRuns: Math.ceil(RUNS / 4) });
  });

  it('the URL state: never throws, keeps only what the graph knows, and reads its own output back the same', () => {
    fc.assert(
      fc.property(hash, (h) => {
        const state = timed(() => parseUrlState(h, known));
        if (state.selection?.kind === 'actor') expect(KNOWN_ACTORS.has(state.selection.id)).toBe(true);
        if (state.selection?.kind === 'relation') expect(KNOWN_RELATIONS.has(state.selection.id)).toBe(true);
        for (const id of state.collapsed) expect(KNOWN_ACTORS.has(id)).toBe(true);
        expect(parseUrlState(formatUrlState(state), known)).toEqual(state);
      }),
      params(),
    );
  });

  it('the JSON locator agrees with JSON.parse, names a line and column inside the text, and survives deep nesting', () => {
    const text = fc.oneof(
      fc.json(),
      fc.string({ unit: 'binary', maxLength: 120 }),
      fc.tuple(fc.json(), textDamage).map(([t, d]) => damage(t, d)),
      fc.integer({ min: 1, max: 300_000 }).map((n) => '[{"a":'.repeat(n)),
    );
    fc.assert(
      fc.property(text, (t) => {
        let valid = true;
        try {
          JSON.parse(t);
        } catch {
          valid = false;
        }
        const place = timed(() => jsonErrorPlace(t));
        expect(place.reason === 'the engine could not read it').toBe(valid);
        expect(place.offset).toBeLessThanOrEqual(t.length);
        expect(place.line).toBeGreaterThanOrEqual(1);
        expect(place.column).toBeGreaterThanOrEqual(1);
      }),
      params(),
    );
  });
});
