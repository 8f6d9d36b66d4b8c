/**
 * End to end, in Chromium: a group's name stays readable where edges run over it. On the built-in
 * graph many relations converge on Belarus and cross its group label; the label is drawn above
 * them (src/cy/patches/group-labels-on-top.ts), on its white backing, so no edge colour shows inside it;
 * a group the perspective hides has no label drawn at all.
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

  it('are not drawn for a group the perspective hides', async () => {
    const page = await harness.openExplorer({ width: 1280, height: 800 });
    const ink = await page.evaluate(async () => {
      const { explorer, canvas } = window.__explorer!;
      const cy = canvas()!.getCore();
      const frame = (): Promise<void> =>
        new Promise<void>((resolve) => {
          cy.one('render', () => requestAnimationFrame(() => resolve()));
          cy.forceRender();
        });
      const element = document.querySelector<HTMLCanvasElement>('[data-testid="graph-canvas"] canvas[data-id="layer2-node"]')!;
      const ratio = element.width / element.clientWidth;
      // Dark ink (labels are #1d232b; no edge colour is that dark) inside a model-space box.
      const inkIn = (box: { x1: number; y1: number; x2: number; y2: number }): number => {
        const zoom = cy.zoom();
        const pan = cy.pan();
        const x1 = Math.floor((box.x1 * zoom + pan.x) * ratio);
        const y1 = Math.floor((box.y1 * zoom + pan.y) * ratio);
        const x2 = Math.ceil((box.x2 * zoom + pan.x) * ratio);
        const y2 = Math.ceil((box.y2 * zoom + pan.y) * ratio);
        const { data } = element.getContext('2d')!.getImageData(x1, y1, x2 - x1, y2 - y1);
        let dark = 0;
        for (let i = 0; i < data.length; i += 4) if (data[i + 3]! > 128 && Math.max(data[i]!, data[i + 1]!, data[i + 2]!) < 70) dark++;
        return dark;
      };
      await frame();
      const hidden = explorer.sourceIds
        .map((source) => ({ source }))
        .find(({ source }) => {
          explorer.setPerspective({ mode: 'one', source });
          return explorer.looks.get('poland')?.hidden === true;
        });
      explorer.setPerspective({ mode: 'all' });
      await frame();
      const box = cy.getElementById('poland').boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false });
      const shown = inkIn(box);
      if (!hidden) return { shown, hidden: -1, visible: true };
      explorer.setPerspective({ mode: 'one', source: hidden.source });
      window.__explorer!.flush();
      await frame();
      return { shown, hidden: inkIn(box), visible: cy.getElementById('poland').visible() };
    });
    expect(ink.visible).toBe(false);
    expect(ink.shown).toBeGreaterThan(20);
    expect(ink.hidden).toBe(0);
    await page.context().close();
  });
});
