// Entry point: the built-in graph (validated and laid out at build time) into the explorer state, and the page mounted.
import { mount } from 'svelte';
import builtin from 'virtual:builtin-graph';
import { graphFromTrustedSerialization } from './model/serialization';
import { Explorer } from './state/explorer.svelte';
import type { CyAdapter } from './cy/adapter';
import App from './App.svelte';
import './app.css';

declare global {
  interface Window {
    /** Only with ?e2e in the URL: a handle for end-to-end tests. */
    __explorer?: { explorer: Explorer; canvas: () => CyAdapter | undefined };
  }
}

function localStorageOrUndefined(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

const { graph, positions } = graphFromTrustedSerialization(builtin);
const explorer = new Explorer({ graph, positions, storage: localStorageOrUndefined() });
let canvas: CyAdapter | undefined;
const target = document.getElementById('app');
if (!target) throw new Error('main: no #app element in index.html');
mount(App, { target, props: { explorer, onCanvas: (adapter: CyAdapter) => (canvas = adapter) } });

if (new URLSearchParams(window.location.search).has('e2e')) {
  window.__explorer = { explorer, canvas: () => canvas };
}
