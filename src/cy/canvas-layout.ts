/**
 * A layout run for the canvas: what is on it (or the new graph staged and waiting for its
 * positions) is laid out in the layout worker (layout-client.ts: fcose and the overlap pass, on a
 * headless copy), then placed: a waiting graph gets its positions in the held batch and is drawn
 * once, fitted (staging.ts); a fresh layout of what is drawn is set and fitted; "rerun" animates.
 */
import type { ElementDefinition } from 'cytoscape';
import type { Positions } from '../model/interchange';
import { ownValue } from '../model/own-record';
import type { LayoutProgress } from '../view/canvas-port';
import type { LayoutService } from './layout-client';
import type { Scene } from './scene';
import type { Staging } from './staging';
import { animateTo, FIT_PADDING, leafPositions } from './viewport';
import { fallbackPositions } from '../layout/jobs';

/** What is on the canvas as definitions for the layout worker (leaf positions included). */
function currentDefinitions(scene: Scene): ElementDefinition[] {
  return scene.cy.elements().map((e) => {
    const node = e.isNode() && e.isChildless();
    return { group: e.group(), data: { ...(e.data() as Record<string, unknown>) }, ...(node ? { position: { ...e.position() } } : {}) };
  });
}

/** Sets every leaf's position at once and fits; resolves once drawn. */
async function placeAll(scene: Scene, positions: Positions, onStage: (stage: LayoutProgress) => void): Promise<void> {
  const { cy } = scene;
  cy.batch(() => {
    cy.nodes().forEach((n) => {
      const p = ownValue(positions, n.id());
      if (p && n.isChildless()) n.position({ ...p });
    });
  });
  cy.fit(undefined, FIT_PADDING);
  onStage('drawing');
  await scene.markFinalPicture();
}

/**
 * Lays out and places (see the header); resolves with leaf positions once they are drawn, or with
 * none when another graph arrived meanwhile. `layouts` is the page's layout service (it may have
 * started this very layout ahead, for an import).
 */
export async function runCanvasLayout(
  scene: Scene,
  staging: Staging,
  layouts: LayoutService,
  purpose: 'fresh' | 'rerun',
  onStage: (stage: LayoutProgress) => void,
): Promise<Positions> {
  const { cy } = scene;
  const pending = staging.pending;
  const token = scene.token;
  const definitions = pending ? layouts.definitionsOf(pending.elements) : currentDefinitions(scene);
  let positions: Positions;
  try {
    ({ positions } = await layouts.layout(definitions, purpose, onStage));
  } catch (error) {
    // Never leave the canvas held: draw the waiting graph on a plain grid (it has no positions of
    // its own) and let the caller report the failure; the state keeps the same grid (layout/jobs.ts).
    if (pending && staging.pending === pending && !cy.destroyed()) void staging.place(pending, fallbackPositions(pending.elements.nodes));
    throw error;
  }
  // Another graph arrived meanwhile (or the canvas went): these positions are not for it.
  if (!scene.isCurrent(token)) return {};
  const waiting = staging.pending;
  if (pending && waiting) {
    // Resolves once the picture is drawn: the state shows progress until then.
    onStage('drawing');
    await staging.place(waiting, positions);
  } else if (purpose === 'fresh') {
    await placeAll(scene, positions, onStage);
  } else {
    await animateTo(cy, positions);
  }
  return leafPositions(cy);
}
