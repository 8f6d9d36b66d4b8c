/**
 * The pure mapping from the current view (perspective, filters, focus, collapsed groups) to each
 * element's classes and weight. The canvas applies the result in one batch, so switching a
 * perspective or ticking a filter is a style update: no element is added, none moves, no layout runs.
 *
 * Classes: hidden (alone: see HIDDEN) | faded | context (nodes) · collapsed · empty-group (a group whose members are
 * all hidden, drawn as a plain node) · meta · by-quad | by-tone | by-status
 * (how edges are coloured in this perspective) · tone-n2…tone-p2 · agree | only-a | only-b |
 * contested · mod-recommended | mod-speculated (the shown claims never report it as fact) ·
 * backdrop (something is selected and this element is not part of it or next to it).
 */
import type { Claim } from '../model/schema';
import type { PerspectiveView } from '../model/perspective';
import type { Visibility } from '../model/filters';
import type { CyElements } from './elements';
import { toneBand } from './palette';

export interface ElementLook {
  readonly classes: string;
  /** 0..1: how strongly the perspective states the relation (edge width and opacity). */
  readonly weight: number;
}

export interface LookInput {
  readonly visibility: Visibility;
  readonly view: PerspectiveView;
  /** What the selection brings forward (the rest recedes as "backdrop"); absent when nothing is selected. */
  readonly emphasis?: { readonly elements: ReadonlySet<string> } | undefined;
}

function modalityClass(claims: readonly Claim[]): string | undefined {
  if (claims.length === 0 || claims.some((c) => c.modality === 'reported')) return undefined;
  return claims.some((c) => c.modality === 'recommended') ? 'mod-recommended' : 'mod-speculated';
}

/**
 * A hidden element's look is only that: no colouring, tone or status classes that would change
 * from one perspective to the next. An element hidden before and after a switch keeps the very
 * same look, so the canvas leaves it alone (restyling elements nobody sees was half of a switch).
 */
export const HIDDEN: ElementLook = { classes: 'hidden', weight: 0 };

export function elementLooks(elements: CyElements, input: LookInput): Map<string, ElementLook> {
  const { visibility, view } = input;
  const emphasis = input.emphasis?.elements;
  const backdrop = (id: string, classes: string[]): void => {
    if (emphasis && !emphasis.has(id) && !classes.includes('hidden') && !classes.includes('faded')) classes.push('backdrop');
  };
  const mode = view.perspective.mode;
  const modeClass = mode === 'all' ? 'by-quad' : mode === 'one' ? 'by-tone' : 'by-status';
  const looks = new Map<string, ElementLook>();

  // A drawn group whose members are all hidden is drawn as a plain node of its kind.
  const drawnChildren = new Map<string, number>();
  for (const node of elements.nodes) {
    const parent = node.data.parent;
    if (parent === undefined) continue;
    if (!drawnChildren.has(parent)) drawnChildren.set(parent, 0);
    if ((visibility.actors.get(node.data.id) ?? 'shown') !== 'hidden') drawnChildren.set(parent, drawnChildren.get(parent)! + 1);
  }

  for (const node of elements.nodes) {
    const state = visibility.actors.get(node.data.id) ?? 'shown';
    if (state === 'hidden') {
      looks.set(node.data.id, HIDDEN);
      continue;
    }
    const classes: string[] = [];
    if (state !== 'shown') classes.push(state);
    if (elements.collapsed.has(node.data.id)) classes.push('collapsed');
    if (drawnChildren.get(node.data.id) === 0) classes.push('empty-group');
    backdrop(node.data.id, classes);
    looks.set(node.data.id, { classes: classes.join(' '), weight: 1 });
  }

  for (const edge of elements.edges) {
    const { id, role } = edge.data;
    const classes: string[] = [modeClass];
    if (role === 'meta') {
      const states = (edge.data.members ?? []).map((m) => visibility.relations.get(m) ?? 'hidden');
      const state = states.includes('shown') ? 'shown' : states.includes('faded') ? 'faded' : 'hidden';
      if (state === 'hidden') {
        looks.set(id, HIDDEN);
        continue;
      }
      classes.push('meta');
      if (state !== 'shown') classes.push(state);
      backdrop(id, classes);
      looks.set(id, { classes: classes.join(' '), weight: 1 });
      continue;
    }
    const state = visibility.relations.get(id) ?? 'shown';
    if (state === 'hidden') {
      looks.set(id, HIDDEN);
      continue;
    }
    if (state !== 'shown') classes.push(state);
    const relation = view.relations.get(id);
    if (relation) {
      if (mode === 'one' && relation.visible) classes.push(`tone-${toneBand(relation.tone).id}`);
      if (mode === 'compare' && relation.status) classes.push(relation.status);
      else if (relation.contested) classes.push('contested');
      const modality = modalityClass(relation.claims);
      if (modality) classes.push(modality);
    }
    backdrop(id, classes);
    looks.set(id, { classes: classes.join(' '), weight: relation?.weight ?? 0 });
  }
  return looks;
}
