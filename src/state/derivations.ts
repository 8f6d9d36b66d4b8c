/**
 * The page's costliest derivations of a graph, memoized (memo.ts), and computed ahead for a large
 * new graph a task each (`warmDerivations`), before the graph is installed. Installing a graph of
 * 20,000 actors and 40,000 relations recomputed all of them in Svelte's one update: a task of about
 * half a second (issue 18). The state's `$derived` values call the same memoized functions with the
 * same arguments, so after the warm-up that update finds them done. A derivation the warm-up did
 * not foresee (the user changed a setting meanwhile) is simply computed then, as before.
 */
import type { ActorGraph } from '../model/graph';
import type { Positions } from '../model/interchange';
import { computeVisibility, type Filters } from '../model/filters';
import { graphStatsInSteps, perspectiveView, type Perspective, type PerspectiveView } from '../model/perspective';
import { buildTimeline } from '../model/time';
import { summariseView } from '../view/announce';
import { contestedSections } from '../view/disagreements';
import { buildElements, type ViewElements } from '../view/elements';
import { elementLooks } from '../view/looks';
import { memoizeLast } from './memo';

export const viewOf = memoizeLast(perspectiveView);
export const timelineOf = memoizeLast(buildTimeline);
export const visibilityOf = memoizeLast(computeVisibility);
export const contestedOf = memoizeLast(contestedSections);
export const summaryOf = memoizeLast(summariseView);
export const looksOf = memoizeLast(elementLooks);
const elementsMemo = memoizeLast((graph: ActorGraph, positions: Positions | undefined, collapsed: ReadonlySet<string>) =>
  buildElements(graph, { positions, collapsed }),
);

/** The element records of `graph` (positions as the dataset holds them; collapsed groups). */
export const elementsOf = (graph: ActorGraph, positions: Positions | undefined, collapsed: ReadonlySet<string>): ViewElements =>
  elementsMemo(graph, positions, collapsed);

/** From this size (actors and relations) a new graph's derivations are computed ahead. */
export const WARM_UP_FROM = 10_000;

/** The view's settings a new graph is installed with (ViewState.resetFor). */
export interface WarmSettings {
  readonly perspective: Perspective;
  readonly filters: Filters;
  readonly fadeOutside: boolean;
}

/** The visibility input ViewState derives (the same keys, so that the memo recognises it); `view` is read only for a perspective other than all articles. */
export function visibilityInput(
  settings: WarmSettings,
  view: () => PerspectiveView,
  focus: { readonly actor: string; readonly hops: number } | undefined,
  laterRelations: ReadonlySet<string> | undefined,
): Parameters<typeof computeVisibility>[1] {
  const all = settings.perspective.mode === 'all';
  return {
    filters: settings.filters,
    perspectiveActors: all ? undefined : view().visibleActorIds,
    perspectiveRelations: all ? undefined : view().visibleRelationIds,
    fadeOutsidePerspective: settings.fadeOutside,
    focus,
    laterRelations,
  };
}

/** Runs one step of the warm-up under a performance measure of its name (what the benchmark names when a task runs long). */
function step<T>(name: string, run: () => T): T {
  const start = performance.now();
  const result = run();
  performance.measure(`warm-up: ${name}`, { start, end: performance.now() });
  return result;
}

/**
 * Computes a new graph's derivations as the state will ask for them once it is installed (no
 * focus, no date, nothing collapsed), one per task; `next` waits for a new task and says whether
 * to go on (false: another graph came).
 */
export async function warmDerivations(
  graph: ActorGraph,
  positions: Positions | undefined,
  settings: WarmSettings,
  next: () => Promise<boolean>,
): Promise<void> {
  if (!(await next())) return;
  // (The per-relation statistics every perspective starts from, cached per graph, then the view.)
  const statistics = graphStatsInSteps(graph);
  while (!step('statistics', () => statistics.next()).done) if (!(await next())) return;
  if (!(await next())) return;
  const view = step('view', () => viewOf(graph, settings.perspective));
  if (!(await next())) return;
  step('timeline', () => timelineOf(graph));
  if (!(await next())) return;
  const visibility = step('visibility', () =>
    visibilityOf(
      graph,
      visibilityInput(settings, () => view, undefined, undefined),
    ),
  );
  if (!(await next())) return;
  const elements = step('elements', () => elementsOf(graph, positions, new Set()));
  if (!(await next())) return;
  step('contested', () => contestedOf(graph, view));
  if (!(await next())) return;
  step('summary', () => summaryOf(graph, view, visibility));
  if (!(await next())) return;
  // (As the explorer asks with nothing selected and no path: merging parallel relations off.)
  step('looks', () => looksOf(elements, { visibility, view, emphasis: undefined, onPath: undefined }));
  await next();
}
