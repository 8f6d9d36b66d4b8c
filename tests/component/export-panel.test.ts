// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import ExportPanel from '../../src/components/ExportPanel.svelte';
import type { CaptionData, PngExportRequest, PngExportResult } from '../../src/export/caption';
import type { SvgExportRequest } from '../../src/export/svg-draw';
import type { DataFormat, ExportedFile } from '../../src/export-wiring';

const caption: CaptionData = {
  title: 'T',
  perspective: 'All sources',
  summary: '2 actors, 1 relation',
  articles: [],
  exportedOn: '2026-11-23',
  legend: { kinds: [], quadClasses: [] },
};

function setup(overrides: { renderPng?: (r: PngExportRequest) => Promise<PngExportResult>; nodeIds?: string[] } = {}) {
  const clicked: { href: string; download: string }[] = [];
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    clicked.push({ href: this.href, download: this.download });
  });
  const createObjectURL = vi.fn((_blob: Blob) => 'blob:test/1');
  URL.createObjectURL = createObjectURL;
  URL.revokeObjectURL = vi.fn();
  const props = {
    describeChoice: () => ({ nodeIds: overrides.nodeIds ?? ['a', 'b'], edgeIds: ['a--x--b'], summary: '2 actors and 1 relation: the selection' }),
    buildCaption: vi.fn((_n: string[], _e: string[]) => caption),
    renderPng: vi.fn(
      overrides.renderPng ??
        (async () => ({ blob: new Blob([new Uint8Array([137, 80, 78, 71])], { type: 'image/png' }), width: 10, height: 20, downscaled: false })),
    ),
    renderSvg: vi.fn(async (_r: SvgExportRequest) => ({ blob: new Blob(['<svg/>'], { type: 'image/svg+xml' }), width: 600.4, height: 420 })),
    exportData: vi.fn((_n: string[], format: DataFormat): ExportedFile[] =>
      format === 'csv'
        ? [
            { text: 'Id,Label\r\n', filename: 'g.nodes.csv', mime: 'text/csv' },
            { text: 'Source,Target\r\n', filename: 'g.edges.csv', mime: 'text/csv' },
          ]
        : [{ text: format === 'json' ? '{}' : '<gexf/>', filename: `g.${format}`, mime: 'x/y' }],
    ),
    pngFilename: 'belarus-graph-lawfare-2026-11-23.png',
  };
  render(ExportPanel, { props });
  return { props, clicked, createObjectURL };
}

describe('ExportPanel', () => {
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
  });

  it('exports a PNG at 2× on white by default, through an object URL and a download link', async () => {
    const { props, clicked, createObjectURL } = setup();
    expect(screen.getByTestId('export-choice').textContent).toBe('2 actors and 1 relation: the selection');
    await fireEvent.click(screen.getByRole('button', { name: 'Export PNG' }));
    await waitFor(() => expect(clicked).toHaveLength(1));
    expect(props.buildCaption).toHaveBeenCalledWith(['a', 'b'], ['a--x--b']);
    expect(props.renderPng).toHaveBeenCalledWith({ nodeIds: ['a', 'b'], edgeIds: ['a--x--b'], scale: 2, background: 'white', caption });
    expect(clicked[0]).toEqual({ href: 'blob:test/1', download: 'belarus-graph-lawfare-2026-11-23.png' });
    expect(createObjectURL.mock.calls[0]![0].size).toBe(4);
    expect(screen.getByRole('status').textContent).toBe('Saved belarus-graph-lawfare-2026-11-23.png (10 × 20 pixels).');
  });

  it('passes the chosen scale and background, and shows the note when scaled down', async () => {
    const { props } = setup({
      renderPng: async () => ({ blob: new Blob(['x']), width: 16000, height: 300, downscaled: true, note: 'It was exported at 1.5×.' }),
    });
    const select = screen.getByLabelText<HTMLSelectElement>('Scale');
    expect([...select.options].map((o) => o.textContent)).toEqual(['1×', '2×', '3×', '4×']);
    expect(select.selectedIndex).toBe(1);
    select.selectedIndex = 3;
    await fireEvent.change(select);
    await fireEvent.click(screen.getByLabelText('Transparent'));
    await fireEvent.click(screen.getByRole('button', { name: 'Export PNG' }));
    await screen.findByTestId('export-note');
    expect(props.renderPng).toHaveBeenCalledWith(expect.objectContaining({ scale: 4, background: 'transparent' }));
    expect(screen.getByTestId('export-note').textContent).toBe('It was exported at 1.5×.');
  });

  it('shows an error as text and downloads nothing when the renderer fails or nothing is chosen', async () => {
    const { clicked } = setup({
      renderPng: async () => {
        throw new Error('<b>no canvas</b>');
      },
    });
    await fireEvent.click(screen.getByRole('button', { name: 'Export PNG' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('The PNG was not exported: <b>no canvas</b>');
    expect(alert.querySelector('b')).toBeNull();
    expect(clicked).toHaveLength(0);
    cleanup();

    const empty = setup({ nodeIds: [] });
    await fireEvent.click(screen.getByRole('button', { name: 'Export PNG' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Nothing to export');
    expect(empty.props.renderPng).not.toHaveBeenCalled();
  });

  it('exports JSON and GEXF of the same choice', async () => {
    const { props, clicked } = setup();
    await fireEvent.click(screen.getByRole('button', { name: 'Export JSON' }));
    await fireEvent.click(screen.getByRole('button', { name: 'Export GEXF' }));
    expect(props.exportData).toHaveBeenNthCalledWith(1, ['a', 'b'], 'json', ['a--x--b']);
    expect(props.exportData).toHaveBeenNthCalledWith(2, ['a', 'b'], 'gexf', ['a--x--b']);
    expect(clicked.map((c) => c.download)).toEqual(['g.json', 'g.gexf']);
  });

  it('offers PNG, SVG, JSON, GEXF and CSV', () => {
    setup();
    const names = screen.getAllByRole('button').map((b) => b.textContent?.trim());
    expect(names).toEqual(['Export PNG', 'Export SVG', 'Export JSON', 'Export GEXF', 'Export CSV']);
  });

  it('exports an SVG of the choice with its caption and the chosen background, named like the PNG', async () => {
    const { props, clicked } = setup();
    await fireEvent.click(screen.getByLabelText('Transparent'));
    await fireEvent.click(screen.getByRole('button', { name: 'Export SVG' }));
    await waitFor(() => expect(clicked).toHaveLength(1));
    expect(props.renderSvg).toHaveBeenCalledWith({ nodeIds: ['a', 'b'], edgeIds: ['a--x--b'], background: 'transparent', caption });
    expect(props.renderPng).not.toHaveBeenCalled();
    expect(clicked[0]!.download).toBe('belarus-graph-lawfare-2026-11-23.svg');
    expect(screen.getByRole('status').textContent).toBe('Saved belarus-graph-lawfare-2026-11-23.svg (600 × 420).');
  });

  it('exports CSV as two files, nodes and edges', async () => {
    const { props, clicked, createObjectURL } = setup();
    await fireEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    expect(props.exportData).toHaveBeenCalledWith(['a', 'b'], 'csv', ['a--x--b']);
    expect(clicked.map((c) => c.download)).toEqual(['g.nodes.csv', 'g.edges.csv']);
    expect(createObjectURL.mock.calls.map((call) => call[0].type)).toEqual(['text/csv;charset=utf-8', 'text/csv;charset=utf-8']);
    expect(screen.getByRole('status').textContent).toBe('Saved g.nodes.csv and g.edges.csv.');
  });

  it('offers a Light (default), Dark or transparent background, and passes Dark to both pictures (issue 17)', async () => {
    const { props } = setup();
    const group = screen.getByRole('radiogroup', { name: 'Background' });
    expect([...group.querySelectorAll('label')].map((l) => l.textContent?.trim())).toEqual(['Light', 'Dark', 'Transparent']);
    expect(screen.getByLabelText<HTMLInputElement>('Light').checked).toBe(true);
    await fireEvent.click(screen.getByLabelText('Dark'));
    await fireEvent.click(screen.getByRole('button', { name: 'Export PNG' }));
    await waitFor(() => expect(props.renderPng).toHaveBeenCalledWith(expect.objectContaining({ background: 'dark' })));
    await fireEvent.click(screen.getByRole('button', { name: 'Export SVG' }));
    await waitFor(() => expect(props.renderSvg).toHaveBeenCalledWith(expect.objectContaining({ background: 'dark' })));
  });
});
