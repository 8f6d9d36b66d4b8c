import { describe, expect, it } from 'vitest';
import { CANVAS_MAX_AREA, CANVAS_MAX_SIDE, chooseScale, PngExportError } from '../../src/export/png-scale';

describe('the PNG scale against the browser canvas limits', () => {
  it('keeps the requested scale when the picture fits', () => {
    expect(chooseScale(800, 600, 2)).toEqual({ scale: 2, width: 1600, height: 1200, downscaled: false });
    expect(chooseScale(4096, 4096, 4)).toMatchObject({ scale: 4, width: 16384, height: 16384, downscaled: false });
  });

  it('reduces the scale to fit 16384 px a side, and says so', () => {
    const choice = chooseScale(10_000, 800, 2);
    expect(choice.downscaled).toBe(true);
    expect(choice.scale).toBe(1.63);
    expect(choice.width).toBeLessThanOrEqual(CANVAS_MAX_SIDE);
    expect(choice.note).toBe(
      'At 2× the picture would be 20000 × 1600 pixels, more than the browser can draw (16384 pixels a side, 268,435,456 pixels in all), so it was exported at 1.63× (16300 × 1304).',
    );
  });

  it('keeps within the area limit too', () => {
    const choice = chooseScale(9000, 9000, 4);
    expect(choice.downscaled).toBe(true);
    expect(choice.width * choice.height).toBeLessThanOrEqual(CANVAS_MAX_AREA);
    expect(Math.max(choice.width, choice.height)).toBeLessThanOrEqual(CANVAS_MAX_SIDE);
  });

  it('refuses a picture that cannot be drawn even when reduced', () => {
    expect(() => chooseScale(1_000_000, 1000, 1)).toThrow(PngExportError);
  });
});
