import { describe, expect, it } from 'vitest';
import { DEFAULT_URL_STATE } from '../../src/model/url-state';
import { describeView } from '../../src/view/view-summary';

const labels = { source: (id: string) => id.toUpperCase(), element: (id: string) => `<${id}>` };

describe('describeView: what a saved view shows, in one line', () => {
  it('names the perspective, the selection, the filters, collapsed groups and a tour step', () => {
    expect(describeView(DEFAULT_URL_STATE, labels)).toBe('All articles');
    expect(describeView({ ...DEFAULT_URL_STATE, perspective: { mode: 'one', source: 'lawfare' }, selection: { kind: 'actor', id: 'luka' } }, labels)).toBe(
      'LAWFARE · <luka>',
    );
    expect(
      describeView(
        {
          ...DEFAULT_URL_STATE,
          perspective: { mode: 'compare', a: 'lawfare', b: 'quincy' },
          filters: { hiddenTypes: new Set(['appeal']), hiddenQuads: new Set([4]), hiddenKinds: new Set() },
          collapsed: new Set(['belarus']),
          tour: { id: 'five-readings', step: 7 },
        },
        labels,
      ),
    ).toBe('LAWFARE compared with QUINCY · 2 filters · 1 group collapsed · tour step 7');
  });
});
