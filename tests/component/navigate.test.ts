// @vitest-environment happy-dom
/**
 * state/navigate.ts: a view is shown through the page's hashchange, as a shared link is, even when
 * the hash is already in the address bar or is the default view's empty hash; a saved view's zoom
 * and pan are set once the state has been applied.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { showHash, showView } from '../../src/state/navigate';

afterEach(() => {
  window.history.replaceState(null, '', '/');
});

function hashChanges(): string[] {
  const seen: string[] = [];
  window.addEventListener('hashchange', () => seen.push(window.location.hash));
  return seen;
}

describe('showHash', () => {
  it('sets a new hash and resolves after the hashchange the page hears', async () => {
    const seen = hashChanges();
    await showHash('#view=one:lawfare');
    expect(window.location.hash).toBe('#view=one:lawfare');
    expect(seen).toContain('#view=one:lawfare');
  });

  it('sends a hashchange for the hash already there (the state may have moved on before its URL was written)', async () => {
    window.history.replaceState(null, '', '/#view=one:quincy');
    const seen = hashChanges();
    await showHash('#view=one:quincy');
    expect(seen).toEqual(['#view=one:quincy']);
  });

  it('shows the default view by dropping the hash from the address and sending a hashchange', async () => {
    window.history.replaceState(null, '', '/?e2e#view=one:quincy');
    const seen = hashChanges();
    await showHash('');
    expect(window.location.hash).toBe('');
    expect(window.location.search).toBe('?e2e');
    expect(seen).toEqual(['']);
  });
});

describe('showView', () => {
  it('sets the zoom and pan after the hash is applied, and not at all without them', async () => {
    const order: string[] = [];
    window.addEventListener('hashchange', () => order.push('applied'), { once: true });
    const setViewport = vi.fn(() => order.push('viewport'));
    await showView('#actor=lukashenko', { zoom: 2, pan: { x: 10, y: -5 } }, setViewport);
    expect(setViewport).toHaveBeenCalledWith({ zoom: 2, pan: { x: 10, y: -5 } });
    expect(order).toEqual(['applied', 'viewport']);
    const none = vi.fn();
    await showView('#actor=putin', null, none);
    expect(none).not.toHaveBeenCalled();
  });
});
