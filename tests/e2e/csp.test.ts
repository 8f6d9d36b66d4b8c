/**
 * End to end, in Chromium against the BUILT page (issue 18): the Content-Security-Policy that
 * scripts/csp-plugin.ts puts into index.html is there with its directives, and loading the page,
 * importing a file, exporting PNG, SVG and JSON and re-running the layout break none of it (no
 * `securitypolicyviolation` event in the page or its workers' console, no CSP error logged).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { syntheticDataset } from '../../bench/synthetic';
import { CSP_DIRECTIVES } from '../../scripts/csp-plugin';
import { startHarness, waitForCanvas, type Harness } from './harness';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});

afterAll(async () => {
  await harness?.close();
});

/** Records violations from the very first script on (an init script runs before the page's own). */
const LISTEN = `
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__cspViolations.push(e.violatedDirective + ' ' + (e.blockedURI || 'inline') + ' ' + (e.sample || '') + ' at ' + e.sourceFile + ':' + e.lineNumber);
  });
`;

async function violations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
}

async function clickAndDownload(page: Page, button: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button, exact: true }).click()]);
  return file.suggestedFilename();
}

describe('Content-Security-Policy of the built page', () => {
  it('carries the policy and reports no violation through load, import, exports and a layout re-run', async () => {
    const page = await harness.newPage({ width: 1280, height: 800 });
    await page.addInitScript({ content: LISTEN });
    const consoleErrors: string[] = [];
    page.on('console', (message) => {
      if (/content security policy/i.test(message.text())) consoleErrors.push(message.text());
    });
    page.on('worker', (worker) => worker.on('console', (message) => /content security policy/i.test(message.text()) && consoleErrors.push(message.text())));
    await page.goto(`${harness.baseUrl}/?e2e`);
    await waitForCanvas(page);

    const meta = await page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? null);
    expect(meta).not.toBeNull();
    const directives = new Map(
      meta!
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .map(([name = '', ...values]) => [name, values.join(' ')]),
    );
    for (const [name, value] of CSP_DIRECTIVES) expect(directives.get(name), name).toBe(value);
    expect(directives.get('default-src')).toBe("'self'");
    expect(directives.get('script-src')).toBe("'self'");
    expect(directives.get('object-src')).toBe("'none'");
    expect(directives.get('base-uri')).toBe("'none'");
    expect(meta).not.toContain('unsafe-eval');
    expect(meta).not.toContain('unsafe-inline');

    // Import a graph without positions (its layout runs in the worker), as a user picks a file.
    await page.getByRole('button', { name: 'Import…', exact: true }).click();
    const dataset = Buffer.from(JSON.stringify(syntheticDataset(300, 5)));
    await page.getByLabel('Import data', { exact: true }).setInputFiles({ name: 'csp.json', mimeType: 'application/json', buffer: dataset });
    await page.getByText(/^Imported “csp\.json”/).waitFor({ timeout: 60_000 });
    await waitForCanvas(page);

    await page.getByRole('button', { name: 'Export…', exact: true }).click();
    await page.getByRole('button', { name: 'Export PNG', exact: true }).waitFor();
    expect(await clickAndDownload(page, 'Export PNG')).toMatch(/\.png$/);
    expect(await clickAndDownload(page, 'Export SVG')).toMatch(/\.svg$/);
    expect(await clickAndDownload(page, 'Export JSON')).toMatch(/\.json$/);

    await page.getByRole('button', { name: 'Re-run layout', exact: true }).click();
    await page.waitForFunction(() => window.__explorer!.explorer.layoutBusy, undefined, { timeout: 10_000 }).catch(() => undefined);
    await waitForCanvas(page);

    // The harness's check that the policy is in force at all: an inline script is refused and reported.
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true;';
      document.head.append(script);
    });
    await page.waitForFunction(() => (window as unknown as { __cspViolations: string[] }).__cspViolations.length > 0);
    const seen = await violations(page);
    expect(await page.evaluate(() => 'inlineRan' in window || '__inlineRan' in window)).toBe(false);
    // Only that one, deliberate violation.
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatch(/^script-src/);
    expect(consoleErrors.filter((text) => !/inline script/i.test(text))).toEqual([]);
    await page.context().close();
  });
});
