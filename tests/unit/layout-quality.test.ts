// The layout's quality by graph size (src/cy/layout-options.ts): the built-in graph keeps the
// shipped layout's options; large imported graphs get fcose's fast "draft". Timings are measured by
// `npm run bench`, never asserted here.
import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_NODES, PROOF_MAX_NODES, fcoseOptions, layoutIterations, layoutQuality } from '../../src/cy/layout-options';

describe('layout quality by size', () => {
  it('lays out the shipped layout and graphs the size of the built-in one at "proof"', () => {
    expect(layoutQuality(60, 'headless')).toBe('proof');
    expect(layoutQuality(5000, 'headless')).toBe('proof');
    expect(layoutQuality(60, 'fresh')).toBe('proof');
    expect(layoutQuality(PROOF_MAX_NODES, 'rerun')).toBe('proof');
    expect(layoutIterations(60, 'rerun')).toBe(4000);
  });

  it('uses "default" for mid-sized graphs and "draft" above a few hundred nodes', () => {
    expect(layoutQuality(PROOF_MAX_NODES + 1, 'fresh')).toBe('default');
    expect(layoutQuality(DEFAULT_MAX_NODES, 'fresh')).toBe('default');
    expect(layoutQuality(DEFAULT_MAX_NODES + 1, 'fresh')).toBe('draft');
    expect(layoutQuality(1667, 'fresh')).toBe('draft');
    expect(layoutIterations(1667, 'fresh')).toBeLessThan(layoutIterations(200, 'fresh'));
  });

  it('never starts "Re-run layout" from a spectral draft: it keeps the current positions', () => {
    expect(layoutQuality(1667, 'rerun')).toBe('default');
    expect(fcoseOptions('rerun', 1667)).toMatchObject({ randomize: false, quality: 'default' });
  });

  it('keeps the shipped options when no size is given (scripts/compute-layout.ts)', () => {
    expect(fcoseOptions('headless')).toMatchObject({ quality: 'proof', numIter: 4000, packComponents: true, randomize: true, animate: false, fit: false });
    expect(fcoseOptions('fresh', 1667)).toMatchObject({ quality: 'draft', packComponents: false, randomize: true });
  });
});

describe('the layout worker warm-up', () => {
  it('lays out a graph large enough for the "draft" imports use, with groups, and places every node', async () => {
    const { computeLayout, warmUpElements } = await import('../../src/cy/run-layout');
    const elements = warmUpElements();
    const nodes = elements.filter((e) => e.group === 'nodes');
    expect(layoutQuality(nodes.length, 'fresh')).toBe('draft');
    expect(nodes.some((n) => n.data.parent !== undefined)).toBe(true);
    expect(warmUpElements()).toEqual(elements);
    const { positions } = await computeLayout(elements, 'fresh', 1);
    const parents = new Set(nodes.map((n) => n.data.parent as string | undefined).filter((p): p is string => p !== undefined));
    const leaves = nodes.filter((n) => !parents.has(String(n.data.id)));
    expect(Object.keys(positions).sort()).toEqual(leaves.map((n) => String(n.data.id)).sort());
  });
});
