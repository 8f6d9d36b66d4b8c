/**
 * What the parts of the canvas share (src/cy/adapter.ts builds one per canvas): the Cytoscape core,
 * which graph it shows, the looks it last applied, and whether drawing is held. A new graph is known
 * by its token (the state's graph object): work started for one graph stops when another arrives.
 */
import type { Core } from 'cytoscape';
import { LookSync } from './look-sync';

/** The longest a new graph waits for its picture to be drawn before it reports done anyway. */
const FINAL_PICTURE_WAIT = 3000;

export class Scene {
  readonly cy: Core;
  readonly looks = new LookSync();
  /** The graph on the canvas (the state's graph object); undefined before the first. */
  token: unknown = undefined;
  #holding = false;

  constructor(cy: Core) {
    this.cy = cy;
  }

  /** Whether work started for the graph `token` should go on: it is still the one shown, and the canvas lives. */
  isCurrent(token: unknown): boolean {
    return token === this.token && !this.cy.destroyed();
  }

  /** Holds Cytoscape's drawing (its render loop skips frames while a batch is open) or releases it. */
  hold(on: boolean): void {
    if (on === this.#holding) return;
    this.#holding = on;
    if (on) this.cy.startBatch();
    else this.cy.endBatch();
  }

  /**
   * `performance.mark('final-picture')` once the graph has been drawn where it will stay: after
   * Cytoscape's next draw and one more frame (so that draw has been presented), as the benchmark's
   * bare page does after its layout stops. Marked for every new graph (the page's first picture, an
   * import), never for a collapse, a filter or a drag.
   */
  markFinalPicture(): Promise<void> {
    const cy = this.cy;
    const token = this.token;
    return new Promise((resolve) => {
      // (Never waits forever: a page in a background tab draws no frames.)
      const giveUp = setTimeout(resolve, FINAL_PICTURE_WAIT);
      cy.one('render', () => {
        requestAnimationFrame(() => {
          clearTimeout(giveUp);
          if (this.isCurrent(token)) {
            performance.mark('final-picture', { detail: { nodes: cy.nodes().length, edges: cy.edges().length } });
          }
          resolve();
        });
      });
    });
  }
}
