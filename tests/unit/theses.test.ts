/**
 * The eight questions the five articles argue about (issue 13), each authored in
 * graph-data/relations/theses.json as one relation that articles take opposite sides on. Each must
 * show as a disagreement in the compare view of an article pair on opposite sides: that is what the
 * compare view exists for, so a recoding that loses one fails here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/model/graph';
import { loadAuthoredFiles } from '../../src/model/load';
import { formatProblem } from '../../src/model/problems';
import { perspectiveView } from '../../src/model/perspective';
import { DEFAULT_DATA_DIR, readGraphData } from '../../scripts/graph-data-files';

const THESES = (JSON.parse(readFileSync(join(DEFAULT_DATA_DIR, 'relations', 'theses.json'), 'utf8')) as { relations: { id: string }[] }).relations.map(
  (r) => r.id,
);

function graph() {
  const result = loadAuthoredFiles(readGraphData());
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  return buildGraph(result.dataset);
}

describe('the eight questions the articles disagree on', () => {
  const g = graph();

  it('are eight relations', () => {
    expect(THESES).toHaveLength(8);
  });

  it.each(THESES)('%s: some article supports it and another opposes it, and their compare view lists it as a disagreement', (id) => {
    const claims = g.getEdgeAttribute(id, 'claims');
    const supporters = [...new Set(claims.filter((c) => c.stance === 'supports').map((c) => c.source))];
    const opponents = [...new Set(claims.filter((c) => c.stance === 'opposes').map((c) => c.source))];
    const pairs = supporters.flatMap((a) => opponents.filter((b) => b !== a).map((b) => [a, b] as const));
    expect(pairs.length, `${id}: supporters ${supporters.join(', ')}; opponents ${opponents.join(', ')}`).toBeGreaterThan(0);
    for (const [a, b] of pairs) {
      const view = perspectiveView(g, { mode: 'compare', a, b });
      expect(view.relations.get(id)?.status, `${a} vs ${b}`).toBe('disputed');
      expect(view.disputedRelationIds).toContain(id);
    }
    // "All articles" lists it among the disputed relations too.
    expect(perspectiveView(g, { mode: 'all' }).disputedRelationIds).toContain(id);
  });
});
