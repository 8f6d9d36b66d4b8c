/**
 * Playing a guided tour: a step is shown by putting its URL (the step's view with `tour=ID&step=N`)
 * through navigate.ts, the same path as a shared link, so back and forward walk the steps too. A
 * step that selects nothing is fitted into view; one that selects a relation lets the selection's
 * own reveal bring it into view.
 */
import { afterNextPaint } from '../after-paint';
import { stepHash, type Tour } from '../model/tour-steps';
import type { Explorer } from './explorer.svelte';
import { showHash } from './navigate';
import { DEFAULT_TOUR, loadTour } from './tours';

export async function goToStep(explorer: Explorer, tour: Tour, step: number, win: Window = window): Promise<void> {
  await showHash(stepHash(tour, step, explorer.knownIds()), win);
  if (explorer.selection === null) afterNextPaint(() => explorer.fit(), 300);
}

/** Starts a tour at its first step; false when there is no such tour. */
export async function startTour(explorer: Explorer, id: string = DEFAULT_TOUR, win: Window = window): Promise<boolean> {
  const tour = await loadTour(id);
  if (!tour) return false;
  await goToStep(explorer, tour, 1, win);
  return true;
}
