/**
 * Element sync: brings Cytoscape's elements to the state's element definitions. A new graph whose
 * leaves all have positions is replaced in one batch and fitted (a large one, or one that needs a
 * layout, goes through staging.ts instead); the same graph changes only where groups were collapsed
 * or expanded: only those elements are removed or added, the rest keep their style.
 */
import type { ElementDefinition, NodeSingular } from 'cytoscape';
import type { ActorNode, ViewElements, RelationEdge } from '../view/elements';
import type { Looks } from './look-sync';
import type { Scene } from './scene';
import { cleanStyle } from './patches/renderer-internals';
import { markMeasured } from './patches/first-frame';
import { pinBackgrounding } from './patches/pin-backgrounding';
import { drawNextFrameWithoutTextures } from './patches/small-graph-drawing';
import { withoutStyleTriggers } from './patches/style-speedup';
import { FIT_PADDING, tuneForSize } from './viewport';
import { fitStylesheetToSize } from './huge-graph';

/** A new graph, every leaf placed: everything replaced in one batch, fitted, and marked when drawn. */
export function replaceAll(scene: Scene, elements: ViewElements, looks: Looks | undefined): void {
  const cy = scene.cy;
  scene.hold(false);
  scene.looks.clear();
  tuneForSize(cy, elements.nodes.length + elements.edges.length);
  let added = cy.collection();
  cy.batch(() => {
    cy.elements().remove();
    fitStylesheetToSize(cy, elements.nodes.length + elements.edges.length);
    added = cy.add([...parentsFirst(elements.nodes), ...elements.edges].map((d) => scene.looks.withLook(d, looks)));
    pinBackgrounding(added.nodes());
  });
  // Fresh elements have no boxes to invalidate: styled without the per-property triggers, then
  // measured once (the fit) and marked so, so the first frame does not measure them all again.
  withoutStyleTriggers(cy, () => cleanStyle(added));
  cy.fit(undefined, FIT_PADDING);
  markMeasured(added);
  drawNextFrameWithoutTextures(cy, added.length);
  void scene.markFinalPicture();
}

/**
 * The same graph with groups collapsed or expanded: what is no longer wanted is removed, what is new
 * is added with its look, and what stays gets its (possibly new) parent and data. A collapsed group
 * is a childless node that comes with a position (its members' centre) and is moved there.
 */
export function updateElements(scene: Scene, elements: ViewElements, looks: Looks | undefined): void {
  const cy = scene.cy;
  const withLook = (def: ActorNode | RelationEdge): ElementDefinition => scene.looks.withLook(def, looks);
  const wanted = new Set([...elements.nodes.map((n) => n.data.id), ...elements.edges.map((e) => e.data.id)]);
  cy.batch(() => {
    cy.edges()
      .filter((e) => !wanted.has(e.id()))
      .remove();
    cy.nodes()
      .filter((n) => !wanted.has(n.id()))
      .remove();
    for (const def of parentsFirst(elements.nodes)) {
      const existing = cy.getElementById(def.data.id);
      if (existing.empty()) {
        pinBackgrounding(cy.add(withLook(def)).nodes());
        continue;
      }
      const node = existing as NodeSingular;
      const currentParent = (node.data('parent') as string | undefined) ?? null;
      const wantedParent = def.data.parent ?? null;
      if (currentParent !== wantedParent && (wantedParent === null || !cy.getElementById(wantedParent).empty())) {
        node.move({ parent: wantedParent });
      }
      if (!sameData(node.data() as Record<string, unknown>, def.data)) node.data({ ...def.data });
      if (def.position && node.isChildless() && def.data.hiddenMembers > 0) node.position({ ...def.position });
    }
    for (const def of elements.edges) {
      const existing = cy.getElementById(def.data.id);
      if (existing.empty()) cy.add(withLook(def));
      else if (!sameData(existing.data() as Record<string, unknown>, def.data)) existing.data({ ...def.data });
    }
  });
  scene.looks.keepOnly(wanted);
}

/**
 * Whether an element already has this definition's data (values compared one level deep: arrays of
 * ids, such as a bundle's members, element by element). Setting the same data again would restyle
 * the element: a collapse or expand touched every element on the canvas before.
 */
function sameData(current: Record<string, unknown>, wanted: object): boolean {
  for (const [key, value] of Object.entries(wanted)) {
    const now = current[key];
    if (now === value) continue;
    if (!Array.isArray(now) || !Array.isArray(value) || now.length !== value.length) return false;
    if (now.some((v, i) => v !== value[i])) return false;
  }
  return true;
}

/** Whether every leaf node comes with a position (no layout has to run before the picture is final). */
export function everyLeafPlaced(elements: ViewElements): boolean {
  const parents = new Set<string>();
  for (const n of elements.nodes) if (n.data.parent !== undefined) parents.add(n.data.parent);
  return elements.nodes.every((n) => n.position !== undefined || parents.has(n.data.id));
}

/** The nodes, parents before their children (Cytoscape needs a parent to exist when a child is added). */
export function parentsFirst(nodes: readonly ActorNode[]): ActorNode[] {
  const depths = depthsOf(nodes);
  return [...nodes].sort((a, b) => (depths.get(a.data.id) ?? 0) - (depths.get(b.data.id) ?? 0));
}

/** How deep each node sits in its compounds, so parents are added before their children. */
export function depthsOf(nodes: readonly ActorNode[]): Map<string, number> {
  const parents = new Map(nodes.map((n) => [n.data.id, n.data.parent]));
  const depths = new Map<string, number>();
  for (const id of parents.keys()) {
    let d = 0;
    for (let p = parents.get(id); p !== undefined && d < 50; p = parents.get(p)) d++;
    depths.set(id, d);
  }
  return depths;
}
