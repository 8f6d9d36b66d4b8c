// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import ImportPanel from '../../src/components/ImportPanel.svelte';
import type { Problem } from '../../src/model/problems';
import type { ClientImportResult, ClientLayoutResult, ImportClientOptions } from '../../src/import-client';
import type { Explorer } from '../../src/state/explorer.svelte';
import { importGraph, IMPORT_POSITIONS } from '../fixtures/import-dataset';

const importFileOffThread = vi.hoisted(() => vi.fn<(file: File, options?: ImportClientOptions) => Promise<ClientImportResult>>());
const importFilesOffThread = vi.hoisted(() => vi.fn<(files: readonly File[], options?: ImportClientOptions) => Promise<ClientImportResult>>());
const readLayoutOffThread = vi.hoisted(() => vi.fn<(file: File) => Promise<ClientLayoutResult>>());
vi.mock('../../src/import-client', () => ({ importFilesOffThread, readLayoutOffThread }));

function problems(count: number): Problem[] {
  return Array.from({ length: count }, (_, i) => ({
    name: i === 0 ? 'DanglingReferenceError' : 'SchemaError',
    file: 'bad.json',
    item: `edges[${i}] "e${i}"`,
    field: 'target',
    message: i === 0 ? 'no actor has the id "<script>alert(1)</script>"' : `problem number ${i}`,
  }));
}

function pick(file: File): void {
  const input = screen.getByLabelText<HTMLInputElement>('Import data');
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  void fireEvent.change(input);
}

function dragEvent(type: string, files: File[] = []): Event {
  const event = new Event(type, { bubbles: true, cancelable: true });
  Object.defineProperty(event, 'dataTransfer', { value: { types: ['Files'], files, dropEffect: 'none' } });
  return event;
}

describe('ImportPanel', () => {
  beforeEach(() => {
    importFileOffThread.mockReset();
    importFilesOffThread.mockReset();
    // One file at a time, as most tests pick it: the single-file mock answers.
    importFilesOffThread.mockImplementation((files, options) => importFileOffThread(files[0]!, options));
    readLayoutOffThread.mockReset();
  });
  afterEach(() => {
    cleanup();
  });

  it('shows the first 20 problems of an invalid file and does not call onImported', async () => {
    importFileOffThread.mockImplementation(async (file, options) => {
      options?.onProgress?.('reading');
      options?.onProgress?.('validating');
      return { ok: false, fileName: file.name, problems: problems(27) };
    });
    const onImported = vi.fn();
    const onRestore = vi.fn();
    render(ImportPanel, { props: { onImported, onRestore, showingBuiltin: true } });

    pick(new File(['{}'], 'bad.json', { type: 'application/json' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('“bad.json” was not imported: 27 problems. The current graph is unchanged.');
    const items = alert.querySelectorAll('li');
    expect(items).toHaveLength(20);
    expect(items[0]!.textContent).toBe('bad.json › edges[0] "e0" › target: no actor has the id "<script>alert(1)</script>"');
    expect(items[19]!.textContent).toBe('bad.json › edges[19] "e19" › target: problem number 19');
    expect(alert.textContent).toContain('…and 7 more problems.');
    // Markup in a message is text, never elements.
    expect(alert.querySelector('script')).toBeNull();
    expect(onImported).not.toHaveBeenCalled();
    expect(onRestore).not.toHaveBeenCalled();
    expect(importFileOffThread).toHaveBeenCalledTimes(1);
    expect(importFileOffThread.mock.calls[0]![0].name).toBe('bad.json');
  });

  it('says what it assumed to take an older file in, beside the counts', async () => {
    const graph = importGraph();
    const notice = '“older.json” was written before claims had a stance (supports or opposes): its 6 claims are read as “supports”.';
    importFileOffThread.mockResolvedValue({ ok: true, graph, positions: IMPORT_POSITIONS, fileName: 'older.json', format: 'graphology', notices: [notice] });
    const onImported = vi.fn();
    render(ImportPanel, { props: { onImported, onRestore: vi.fn(), showingBuiltin: true } });

    pick(new File(['{}'], 'older.json', { type: 'application/json' }));

    await waitFor(() => expect(onImported).toHaveBeenCalledTimes(1));
    const status = screen.getByRole('status');
    await waitFor(() => expect(status.textContent).toContain(`Imported “older.json”: ${graph.order} actors`));
    expect(status.textContent).toContain(notice);
  });

  it('shows a refusal (a file too large) as a message, and does not call onImported', async () => {
    importFileOffThread.mockResolvedValue({
      ok: false,
      fileName: 'huge.json',
      problems: [],
      message: '“huge.json” is 50.0 MB; the explorer imports files of up to 25.0 MB.',
    });
    const onImported = vi.fn();
    render(ImportPanel, { props: { onImported, onRestore: vi.fn(), showingBuiltin: true } });
    pick(new File(['x'], 'huge.json'));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('is 50.0 MB; the explorer imports files of up to 25.0 MB.');
    expect(alert.textContent).toContain('The current graph is unchanged.');
    expect(onImported).not.toHaveBeenCalled();
  });

  it('passes a valid file on, with its positions, and says what it holds', async () => {
    const graph = importGraph();
    importFileOffThread.mockResolvedValue({ ok: true, graph, positions: IMPORT_POSITIONS, fileName: 'good.json', format: 'graphology', notices: [] });
    const onImported = vi.fn();
    render(ImportPanel, { props: { onImported, onRestore: vi.fn(), showingBuiltin: true } });
    pick(new File(['{}'], 'good.json'));
    await waitFor(() => expect(onImported).toHaveBeenCalledTimes(1));
    expect(onImported).toHaveBeenCalledWith({ graph, positions: IMPORT_POSITIONS, fileName: 'good.json' });
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Imported “good.json”: 6 actors, 5 relations.'));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says it is preparing the graph while the page takes a large one in, then what it holds', async () => {
    const graph = importGraph();
    importFileOffThread.mockResolvedValue({ ok: true, graph, positions: undefined, fileName: 'big.json', format: 'graphology', notices: [] });
    let shown: () => void = () => {};
    const onImported = vi.fn(() => new Promise<void>((resolve) => (shown = resolve)));
    render(ImportPanel, { props: { onImported, onRestore: vi.fn(), showingBuiltin: true } });
    pick(new File(['{}'], 'big.json'));
    await waitFor(() => expect(onImported).toHaveBeenCalledTimes(1));
    expect(screen.getByRole('status').textContent).toBe('Preparing 6 actors…');
    shown();
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Imported “big.json”: 6 actors, 5 relations.'));
  });

  it('shows the stage while the worker runs', async () => {
    let finish: (result: ClientImportResult) => void = () => {};
    importFileOffThread.mockImplementation((_file, options) => {
      options?.onProgress?.('validating');
      return new Promise((resolve) => {
        finish = resolve;
      });
    });
    render(ImportPanel, { props: { onImported: vi.fn(), onRestore: vi.fn(), showingBuiltin: true } });
    pick(new File(['{}'], 'slow.json'));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Validating…'));
    finish({ ok: false, fileName: 'slow.json', problems: problems(1) });
    await screen.findByRole('alert');
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('offers "Back to the built-in data" only when showing imported data', async () => {
    const onRestore = vi.fn();
    const view = render(ImportPanel, { props: { onImported: vi.fn(), onRestore, showingBuiltin: true } });
    expect(screen.queryByRole('button', { name: 'Back to the built-in data' })).toBeNull();
    await view.rerender({ onImported: vi.fn(), onRestore, showingBuiltin: false });
    await fireEvent.click(screen.getByRole('button', { name: 'Back to the built-in data' }));
    expect(onRestore).toHaveBeenCalledTimes(1);
  });

  it('shows a drop overlay while a file is dragged over the window, and imports the dropped file', async () => {
    importFileOffThread.mockResolvedValue({ ok: false, fileName: 'dropped.json', problems: problems(2) });
    render(ImportPanel, { props: { onImported: vi.fn(), onRestore: vi.fn(), showingBuiltin: true } });
    expect(screen.queryByTestId('drop-overlay')).toBeNull();
    window.dispatchEvent(dragEvent('dragenter'));
    await waitFor(() => expect(screen.getByTestId('drop-overlay').textContent).toContain('Drop a graph file'));
    window.dispatchEvent(dragEvent('dragleave'));
    await waitFor(() => expect(screen.queryByTestId('drop-overlay')).toBeNull());

    window.dispatchEvent(dragEvent('dragenter'));
    const file = new File(['{}'], 'dropped.json');
    window.dispatchEvent(dragEvent('drop', [file]));
    await waitFor(() => expect(screen.queryByTestId('drop-overlay')).toBeNull());
    await screen.findByRole('alert');
    expect(importFileOffThread.mock.calls[0]![0]).toBe(file);
  });

  it('sends a nodes and an edges CSV picked together as one import', async () => {
    const graph = importGraph();
    importFilesOffThread.mockResolvedValue({ ok: true, graph, positions: undefined, fileName: 'n.csv + e.csv', format: 'csv', notices: [] });
    const onImported = vi.fn();
    render(ImportPanel, { props: { onImported, onRestore: vi.fn(), showingBuiltin: true } });
    const input = screen.getByLabelText<HTMLInputElement>('Import data');
    expect(input.multiple).toBe(true);
    expect(input.accept).toContain('.gexf');
    expect(input.accept).toContain('.csv');
    const files = [new File(['Id\na'], 'n.csv'), new File(['Source,Target\na,a'], 'e.csv')];
    Object.defineProperty(input, 'files', { value: files, configurable: true });
    void fireEvent.change(input);
    await waitFor(() => expect(onImported).toHaveBeenCalledTimes(1));
    expect(importFilesOffThread.mock.calls[0]![0]).toEqual(files);
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('Imported “n.csv + e.csv”'));
  });

  it('applies a layout from a file to the current graph by id, and says what matched and what was not found', async () => {
    const graph = importGraph();
    const [first, second, ...rest] = graph.nodes().filter((id) => !graph.someNode((_n, a) => a.parent === id));
    readLayoutOffThread.mockResolvedValue({
      ok: true,
      fileName: 'gephi.gexf',
      positions: { [first!]: { x: 1, y: 2 }, [second!]: { x: 3, y: 4 }, stranger: { x: 0, y: 0 } },
    });
    const applyPositions = vi.fn();
    const explorer = { graph, applyPositions } as unknown as Explorer;
    const onImported = vi.fn();
    render(ImportPanel, { props: { onImported, onRestore: vi.fn(), showingBuiltin: true, explorer } });
    const input = screen.getByLabelText<HTMLInputElement>('Apply layout from file');
    expect(input.disabled).toBe(false);
    Object.defineProperty(input, 'files', { value: [new File(['<gexf/>'], 'gephi.gexf')], configurable: true });
    void fireEvent.change(input);
    await waitFor(() => expect(applyPositions).toHaveBeenCalledTimes(1));
    expect(applyPositions).toHaveBeenCalledWith({ [first!]: { x: 1, y: 2 }, [second!]: { x: 3, y: 4 } });
    const status = screen.getByRole('status').textContent ?? '';
    expect(status).toContain(`moved 2 of ${2 + rest.length} actors`);
    expect(status).toContain(graph.getNodeAttribute(rest[0]!, 'label'));
    expect(status).toContain('1 node of the file is not in this graph');
    expect(onImported).not.toHaveBeenCalled();
  });

  it('names the problems of a layout file and moves nothing', async () => {
    readLayoutOffThread.mockResolvedValue({
      ok: false,
      fileName: 'flat.json',
      problems: [{ name: 'SchemaError', file: 'flat.json', item: '', field: '', message: 'gives no positions' }],
    });
    const applyPositions = vi.fn();
    const explorer = { graph: importGraph(), applyPositions } as unknown as Explorer;
    render(ImportPanel, { props: { onImported: vi.fn(), onRestore: vi.fn(), showingBuiltin: true, explorer } });
    const input = screen.getByLabelText<HTMLInputElement>('Apply layout from file');
    Object.defineProperty(input, 'files', { value: [new File(['{}'], 'flat.json')], configurable: true });
    void fireEvent.change(input);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('flat.json: gives no positions');
    expect(alert.textContent).toContain('the current positions are unchanged');
    expect(applyPositions).not.toHaveBeenCalled();
  });
});
