/**
 * Draws a laid-out picture's operations (png-layout.ts) on a 2D canvas, and the few canvas
 * helpers the PNG export needs: a text measure for the layout, and encoding. Browser canvas
 * only; nothing of Cytoscape (the graph itself is drawn by src/cy/png.ts).
 */
import type { DrawOp, Measure } from './png-layout';

/** Draws `ops` (1× units) under the context's current transform. */
export function drawOps(ctx: CanvasRenderingContext2D, ops: readonly DrawOp[]): void {
  ctx.textBaseline = 'top';
  for (const item of ops) {
    if (item.op === 'text') {
      ctx.font = item.font;
      ctx.fillStyle = item.color;
      ctx.fillText(item.text, item.x, item.y);
    } else if (item.op === 'icon') {
      ctx.save();
      ctx.translate(item.x, item.y);
      ctx.scale(item.size / 16, item.size / 16);
      ctx.fillStyle = item.color;
      try {
        ctx.fill(new Path2D(item.path));
      } catch {
        ctx.fillRect(2, 2, 12, 12); // an unreadable path still gets a swatch
      }
      ctx.restore();
    } else if (item.op === 'circle') {
      ctx.beginPath();
      ctx.arc(item.x, item.y, item.r, 0, Math.PI * 2);
      ctx.fillStyle = item.color;
      ctx.fill();
    } else {
      ctx.beginPath();
      ctx.moveTo(item.x1, item.y1);
      ctx.lineTo(item.x2, item.y2);
      ctx.strokeStyle = item.color;
      ctx.lineWidth = item.width;
      ctx.lineCap = 'round';
      ctx.setLineDash(item.dash ? [...item.dash] : []);
      ctx.stroke();
      ctx.setLineDash([]);
    }
  }
}

/** A text measure for png-layout.ts from a canvas's `measureText`; undefined if the browser gives no canvas. */
export function canvasMeasure(): Measure | undefined {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return undefined;
  return (text, font) => {
    context.font = font;
    return context.measureText(text).width;
  };
}

/** The canvas as PNG bytes; null when the browser cannot encode it. */
export function canvasToBlob(canvas: HTMLCanvasElement): Promise<Blob | null> {
  return new Promise((resolve) => {
    try {
      canvas.toBlob((blob) => resolve(blob), 'image/png');
    } catch {
      resolve(null);
    }
  });
}
