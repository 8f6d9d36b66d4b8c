// @vitest-environment happy-dom
/**
 * A layout that failed is said over the canvas in plain words with "Try again" (issue 18, Build
 * item 1); the button runs the layout once more, and the message goes while it runs.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import LayoutFailure from '../../src/components/LayoutFailure.svelte';
import { Explorer } from '../../src/state/explorer.svelte';
import type { CanvasPort } from '../../src/view/canvas-port';
import { fixtureGraph } from '../fixtures/explorer';

afterEach(() => cleanup());

describe('the layout failure notice', () => {
  it('says why the layout failed and tries again when asked', async () => {
    const explorer = new Explorer({ graph: fixtureGraph(), positions: undefined });
    const runLayout = vi.fn<CanvasPort['runLayout']>().mockRejectedValueOnce(new Error('it took longer than 60 seconds and was stopped'));
    runLayout.mockImplementation(() => new Promise(() => undefined));
    explorer.attachCanvas({ reveal: vi.fn(), fit: vi.fn(), animateTo: vi.fn(), runLayout, cancelLayout: vi.fn() });
    render(LayoutFailure, { props: { explorer } });
    expect(screen.queryByRole('alert')).toBeNull();
    await explorer.runLayout('fresh');
    flushSync();
    expect(screen.getByRole('alert').textContent).toContain('Could not lay out: it took longer than 60 seconds and was stopped');
    screen.getByRole('button', { name: 'Try again' }).click();
    flushSync();
    expect(runLayout).toHaveBeenCalledTimes(2);
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
