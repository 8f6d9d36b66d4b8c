/**
 * Showing a view given as a URL hash (a saved view restored, a tour step) through the very path a
 * shared link or the back button takes: the hash is set, the browser's hashchange reaches
 * url-sync.svelte.ts, which parses and applies it. The promise resolves once the explorer has the
 * state and Svelte has run its effects (the canvas has its looks and any reveal has started).
 * A saved view's zoom and pan are put back after the next paint, once panels that came or went
 * beside the canvas (a pane, the perspective strip) have resized it and the canvas has re-centred.
 */
import { tick } from 'svelte';
import { afterNextPaint } from '../after-paint';
import type { Viewport } from '../model/saved-views';

/** If no hashchange comes (a hash the browser spells differently), go on after this long. */
const NO_EVENT_MS = 1000;

export function showHash(hash: string, win: Window = window): Promise<void> {
  return new Promise((resolve) => {
    let done = false;
    const finish = (): void => {
      if (done) return;
      done = true;
      win.removeEventListener('hashchange', finish);
      void tick().then(resolve);
    };
    // Registered after url-sync's listener, so it runs once the state is applied.
    win.addEventListener('hashchange', finish);
    setTimeout(finish, NO_EVENT_MS);
    const current = win.location.hash === '#' ? '' : win.location.hash;
    if (hash !== '' && hash !== current) {
      win.location.hash = hash;
      return;
    }
    // The same hash (the explorer may have moved on before its URL was written) or the default
    // view: no hashchange would come by itself, so one is sent.
    if (hash === '' && current !== '') win.history.pushState(null, '', `${win.location.pathname}${win.location.search}`);
    win.dispatchEvent(new HashChangeEvent('hashchange'));
  });
}

/** Shows the hash, then puts the canvas at the zoom and pan (when given) after the next paint. */
export async function showView(hash: string, viewport: Viewport | null, setViewport: (viewport: Viewport) => void, win: Window = window): Promise<void> {
  await showHash(hash, win);
  if (!viewport) return;
  await new Promise<void>((resolve) => afterNextPaint(resolve, 300));
  setViewport(viewport);
}
