/**
 * Fuzzing the readers of other tools' files (issue 18, build item 4): GEXF (a Gephi file mutated in
 * its values and its text, and GEXF files made up of hostile ids, labels and positions), CSV as an
 * edges table alone and as a nodes and an edges table chosen together, and "Apply layout from
 * file" (readLayoutFile) on GEXF and JSON. See harness.ts for what is checked.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { readImportFiles, readLayoutFile } from '../../src/model/import-formats/dispatch';
import { inRange } from '../../src/model/bounds';
import {
  RUNS,
  TARGET_TIMEOUT_MS,
  builtinExport,
  damage,
  expectNamedProblems,
  expectSound,
  fixtureText,
  hostileNumber,
  hostileString,
  mutate,
  mutation,
  params,
  textDamage,
  timed,
  toText,
  logAcceptedStats,
} from './harness';

const xml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
const GEPHI = fixtureText('gephi-small.gexf');
const CAPITALS = fixtureText('gephi-capitals.gexf');

/** A Gephi file with some attribute values replaced (escaped or raw) and some text damage. */
export const mutatedGexf = fc
  .record({
    base: fc.constantFrom(GEPHI, CAPITALS),
    values: fc.array(fc.record({ at: fc.nat(), value: fc.oneof(hostileString, hostileNumber.map(String)), raw: fc.boolean() }), { maxLength: 4 }),
    broken: fc.option(textDamage, { freq: 3 }),
  })
  .map(({ base, values, broken }) => {
    let text = base;
    for (const v of values) {
      const spots = [...text.matchAll(/="([^"]*)"/g)];
      const spot = spots[v.at % spots.length]!;
      const start = spot.index + 2;
      text = text.slice(0, start) + (v.raw ? v.value : xml(v.value)) + text.slice(start + spot[1]!.length);
    }
    return broken ? damage(text, broken) : text;
  });

/** A GEXF file made up of hostile nodes and edges. */
export const madeUpGexf = fc
  .record({
    nodes: fc.array(fc.record({ id: hostileString, label: fc.option(hostileString), x: hostileNumber, y: hostileNumber }), { minLength: 0, maxLength: 8 }),
    edges: fc.array(fc.record({ id: fc.option(hostileString), source: fc.nat(), target: fc.nat(), label: fc.option(hostileString) }), { maxLength: 10 }),
    undirected: fc.boolean(),
  })
  .map(({ nodes, edges, undirected }) => {
    const ids = nodes.map((n) => n.id);
    const end = (i: number) => (ids.length === 0 ? 'nowhere' : ids[i % ids.length]!);
    const nodeXml = nodes
      .map((n) => `<node id="${xml(n.id)}"${n.label === null ? '' : ` label="${xml(n.label)}"`}><viz:position x="${n.x}" y="${n.y}"/></node>`)
      .join('');
    const edgeXml = edges
      .map(
        (e) =>
          `<edge${e.id === null ? '' : ` id="${xml(e.id)}"`} source="${xml(end(e.source))}" target="${xml(end(e.target))}"${e.label === null ? '' : ` label="${xml(e.label)}"`}/>`,
      )
      .join('');
    return `<?xml version="1.0"?><gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3"><graph defaultedgetype="${undirected ? 'undirected' : 'directed'}"><nodes>${nodeXml}</nodes><edges>${edgeXml}</edges></graph></gexf>`;
  });

const csvCell = (s: string): string => (/[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
const EDGE_HEADERS = ['Source', 'Target', 'From', 'To', 'Label', 'Weight', 'Type', 'Direction', 'Id', 'Color', 'relation type'];
const NODE_HEADERS = ['Id', 'Label', 'Name', 'Kind', 'Type', 'Parent', 'Description', 'Aliases', 'x', 'y', 'Color', 'Size', 'Notes'];

/** A CSV table: some of `headers` (or hostile ones) and rows of hostile cells, quoted or not, with a few names reused so edges meet nodes. */
const table = (headers: readonly string[]) =>
  fc
    .record({
      header: fc.array(fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...headers) }, { weight: 1, arbitrary: hostileString }), {
        minLength: 1,
        maxLength: 6,
      }),
      rows: fc.array(
        fc.array(
          fc.oneof(
            { weight: 3, arbitrary: fc.constantFrom('a', 'b', 'c', 'Belarus', '1e308', '-5', 'directed', 'mutual') },
            { weight: 2, arbitrary: hostileString },
            { weight: 1, arbitrary: hostileNumber.map(String) },
          ),
          { maxLength: 7 },
        ),
        { maxLength: 12 },
      ),
      quoted: fc.boolean(),
    })
    .map(({ header, rows, quoted }) => [header, ...rows].map((row) => row.map((c) => (quoted ? csvCell(c) : c)).join(',')).join('\n'));

const read = (files: { name: string; text: string }[]) => timed(() => readImportFiles(files));

afterAll(() => logAcceptedStats('gexf-csv-import'));

describe(`fuzzing the GEXF and CSV readers (${RUNS} cases per target)`, { timeout: TARGET_TIMEOUT_MS }, () => {
  it('GEXF: Gephi files mutated, and made-up ones', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          mutatedGexf,
          madeUpGexf,
          fc.string({ maxLength: 300 }).map((s) => `<gexf><graph>${s}</graph></gexf>`),
        ),
        async (text) => {
          await expectSound(read([{ name: 'net.gexf', text }]));
        },
      ),
      params(),
    );
  });

  it('CSV: an edges table alone', async () => {
    const damaged = fc
      .tuple(fc.constantFrom(fixtureText('csv-tricky.edges.csv'), fixtureText('kumu-connections.csv')), textDamage)
      .map(([t, d]) => damage(t, d));
    await fc.assert(
      fc.asyncProperty(fc.oneof(table(EDGE_HEADERS), damaged, fc.string({ unit: 'binary', maxLength: 300 })), async (text) => {
        await expectSound(read([{ name: 'edges.csv', text }]));
      }),
      params(),
    );
  });

  it('CSV: a nodes and an edges table chosen together', async () => {
    await fc.assert(
      fc.asyncProperty(table(NODE_HEADERS), table(EDGE_HEADERS), fc.boolean(), async (nodes, edges, swap) => {
        const files = [
          { name: 'net.nodes.csv', text: nodes },
          { name: 'net.edges.csv', text: edges },
        ];
        await expectSound(read(swap ? files.reverse() : files));
      }),
      params(),
    );
  });

  it('Apply layout from file: GEXF and JSON positions, mutated', async () => {
    const builtin = builtinExport();
    const file = fc.oneof(
      mutatedGexf.map((text) => ({ name: 'layout.gexf', text })),
      madeUpGexf.map((text) => ({ name: 'layout.gexf', text })),
      fc.array(mutation, { maxLength: 3 }).map((m) => ({ name: 'layout.json', text: toText(mutate(builtin, m)) })),
    );
    fc.assert(
      fc.property(file, (f) => {
        const outcome = timed(() => readLayoutFile(f));
        if (!outcome.ok) return expectNamedProblems(outcome.problems);
        for (const p of Object.values(outcome.positions)) expect(inRange(p.x) && inRange(p.y)).toBe(true);
      }),
      { ...params(), numRuns: Math.ceil(RUNS / 2) },
    );
  });
});
