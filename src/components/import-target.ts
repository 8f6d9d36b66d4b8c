/**
 * A stopgap until App.svelte passes `explorer` to the Import panel: "Apply layout from file" needs
 * the current graph and the explorer's applyPositions action, and App gives the panel neither.
 * PerspectiveBanner, which App mounts with the explorer on every page, hands it over here. Once App
 * passes the prop, this module and the banner's one line go.
 */
import type { Explorer } from '../state/explorer.svelte';

let provided: Explorer | undefined;

export function provideExplorer(explorer: Explorer): void {
  provided = explorer;
}

export function providedExplorer(): Explorer | undefined {
  return provided;
}
