/**
 * The words of the progress line over the canvas while a layout runs or a large graph is drawn.
 */
import type { LayoutProgress } from './canvas-port';

/** 5000 → "5,000", without toLocaleString (its first call loads locale data: 30–45 ms measured during an import). */
export function withThousands(n: number): string {
  return String(Math.trunc(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** The progress line for a stage of laying out or drawing a graph of `actors` actors. */
export function stageText(stage: LayoutProgress, actors: number): string {
  const count = withThousands(actors);
  if (stage === 'placing') return `Laying out ${count} actors…`;
  return stage === 'separating' ? 'Separating overlapping actors…' : `Drawing ${count} actors…`;
}
