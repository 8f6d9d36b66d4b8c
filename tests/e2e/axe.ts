/**
 * axe-core in a real page, written once for every e2e file that checks accessibility: it injects
 * axe (once per page), runs every rule on the document, and returns the serious and critical
 * violations as "rule: targets" lines (an empty list is a pass). A run that checked almost
 * nothing fails, since it would pass anything; moderate and minor findings are logged.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

export async function seriousViolations(page: Page): Promise<string[]> {
  // (Evaluated, not added as a <script>: the built page's Content-Security-Policy refuses inline scripts.)
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(readFileSync(AXE, 'utf8'));
  const { passed, violations } = await page.evaluate(async () => {
    type V = { id: string; impact: string | null; nodes: { target: unknown[] }[] };
    const axe = (window as unknown as { axe: { run(context: Document): Promise<{ violations: V[]; passes: unknown[] }> } }).axe;
    const result = await axe.run(document);
    return {
      passed: result.passes.length,
      violations: result.violations.map((v) => ({
        id: v.id,
        impact: v.impact ?? '',
        targets: v.nodes
          .slice(0, 5)
          .map((n) => JSON.stringify(n.target))
          .join(' '),
      })),
    };
  });
  if (passed < 10) throw new Error(`axe checked only ${passed} rules: the page is not what the test meant to check`);
  const minor = violations.filter((v) => v.impact !== 'serious' && v.impact !== 'critical');
  if (minor.length > 0) console.info(`[axe] moderate or minor: ${minor.map((v) => `${v.id} ${v.targets}`).join('; ')}`);
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.targets}`);
}
