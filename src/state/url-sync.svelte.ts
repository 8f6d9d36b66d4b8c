/**
 * Keeps the URL hash and the explorer in step: a shared link is applied on load, every meaningful
 * change (selection, perspective, filters, focus, groups) pushes a history entry once it is on
 * screen (several changes within one frame make one entry), and back/forward
 * (or an edited hash) re-apply the state. A hash we only normalised is replaced, not pushed.
 */
import { differOnlyInAsOf, parseUrlState } from '../model/url-state';
import type { Explorer } from './explorer.svelte';
import { afterNextPaint } from '../after-paint';

export function connectUrl(explorer: Explorer, win: Window = window): () => void {
  const currentHash = (): string => (win.location.hash === '#' ? '' : win.location.hash);
  let fromUrl: string | undefined;

  const apply = (): void => {
    const state = parseUrlState(currentHash(), explorer.knownIds());
    explorer.applyUrlState(state);
    fromUrl = currentHash();
  };
  apply();

  const write = (): void => {
    scheduled = false;
    const hash = explorer.urlHash;
    if (hash === currentHash()) {
      fromUrl = undefined;
      return;
    }
    const url = hash === '' ? `${win.location.pathname}${win.location.search}` : hash;
    // The state came from the URL and only its spelling differs: normalise in place.
    // So does a move of the time bar ("As of", or Play): its steps are not pages to go back through.
    if ((fromUrl !== undefined && fromUrl === currentHash()) || differOnlyInAsOf(hash, currentHash())) win.history.replaceState(null, '', url);
    else win.history.pushState(null, '', url);
    fromUrl = undefined;
  };
  // The history entry is written once the change is on screen (a pushState costs a few
  // milliseconds of the frame that answers a click); changes within one frame make one entry.
  let scheduled = false;
  const stop = $effect.root(() => {
    $effect(() => {
      void explorer.urlHash;
      if (scheduled) return;
      scheduled = true;
      afterNextPaint(write, 100);
    });
  });

  const onNavigate = (): void => {
    if (currentHash() === explorer.urlHash) return;
    apply();
  };
  win.addEventListener('popstate', onNavigate);
  win.addEventListener('hashchange', onNavigate);
  return () => {
    stop();
    win.removeEventListener('popstate', onNavigate);
    win.removeEventListener('hashchange', onNavigate);
  };
}
