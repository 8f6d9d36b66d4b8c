/**
 * A guided tour as the page uses it (Kumu's presentations): a title and steps, each a view (a URL
 * hash, as url-state.ts writes it) with a short caption. The tour files (graph-data/tours/) are
 * validated with zod by `npm run data:check` (tour.ts); the page loads them lazily as plain JSON and
 * only checks their shape here, without zod, so the schema library stays out of the page's code.
 */
import { formatUrlState, parseUrlState, type KnownIds } from './url-state';

export interface TourStep {
  /** The view, as a URL hash ("#view=one:lawfare&actor=lukashenko"; "" for the default view). */
  readonly view: string;
  readonly caption: string;
}

export interface Tour {
  readonly id: string;
  readonly title: string;
  readonly steps: readonly TourStep[];
}

export const MAX_CAPTION_LENGTH = 400;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function readStep(value: unknown): TourStep | undefined {
  if (!isRecord(value) || typeof value.view !== 'string' || typeof value.caption !== 'string') return undefined;
  return { view: value.view, caption: value.caption };
}

/** The tour in a parsed JSON file, or undefined when it does not have a tour's shape. */
export function readTour(json: unknown): Tour | undefined {
  if (!isRecord(json) || typeof json.id !== 'string' || typeof json.title !== 'string' || !Array.isArray(json.steps)) return undefined;
  const steps = json.steps.map(readStep);
  if (steps.length === 0 || steps.some((s) => s === undefined)) return undefined;
  return { id: json.id, title: json.title, steps: steps as TourStep[] };
}

/** The step (1-based) brought into 1..steps. */
export function clampStep(tour: Tour, step: number): number {
  return Math.min(tour.steps.length, Math.max(1, Math.trunc(step)));
}

/** The URL hash that shows a step: the step's view with the tour and the step in it. */
export function stepHash(tour: Tour, step: number, known: KnownIds): string {
  const n = clampStep(tour, step);
  const view = tour.steps[n - 1]?.view ?? '';
  return formatUrlState({ ...parseUrlState(view, known), tour: { id: tour.id, step: n } });
}

/** "Step 2 of 13". */
export function stepCounter(step: number, total: number): string {
  return `Step ${step} of ${total}`;
}
