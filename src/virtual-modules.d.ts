// Types of the build-time virtual modules (see scripts/builtin-graph-plugin.ts).
declare module 'virtual:builtin-graph' {
  import type { SerializedGraph } from './model/interchange';
  const graph: SerializedGraph;
  export default graph;
}
