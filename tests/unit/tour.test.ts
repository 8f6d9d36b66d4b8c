/**
 * The guided tour: the shipped "Five readings of the thaw" against the shipped data (one step per
 * article, then each thesis between two articles that take opposite sides on it), and the checks
 * that reject a bad tour naming step and field, including captions that quote words the data lacks.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAuthoredFiles } from '../../src/model/load';
import { checkTour, formatTourProblem, quotedPhrases, viewLosses, type TourContext } from '../../src/model/tour';
import { clampStep, readTour, stepCounter, stepHash } from '../../src/model/tour-steps';
import { parseUrlState, type KnownIds } from '../../src/model/url-state';
import { readGraphData } from '../../scripts/graph-data-files';
import { validParts } from '../fixtures/authored';
import { writeDataDir } from '../fixtures/data-dir';

const ROOT = resolve(import.meta.dirname, '..', '..');
const loaded = loadAuthoredFiles(readGraphData());
if (!loaded.ok) throw new Error('the shipped data does not load');
const dataset = loaded.dataset;
const actorIds = new Set(dataset.actors.map((a) => a.id));
const relationIds = new Set(dataset.relations.map((r) => r.id));
const known: KnownIds = { sources: dataset.sources.map((s) => s.id), hasActor: (id) => actorIds.has(id), hasRelation: (id) => relationIds.has(id) };
const context: TourContext = { known, quotes: dataset.relations.flatMap((r) => r.claims.map((c) => c.quote)), expectedId: 'five-readings' };
const shippedJson: unknown = JSON.parse(readFileSync(join(ROOT, 'graph-data', 'tours', 'five-readings.json'), 'utf8'));
const theses = (JSON.parse(readFileSync(join(ROOT, 'graph-data', 'relations', 'theses.json'), 'utf8')) as { relations: { id: string }[] }).relations;

const stepAt = (n: number) => ({ view: '#view=one:lawfare', caption: `Step ${n}.` });
const tourWith = (steps: unknown[]): unknown => ({ id: 'five-readings', title: 'A tour', steps });

describe('the shipped tour, "Five readings of the thaw"', () => {
  const checked = checkTour(shippedJson, 'graph-data/tours/five-readings.json', context);

  it('passes every check against the shipped data', () => {
    expect(checked.ok ? [] : checked.problems.map(formatTourProblem)).toEqual([]);
  });

  it('has one one-article step per article, then one comparison per disputed thesis', () => {
    if (!checked.ok) throw new Error('not ok');
    const { steps, title } = checked.tour;
    expect(title).toBe('Five readings of the thaw');
    expect(steps).toHaveLength(dataset.sources.length + theses.length);
    const articles = steps.slice(0, dataset.sources.length).map((s) => parseUrlState(s.view, known).perspective);
    expect(articles.map((p) => (p.mode === 'one' ? p.source : p.mode)).sort()).toEqual(dataset.sources.map((s) => s.id).sort());
    const questions = steps.slice(dataset.sources.length).map((s) => parseUrlState(s.view, known));
    expect(questions.map((q) => q.selection?.id).sort()).toEqual(theses.map((t) => t.id).sort());
    for (const q of questions) {
      if (q.perspective.mode !== 'compare' || q.selection?.kind !== 'relation') throw new Error('a question step is not a comparison of a relation');
      const claims = dataset.relations.find((r) => r.id === q.selection?.id)?.claims ?? [];
      const stance = (source: string) => new Set(claims.filter((c) => c.source === source).map((c) => c.stance));
      // The first article supports the thesis, the second opposes it: they disagree.
      expect([...stance(q.perspective.a)], `${q.selection.id} ${q.perspective.a}`).toEqual(['supports']);
      expect([...stance(q.perspective.b)], `${q.selection.id} ${q.perspective.b}`).toEqual(['opposes']);
    }
  });

  it('quotes in its captions, and every quoted phrase is in a claim of the data', () => {
    if (!checked.ok) throw new Error('not ok');
    const phrases = checked.tour.steps.flatMap((s) => quotedPhrases(s.caption));
    expect(phrases.length).toBeGreaterThanOrEqual(checked.tour.steps.length);
    for (const phrase of phrases)
      expect(
        context.quotes.some((q) => q.includes(phrase)),
        phrase,
      ).toBe(true);
  });
});

describe('a bad tour is rejected, naming step and field', () => {
  const problems = (json: unknown, ctx: TourContext = context): string[] => {
    const result = checkTour(json, 'tours/t.json', ctx);
    return result.ok ? [] : result.problems.map(formatTourProblem);
  };

  it('names the step and field of a schema error', () => {
    expect(problems(tourWith([stepAt(1), stepAt(2), { view: '#view=one:lawfare' }]))).toEqual([
      'TourError: tours/t.json › steps[2] (step 3) › caption: is missing',
    ]);
    expect(problems(tourWith([stepAt(1), { view: 'view=one:lawfare', caption: 'x'.repeat(401), extra: 1 }]))).toEqual([
      'TourError: tours/t.json › steps[1] (step 2) › view: must be a URL hash: empty, or starting with "#"',
      'TourError: tours/t.json › steps[1] (step 2) › caption: must be at most 400 characters long',
      'TourError: tours/t.json › steps[1] (step 2): has a field the format does not know: extra',
    ]);
    expect(problems({ id: 'Five Readings', title: '', steps: [] })).toEqual([
      'TourError: tours/t.json › id: must be lower-case kebab-case, like "five-readings"',
      'TourError: tours/t.json › title: must not be empty',
      'TourError: tours/t.json › steps: needs at least 1 item',
    ]);
    expect(problems([1, 2])).toEqual(['TourError: tours/t.json: must be an object (found a list)']);
    expect(problems({ ...(tourWith([stepAt(1)]) as object), id: 'other' })).toEqual([
      'TourError: tours/t.json › id: must be "five-readings", the file\'s name',
    ]);
  });

  it('names every part of a view that the explorer would drop', () => {
    const bad = tourWith([
      stepAt(1),
      { view: '#view=one:nobody&actor=ghost&hide-types=bogus&collapsed=united-states', caption: 'Bad view.' },
      { view: '#actor=lukashenko&relation=united-states--yield--belarus--sanctions-relief', caption: 'Two selections.' },
      { view: '#view=one:lawfare&tour=five-readings&step=2', caption: 'A tour in a tour.' },
    ]);
    expect(problems(bad)).toEqual([
      'TourError: tours/t.json › steps[1] (step 2) › view: drops "view=one:nobody" (unknown, or not valid with the rest of the view)',
      'TourError: tours/t.json › steps[1] (step 2) › view: drops "actor=ghost" (unknown, or not valid with the rest of the view)',
      'TourError: tours/t.json › steps[1] (step 2) › view: drops "hide-types=bogus" (unknown, or not valid with the rest of the view)',
      'TourError: tours/t.json › steps[2] (step 3) › view: drops "actor=lukashenko" (unknown, or not valid with the rest of the view)',
      'TourError: tours/t.json › steps[3] (step 4) › view: names "tour": the tour adds its own place',
      'TourError: tours/t.json › steps[3] (step 4) › view: names "step": the tour adds its own place',
    ]);
    expect(viewLosses('#hide-quads=4,2&view=ONE:Lawfare&collapsed=belarus', known)).toEqual([]);
    expect(viewLosses('', known)).toEqual([]);
    expect(viewLosses('#view=all', known)).toEqual([]);
  });

  it('rejects a caption that quotes words not in any claim, or leaves a quotation mark open', () => {
    const bad = tourWith([
      { view: '', caption: 'Lawfare: “There is no realistic way to isolate Lukashenka from Putin”.' },
      { view: '', caption: 'Lawfare: “There is no way to isolate Lukashenka from Putin”.' },
      { view: '', caption: 'Straight quotes too: "an illusion" and "a grand illusion".' },
      { view: '', caption: 'Open “quote with no end.' },
      { view: '', caption: 'Empty “” quote.' },
    ]);
    expect(problems(bad)).toEqual([
      'TourError: tours/t.json › steps[1] (step 2) › caption: quotes "There is no way to isolate Lukashenka from Putin", which is not part of any claim\'s quote in the data',
      'TourError: tours/t.json › steps[2] (step 3) › caption: quotes "a grand illusion", which is not part of any claim\'s quote in the data',
      'TourError: tours/t.json › steps[3] (step 4) › caption: has an unclosed quotation mark',
      'TourError: tours/t.json › steps[4] (step 5) › caption: quotes "", which is not part of any claim\'s quote in the data',
    ]);
    expect(quotedPhrases('a “b” c "d" e')).toEqual(['b', 'd']);
  });
});

describe('tour steps in the page (no zod)', () => {
  const tour = readTour(shippedJson);

  it('reads a tour file, and nothing that is not one', () => {
    expect(tour?.steps).toHaveLength(13);
    expect(readTour(null)).toBeUndefined();
    expect(readTour({ id: 'x', title: 'X', steps: [] })).toBeUndefined();
    expect(readTour({ id: 'x', title: 'X', steps: [{ view: 1, caption: 'c' }] })).toBeUndefined();
  });

  it('makes the hash of a step: the step view with the tour and the step', () => {
    if (!tour) throw new Error('no tour');
    expect(stepHash(tour, 1, known)).toBe('#view=one:korybko&tour=five-readings&step=1');
    expect(stepHash(tour, 6, known)).toBe('#view=compare:lawfare,quincy&relation=russia--coerce--belarus--foreign-policy-control&tour=five-readings&step=6');
    expect(stepHash(tour, 40, known)).toMatch(/&step=13$/);
    expect(clampStep(tour, 0)).toBe(1);
    expect(stepCounter(2, 13)).toBe('Step 2 of 13');
  });
});

describe('npm run data:check on tours', () => {
  it('fails on a bad tour, naming file, step and field, and passes a good one', () => {
    const dir = writeDataDir(validParts());
    mkdirSync(join(dir.data, 'tours'));
    const tourFile = join(dir.data, 'tours', 'mini.json');
    const run = () =>
      spawnSync(process.execPath, [join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(ROOT, 'scripts', 'data-check.ts'), '--data', dir.data], {
        cwd: ROOT,
        encoding: 'utf8',
      });
    writeFileSync(
      tourFile,
      JSON.stringify({
        id: 'mini',
        title: 'Mini',
        steps: [
          { view: '#view=one:alpha&actor=kellogg', caption: 'Alpha: “six hours of detailed talks”.' },
          { view: '#actor=smith', caption: 'Alpha: “seven hours”.' },
        ],
      }),
    );
    const bad = run();
    expect(bad.status).toBe(1);
    expect(bad.stderr.split('\n').filter((l) => l.startsWith('TourError'))).toEqual([
      'TourError: graph-data/tours/mini.json › steps[1] (step 2) › view: drops "actor=smith" (unknown, or not valid with the rest of the view)',
      'TourError: graph-data/tours/mini.json › steps[1] (step 2) › caption: quotes "seven hours", which is not part of any claim\'s quote in the data',
    ]);
    writeFileSync(
      tourFile,
      JSON.stringify({ id: 'mini', title: 'Mini', steps: [{ view: '#actor=kellogg', caption: 'Alpha: “six hours of detailed talks”.' }] }),
    );
    const good = run();
    expect(good.stderr).toBe('');
    expect(good.status).toBe(0);
    expect(good.stdout).toContain('1 tour(s): every step');
  });
});
