import { describe, expect, it } from 'vitest';
import { buildCaption, captionLines, formatArticle } from '../../src/export/caption';
import { formatPartialDate } from '../../src/view/format';
import { CYRILLIC_LABEL, SCRIPT_LABEL, importGraph } from '../fixtures/import-dataset';

const exportedAt = new Date(2026, 10, 23, 10, 0);

describe('the caption of an exported picture', () => {
  it('names the title, the perspective, the cited articles and the export date', () => {
    const graph = importGraph();
    const caption = buildCaption(graph, ['united-states', 'lukashenka'], ['us--consult--lukashenka', 'lukashenka--yield--us'], {
      perspective: 'One article: Lawfare',
      exportedAt,
    });
    expect(caption.title).toBe('Fixture: <i>the</i> thaw');
    expect(caption.perspective).toBe('One article: Lawfare');
    expect(caption.summary).toBe('2 actors, 2 relations');
    expect(caption.exportedOn).toBe('2026-11-23');
    expect(caption.articles).toEqual([
      {
        id: 'lawfare',
        title: 'What Washington Wants from Minsk',
        outlet: 'Lawfare',
        author: 'Katsiaryna Shmatsina',
        date: '2025-07-22',
        kind: 'analysis',
        relationCount: 2,
      },
      { id: 'quiet-trip', title: 'A Quick, Quiet Trip to Belarus', date: '2025-02', kind: 'news report', relationCount: 1 },
    ]);
  });

  it('in a one-article or compare perspective, cites only the articles whose claims are shown', () => {
    const graph = importGraph();
    const edges = ['us--consult--lukashenka', 'lukashenka--yield--us'];
    expect(buildCaption(graph, ['united-states', 'lukashenka'], edges, { exportedAt }).articles.map((a) => a.id)).toEqual(['lawfare', 'quiet-trip']);
    const one = buildCaption(graph, ['united-states', 'lukashenka'], edges, { exportedAt, shownSources: new Set(['lawfare']) });
    expect(one.articles.map((a) => a.id)).toEqual(['lawfare']);
  });

  it('lists only the articles the shown edges cite', () => {
    const graph = importGraph();
    const caption = buildCaption(graph, ['united-states', 'lukashenka'], ['us--disapprove--lukashenka'], { exportedAt });
    expect(caption.articles.map((a) => a.id)).toEqual(['quiet-trip']);
    expect(caption.perspective).toBe('All sources');
    expect(buildCaption(graph, ['china'], [], { exportedAt }).articles).toEqual([]);
  });

  it('has a legend of the actor kinds and relation types shown, grouped by QuadClass', () => {
    const graph = importGraph();
    const caption = buildCaption(graph, graph.nodes(), graph.edges(), {
      exportedAt,
      palette: { kind: (kind) => (kind === 'state' ? '#3f5f8a' : undefined), quadClass: (q) => `#00000${q}` },
    });
    expect(caption.legend.kinds).toEqual([
      { kind: 'state', label: 'State', count: 3, color: '#3f5f8a' },
      { kind: 'movement', label: 'Movement', count: 1 },
      { kind: 'person', label: 'Person', count: 1 },
      { kind: 'organisation', label: 'Organisation', count: 1 },
    ]);
    expect(caption.legend.quadClasses.map((q) => [q.quadClass, q.label, q.count, q.color, q.types.map((t) => t.type)])).toEqual([
      [1, 'Verbal cooperation', 1, '#000001', ['consult']],
      [2, 'Material cooperation', 2, '#000002', ['material-cooperation', 'yield']],
      [3, 'Verbal conflict', 1, '#000003', ['disapprove']],
      [4, 'Material conflict', 1, '#000004', ['coerce']],
    ]);
    expect(caption.legend.quadClasses[1]!.types[1]).toMatchObject({ label: 'Concession', cameo: '08', count: 1 });
  });

  it('with another edge colouring, counts the colours shown and takes the QuadClass colours off the types', () => {
    const graph = importGraph();
    const colourOf: Record<string, string> = { 'us--consult--lukashenka': 'warm', 'lukashenka--yield--us': 'warm', 'us--disapprove--lukashenka': 'cold' };
    const caption = buildCaption(graph, graph.nodes(), Object.keys(colourOf), {
      exportedAt,
      palette: { quadClass: (q) => `#00000${q}` },
      edgeColouring: {
        title: 'Edge colour — tone',
        colours: [
          { id: 'cold', label: 'cold', color: '#0000ff' },
          { id: 'never', label: 'never shown', color: '#00ff00' },
          { id: 'warm', label: 'warm', color: '#ff0000' },
        ],
        colourOf: (edge) => colourOf[edge],
      },
    });
    expect(caption.legend.edgeColours).toEqual({
      title: 'Edge colour — tone',
      entries: [
        { id: 'cold', label: 'cold', color: '#0000ff', count: 1 },
        { id: 'warm', label: 'warm', color: '#ff0000', count: 2 },
      ],
    });
    expect(caption.legend.quadClasses.map((q) => [q.quadClass, q.color, q.types.map((t) => t.color)])).toEqual([
      [1, undefined, [undefined]],
      [2, undefined, [undefined]],
      [3, undefined, [undefined]],
    ]);
    expect(captionLines(caption)).toContain('Edge colour — tone: cold (1), warm (2)');
    expect(buildCaption(graph, graph.nodes(), [], { exportedAt }).legend.edgeColours).toBeUndefined();
  });

  it('ignores keys that are not in the graph', () => {
    const caption = buildCaption(importGraph(), ['china', 'ghost', 'china'], ['ghost-edge'], { exportedAt });
    expect(caption.summary).toBe('1 actor, 0 relations');
    expect(caption.legend.quadClasses).toEqual([]);
  });

  it('formats articles and partial dates for people', () => {
    expect(formatPartialDate('2025')).toBe('2025');
    expect(formatPartialDate('2025-06')).toBe('June 2025');
    expect(formatPartialDate('2025-07-02')).toBe('2 July 2025');
    expect(formatArticle({ title: 'T', outlet: 'Lawfare', author: 'A. Author', date: '2025-07-22' })).toBe('T — Lawfare, A. Author, 22 July 2025');
    expect(formatArticle({ title: 'Only a title' })).toBe('Only a title');
  });

  it('keeps text from the data as it is (the renderer draws it as text)', () => {
    const graph = importGraph();
    graph.setAttribute(
      'sources',
      graph.getAttribute('sources').map((s) => (s.id === 'lawfare' ? { ...s, title: `${SCRIPT_LABEL} — ${CYRILLIC_LABEL}` } : s)),
    );
    const lines = captionLines(buildCaption(graph, ['ministry', 'watchdog'], ['ministry--coerce--watchdog'], { exportedAt }));
    expect(lines).toContain(`• ${SCRIPT_LABEL} — ${CYRILLIC_LABEL} — Lawfare, Katsiaryna Shmatsina, 22 July 2025`);
    expect(lines[0]).toBe('Fixture: <i>the</i> thaw');
    expect(lines.at(-1)).toBe('Exported 2026-11-23');
    expect(lines).toContain('Material conflict: Coercion and repression (CAMEO 17)');
  });
});
