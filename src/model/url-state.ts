/**
 * The explorer's shareable state in the URL hash: perspective, selection, neighbourhood focus,
 * filters, collapsed groups, the "fade instead of hide" setting and the Path tool's ends. Pure parse and format, so a
 * copied link reproduces the view and back/forward can restore it; unknown or stale values in a
 * link (an actor that no longer exists, a misspelt type) are dropped rather than breaking the page.
 *
 * Example: #view=compare:lawfare,quincy&relation=kellogg--consult--lukashenko&hide-quads=3,4
 */
import type { ActorKind } from './schema';
import { NO_FILTERS, type Filters } from './filters';
import { formatPerspective, parsePerspective, type Perspective } from './perspective';
import { QUAD_CLASSES, RELATION_TYPE_IDS, type QuadClassId, type RelationTypeId } from './typology';
import { isPartialDate } from './time';

export type Selection = { readonly kind: 'actor'; readonly id: string } | { readonly kind: 'relation'; readonly id: string };

export type FocusHops = 0 | 1 | 2 | 3;

/** The Path tool's two ends (`path=FROM,TO`) and whether it follows the relations' direction (`path-dir=1`). */
export interface PathEnds {
  readonly from: string;
  readonly to: string;
  readonly directed: boolean;
}

/** Where a guided tour is: the tour's id (a file in graph-data/tours/) and its 1-based step. */
export interface TourPosition {
  readonly id: string;
  readonly step: number;
}

export interface UrlState {
  readonly perspective: Perspective;
  readonly selection: Selection | null;
  /** Neighbourhood focus around the selected actor: 0 is off. */
  readonly focusHops: FocusHops;
  readonly filters: Filters;
  readonly collapsed: ReadonlySet<string>;
  /** In one-article mode, fade the other relations instead of hiding them. */
  readonly fadeOutside: boolean;
  /** A guided tour being played (`tour=ID&step=N`), or null. */
  readonly tour: TourPosition | null;
  readonly path: PathEnds | null;
  /** The time bar's day (YYYY, YYYY-MM or YYYY-MM-DD): relations dated after it are hidden or faded; null is all dates. */
  readonly asOf: string | null;
  /** "Merge parallel relations": one edge per actor pair (src/view/merged-pairs.ts); `merge=0|1`, written only when not the default. */
  readonly mergePairs: boolean;
}

export interface KnownIds {
  readonly sources: readonly string[];
  hasActor(id: string): boolean;
  hasRelation(id: string): boolean;
}

/**
 * Whether parallel relations are merged when the URL does not say. Measured on the built-in graph's
 * first picture at the zoom that fits it in a 1440 × 900 window (scripts/measure-picture.ts,
 * issue 16): merged, 78 edge crossings; one edge per relation, 343; hidden labels 18 of 38 in both.
 * Merging does not free a single label (the complaint was labels under lines: the untangling pass of
 * the shipped layout took those from 26 to 18), and a merged edge folds each relation's own stance
 * bar, direction and article colour into one dominant look; so the default stays one edge per
 * relation, and merging is one click (and `merge=1` in a link) away.
 */
export const MERGE_PAIRS_DEFAULT = false;

export const DEFAULT_URL_STATE: UrlState = {
  perspective: { mode: 'all' },
  selection: null,
  focusHops: 0,
  filters: NO_FILTERS,
  collapsed: new Set<string>(),
  fadeOutside: false,
  tour: null,
  path: null,
  asOf: null,
  mergePairs: MERGE_PAIRS_DEFAULT,
};

const QUAD_IDS = Object.keys(QUAD_CLASSES).map(Number) as QuadClassId[];
/** Every actor kind, checked against the schema's type (not imported from schema.ts, which would bring zod into the page). */
const KIND_FLAGS: Record<ActorKind, true> = { state: true, bloc: true, movement: true, person: true, organisation: true };
const ACTOR_KINDS = Object.keys(KIND_FLAGS) as ActorKind[];

function list(value: string | undefined): string[] {
  if (value === undefined) return [];
  return value
    .split(',')
    .map((v) => v.trim())
    .filter((v) => v.length > 0);
}

function oneOf<T extends string | number>(allowed: readonly T[], values: readonly string[], convert: (v: string) => T | string | number): Set<T> {
  const out = new Set<T>();
  for (const v of values) {
    const c = convert(v);
    const match = allowed.find((a) => a === c);
    if (match !== undefined) out.add(match);
  }
  return out;
}

/** Reads a hash ("#a=b&c=d", with or without "#"); anything unknown is ignored. */
export function parseUrlState(hash: string, known: KnownIds): UrlState {
  const params = new Map<string, string>();
  for (const part of hash.replace(/^#/, '').split('&')) {
    if (part.length === 0) continue;
    const eq = part.indexOf('=');
    const key = eq < 0 ? part : part.slice(0, eq);
    const raw = eq < 0 ? '' : part.slice(eq + 1);
    let value: string;
    try {
      value = decodeURIComponent(raw.replace(/\+/g, ' '));
    } catch {
      continue;
    }
    params.set(decodeURIComponentSafe(key), value);
  }

  const perspective = parsePerspective(params.get('view') ?? 'all', known.sources);
  const actor = params.get('actor');
  const relation = params.get('relation');
  let selection: Selection | null = null;
  if (relation !== undefined && known.hasRelation(relation)) selection = { kind: 'relation', id: relation };
  else if (actor !== undefined && known.hasActor(actor)) selection = { kind: 'actor', id: actor };

  const focusValue = Number(params.get('focus') ?? '0');
  const focusHops: FocusHops = selection?.kind === 'actor' && (focusValue === 1 || focusValue === 2 || focusValue === 3) ? focusValue : 0;

  const filters: Filters = {
    hiddenTypes: oneOf<RelationTypeId>(RELATION_TYPE_IDS, list(params.get('hide-types')), (v) => v),
    hiddenQuads: oneOf<QuadClassId>(QUAD_IDS, list(params.get('hide-quads')), (v) => Number(v)),
    hiddenKinds: oneOf<ActorKind>(ACTOR_KINDS, list(params.get('hide-kinds')), (v) => v),
  };
  const collapsed = new Set(list(params.get('collapsed')).filter((id) => known.hasActor(id)));
  const fadeOutside = params.get('fade') === '1';
  const tour = parseTour(params.get('tour'), params.get('step'));
  const path = parsePath(list(params.get('path')), params.get('path-dir') === '1', known);
  const asOfValue = params.get('as-of');
  const asOf = asOfValue !== undefined && isPartialDate(asOfValue) ? asOfValue : null;
  const merge = params.get('merge');
  const mergePairs = merge === '1' ? true : merge === '0' ? false : MERGE_PAIRS_DEFAULT;
  return { perspective, selection, focusHops, filters, collapsed, fadeOutside, tour, path, asOf, mergePairs };
}

/** The longest tour we accept in a URL (a tour of more steps is not a tour). */
export const MAX_TOUR_STEPS = 99;
const TOUR_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** `tour=ID&step=N`: a lower-case slug and a step from 1 (1 when missing); anything else is no tour. */
function parseTour(id: string | undefined, step: string | undefined): TourPosition | null {
  if (id === undefined || !TOUR_ID.test(id)) return null;
  const n = step === undefined ? 1 : Number(step);
  return Number.isInteger(n) && n >= 1 && n <= MAX_TOUR_STEPS ? { id, step: n } : null;
}

/** `path=FROM,TO`: exactly two actors the graph has; anything else is no path. */
function parsePath(ends: readonly string[], directed: boolean, known: KnownIds): PathEnds | null {
  const [from, to, ...rest] = ends;
  return from !== undefined && to !== undefined && rest.length === 0 && known.hasActor(from) && known.hasActor(to) ? { from, to, directed } : null;
}

/** Whether two hashes differ in as-of alone: the time bar's steps replace the history entry instead of adding one each. */
export function differOnlyInAsOf(a: string, b: string): boolean {
  const rest = (hash: string): string =>
    hash
      .replace(/^#/, '')
      .split('&')
      .filter((part) => part.length > 0 && part !== 'as-of' && !part.startsWith('as-of='))
      .join('&');
  return rest(a) === rest(b);
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Encodes a value but keeps the separators we use (":" and ",") readable. */
function encode(value: string): string {
  return encodeURIComponent(value).replace(/%3A/gi, ':').replace(/%2C/gi, ',');
}

/** The hash for a state, "" for the default view; keys in a fixed order, lists sorted. */
export function formatUrlState(state: UrlState): string {
  const parts: string[] = [];
  const add = (key: string, value: string): void => {
    parts.push(`${key}=${encode(value)}`);
  };
  if (state.perspective.mode !== 'all') add('view', formatPerspective(state.perspective));
  if (state.selection) add(state.selection.kind, state.selection.id);
  if (state.selection?.kind === 'actor' && state.focusHops > 0) add('focus', String(state.focusHops));
  const sorted = <T extends string | number>(set: ReadonlySet<T>): string => [...set].map(String).sort().join(',');
  if (state.filters.hiddenTypes.size > 0) add('hide-types', sorted(state.filters.hiddenTypes));
  if (state.filters.hiddenQuads.size > 0) add('hide-quads', sorted(state.filters.hiddenQuads));
  if (state.filters.hiddenKinds.size > 0) add('hide-kinds', sorted(state.filters.hiddenKinds));
  if (state.collapsed.size > 0) add('collapsed', sorted(state.collapsed));
  if (state.fadeOutside) add('fade', '1');
  if (state.tour) {
    add('tour', state.tour.id);
    add('step', String(state.tour.step));
  }
  if (state.path) add('path', `${state.path.from},${state.path.to}`);
  if (state.path?.directed) add('path-dir', '1');
  if (state.asOf !== null) add('as-of', state.asOf);
  if (state.mergePairs !== MERGE_PAIRS_DEFAULT) add('merge', state.mergePairs ? '1' : '0');
  return parts.length > 0 ? `#${parts.join('&')}` : '';
}
