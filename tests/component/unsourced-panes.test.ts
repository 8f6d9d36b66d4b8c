// @vitest-environment happy-dom
/**
 * An imported graph without sources (issue 15 item 3): the relation pane says "No source given"
 * instead of quotes, the perspective control is off and says why, the banner names the graph
 * unsourced; a sourced graph keeps its quotes and its control.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/svelte';
import RelationPane from '../../src/components/RelationPane.svelte';
import DetailPane from '../../src/components/DetailPane.svelte';
import PerspectiveControl from '../../src/components/PerspectiveControl.svelte';
import PerspectiveBanner from '../../src/components/PerspectiveBanner.svelte';
import { readImportFiles } from '../../src/model/import-formats/dispatch';
import { graphFromTrustedSerialization } from '../../src/model/serialization';
import { Explorer } from '../../src/state/explorer.svelte';
import { relationCoverage } from '../../src/view/coverage';
import { fixtureGraph } from '../fixtures/explorer';

function unsourcedExplorer(): Explorer {
  const outcome = readImportFiles([{ name: 'minsk.gexf', text: readFileSync(resolve('tests/fixtures/gephi-small.gexf'), 'utf8') }]);
  if (!outcome.ok) throw new Error('the fixture did not import');
  const { graph, positions } = graphFromTrustedSerialization(outcome.serialized);
  const explorer = new Explorer({ graph: fixtureGraph(), positions: undefined });
  explorer.replaceGraph(graph, positions);
  return explorer;
}

afterEach(() => cleanup());

describe('an unsourced graph', () => {
  it('its relation pane says "No source given" and shows no claims', () => {
    const explorer = unsourcedExplorer();
    const id = explorer.graph.edges()[0]!;
    explorer.select({ kind: 'relation', id });
    const details = explorer.relationDetails!;
    expect(details.claims).toEqual([]);
    render(RelationPane, {
      props: { details, coverage: relationCoverage(explorer.graph, id, (s) => explorer.sources.get(s)), onClose: vi.fn(), onSelectActor: vi.fn() },
    });
    expect(screen.getByTestId('no-source').textContent).toContain('No source given');
    expect(screen.queryByTestId('agreement')).toBeNull();
    expect(screen.queryByText(/Claims \(/)).toBeNull();
  });

  it('its perspective control is off and says why', () => {
    const explorer = unsourcedExplorer();
    render(PerspectiveControl, {
      props: { perspective: explorer.perspective, sources: [...explorer.sources.values()], fadeOutside: false, onChange: vi.fn(), onFadeChange: vi.fn() },
    });
    const select = screen.getByLabelText<HTMLSelectElement>('Perspective');
    expect(select.disabled).toBe(true);
    expect(select.getAttribute('aria-describedby')).toBe('perspective-off');
    expect(screen.getByTestId('perspective-off').textContent).toContain('imported without sources');
  });

  it('its banner calls it unsourced, with every relation counted', () => {
    const explorer = unsourcedExplorer();
    render(PerspectiveBanner, { props: { explorer } });
    expect(screen.getByTestId('unsourced-note').textContent).toContain('Unsourced graph');
    expect(screen.getByTestId('unsourced-note').textContent).toContain('4 relations');
    expect(explorer.counts.shownRelations).toBe(4);
  });

  it('its overview says no sources were given, not that quotes went unchecked', () => {
    const explorer = unsourcedExplorer();
    render(DetailPane, { props: { explorer } });
    const text = screen.getByTestId('imported-overview').textContent.replace(/\s+/g, ' ');
    expect(text).toContain('no sources given');
    expect(text).not.toContain('quotes are as the file gives them');
  });

  it('a sourced graph keeps its control on and its quotes', () => {
    const explorer = new Explorer({ graph: fixtureGraph(), positions: undefined });
    render(PerspectiveControl, {
      props: { perspective: explorer.perspective, sources: [...explorer.sources.values()], fadeOutside: false, onChange: vi.fn(), onFadeChange: vi.fn() },
    });
    expect(screen.getByLabelText<HTMLSelectElement>('Perspective').disabled).toBe(false);
    expect(screen.queryByTestId('perspective-off')).toBeNull();
    cleanup();
    const id = explorer.graph.edges()[0]!;
    explorer.select({ kind: 'relation', id });
    render(RelationPane, { props: { details: explorer.relationDetails!, onClose: vi.fn(), onSelectActor: vi.fn() } });
    expect(screen.queryByTestId('no-source')).toBeNull();
  });
});
