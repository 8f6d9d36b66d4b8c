/**
 * The tours shipped in graph-data/tours/, loaded on first use as plain JSON (each its own small
 * chunk, never in the first picture's code) and read by tour-steps.ts without zod; `npm run
 * data:check` has validated them against the data (model/tour.ts).
 */
import { readTour, type Tour } from '../model/tour-steps';

const FILES = import.meta.glob<unknown>('../../graph-data/tours/*.json', { import: 'default' });

/** The tour's id is its file name. */
const fileOf = (id: string): string => `../../graph-data/tours/${id}.json`;

/** The ids of the shipped tours. */
export const TOUR_IDS: readonly string[] = Object.keys(FILES)
  .map((path) => /([^/]+)\.json$/.exec(path)?.[1] ?? '')
  .filter((id) => id !== '');

/** The built-in tour the toolbar's "Tour" button starts. */
export const DEFAULT_TOUR = 'five-readings';

/** The tour with this id, or undefined when there is none (or its file is not a tour). */
export async function loadTour(id: string): Promise<Tour | undefined> {
  const load = FILES[fileOf(id)];
  if (!load) return undefined;
  const tour = readTour(await load());
  return tour?.id === id ? tour : undefined;
}
