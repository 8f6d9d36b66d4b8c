/**
 * End to end, in Chromium (issue 15): the Export panel's SVG is a well-formed XML document (the
 * page's own DOMParser, which reports any error as a <parsererror>) holding the graph as the explorer
 * draws it (every shown actor's label as text), the caption's title and the legend; CSV comes as
 * two files, nodes and edges; GEXF parses as XML too.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { drawnIds, startHarness, waitForCanvas, type Harness } from './harness';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});

afterAll(async () => {
  await harness?.close();
});

async function openExport(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Export…', exact: true }).click();
  await page.getByRole('button', { name: 'Export SVG', exact: true }).waitFor();
}

/** Clicks `button` and collects `count` downloads: their names and text. */
async function downloads(page: Page, button: string, count = 1): Promise<{ name: string; text: string }[]> {
  const files: Promise<{ name: string; text: string }>[] = [];
  const seen = new Promise<void>((resolve) => {
    const onDownload = (download: import('playwright-core').Download): void => {
      files.push(download.path().then((path) => ({ name: download.suggestedFilename(), text: readFileSync(path, 'utf8') })));
      if (files.length === count) {
        page.off('download', onDownload);
        resolve();
      }
    };
    page.on('download', onDownload);
  });
  await page.getByRole('button', { name: button, exact: true }).click();
  await seen;
  return Promise.all(files);
}

/** Parses `text` as XML in the page: the parse error if any, the root's name, and every <text>'s and the <title>'s content. */
function parseInPage(page: Page, text: string, type: 'image/svg+xml' | 'application/xml') {
  return page.evaluate(
    ({ source, mime }) => {
      const doc = new DOMParser().parseFromString(source, mime);
      const error = doc.getElementsByTagName('parsererror')[0]?.textContent ?? null;
      return {
        error,
        root: doc.documentElement.localName,
        texts: [...doc.getElementsByTagName('text')].map((t) => t.textContent ?? ''),
        title: doc.querySelector('svg > title')?.textContent ?? null,
      };
    },
    { source: text, mime: type },
  );
}

describe('export formats in the browser', () => {
  it('downloads an SVG of the whole graph that parses as XML and holds the actor labels, caption title and legend', async () => {
    const page = await harness.openExplorer({ width: 1400, height: 900 });
    const shown = await drawnIds(page);
    const { labels, title } = await page.evaluate((ids) => {
      const explorer = window.__explorer!.explorer;
      return { labels: ids.map((id) => explorer.graph.getNodeAttribute(id, 'label')), title: explorer.title };
    }, shown.nodes);
    await openExport(page);
    const [svg] = await downloads(page, 'Export SVG');
    expect(svg!.name).toMatch(/^belarus-graph-.*\.svg$/);
    const parsed = await parseInPage(page, svg!.text, 'image/svg+xml');
    expect(parsed.error).toBeNull();
    expect(parsed.root).toBe('svg');
    expect(parsed.title).toBe(title);
    const words = new Set(parsed.texts.join(' ').split(/\s+/));
    // Long labels are wrapped over lines as the canvas wraps them (one <text> each): every word of every label is there.
    for (const label of labels) for (const word of label.split(/\s+/)) expect(words, label).toContain(word);
    expect(parsed.texts).toContain(title);
    expect(parsed.texts).toContain('Legend');
    expect(parsed.texts.some((t) => /^State \(\d+\)$/.test(t))).toBe(true);
    await expect.poll(() => page.locator('#tool-export').getByRole('status').first().textContent()).toMatch(/^Saved belarus-graph-.*\.svg \(\d+ × \d+\)\.$/);
  });

  it('downloads CSV as two files and GEXF that parses as XML', async () => {
    const page = await harness.openExplorer({ width: 1400, height: 900 });
    const shown = await drawnIds(page);
    await openExport(page);
    const csv = await downloads(page, 'Export CSV', 2);
    const names = csv.map((f) => f.name).sort();
    expect(names[0]).toMatch(/^belarus-graph-.*\.edges\.csv$/);
    expect(names[1]).toMatch(/^belarus-graph-.*\.nodes\.csv$/);
    const nodes = csv.find((f) => f.name.endsWith('.nodes.csv'))!.text;
    expect(nodes.startsWith('Id,Label,kind,parent,aliases,description\r\n')).toBe(true);
    for (const id of shown.nodes) expect(nodes).toContain(`\n${id},`);

    const [gexf] = await downloads(page, 'Export GEXF');
    const parsed = await parseInPage(page, gexf!.text, 'application/xml');
    expect(parsed.error).toBeNull();
    expect(parsed.root).toBe('gexf');
    expect(gexf!.text).toContain('<viz:color r=');
  });

  it('writes JSON with y up, and importing it draws every actor where it was', async () => {
    const page = await harness.openExplorer({ width: 1400, height: 900 });
    const positions = (): Promise<Record<string, { x: number; y: number }>> =>
      page.evaluate(() => {
        const cy = window.__explorer!.canvas()!.getCore();
        return Object.fromEntries(cy.nodes(':childless').map((n) => [n.id(), { x: Math.round(n.position().x), y: Math.round(n.position().y) }]));
      });
    const before = await positions();
    await openExport(page);
    const [json] = await downloads(page, 'Export JSON');
    const file = JSON.parse(json!.text) as { attributes: { yAxis?: string }; nodes: { key: string; attributes: { x: number; y: number } }[] };
    expect(file.attributes.yAxis).toBe('up');
    const somebody = file.nodes.find((n) => before[n.key] !== undefined && before[n.key]!.y !== 0)!;
    expect(Math.round(somebody.attributes.y)).toBe(-before[somebody.key]!.y);

    await page.getByRole('button', { name: 'Import…', exact: true }).click();
    await page.getByLabel('Import data').setInputFiles({ name: 'placed.json', mimeType: 'application/json', buffer: Buffer.from(json!.text) });
    await page.getByText(/^Imported “placed\.json”/).waitFor({ timeout: 30_000 });
    await waitForCanvas(page);
    expect(await positions()).toEqual(before);
  });
});
