/**
 * One line that says what a saved view shows, for the Views list: the perspective, what is
 * selected, and how many filters or collapsed groups it carries ("Lawfare compared with Quincy ·
 * Alexander Lukashenko · 2 filters").
 */
import type { UrlState } from '../model/url-state';

export interface ViewLabels {
  source(id: string): string;
  /** An actor's or a relation's label. */
  element(id: string): string;
}

export function describeView(state: UrlState, labels: ViewLabels): string {
  const p = state.perspective;
  const parts = [p.mode === 'all' ? 'All articles' : p.mode === 'one' ? labels.source(p.source) : `${labels.source(p.a)} compared with ${labels.source(p.b)}`];
  if (state.selection) parts.push(labels.element(state.selection.id));
  const filters = state.filters.hiddenTypes.size + state.filters.hiddenQuads.size + state.filters.hiddenKinds.size;
  if (filters > 0) parts.push(`${filters} filter${filters === 1 ? '' : 's'}`);
  if (state.collapsed.size > 0) parts.push(`${state.collapsed.size} group${state.collapsed.size === 1 ? '' : 's'} collapsed`);
  if (state.tour) parts.push(`tour step ${state.tour.step}`);
  return parts.join(' · ');
}
