/**
 * End to end, in Chromium: a group's name stays readable where edges run over it. On the built-in
 * graph many relations converge on Belarus and cross its group label; the label is drawn above
 * them (src/cy/group-labels-on-top.ts), on its white backing, so no edge colour shows inside it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});

afterAll(async () => {
  await harness?.close();
});

describe('group labels', () => {
  it('are drawn above the edges that cross them', async () => {
    const page = await harness.openExplorer({ width: 1280, height: 800 });
    const result = await page.evaluate(async () => {
      const cy = window.__explorer!.canvas()!.getCore();
      await new Promise<void>((resolve) => {
        cy.one('render', () => requestAnimationFrame(() => resolve()));
        cy.forceRender();
      });
      const group = cy.getElementById('belarus');
      // The label's box in model coordinates, then on the canvas.
      const box = group.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false });
      const crossing = cy.edges(':visible').filter((edge) => {
        const b = edge.boundingBox({ includeLabels: false, includeOverlays: false });
        return b.x1 < box.x2 && box.x1 < b.x2 && b.y1 < box.y2 && box.y1 < b.y2;
      }).length;
      const zoom = cy.zoom();
      const pan = cy.pan();
      const canvas = document.querySelector<HTMLCanvasElement>('[data-testid="graph-canvas"] canvas[data-id="layer2-node"]')!;
      const ratio = canvas.width / canvas.clientWidth;
      // (Two model pixels inside the box: its rounded corners and anti-aliased rim are left out.)
      const x1 = Math.ceil(((box.x1 + 2) * zoom + pan.x) * ratio);
      const y1 = Math.ceil(((box.y1 + 2) * zoom + pan.y) * ratio);
      const x2 = Math.floor(((box.x2 - 2) * zoom + pan.x) * ratio);
      const y2 = Math.floor(((box.y2 - 2) * zoom + pan.y) * ratio);
      const { data } = canvas.getContext('2d')!.getImageData(x1, y1, x2 - x1, y2 - y1);
      let pixels = 0;
      let coloured = 0;
      for (let i = 0; i < data.length; i += 4) {
        if (data[i + 3]! === 0) continue;
        pixels++;
        // Edges are saturated blues, oranges and reds; the label is dark ink on a white backing.
        if (Math.max(data[i]!, data[i + 1]!, data[i + 2]!) - Math.min(data[i]!, data[i + 1]!, data[i + 2]!) > 60) coloured++;
      }
      return { crossing, pixels, coloured, size: [x2 - x1, y2 - y1] };
    });
    expect(result.crossing).toBeGreaterThan(0);
    expect(result.pixels).toBeGreaterThan(200);
    expect(result.coloured / result.pixels).toBeLessThan(0.01);
    await page.context().close();
  });
});
