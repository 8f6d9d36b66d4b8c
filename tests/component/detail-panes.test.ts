// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/svelte';
import ActorPane from '../../src/components/ActorPane.svelte';
import RelationPane from '../../src/components/RelationPane.svelte';
import DetailPane from '../../src/components/DetailPane.svelte';
import { computeActorMetrics } from '../../src/model/metrics';
import { computeVisibility, NO_FILTERS } from '../../src/model/filters';
import { perspectiveView, type Perspective } from '../../src/model/perspective';
import { actorDetails, relationDetails } from '../../src/view/details';
import { Explorer } from '../../src/state/explorer.svelte';
import { fixtureGraph, FIXTURE } from '../fixtures/explorer';
import { relationCoverage } from '../../src/view/coverage';
import { sourceMap } from '../../src/view/details';
import { stanceGraph } from '../fixtures/perspective-graphs';

const graph = fixtureGraph();

function viewOf(perspective: Perspective) {
  const view = perspectiveView(graph, perspective);
  const visibility = computeVisibility(graph, {
    filters: NO_FILTERS,
    perspectiveActors: perspective.mode === 'all' ? undefined : view.visibleActorIds,
    perspectiveRelations: perspective.mode === 'all' ? undefined : view.visibleRelationIds,
  });
  return { view, visibility };
}

afterEach(() => cleanup());

describe('ActorPane', () => {
  function renderActor(id: string, perspective: Perspective = { mode: 'all' }) {
    const { view, visibility } = viewOf(perspective);
    const details = actorDetails(graph, id, view, visibility, computeActorMetrics(graph))!;
    const props = {
      details,
      onClose: vi.fn(),
      onSelectRelation: vi.fn(),
      onSelectActor: vi.fn(),
      onFocusHops: vi.fn(),
      onToggleGroup: vi.fn(),
      onSelectNeighbourhood: vi.fn(),
    };
    render(ActorPane, { props });
    return props;
  }

  it('shows name, kind, aliases, description, membership and metrics', () => {
    renderActor('luka');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Alexander Lukashenko');
    const pane = screen.getByTestId('actor-pane');
    expect(pane.textContent).toContain('Person');
    expect(pane.textContent).toContain('Lukashenka · Łukašenka');
    expect(pane.textContent).toContain('Belarus leader.');
    expect(within(pane).getByRole('button', { name: 'Belarus' })).toBeTruthy();
    expect(pane.textContent).toMatch(/Degree\s*3 \(1 out, 2 in\)/);
    expect(pane.textContent).toMatch(/Betweenness\s*0\.083 \(1st of 10\)/);
  });

  it('groups relations by type with counterpart, direction and article count; a click selects the edge', async () => {
    const props = renderActor('luka');
    const headings = screen.getAllByRole('heading', { level: 4 }).map((h) => h.textContent?.replace(/\s+/g, ' ').trim());
    expect(headings).toEqual(['Public statement (1)', 'Talks and visits (1)', 'Coercion and repression (1)']);
    const talks = screen.getByRole('button', { name: /Keith Kellogg/ });
    expect(talks.textContent).toContain('←');
    // (As rendered: the markup's line breaks are white space, which the browser shows as one space.)
    expect(talks.textContent?.replace(/\s+/g, ' ')).toContain('2 articles');
    expect(screen.getByRole('button', { name: /Donald Trump/ }).textContent).toContain('↔');
    expect(screen.getByRole('button', { name: /Sviatlana Tsikhanouskaya/ }).textContent).toContain('→');
    await fireEvent.click(talks);
    expect(props.onSelectRelation).toHaveBeenCalledWith('kellogg--consult--luka');
  });

  it('lists members of a group, offers collapse and focus, and closes', async () => {
    const props = renderActor('us');
    const pane = screen.getByTestId('actor-pane');
    await fireEvent.click(within(pane).getByRole('button', { name: 'Keith Kellogg' }));
    expect(props.onSelectActor).toHaveBeenCalledWith('kellogg');
    await fireEvent.click(screen.getByRole('button', { name: 'Collapse group' }));
    expect(props.onToggleGroup).toHaveBeenCalled();
    await fireEvent.click(screen.getByRole('radio', { name: '2 hops' }));
    expect(props.onFocusHops).toHaveBeenCalledWith(2);
    await fireEvent.click(screen.getByRole('button', { name: 'Close details' }));
    expect(props.onClose).toHaveBeenCalled();
  });

  it('compare: each relation row says how the two articles stand on it, set off by " · "', () => {
    renderActor('luka', { mode: 'compare', a: 'alpha', b: 'beta' });
    const counts = [...screen.getByTestId('actor-pane').querySelectorAll('.relation .n')].map((n) => n.textContent ?? '');
    expect(counts.some((text) => / · (both agree|differ in tone or certainty|disagree|only )/i.test(text))).toBe(true);
    // (Svelte drops the whitespace at the start of an element: " · x" inside a span lost its space.)
    for (const text of counts) expect(text).not.toMatch(/\S·/);
  });

  it('counts only the relations the perspective shows', () => {
    renderActor('luka', { mode: 'one', source: 'gamma' });
    expect(screen.getByRole('heading', { level: 3, name: /Relations/ }).textContent).toBe('Relations (1) · 2 hidden');
  });
});

describe('RelationPane', () => {
  function renderRelation(id: string, perspective: Perspective = { mode: 'all' }) {
    const { view, visibility } = viewOf(perspective);
    const details = relationDetails(graph, id, view, visibility)!;
    const props = { details, onClose: vi.fn(), onSelectActor: vi.fn() };
    render(RelationPane, { props });
    return props;
  }

  it('shows from, to, type with CAMEO and QuadClass, modality, dates and every claim with its article', () => {
    renderRelation('kellogg--consult--luka');
    const pane = screen.getByTestId('relation-pane');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toMatch(/Keith Kellogg\s*→\s*to\s*Alexander Lukashenko/);
    expect(pane.textContent).toContain('Talks and visits · CAMEO 04 Consult');
    expect(pane.textContent).toMatch(/QuadClass\s*1 · Verbal cooperation/);
    expect(pane.textContent).toMatch(/Modality\s*reported/);
    expect(pane.textContent).toMatch(/Dates\s*21 June 2025/);
    const quotes = pane.querySelectorAll('blockquote');
    expect([...quotes].map((q) => q.textContent)).toEqual(FIXTURE.relations[0]!.claims.map((c) => c.quote));
    const firstClaim = pane.querySelector('figure')!;
    expect(firstClaim.textContent).toContain('Alpha article');
    expect(firstClaim.textContent).toContain('Alpha Outlet (Brief 1) · Ann Author · 22 July 2025');
    expect(firstClaim.textContent).toContain('tone +4');
    expect(screen.getByTestId('agreement').textContent).toContain('Alpha Outlet and Beta agree (tones +3 to +4).');
  });

  it('one article: only its claims, and how many other articles speak to the relation', () => {
    renderRelation('kellogg--consult--luka', { mode: 'one', source: 'beta' });
    const pane = screen.getByTestId('relation-pane');
    expect(pane.querySelectorAll('blockquote')).toHaveLength(1);
    expect(pane.querySelector('blockquote')!.textContent).toBe('beta says so, tone 3.');
    expect(screen.getByTestId('other-articles').textContent).toContain('1 other article speaks to this relation.');
  });

  it('compare: A\u2019s and B\u2019s quotes side by side, with the status', () => {
    renderRelation('by--material-cooperation--ru', { mode: 'compare', a: 'alpha', b: 'beta' });
    const columns = within(screen.getByTestId('side-by-side')).getAllByRole('region');
    expect(columns.map((c) => c.getAttribute('aria-label'))).toEqual(['Article A: Alpha Outlet', 'Article B: Beta']);
    expect(columns[0]!.querySelector('blockquote')!.textContent).toBe('alpha says so, tone -2.');
    expect(columns[1]!.querySelector('blockquote')!.textContent).toBe('beta says so, tone 7.');
    expect(screen.getByTestId('agreement').textContent).toMatch(/^\s*Differ in tone: Alpha Outlet −2 vs Beta \+7\./);
  });

  it('selects an end and closes', async () => {
    const props = renderRelation('us--yield--by');
    await fireEvent.click(screen.getByRole('button', { name: 'United States' }));
    expect(props.onSelectActor).toHaveBeenCalledWith('us');
    await fireEvent.click(screen.getByRole('button', { name: 'Close details' }));
    expect(props.onClose).toHaveBeenCalled();
  });
});

describe('DetailPane', () => {
  it('follows the explorer selection, moves focus to the pane heading, and clears with the close button', async () => {
    const explorer = new Explorer({ graph: fixtureGraph(), positions: undefined });
    await explorer.loadMetrics();
    render(DetailPane, { props: { explorer } });
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Fixture graph');
    explorer.select({ kind: 'relation', id: 'us--yield--by' });
    await new Promise((r) => setTimeout(r, 0));
    const heading = screen.getByRole('heading', { level: 2 });
    expect(heading.textContent).toMatch(/United States\s*→/);
    expect(document.activeElement).toBe(heading);
    await fireEvent.click(screen.getByRole('button', { name: 'Close details' }));
    expect(explorer.selection).toBeNull();
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Fixture graph');
  });

  it('vouches for verbatim quotes only on the built-in data, and names imported data by its own title', async () => {
    const explorer = new Explorer({ graph: fixtureGraph(), positions: undefined });
    render(DetailPane, { props: { explorer } });
    const overview = (): string => screen.getByRole('heading', { level: 2 }).closest('article')!.textContent.replace(/\s+/g, ' ');
    expect(overview()).toContain('each sourced to a verbatim quote from one of 3 articles');
    const imported = fixtureGraph();
    imported.setAttribute('title', 'minsk-talks');
    explorer.replaceGraph(imported, undefined);
    await new Promise((r) => setTimeout(r, 0));
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('minsk-talks');
    expect(overview()).not.toContain('verbatim');
    expect(screen.getByTestId('imported-overview').textContent).toContain('not checked against the articles');
  });
});

describe('RelationPane: where each article stands', () => {
  const sg = stanceGraph();
  function renderWithCoverage(id: string, perspective: Perspective) {
    const view = perspectiveView(sg, perspective);
    const visibility = computeVisibility(sg, {
      filters: NO_FILTERS,
      perspectiveActors: perspective.mode === 'all' ? undefined : view.visibleActorIds,
      perspectiveRelations: perspective.mode === 'all' ? undefined : view.visibleRelationIds,
      fadeOutsidePerspective: true,
    });
    const sources = sourceMap(sg);
    const details = relationDetails(sg, id, view, visibility, sources)!;
    const coverage = relationCoverage(sg, id, (s) => sources.get(s))!;
    render(RelationPane, { props: { details, coverage, onClose: vi.fn(), onSelectActor: vi.fn() } });
  }

  it('shows a coverage strip: each of the five articles supports, opposes or does not mention it', () => {
    renderWithCoverage('third-opposes', { mode: 'all' });
    const strip = screen.getByTestId('coverage-strip');
    const segments = within(strip).getAllByRole('button');
    expect(segments.map((b) => [b.getAttribute('data-source'), b.getAttribute('data-stance')])).toEqual([
      ['lawfare', 'supports'],
      ['quincy', 'supports'],
      ['korybko', 'opposes'],
      ['thaw-blog', 'silent'],
      ['quiet-trip', 'silent'],
    ]);
    expect(segments[3]!.hasAttribute('disabled')).toBe(true);
    expect(strip.textContent.replace(/\s+/g, ' ')).toContain('2 support · 1 opposes · 2 do not mention it');
  });

  it('a segment brings its article\'s quote into view and focus, opening "Other articles" when needed', async () => {
    renderWithCoverage('third-opposes', { mode: 'one', source: 'lawfare' });
    const others = screen.getByText('Other articles (2)').closest('details')!;
    expect(others.open).toBe(false);
    await fireEvent.click(within(screen.getByTestId('coverage-strip')).getByRole('button', { name: 'Korybko: opposes' }));
    await new Promise((r) => setTimeout(r, 0));
    expect(others.open).toBe(true);
    const focused = document.activeElement as HTMLElement;
    expect(focused.getAttribute('aria-label')).toBe('Korybko: opposes');
    expect(focused.querySelector('blockquote')!.textContent).toBe('A verbatim quote from korybko (tone 4, reported, opposes).');
  });

  it("names the speaker of a quoted claim, not the article's own voice", () => {
    renderWithCoverage('opposes-same-tone', { mode: 'compare', a: 'lawfare', b: 'quincy' });
    const columns = [...screen.getByTestId('side-by-side').children] as HTMLElement[];
    expect(columns.map((c) => c.getAttribute('aria-label'))).toEqual(['Article A: Lawfare', 'Article B: Quincy']);
    expect(within(columns[1]!).getByTestId('speaker').textContent).toBe('kellogg, quoted in Quincy');
    expect(within(columns[0]!).queryByTestId('speaker')).toBeNull();
    expect(columns[1]!.textContent).toContain('opposes');
    expect(screen.getByTestId('agreement').textContent).toMatch(/Disagree: Lawfare supports it \(reports\), Quincy opposes it \(reports\)\./);
  });
});
