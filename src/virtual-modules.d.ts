// Types of the build-time virtual modules (see scripts/builtin-graph-plugin.ts).
declare module 'virtual:builtin-graph' {
  const graph: import('./model/interchange').SerializedGraph;
  export default graph;
}
