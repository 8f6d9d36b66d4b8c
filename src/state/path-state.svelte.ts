/**
 * The Path tool's state (issue 16): its two ends (set from the tool's fields or, on the canvas, by
 * the F and T keys), "follow direction", which of the equally short chains is shown, and, derived,
 * the search over what the view shows before any neighbourhood focus (so choosing a hop, which
 * ends the focus, never changes the path under the user) and what the canvas brings forward.
 */
import type { PathEnds } from '../model/url-state';
import { findPaths, type PathChain, type PathEnd, type PathResult } from '../model/paths';
import { shownBeforeFocus } from '../model/depth';
import { pathEmphasis, type PathEmphasis } from '../view/path-emphasis';
import type { DatasetState } from './dataset.svelte';
import type { ViewState } from './view-state.svelte';

export type { PathEnd };

export class PathState {
  #from: string | undefined = $state(undefined);
  #to: string | undefined = $state(undefined);
  #directed = $state(false);
  #chosen = $state(0);

  readonly #data: DatasetState;
  readonly #view: ViewState;
  readonly #selectedIds: () => readonly string[];

  constructor(data: DatasetState, view: ViewState, selectedIds: () => readonly string[]) {
    this.#data = data;
    this.#view = view;
    this.#selectedIds = selectedIds;
  }

  /** The ends, while they are actors of the current graph (an import drops them). */
  get from(): string | undefined {
    return this.#from !== undefined && this.#data.graph.hasNode(this.#from) ? this.#from : undefined;
  }
  get to(): string | undefined {
    return this.#to !== undefined && this.#data.graph.hasNode(this.#to) ? this.#to : undefined;
  }
  get directed(): boolean {
    return this.#directed;
  }
  /** Which chain of the result is shown (0: the first). */
  get chosen(): number {
    return this.#chosen;
  }
  /** Both ends, for the URL; null while one is missing. */
  get ends(): PathEnds | null {
    const { from, to } = this;
    return from !== undefined && to !== undefined ? { from, to, directed: this.#directed } : null;
  }

  readonly result: PathResult | undefined = $derived.by(() => {
    const ends = this.ends;
    if (!ends) return undefined;
    const view = this.#view.view;
    const sources = this.#data.sources;
    return findPaths(this.#data.graph, ends, {
      relations: shownBeforeFocus(this.#view.visibility).relations,
      claimsOf: (id) => view.relations.get(id)?.claims ?? [],
      sourceLabel: (id) => sources.get(id)?.short ?? id,
    });
  });

  /** The chain shown on the canvas and listed hop by hop. */
  readonly chain: PathChain | undefined = $derived.by(() => {
    const result = this.result;
    if (result?.kind !== 'found') return undefined;
    return result.chains[Math.min(this.#chosen, result.chains.length - 1)];
  });

  /** What the canvas keeps bright while a chain is shown (undefined: no path, the selection decides). */
  readonly highlight: PathEmphasis | undefined = $derived.by(() => {
    const chain = this.chain;
    return chain ? pathEmphasis(this.#data.graph, this.#view.elements, chain, this.#selectedIds()) : undefined;
  });

  /** Sets one end (undefined empties it); a new end shows the first chain again. */
  setEnd(end: PathEnd, id: string | undefined): void {
    if (id !== undefined && !this.#data.graph.hasNode(id)) return;
    if (end === 'from') this.#from = id;
    else this.#to = id;
    this.#chosen = 0;
  }

  setDirected(directed: boolean): void {
    this.#directed = directed;
    this.#chosen = 0;
  }

  /** Shows another of the equally short chains. */
  choose(index: number): void {
    this.#chosen = Math.max(0, Math.floor(index));
  }

  /** "Clear path": both ends go, the canvas shows the selection again. */
  clear(): void {
    this.#from = undefined;
    this.#to = undefined;
    this.#directed = false;
    this.#chosen = 0;
  }

  /** A link's path (null: none); ends that are already set and equal keep the chosen chain. */
  applyUrl(ends: PathEnds | null): void {
    if (!ends) {
      if (this.ends) this.clear();
      return;
    }
    const same = this.#from === ends.from && this.#to === ends.to && this.#directed === ends.directed;
    if (same) return;
    this.#from = ends.from;
    this.#to = ends.to;
    this.#directed = ends.directed;
    this.#chosen = 0;
  }
}
