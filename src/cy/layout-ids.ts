/**
 * The layout's own ids. cytoscape-fcose and cose-base keep their nodes in plain objects keyed by
 * element id (`idToLNode[id]`, and compounds looked up the same way), so an actor called
 * "constructor" or "__proto__" found Object.prototype's members there and the layout threw
 * (issue 18). Cytoscape's core keeps elements in a Map and is safe; the layout is not. So the
 * headless copy a layout runs on (run-layout.ts) names its nodes n0, n1, … and its edges e0, e1, …,
 * and the positions are mapped back to the real ids at the end: selection, exports and the URL
 * never see these ids.
 */
import type { ElementDefinition } from 'cytoscape';
import { ownValue, setOwn } from '../model/own-record';

type Point = { x: number; y: number };

export interface LayoutIds {
  /** The same elements under index ids (edges whose ends are unknown are left out). */
  readonly elements: ElementDefinition[];
  /** Positions under index ids -> the same positions under the real ids, sorted by id. */
  back(positions: Readonly<Record<string, Point>>): Record<string, Point>;
}

export function toLayoutIds(definitions: readonly ElementDefinition[]): LayoutIds {
  const nodeId = new Map<string, string>();
  const realId = new Map<string, string>();
  for (const d of definitions) {
    if (d.group !== 'nodes') continue;
    const real = String(d.data.id);
    if (nodeId.has(real)) continue;
    const index = `n${nodeId.size}`;
    nodeId.set(real, index);
    realId.set(index, real);
  }
  const elements: ElementDefinition[] = [];
  let edges = 0;
  for (const d of definitions) {
    if (d.group === 'nodes') {
      const { parent, ...rest } = d.data as { parent?: string };
      const mappedParent = parent === undefined ? undefined : nodeId.get(parent);
      const data = { ...rest, id: nodeId.get(String(d.data.id))!, ...(mappedParent ? { parent: mappedParent } : {}) };
      elements.push({ group: 'nodes', data, ...(d.position ? { position: { x: d.position.x, y: d.position.y } } : {}) });
      continue;
    }
    const source = nodeId.get(String(d.data.source));
    const target = nodeId.get(String(d.data.target));
    if (source === undefined || target === undefined) continue;
    elements.push({ group: 'edges', data: { ...d.data, id: `e${edges++}`, source, target } });
  }
  const back = (positions: Readonly<Record<string, Point>>): Record<string, Point> => {
    const entries: [string, Point][] = [];
    for (const index of Object.keys(positions)) {
      const real = realId.get(index);
      const p = ownValue(positions, index);
      if (real !== undefined && p) entries.push([real, p]);
    }
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const out: Record<string, Point> = {};
    for (const [real, p] of entries) setOwn(out, real, p);
    return out;
  };
  return { elements, back };
}
