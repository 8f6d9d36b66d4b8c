/**
 * End to end, in Chromium: the compare view exists to show where the articles disagree (issue 13).
 * Comparing Lawfare with the Quincy brief, "Where they disagree" lists the satellite-or-sovereign
 * question (Russia's control of Belarus's foreign policy: Lawfare asserts it, Quincy's
 * "multi-vector state … free to cultivate its own relationships" denies it), with both articles'
 * quotes shown side by side, each with its stance; selecting it shows both quotes in the pane.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareArticles, ROOT, startHarness, type Harness } from './harness';

const RELATION = 'russia--coerce--belarus--foreign-policy-control';

interface RelationsFile {
  relations: { id: string; label: string; claims: { source: string; quote: string; stance: string }[] }[];
}
/** The relation as authored, its claims pooled from every relations file (as the loader pools them). */
function authoredRelation(): RelationsFile['relations'][number] | undefined {
  const dir = join(ROOT, 'graph-data', 'relations');
  const parts = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .flatMap((f) => (JSON.parse(readFileSync(join(dir, f), 'utf8')) as RelationsFile).relations.filter((r) => r.id === RELATION));
  const first = parts[0];
  return first && { ...first, claims: parts.flatMap((r) => r.claims) };
}

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});

afterAll(async () => {
  await harness?.close();
});

describe('where two articles disagree', () => {
  it('Lawfare vs the Quincy brief: the satellite-or-sovereign question, both quotes shown', async () => {
    const lawfare = authoredRelation();
    expect(lawfare, `${RELATION} in graph-data/relations/`).toBeDefined();
    const lawfareQuote = lawfare!.claims.find((c) => c.source === 'lawfare' && c.stance === 'supports')!.quote;
    const quincyQuote = lawfare!.claims.find((c) => c.source === 'quincy' && c.stance === 'opposes')!.quote;

    const page = await harness.openExplorer({ width: 1440, height: 900 });
    await compareArticles(page, 'lawfare', 'quincy');

    const list = page.getByRole('list', { name: 'Where they disagree' });
    const card = list.getByRole('listitem').filter({ hasText: lawfare!.label });
    expect(await card.count()).toBe(1);
    const sides = card.getByTestId('disagreement-side');
    expect(await sides.count()).toBe(2);
    const [a, b] = [(await sides.nth(0).innerText()).replace(/\s+/g, ' '), (await sides.nth(1).innerText()).replace(/\s+/g, ' ')];
    expect(a).toContain('Lawfare: supports');
    expect(a).toContain(lawfareQuote.replace(/\s+/g, ' '));
    expect(b).toMatch(/: (opposes|supports and opposes)/);
    expect(b).toContain(quincyQuote.replace(/\s+/g, ' '));
    // The banner counts it, and selecting it shows both articles' quotes side by side in the pane.
    expect(await page.getByTestId('disagree-count').innerText()).toMatch(/Disagree [1-9]/);
    await card.getByRole('button').first().click();
    await page.waitForFunction((id) => window.__explorer!.explorer.selection?.id === id, RELATION);
    const pane = page.getByTestId('side-by-side');
    expect(await pane.locator(':scope > section').count()).toBe(2);
    const paneText = (await pane.innerText()).replace(/\s+/g, ' ');
    expect(paneText).toContain(lawfareQuote.replace(/\s+/g, ' '));
    expect(paneText).toContain(quincyQuote.replace(/\s+/g, ' '));
    await page.context().close();
  });
});
