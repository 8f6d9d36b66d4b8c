// Type of the build-time virtual module of scripts/builtin-graph-asset.ts.
declare module 'virtual:builtin-graph-loader' {
  /** The built-in graph (validated at build time, positions included), read from index.html's data block. */
  export function loadBuiltinGraph(): import('./model/interchange').SerializedGraph;
}
