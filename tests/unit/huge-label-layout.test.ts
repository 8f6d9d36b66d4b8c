/**
 * One huge label must not make the layout run for good (issue 18, defect 2): the layout measures at
 * most LABEL_MEASURE_MAX characters of a label, so a 1 MB label lays out like a short one.
 */
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/model/graph';
import { buildElements, estimateLabelBox, LABEL_MEASURE_MAX } from '../../src/view/elements';
import { computeLayout } from '../../src/cy/run-layout';
import { FIXTURE } from '../fixtures/explorer';

const HUGE = 'Lukashenko '.repeat(100_000); // 1.1 MB

describe('a 1 MB label', () => {
  it('is measured like a label of LABEL_MEASURE_MAX characters', () => {
    expect(estimateLabelBox(HUGE)).toEqual(estimateLabelBox(HUGE.slice(0, LABEL_MEASURE_MAX)));
    expect(estimateLabelBox(HUGE).height).toBeLessThan(100);
  });

  it('lays out headless and ends, every actor placed', async () => {
    const graph = buildGraph({ ...FIXTURE, actors: FIXTURE.actors.map((a) => (a.id === 'luka' ? { ...a, label: HUGE } : a)) });
    const elements = buildElements(graph);
    const definitions = [...elements.nodes, ...elements.edges].map((d) => ({ group: d.group, data: { ...d.data } }));
    const { positions, box } = await computeLayout(definitions, 'fresh', 1);
    expect(Object.keys(positions)).toHaveLength(elements.nodes.filter((n) => !elements.nodes.some((m) => m.data.parent === n.data.id)).length);
    // As compact as the same graph with a short label: no node a million pixels tall.
    expect(box.h).toBeLessThan(2000);
  }, 30_000);
});
