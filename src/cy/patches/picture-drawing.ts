/**
 * The renderer methods the PNG export draws with (src/cy/png.ts), the ones `cy.png()` itself
 * uses (3.34.4, src/extensions/renderer/canvas/export-image.mjs and drawing-elements.mjs):
 * `bufferCanvasImage` draws a core's elements on a new canvas (which `cy.png()` then encodes, and
 * the export copies under its caption instead of encoding, decoding and encoding again), and
 * `drawElements` with `getCachedZSortedEles` draws some elements of the live view, in its drawing
 * order, on a given context (no copy of the graph needed when the view shows exactly the picture).
 *
 * On another release (the shared guard, guard.ts), or if a method is missing, each function here
 * answers undefined and the export takes its public path: a copy of the chosen elements drawn by
 * the public `cy.png()` (correct, only slower).
 */
import type { Collection, Core, SingularElementArgument } from 'cytoscape';
import { rendererInternals } from './guard';

interface ElementPainter {
  getCachedZSortedEles(): ArrayLike<SingularElementArgument>;
  drawElements(context: CanvasRenderingContext2D, elements: ArrayLike<SingularElementArgument>): void;
  getPixelRatio(): number;
}

/** Draws chosen elements of a live view onto a context, under its transform, as the view draws them. */
export interface LivePainter {
  /** The view's pixel ratio: labels under `min-zoomed-font-size` are left out at zoom × this. */
  readonly pixelRatio: number;
  draw(context: CanvasRenderingContext2D, chosen: Collection): void;
}

/** The live view's own element drawing (see above); undefined when its internals are not there. */
export function livePainter(cy: Core): LivePainter | undefined {
  const renderer = rendererInternals<ElementPainter>('picture-drawing', cy, {
    getCachedZSortedEles: 'function',
    drawElements: 'function',
    getPixelRatio: 'function',
  });
  if (!renderer) return undefined;
  return {
    pixelRatio: renderer.getPixelRatio(),
    draw(context, chosen) {
      renderer.drawElements(
        context,
        Array.from(renderer.getCachedZSortedEles()).filter((ele) => chosen.has(ele)),
      );
    },
  };
}

interface ImageRenderer {
  bufferCanvasImage(options: { full: boolean; scale: number }): unknown;
}

/**
 * Every element of `cy` (their full bounding box, transparent around them) drawn at `scale` on a
 * new canvas, as `cy.png({ full: true, scale })` draws before encoding; undefined when the
 * renderer's method is not there or gives no usable canvas.
 */
export function drawAllOnCanvas(cy: Core, scale: number): HTMLCanvasElement | undefined {
  const drawn = rendererInternals<ImageRenderer>('picture-drawing', cy, { bufferCanvasImage: 'function' })?.bufferCanvasImage({ full: true, scale });
  return drawn instanceof HTMLCanvasElement && drawn.width > 0 && drawn.height > 0 ? drawn : undefined;
}
