/**
 * Accessibility in real Chromium (issue 17): axe-core injected into the page in each state a
 * newcomer reaches (default view, an actor or a relation selected, one article, two compared, the
 * Export and Import panels open) must report no serious or critical violation; the graph can be
 * entered and walked with keys alone, and what is focused is announced; a phone gets the graph
 * first with the panels in a sheet, without horizontal scrolling.
 */
import { createRequire } from 'node:module';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ROOT, startHarness, type Harness } from './harness';

const SHOTS = join(ROOT, 'tests', 'e2e', '__screenshots__');
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
  mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await harness?.close();
});

interface Violation {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

/** axe's serious and critical violations on the page as it is now (axe injected once per page). */
async function seriousViolations(page: Page): Promise<Violation[]> {
  const injected = await page.evaluate(() => 'axe' in window);
  if (!injected) await page.addScriptTag({ path: AXE });
  const { passed, violations } = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document): Promise<{ violations: unknown[]; passes: unknown[] }> } }).axe;
    const result = await axe.run(document);
    type V = { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] };
    return {
      passed: result.passes.length,
      violations: (result.violations as V[]).map((v) => ({
        id: v.id,
        impact: v.impact ?? '',
        help: v.help,
        targets: v.nodes.slice(0, 5).map((n) => JSON.stringify(n.target)),
      })),
    };
  });
  // axe ran its rules on this page (a run that checked nothing would pass anything).
  expect(passed).toBeGreaterThan(10);
  const minor = violations.filter((v) => v.impact !== 'serious' && v.impact !== 'critical');
  if (minor.length > 0) console.info(`[axe] moderate or minor: ${minor.map((v) => `${v.id} ${v.targets.join(' ')}`).join('; ')}`);
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** The side panels are mounted after the first picture: wait for the left panel's tabs. */
async function panelsReady(page: Page): Promise<void> {
  await page.getByRole('tab').first().waitFor({ timeout: 15_000 });
}

/** What the page shows, to check each state was reached: perspective mode, selection, open tool. */
function pageState(page: Page): Promise<string> {
  return page.evaluate(() => {
    const e = window.__explorer!.explorer;
    const tool = document.querySelector('#tool-export') ? 'export' : document.querySelector('#tool-import:not([hidden])') ? 'import' : 'none';
    const heading = document.querySelector('[data-pane-heading]')?.textContent?.trim() ?? '';
    return `${e.perspective.mode} ${e.selection ? `${e.selection.kind}:${e.selection.id}` : '-'} ${tool} ${heading ? 'pane' : 'no-pane'}`;
  });
}

describe('axe-core: no serious or critical violation', () => {
  const states: [string, string, string, ((page: Page) => Promise<void>)?][] = [
    ['the default view', '', 'all - none no-pane'],
    ['an actor selected', '#actor=lukashenko', 'all actor:lukashenko none pane'],
    ['a relation selected', '#relation=kellogg--consult--lukashenko', 'all relation:kellogg--consult--lukashenko none pane'],
    ['one article', '#view=one:lawfare', 'one - none no-pane'],
    ['two articles compared', '#view=compare:lawfare,quincy', 'compare - none no-pane'],
    [
      'the Export panel open',
      '',
      'all - export no-pane',
      async (page) => {
        await page.getByRole('button', { name: 'Export…' }).click();
        await page.locator('#tool-export').getByRole('button').nth(1).waitFor();
      },
    ],
    [
      'the Import panel open',
      '',
      'all - import no-pane',
      async (page) => {
        await page.getByRole('button', { name: 'Import…' }).click();
        await page.locator('#tool-import input[type="file"]').waitFor({ state: 'attached' });
      },
    ],
  ];
  for (const [name, hash, expected, act] of states) {
    it(name, async () => {
      const page = await harness.openExplorer({ width: 1280, height: 800 }, hash);
      await panelsReady(page);
      if (act) await act(page);
      if (expected.endsWith(' pane')) await page.locator('[data-pane-heading]').first().waitFor();
      expect(await pageState(page)).toBe(expected);
      const violations = await seriousViolations(page);
      expect(violations, JSON.stringify(violations, null, 1)).toEqual([]);
      await page.context().close();
    });
  }
});
