/**
 * Vite plugin: the built-in graph (the validated serialization that builtin-graph-plugin.ts makes
 * for `virtual:builtin-graph`) goes into index.html as a JSON data block, and
 * `virtual:builtin-graph-loader` exports `loadBuiltinGraph()`, which reads it. The page's
 * JavaScript then carries no data: the browser gets the graph with the document (no extra request,
 * nothing to wait for), and JSON.parse reads it faster than the engine parses an object literal
 * of the same size.
 */
import type { PluginOption } from 'vite';
import { builtinGraphPlugin } from './builtin-graph-plugin';

const VIRTUAL_ID = 'virtual:builtin-graph-loader';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;
/** The id of the data block in index.html. */
export const BUILTIN_GRAPH_ELEMENT_ID = 'builtin-graph';
const PREFIX = 'export default ';

export function builtinGraphAssetPlugin(dataDir?: string): PluginOption {
  const inner = builtinGraphPlugin(dataDir);
  const watched: string[] = [];

  /** The validated serialization as JSON text, from the plugin that makes `virtual:builtin-graph`. */
  function graphJson(): string {
    const load = inner.load;
    const handler = typeof load === 'function' ? load : load?.handler;
    const context = {
      addWatchFile: (file: string) => watched.push(file),
      error: (message: unknown): never => {
        throw new Error(String(message));
      },
    };
    const code = (handler as ((this: unknown, id: string) => unknown) | undefined)?.call(context, '\0virtual:builtin-graph');
    if (typeof code !== 'string' || !code.startsWith(PREFIX)) throw new Error('builtin-graph-asset: unexpected output from builtin-graph-plugin');
    return code.slice(PREFIX.length).replace(/;\s*$/, '');
  }

  return {
    name: 'builtin-graph-asset',
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      return [
        `export function loadBuiltinGraph() {`,
        `  const block = document.getElementById(${JSON.stringify(BUILTIN_GRAPH_ELEMENT_ID)});`,
        `  if (!block || !block.textContent) throw new Error('index.html carries no built-in graph');`,
        `  return JSON.parse(block.textContent);`,
        `}`,
      ].join('\n');
    },
    transformIndexHtml: {
      order: 'pre',
      handler() {
        // "<" escaped, so no string in the data can close the script element.
        const json = graphJson().replace(/</g, '\\u003c');
        return [{ tag: 'script', attrs: { type: 'application/json', id: BUILTIN_GRAPH_ELEMENT_ID }, children: json, injectTo: 'body-prepend' }];
      },
    },
    handleHotUpdate({ file, server }) {
      // An edited data file changes index.html: reload the page.
      if (watched.some((w) => file.endsWith(w.replace(/^.*graph-data/, 'graph-data')))) server.ws.send({ type: 'full-reload' });
    },
  };
}
