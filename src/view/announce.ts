/**
 * What a screen reader hears about the canvas (issue 17): one sentence for the focused or selected
 * actor or relation ("Belarus, state, 89 relations, stated by 5 articles, 4 disputed"), and a text
 * summary of the current view (what is shown, the perspective, the best-connected actors, the
 * disputes). The canvas is a picture a screen reader cannot read; these sentences stand in for it.
 */
import type { ActorGraph } from '../model/graph';
import type { Visibility } from '../model/filters';
import type { PerspectiveView } from '../model/perspective/types';
import { relationTypeInfo } from '../model/typology';
import { KIND_LABELS } from './palette';
import { withThousands } from './progress-text';

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** The relations of an actor drawn now (its members' too when it is a group shown collapsed or not). */
function drawnRelationsOf(graph: ActorGraph, id: string, visibility: Visibility): string[] {
  return graph.edges(id).filter((e) => visibility.drawnRelations.has(e));
}

/** "Belarus, state, 89 relations, stated by 5 articles, 4 disputed". */
export function describeActor(graph: ActorGraph, id: string, view: PerspectiveView, visibility: Visibility): string {
  if (!graph.hasNode(id)) return '';
  const a = graph.getNodeAttributes(id);
  const relations = drawnRelationsOf(graph, id, visibility);
  const articles = new Set<string>();
  for (const r of relations) for (const c of graph.getEdgeAttribute(r, 'claims')) articles.add(c.source);
  const disputed = new Set(view.disputedRelationIds);
  const disputedCount = relations.filter((r) => disputed.has(r)).length;
  const parts = [a.label, KIND_LABELS[a.kind].toLowerCase(), plural(relations.length, 'relation')];
  if (articles.size > 0) parts.push(`stated by ${plural(articles.size, 'article')}`);
  if (disputedCount > 0) parts.push(`${disputedCount} disputed`);
  const members = graph.filterNodes((_, attrs) => attrs.parent === id).length;
  if (members > 0) parts.push(`group of ${plural(members, 'member')}`);
  return parts.join(', ');
}

/** "Kellogg to Lukashenko, Talks and visits, reported by 3 articles" (", disputed" when it is). */
export function describeRelation(graph: ActorGraph, id: string, view: PerspectiveView): string {
  if (!graph.hasEdge(id)) return '';
  const r = graph.getEdgeAttributes(id);
  const from = graph.getNodeAttribute(graph.source(id), 'label');
  const to = graph.getNodeAttribute(graph.target(id), 'label');
  const articles = new Set(r.claims.map((c) => c.source)).size;
  const link = r.direction === 'mutual' ? 'and' : 'to';
  const parts = [`${from} ${link} ${to}`, relationTypeInfo(r.type).label, `reported by ${plural(articles, 'article')}`];
  if (view.disputedRelationIds.includes(id)) parts.push('disputed');
  return parts.join(', ');
}

/** The perspective in words, for the summary. */
function perspectiveWords(graph: ActorGraph, view: PerspectiveView): string {
  const p = view.perspective;
  const title = (id: string): string => graph.getAttribute('sources').find((s) => s.id === id)?.title ?? id;
  switch (p.mode) {
    case 'all':
      return 'all articles';
    case 'one':
      return `one article: ${title(p.source)}`;
    case 'compare':
      return `two articles compared: ${title(p.a)} and ${title(p.b)}`;
  }
}

/**
 * The text summary of the view: "Showing 40 of 52 actors and 61 of 89 relations, all articles.
 * Most connected: Belarus (30), United States (22), Lukashenko (18). 4 disputed relations: …".
 */
export function summariseView(graph: ActorGraph, view: PerspectiveView, visibility: Visibility, top = 3): string {
  const degree = new Map<string, number>();
  for (const r of visibility.shownRelations) {
    if (!graph.hasEdge(r)) continue;
    for (const end of [graph.source(r), graph.target(r)]) degree.set(end, (degree.get(end) ?? 0) + 1);
  }
  const central = [...degree]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, top)
    .map(([id, n]) => `${graph.getNodeAttribute(id, 'label')} (${n})`);
  const shown = visibility.shownRelations;
  const disputed = view.disputedRelationIds.filter((r) => shown.has(r) && graph.hasEdge(r));
  const sentences = [
    `Showing ${withThousands(visibility.shownActors.size)} of ${withThousands(graph.order)} actors and ${withThousands(shown.size)} of ${withThousands(graph.size)} relations, ${perspectiveWords(graph, view)}.`,
  ];
  if (central.length > 0) sentences.push(`Most connected: ${central.join(', ')}.`);
  if (disputed.length === 0) sentences.push('No disputed relations shown.');
  else {
    const named = disputed.slice(0, top).map((r) => describeRelation(graph, r, view).split(', disputed')[0]!.split(', reported')[0]!);
    sentences.push(`${plural(disputed.length, 'disputed relation')}: ${named.join('; ')}${disputed.length > top ? '; …' : ''}.`);
  }
  return sentences.join(' ');
}
