/**
 * What every fuzz target shares (issue 18, build item 4): how many cases to run (FUZZ_RUNS; a few
 * hundred in `npm test`, 10,000+ in `npm run fuzz`), the hostile values the generators draw from,
 * mutations of a valid document, and the checks every outcome must pass: a refusal names its
 * place and stays short; an acceptance gives a graph that builds, draws in a headless Cytoscape
 * and lays out. Each case's read is timed: over CASE_LIMIT_MS it fails as a hang.
 */
import { toLayoutIds } from '../../src/cy/layout-ids';
import fc from 'fast-check';
import cytoscape from 'cytoscape';
import { expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { FormatOutcome } from '../../src/model/import-formats/dispatch';
import type { Problem } from '../../src/model/problems';
import { problemLine } from '../../src/model/import-guard';
import { inRange, MAX_PROBLEMS } from '../../src/model/bounds';
import { graphFromTrustedSerialization, exportGraph, type Positions, type SerializedGraph } from '../../src/model/serialization';
import { buildGraph } from '../../src/model/graph';
import { loadAuthoredFiles } from '../../src/model/load';
import { buildElements } from '../../src/view/elements';
import { loadFcose } from '../../src/cy/fcose';
import { FOOTPRINT_STYLE } from '../../src/cy/layout-options';
import { DEFAULT_DATA_DIR, readGraphData } from '../../scripts/graph-data-files';

/** Cases per target: FUZZ_RUNS, else a few hundred (what `npm test` runs). */
export const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
/** A fuzz file's own time limit for vitest: generous, the work scales with RUNS. */
export const TARGET_TIMEOUT_MS = Math.max(60_000, RUNS * 200);
/** One case's read over this is a hang (a loop or a quadratic blow-up), not slowness of a busy machine. */
export const CASE_LIMIT_MS = 3000;

export const FIXTURES = resolve(import.meta.dirname, '../fixtures');
export const fixtureText = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8');

/** The built-in graph as the explorer exports it, with the shipped positions. */
export function builtinExport(): SerializedGraph {
  const loaded = loadAuthoredFiles(readGraphData());
  if (!loaded.ok) throw new Error('graph-data does not load');
  const { positions } = JSON.parse(readFileSync(join(DEFAULT_DATA_DIR, 'layout.json'), 'utf8')) as { positions: Positions };
  return exportGraph(buildGraph(loaded.dataset), positions);
}

/** Ids that are names of JavaScript object properties. */
export const PROPERTY_NAMES = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'prototype', '__defineGetter__', 'isPrototypeOf'];

/** Texts that broke or could break a reader: invisible, direction controls, broken Unicode, markup, huge. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...PROPERTY_NAMES) },
  { weight: 3, arbitrary: fc.constantFrom('\u200B', '\u202E', '\u0301\u0302', ' \u200D ', '\uFEFF', '\uD800', 'a\uDC00', '\u3164', '', ' ', '\n') },
  {
    weight: 2,
    arbitrary: fc.constantFrom('<script>alert(1)</script>', '"quoted"', '&amp;&#0;&#x110000;', 'a,b;c|d', '--', 'a--consult--b', '2025-02-30', 'x'.repeat(101)),
  },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 200_000 }).map((n) => 'w'.repeat(n)) },
);

export const hostileNumber: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(1e308, -1e308, 1e6, 1e6 + 1, -0, 0, 0.5, 2 ** 53, Number.MIN_VALUE),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer(),
);

/** A value to put somewhere in a document: hostile strings and numbers, random JSON, deep nesting, a `__proto__` object. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: hostileString },
  { weight: 2, arbitrary: hostileNumber },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 1, arbitrary: fc.constantFrom(null, true, [], {}) },
  // Deep nesting is written into the text by toText (a deep value here would overflow fast-check's own printing).
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 50_000 }).map((depth) => `${DEEP}${depth}@@`) },
  {
    weight: 1,
    arbitrary: fc.constant('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}').map((t) => JSON.parse(t) as unknown),
  },
);

const DEEP = '@@deep:';

/** A document as text, with each deep-nesting token written out as that many nested arrays and objects. */
export function toText(doc: unknown): string {
  return (JSON.stringify(doc) ?? 'null').replace(/"@@deep:(\d+)@@"/g, (_, n: string) => {
    const depth = Number(n);
    const half = Math.floor(depth / 2);
    return `${'[{"a":'.repeat(half)}${'['.repeat(depth - half)}"bottom"${']'.repeat(depth - half)}${'}]'.repeat(half)}`;
  });
}

/** Every path into a JSON document (objects' own keys and array indices), the root included. */
function pathsOf(doc: unknown, limit = 20_000): (string | number)[][] {
  const paths: (string | number)[][] = [[]];
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value: doc, path: [] }];
  while (stack.length > 0 && paths.length < limit) {
    const { value, path } = stack.pop()!;
    if (typeof value !== 'object' || value === null) continue;
    for (const key of Array.isArray(value) ? value.keys() : Object.keys(value)) {
      const child = path.concat(key);
      paths.push(child);
      stack.push({ value: (value as Record<string | number, unknown>)[key], path: child });
    }
  }
  return paths;
}

export type Mutation =
  | { readonly op: 'set'; readonly at: number; readonly value: unknown }
  | { readonly op: 'delete'; readonly at: number }
  | { readonly op: 'duplicate'; readonly at: number }
  | { readonly op: 'add-key'; readonly at: number; readonly key: string; readonly value: unknown };

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ op: fc.constant('set' as const), at: fc.nat(), value: hostileValue }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('delete' as const), at: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('duplicate' as const), at: fc.nat() }) },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant('add-key' as const),
      at: fc.nat(),
      key: fc.oneof(fc.constantFrom(...PROPERTY_NAMES, 'x', 'y', 'stance', 'dates'), fc.string({ maxLength: 8 })),
      value: hostileValue,
    }),
  },
);

/** A deep copy of `doc` with the mutations applied (own `__proto__` keys stay data: defineProperty). */
export function mutate(doc: unknown, mutations: readonly Mutation[]): unknown {
  const copy = structuredClone<unknown>(doc);
  let root: unknown = copy;
  for (const m of mutations) {
    const paths = pathsOf(root);
    const path = paths[m.at % paths.length]!;
    if (path.length === 0) {
      if (m.op === 'set') root = m.value;
      continue;
    }
    let parent = root as Record<string | number, unknown>;
    for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
    const key = path.at(-1)!;
    // A copy of what is put in (generated values are shared between cases); JSON keeps own `__proto__` keys as data.
    const put = (obj: Record<string | number, unknown>, k: string | number, v: unknown) =>
      Object.defineProperty(obj, k, { value: v === undefined ? v : JSON.parse(JSON.stringify(v)), enumerable: true, writable: true, configurable: true });
    if (m.op === 'set') put(parent, key, m.value);
    else if (m.op === 'delete') {
      if (Array.isArray(parent) && typeof key === 'number') parent.splice(key, 1);
      else delete parent[key];
    } else if (m.op === 'duplicate') {
      if (Array.isArray(parent) && typeof key === 'number') parent.splice(key, 0, JSON.parse(JSON.stringify(parent[key] ?? null)));
      else put(parent, key, structuredClone(parent[key]));
    } else {
      const target = parent[key];
      if (typeof target === 'object' && target !== null && !Array.isArray(target)) put(target as Record<string, unknown>, m.key, m.value);
    }
  }
  return root;
}

/** Text-level damage: a slice cut out, a piece inserted, a character replaced. */
export const textDamage = fc.record({
  at: fc.nat(),
  cut: fc.nat({ max: 20 }),
  insert: fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom('{', '}', '[', ']', '"', ',', ':', '<', '>', '&', '\n', '\uD800')),
});

export function damage(text: string, d: { at: number; cut: number; insert: string }): string {
  const at = text.length === 0 ? 0 : d.at % text.length;
  return text.slice(0, at) + d.insert + text.slice(at + d.cut);
}

const PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype).join();
const ARRAY_PROTOTYPE_KEYS = Object.getOwnPropertyNames(Array.prototype).join();

/** Fails when reading changed Object.prototype or Array.prototype (prototype pollution). */
function expectNoPollution(): void {
  const inherited: string[] = [];
  for (const key in {}) inherited.push(key);
  if (
    inherited.length > 0 ||
    Object.getOwnPropertyNames(Object.prototype).join() !== PROTOTYPE_KEYS ||
    Object.getOwnPropertyNames(Array.prototype).join() !== ARRAY_PROTOTYPE_KEYS
  ) {
    throw new Error(`prototype polluted: ${inherited.join(', ')}`);
  }
}

/** Runs `read`, failing the case when it throws, pollutes a prototype or takes longer than CASE_LIMIT_MS. */
export function timed<T>(read: () => T): T {
  const start = performance.now();
  const result = read();
  const ms = performance.now() - start;
  expectNoPollution();
  if (ms > CASE_LIMIT_MS) throw new Error(`one case took ${Math.round(ms)} ms (a hang?)`);
  return result;
}

/** A refusal: problems, each naming its file and where in it (item, field or a line), each short, the list capped. */
export function expectNamedProblems(problems: readonly Problem[]): void {
  expect(problems.length).toBeGreaterThan(0);
  expect(problems.length).toBeLessThanOrEqual(MAX_PROBLEMS + 1);
  for (const p of problems) {
    // The file is always named; a problem with no item or field is about the file as a whole.
    expect(p.file.length, problemLine(p)).toBeGreaterThan(0);
    if (p.name === 'ParseError' && /JSON/.test(p.message)) expect(p.message).toMatch(/line \d+, column \d+/);
    expect(problemLine(p).length).toBeLessThan(1200);
  }
}

let fcoseReady: Promise<void> | undefined;

/** How many accepted graphs were drawn and laid out, and how many skipped the layout (property-name ids, or over the budget). */
export const acceptedStats = { drawn: 0, laidOut: 0, layoutSkipped: 0 };

/**
 * Layouts per test file: a layout costs 50 ms to 1 s on a busy 2-core machine, so every accepted graph
 * is drawn but only the first LAYOUT_BUDGET of up to LAYOUT_MAX_NODES actors are laid out (FUZZ_LAYOUTS overrides).
 */
const LAYOUT_BUDGET = Number(process.env.FUZZ_LAYOUTS ?? 12);
const LAYOUT_MAX_NODES = 60;

/**
 * An acceptance: the serialization rebuilds into a graph, the positions it carries are finite and
 * in range, the graph draws in a headless Cytoscape (every actor and relation an element) and a
 * quick fcose layout (spectral draft) gives every leaf a finite position.
 */
export async function expectUsableGraph(serialized: SerializedGraph): Promise<void> {
  const { graph, positions } = graphFromTrustedSerialization(structuredClone(serialized));
  expect(graph.order).toBeGreaterThan(0);
  for (const p of Object.values(positions ?? {})) expect(inRange(p.x) && inRange(p.y)).toBe(true);
  const elements = buildElements(graph, { positions, collapsed: new Set() });
  const cy = cytoscape({ headless: true, styleEnabled: false, layout: { name: 'preset' } });
  try {
    cy.add(
      [...elements.nodes, ...elements.edges].map((e) => ({
        group: e.group,
        data: { ...e.data },
        ...('position' in e && e.position ? { position: { ...e.position } } : {}),
      })),
    );
    expect(cy.nodes().length).toBe(graph.order);
    if (graph.size > 0) expect(cy.edges().length).toBeGreaterThan(0);
    acceptedStats.drawn++;
    if (acceptedStats.laidOut >= LAYOUT_BUDGET || graph.order > LAYOUT_MAX_NODES) {
      acceptedStats.layoutSkipped++;
      return;
    }
    await quickLayout(elements);
    acceptedStats.laidOut++;
  } finally {
    cy.destroy();
  }
}

/**
 * fcose as the app's layout runs it (footprint style, src/cy/run-layout.ts) with few iterations:
 * every leaf must get a finite position. (Its spectral "draft" on a tiny compound graph gives NaN
 * here; the app uses the draft only above 250 nodes.)
 */
async function quickLayout(elements: ReturnType<typeof buildElements>): Promise<void> {
  fcoseReady ??= loadFcose();
  await fcoseReady;
  const cy = cytoscape({ headless: true, styleEnabled: true, style: FOOTPRINT_STYLE as unknown as cytoscape.StylesheetJson, layout: { name: 'preset' } });
  try {
    // Under the layout's index ids, as the app lays out (src/cy/layout-ids.ts): fcose keys nodes by id in plain objects.
    const { elements: indexed } = toLayoutIds([...elements.nodes, ...elements.edges].map((e) => ({ group: e.group, data: { ...e.data } })));
    cy.add(indexed);
    const options = {
      name: 'fcose',
      quality: 'default',
      numIter: 100,
      randomize: true,
      animate: false,
      fit: false,
      packComponents: false,
      nodeDimensionsIncludeLabels: false,
    };
    cy.layout(options).run();
    cy.nodes().forEach((n) => {
      if (n.isChildless()) expect(Number.isFinite(n.position().x) && Number.isFinite(n.position().y)).toBe(true);
    });
  } finally {
    cy.destroy();
  }
}

/** Prints, after a fuzz file, how many accepted graphs were drawn and laid out (the rest were refusals). */
export function logAcceptedStats(file: string): void {
  console.log(
    `${file}: ${acceptedStats.drawn} accepted graphs drawn headless, ${acceptedStats.laidOut} laid out, ${acceptedStats.layoutSkipped} not laid out (over the layout budget or size)`,
  );
}

/** The checks for one reader's outcome. */
export async function expectSound(outcome: FormatOutcome): Promise<void> {
  if (outcome.ok) await expectUsableGraph(outcome.serialized);
  else expectNamedProblems(outcome.problems);
}

/** fast-check's parameters for a target: RUNS cases, a seed from FUZZ_SEED when given (to replay). */
export const params = (): fc.Parameters<unknown> => ({
  numRuns: RUNS,
  ...(process.env.FUZZ_SEED ? { seed: Number(process.env.FUZZ_SEED) } : {}),
});
