/**
 * The PNG export's scale against the browser's canvas limits: browsers refuse canvases over a
 * size (here 16384 px per side and 268,435,456 px in all), so a picture that would pass them is
 * drawn at the largest scale that fits, and the result says so. Pure (no DOM, no Cytoscape), so
 * it is tested in Node (tests/unit/png-scale.test.ts). Every export failure is a PngExportError.
 */

export const CANVAS_MAX_SIDE = 16384;
export const CANVAS_MAX_AREA = 268_435_456;
/** Below this scale a picture is not worth drawing; the export fails with a message instead. */
export const MIN_SCALE = 0.05;

/** What the PNG export throws, with a message for the user; it never returns an empty picture. */
export class PngExportError extends Error {
  override readonly name = 'PngExportError';
}

export interface ScaleChoice {
  readonly scale: number;
  readonly width: number;
  readonly height: number;
  readonly downscaled: boolean;
  readonly note?: string;
}

const fits = (width: number, height: number): boolean => width <= CANVAS_MAX_SIDE && height <= CANVAS_MAX_SIDE && width * height <= CANVAS_MAX_AREA;

/**
 * The requested scale when a `width1` × `height1` picture (in 1× pixels) fits the canvas limits
 * at it, otherwise the largest scale (to 1/100) that fits, with a note saying so. Pure.
 */
export function chooseScale(width1: number, height1: number, requested: number): ScaleChoice {
  const size = (s: number) => ({ width: Math.ceil(width1 * s), height: Math.ceil(height1 * s) });
  const wanted = size(requested);
  if (fits(wanted.width, wanted.height)) return { scale: requested, ...wanted, downscaled: false };
  let scale = Math.floor(Math.min(CANVAS_MAX_SIDE / width1, CANVAS_MAX_SIDE / height1, Math.sqrt(CANVAS_MAX_AREA / (width1 * height1)), requested) * 100) / 100;
  while (scale >= MIN_SCALE && !fits(size(scale).width, size(scale).height)) scale = Math.round((scale - 0.01) * 100) / 100;
  if (scale < MIN_SCALE) {
    throw new PngExportError(
      `The picture would be ${wanted.width} × ${wanted.height} pixels, too large for the browser to draw even when reduced. Export a smaller part of the graph.`,
    );
  }
  const actual = size(scale);
  return {
    scale,
    ...actual,
    downscaled: true,
    note:
      `At ${requested}× the picture would be ${wanted.width} × ${wanted.height} pixels, more than the browser can draw ` +
      `(${CANVAS_MAX_SIDE} pixels a side, ${CANVAS_MAX_AREA.toLocaleString('en')} pixels in all), so it was exported at ${scale}× (${actual.width} × ${actual.height}).`,
  };
}
