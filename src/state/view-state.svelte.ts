/**
 * How the explorer looks at the dataset: the perspective (all articles, one, or two compared),
 * the filters, the focus around the selected actor, and which groups are collapsed. From these
 * and the graph follow, as `$derived`, the perspective's view, what is visible, and the element
 * records (rebuilt only for a new graph or a collapsed/expanded group, never for a filter).
 */
import { untrack } from 'svelte';
import type { ActorGraph } from '../model/graph';
import type { ActorKind } from '../model/schema';
import { NO_FILTERS, sameFilters, sameMembers, toggled, type Filters, type Visibility } from '../model/filters';
import { formatPerspective, type Perspective, type PerspectiveView } from '../model/perspective';
import type { FocusHops, TourPosition, UrlState } from '../model/url-state';
import type { QuadClassId, RelationTypeId } from '../model/typology';
import type { ViewElements } from '../view/elements';
import { relationsAfter, type Timeline } from '../model/time';
import { mergeParallel } from '../view/merged-pairs';
import { MERGE_PAIRS_DEFAULT } from '../model/url-state';
import type { DatasetState } from './dataset.svelte';
import { elementsOf, timelineOf, viewOf, visibilityInput, visibilityOf, type WarmSettings } from './derivations';

export class ViewState {
  #perspective: Perspective = $state.raw({ mode: 'all' });
  #fadeOutside = $state(false);
  #filters: Filters = $state.raw(NO_FILTERS);
  #focusHops: FocusHops = $state(0);
  #collapsed: ReadonlySet<string> = $state.raw(new Set<string>());
  #tour: TourPosition | null = $state.raw(null);
  #asOf: string | null = $state(null);
  #mergePairs = $state(MERGE_PAIRS_DEFAULT);

  readonly #data: DatasetState;
  readonly #selectedActor: () => string | undefined;

  /** `selectedActor` says which actor the focus is around (read inside the derivations). */
  constructor(data: DatasetState, selectedActor: () => string | undefined) {
    this.#data = data;
    this.#selectedActor = selectedActor;
  }

  get perspective(): Perspective {
    return this.#perspective;
  }
  get fadeOutside(): boolean {
    return this.#fadeOutside;
  }
  get filters(): Filters {
    return this.#filters;
  }
  get focusHops(): FocusHops {
    return this.#focusHops;
  }
  get collapsed(): ReadonlySet<string> {
    return this.#collapsed;
  }
  /** The guided tour being played and its step, or null. */
  get tour(): TourPosition | null {
    return this.#tour;
  }
  /** The time bar's day: relations dated after it are hidden (or faded); null is all dates. */
  get asOf(): string | null {
    return this.#asOf;
  }
  /** "Merge parallel relations": one edge per actor pair (merged-pairs.ts). */
  get mergePairs(): boolean {
    return this.#mergePairs;
  }

  // ($derived.by where a field set in the constructor is read: TypeScript checks plain initializers as if run before it.)
  readonly view: PerspectiveView = $derived.by(() => viewOf(this.#data.graph, this.#perspective));
  readonly focus: { readonly actor: string; readonly hops: FocusHops } | undefined = $derived.by(() => {
    const actor = this.#selectedActor();
    return actor !== undefined && this.#focusHops > 0 ? { actor, hops: this.#focusHops } : undefined;
  });
  /** Every relation's date and the distinct dates (time.ts), for the time bar: one per graph. */
  readonly timeline: Timeline = $derived.by(() => timelineOf(this.#data.graph));
  readonly #laterRelations: ReadonlySet<string> | undefined = $derived.by(() => (this.#asOf === null ? undefined : relationsAfter(this.timeline, this.#asOf)));
  readonly visibility: Visibility = $derived.by(() =>
    visibilityOf(
      this.#data.graph,
      visibilityInput(
        { perspective: this.#perspective, filters: this.#filters, fadeOutside: this.#fadeOutside },
        () => this.view,
        this.focus,
        this.#laterRelations,
      ),
    ),
  );
  /** Element records: rebuilt only for a new graph or a collapsed/expanded group. */
  readonly #built: ViewElements = $derived.by(() => {
    const graph = this.#data.graph;
    const collapsed = this.#collapsed;
    return elementsOf(
      graph,
      untrack(() => this.#data.positions),
      collapsed,
    );
  });
  /** The records drawn: merged pairs count the relations shown, so only with merging on do they follow the filters too. */
  readonly elements: ViewElements = $derived.by(() => (this.#mergePairs ? mergeParallel(this.#data.graph, this.#built, this.visibility) : this.#built));

  setPerspective(perspective: Perspective): void {
    this.#perspective = perspective;
  }

  setFadeOutside(fade: boolean): void {
    this.#fadeOutside = fade;
  }

  setMergePairs(merge: boolean): void {
    this.#mergePairs = merge;
  }

  setFocusHops(hops: FocusHops): void {
    this.#focusHops = hops;
  }

  setTour(tour: TourPosition | null): void {
    if (tour?.id !== this.#tour?.id || tour?.step !== this.#tour?.step) this.#tour = tour;
  }

  setAsOf(day: string | null): void {
    this.#asOf = day;
  }

  toggleType(type: RelationTypeId, shown?: boolean): void {
    this.#filters = { ...this.#filters, hiddenTypes: toggled(this.#filters.hiddenTypes, type, hide(shown)) };
  }

  toggleQuad(quad: QuadClassId, shown?: boolean): void {
    this.#filters = { ...this.#filters, hiddenQuads: toggled(this.#filters.hiddenQuads, quad, hide(shown)) };
  }

  toggleKind(kind: ActorKind, shown?: boolean): void {
    this.#filters = { ...this.#filters, hiddenKinds: toggled(this.#filters.hiddenKinds, kind, hide(shown)) };
  }

  resetFilters(): void {
    this.#filters = NO_FILTERS;
  }

  toggleGroup(id: string, collapse?: boolean): void {
    if (!this.#data.members.has(id)) return;
    this.#collapsed = toggled(this.#collapsed, id, collapse);
  }

  collapseAll(): void {
    this.#collapsed = new Set(this.#data.members.keys());
  }

  expandAll(): void {
    this.#collapsed = new Set();
  }

  /** Opens the collapsed groups among `ids` (they hide something about to be selected). */
  expand(ids: ReadonlySet<string>): void {
    if (![...ids].some((id) => this.#collapsed.has(id))) return;
    this.#collapsed = new Set([...this.#collapsed].filter((id) => !ids.has(id)));
  }

  /**
   * Applies a parsed URL's view (the selection is the selection state's). What the URL leaves as
   * it is keeps its very object: on page load the URL is usually the default view, and a new but
   * equal set of collapsed groups would rebuild every element record and restyle the whole canvas.
   */
  applyUrlState(state: UrlState): void {
    if (formatPerspective(state.perspective) !== formatPerspective(this.#perspective)) this.#perspective = state.perspective;
    if (!sameFilters(state.filters, this.#filters)) this.#filters = state.filters;
    this.#fadeOutside = state.fadeOutside;
    this.#asOf = state.asOf;
    this.#mergePairs = state.mergePairs;
    const collapsed = new Set([...state.collapsed].filter((id) => this.#data.members.has(id)));
    if (!sameMembers(collapsed, this.#collapsed)) this.#collapsed = collapsed;
    this.setTour(state.tour);
  }

  /** A new graph came in: groups open, no focus, and a perspective on articles it lacks goes back to all. */
  resetFor(graph: ActorGraph): void {
    this.#collapsed = new Set();
    this.#focusHops = 0;
    this.#tour = null;
    this.#asOf = null;
    const after = perspectiveAfterReset(graph, this.#perspective);
    if (after !== this.#perspective) this.#perspective = after;
  }

  /** The settings a new graph would be installed with (resetFor), for computing its derivations ahead. */
  settingsFor(graph: ActorGraph): WarmSettings {
    return { perspective: perspectiveAfterReset(graph, this.#perspective), filters: this.#filters, fadeOutside: this.#fadeOutside };
  }
}

/** The perspective kept for a new graph: all articles unless its sources include the ones chosen. */
function perspectiveAfterReset(graph: ActorGraph, p: Perspective): Perspective {
  const sources = new Set(graph.getAttribute('sources').map((s) => s.id));
  return (p.mode === 'one' && !sources.has(p.source)) || (p.mode === 'compare' && !(sources.has(p.a) && sources.has(p.b))) ? { mode: 'all' } : p;
}

/** A toggle's "shown" wish as toggled()'s "hidden" one (undefined: flip). */
const hide = (shown: boolean | undefined): boolean | undefined => (shown === undefined ? undefined : !shown);
