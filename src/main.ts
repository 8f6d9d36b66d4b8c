// Entry point: the built-in graph (validated and laid out at build time, carried by index.html as
// a JSON data block) into the explorer state, and the page mounted.
import { flushSync, mount } from 'svelte';
import { loadBuiltinGraph } from 'virtual:builtin-graph-loader';
import { graphFromTrustedSerialization, type SerializedGraph } from './model/serialization';
import { Explorer } from './state/explorer.svelte';
import type { CyAdapter } from './cy/adapter';
import { lookClasses } from './cy/look-classes';
import type { ElementLook } from './view/looks';
import App from './App.svelte';
import './app.css';
import './app-panes.css';
import './app-phone.css';

declare global {
  interface Window {
    /** Only with ?e2e in the URL: a handle for end-to-end tests. */
    __explorer?: ExplorerHook;
  }
}

/** The `?e2e` handle: the state, the canvas, and what the benchmark (bench/) drives. */
export interface ExplorerHook {
  explorer: Explorer;
  canvas: () => CyAdapter | undefined;
  /** The classes the canvas gives an element with this look (tests compare them with the live core). */
  lookClasses: (look: ElementLook) => string;
  /** Runs Svelte's pending effects now (the benchmark times an action up to its effects). */
  flush: () => void;
  /** A PNG of what is shown, as the Export panel makes it; timed from the caption to the blob. */
  exportPng: (scale: 1 | 2 | 3 | 4) => Promise<{ ms: number; bytes: number; width: number; height: number }>;
}

function localStorageOrUndefined(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/** The page: the explorer state on the built-in graph, mounted. */
function start(serialized: SerializedGraph): void {
  const { graph, positions } = graphFromTrustedSerialization(serialized);
  const explorer = new Explorer({ graph, positions, storage: localStorageOrUndefined() });
  let canvas: CyAdapter | undefined;
  const target = document.getElementById('app');
  if (!target) throw new Error('main: no #app element in index.html');
  mount(App, { target, props: { explorer, onCanvas: (adapter: CyAdapter) => (canvas = adapter) } });

  if (new URLSearchParams(window.location.search).has('e2e')) {
    window.__explorer = {
      explorer,
      canvas: () => canvas,
      lookClasses,
      flush: () => flushSync(),
      async exportPng(scale) {
        const { exportPanelProps } = await import('./export-wiring');
        const props = exportPanelProps(explorer, () => canvas);
        const started = performance.now();
        const choice = props.describeChoice();
        const nodeIds = [...choice.nodeIds];
        const edgeIds = [...choice.edgeIds];
        const caption = props.buildCaption(nodeIds, edgeIds);
        const result = await props.renderPng({ nodeIds, edgeIds, scale, background: 'white', caption });
        return { ms: performance.now() - started, bytes: result.blob.size, width: result.width, height: result.height };
      },
    };
  }
}

start(loadBuiltinGraph());
