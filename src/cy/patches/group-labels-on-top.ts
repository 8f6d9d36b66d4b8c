/**
 * Group names drawn above the edges. Cytoscape draws a compound node's label with the node, and
 * a group is drawn before the edges that run over it, so on a dense graph the edges converging on
 * a group cut through its name ("Belarus", the group everything points at, was half hidden, on
 * screen and in exported pictures). Drawing the groups themselves above the edges is no way out:
 * hit-testing follows drawing order, and a click on an edge inside a group would pick the group.
 *
 * So, once the renderer has drawn the elements of a frame (or of an exported picture), the groups'
 * labels are drawn again on top, by Cytoscape's own label code, on the same canvas with the same
 * transform: the same pixels, with each label's own opacity (faded, backdrop), size threshold and
 * position. Nothing else changes; clicks still reach what is under the label.
 *
 * Wraps two renderer methods of the given core (3.34.4: `drawLayeredElements`, the live view's
 * element pass, and `drawElements`, which exported pictures use) and calls `drawElementText`; on
 * another release (the shared guard, guard.ts), or if one of them is missing, nothing is wrapped
 * and labels are drawn as before.
 */
import type { Core } from 'cytoscape';
import { rendererInternals } from './guard';

interface Box {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

interface Drawable {
  isNode(): boolean;
  isParent(): boolean;
  visible(): boolean;
  boundingBox(): Box;
}

/** The live view's pass is given the visible part of the graph (model coordinates) after the pixel ratio. */
const isBox = (value: unknown): value is Box =>
  typeof value === 'object' && value !== null && ['x1', 'y1', 'x2', 'y2'].every((k) => typeof (value as Record<string, unknown>)[k] === 'number');

type ElementPass = (this: unknown, context: CanvasRenderingContext2D, eles: ArrayLike<Drawable>, ...rest: unknown[]) => unknown;

interface RendererInternals {
  drawElementText: (context: CanvasRenderingContext2D, ele: Drawable) => void;
  drawLayeredElements: ElementPass;
  drawElements: ElementPass;
}

/**
 * The groups among the elements a pass draws. The live view passes the renderer's z-ordered
 * array, the same object from frame to frame until the order changes, so at 5,000 elements the
 * groups are found once per order, not once per frame.
 */
const groupsByPass = new WeakMap<ArrayLike<Drawable>, Drawable[]>();
function groupsAmong(eles: ArrayLike<Drawable>): Drawable[] {
  let groups = groupsByPass.get(eles);
  if (!groups) {
    groups = [];
    for (let i = 0; i < eles.length; i++) {
      const ele = eles[i]!;
      if (ele.isNode() && ele.isParent()) groups.push(ele);
    }
    groupsByPass.set(eles, groups);
  }
  return groups;
}

/** Draws the group labels of `cy`'s pictures above its edges (see above); false if the renderer's internals are not there. */
export function drawGroupLabelsOnTop(cy: Core): boolean {
  const renderer = rendererInternals<RendererInternals>('group-labels-on-top', cy, {
    drawElementText: 'function',
    drawLayeredElements: 'function',
    drawElements: 'function',
  });
  if (!renderer) return false;
  const drawText = renderer.drawElementText;
  for (const name of ['drawLayeredElements', 'drawElements'] as const) {
    const pass = renderer[name];
    renderer[name] = function groupLabelsOnTop(this: unknown, context, eles, ...rest) {
      const result = pass.call(this, context, eles, ...rest);
      context.save();
      // (The passes are given every element; Cytoscape's own drawing skips the hidden ones, and
      // the live view's the ones out of sight: at 5,000 elements, drawing every group's label on
      // every frame of a zoomed-in pan took 50 ms.)
      const extent = name === 'drawLayeredElements' && isBox(rest[1]) ? rest[1] : undefined;
      for (const group of groupsAmong(eles)) {
        if (!group.visible()) continue;
        if (extent) {
          const b = group.boundingBox();
          if (b.x2 < extent.x1 || b.x1 > extent.x2 || b.y2 < extent.y1 || b.y1 > extent.y2) continue;
        }
        drawText.call(renderer, context, group);
      }
      context.restore();
      return result;
    };
  }
  return true;
}
