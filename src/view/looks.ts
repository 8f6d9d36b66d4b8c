/**
 * The pure mapping from the current view (perspective, filters, focus, collapsed groups) to each
 * element's look, as a typed record: what state it is in, what its edge colour is read from, its
 * tone band or comparison status, the marks it carries (a disagreement, a weaker difference, a
 * relation the article opposes, a modality) and its weight. Renderer-independent: only
 * src/cy/look-classes.ts turns a look into Cytoscape classes, and the PNG legend reads the same
 * records. The canvas applies the looks in one batch, so switching a perspective or ticking a
 * filter is a style update: no element is added, none moves, no layout runs.
 */
import type { Claim } from '../model/schema';
import type { CompareStatus, PerspectiveView, RelationView } from '../model/perspective';
import type { Visibility } from '../model/filters';
import type { ViewElements } from './elements';
import { toneBand, type ToneBand } from './palette';

/** What an edge's colour says: its QuadClass ("all"), the article's tone ("one"), the comparison ("compare"). */
export type ColourBy = 'quad' | 'tone' | 'status';

export interface ElementLook {
  /** Not drawn at all; a hidden look is only that (see HIDDEN). */
  readonly hidden: boolean;
  /** Drawn faint: outside the perspective ("fade instead of hide") or outside a focus. */
  readonly faded: boolean;
  /** A node drawn only as the group around drawn members. */
  readonly context: boolean;
  readonly collapsed: boolean;
  /** A drawn group whose members are all hidden, drawn as a plain node of its kind. */
  readonly emptyGroup: boolean;
  /** An edge standing for a collapsed group's bundle of relations. */
  readonly meta: boolean;
  /** Something is selected and this element is neither part of it nor next to it. */
  readonly backdrop: boolean;
  /** On the chain the Path tool shows. */
  readonly onPath: boolean;
  /** Edges only. */
  readonly colourBy?: ColourBy;
  /** One article's view: the band of its tone. */
  readonly toneBand?: ToneBand['id'];
  /** Comparison: how the two articles stand on it. */
  readonly status?: CompareStatus;
  /** Opposite stances among the articles the view sets against each other. */
  readonly disputed: boolean;
  /** The weaker signal: a difference in tone or certainty (and no disagreement). */
  readonly contested: boolean;
  /**
   * The shown claims take the relation's opposite side: one article's view of a relation the
   * article opposes (or both supports and opposes), or a relation every shown claim opposes. Never
   * drawn as if asserted.
   */
  readonly opposed: boolean;
  /** The shown claims never report it as fact: they only recommend it, or only speculate. */
  readonly modality?: 'recommended' | 'speculated';
  /** 0..1: how strongly the perspective states the relation (edge width and opacity). */
  readonly weight: number;
}

export interface LookInput {
  readonly visibility: Visibility;
  readonly view: PerspectiveView;
  /** What the selection brings forward (the rest recedes as "backdrop"); absent when nothing is selected. */
  readonly emphasis?: { readonly elements: ReadonlySet<string> } | undefined;
  /** The drawn elements of the chain the Path tool shows. */
  readonly onPath?: ReadonlySet<string> | undefined;
}

/**
 * Every look is made here, with every field in the same order (absent ones undefined), so the
 * 5,000 looks of a switch share one shape and cost one allocation each (no spreads).
 */
function look(
  weight: number,
  flags: {
    hidden?: boolean;
    faded?: boolean;
    context?: boolean;
    collapsed?: boolean;
    emptyGroup?: boolean;
    meta?: boolean;
    backdrop?: boolean;
    onPath?: boolean;
  },
  colourBy?: ColourBy,
): ElementLook {
  return {
    hidden: flags.hidden === true,
    faded: flags.faded === true,
    context: flags.context === true,
    collapsed: flags.collapsed === true,
    emptyGroup: flags.emptyGroup === true,
    meta: flags.meta === true,
    backdrop: flags.backdrop === true,
    onPath: flags.onPath === true,
    colourBy,
    toneBand: undefined,
    status: undefined,
    disputed: false,
    contested: false,
    opposed: false,
    modality: undefined,
    weight,
  };
}

/**
 * A hidden element's look is only that: no colouring, tone or status that would change from one
 * perspective to the next. An element hidden before and after a switch keeps the very same look,
 * so the canvas leaves it alone (restyling elements nobody sees was half of a switch).
 */
export const HIDDEN: ElementLook = Object.freeze(look(0, { hidden: true }));

function modalityOf(claims: readonly Claim[]): ElementLook['modality'] {
  if (claims.length === 0 || claims.some((c) => c.modality === 'reported')) return undefined;
  return claims.some((c) => c.modality === 'recommended') ? 'recommended' : 'speculated';
}

const COLOUR_BY: Readonly<Record<PerspectiveView['perspective']['mode'], ColourBy>> = { all: 'quad', one: 'tone', compare: 'status' };

/** The look of a relation edge that is drawn (shown or faded). */
function relationLook(
  relation: RelationView | undefined,
  mode: PerspectiveView['perspective']['mode'],
  faded: boolean,
  backdrop: boolean,
  onPath = false,
): ElementLook {
  if (!relation) return look(0, { faded, backdrop, onPath }, COLOUR_BY[mode]);
  return {
    hidden: false,
    faded,
    context: false,
    collapsed: false,
    emptyGroup: false,
    meta: false,
    backdrop,
    onPath,
    colourBy: COLOUR_BY[mode],
    toneBand: mode === 'one' && relation.visible ? toneBand(relation.tone).id : undefined,
    status: mode === 'compare' ? relation.status : undefined,
    disputed: relation.disputed,
    contested: relation.contested && !relation.disputed,
    opposed: mode === 'one' ? relation.stance === 'opposes' || relation.stance === 'both' : relation.stance === 'opposes',
    modality: modalityOf(relation.claims),
    weight: relation.weight,
  };
}

export function elementLooks(elements: ViewElements, input: LookInput): Map<string, ElementLook> {
  const { visibility, view } = input;
  const emphasis = input.emphasis?.elements;
  const recedes = (id: string): boolean => emphasis !== undefined && !emphasis.has(id);
  const onPath = (id: string): boolean => input.onPath?.has(id) === true;
  const mode = view.perspective.mode;
  const looks = new Map<string, ElementLook>();

  // A drawn group whose members are all hidden is drawn as a plain node of its kind.
  const drawnChildren = new Map<string, number>();
  for (const node of elements.nodes) {
    const parent = node.data.parent;
    if (parent === undefined) continue;
    const drawn = (visibility.actors.get(node.data.id) ?? 'shown') !== 'hidden' ? 1 : 0;
    drawnChildren.set(parent, (drawnChildren.get(parent) ?? 0) + drawn);
  }

  for (const node of elements.nodes) {
    const id = node.data.id;
    const state = visibility.actors.get(id) ?? 'shown';
    if (state === 'hidden') {
      looks.set(id, HIDDEN);
      continue;
    }
    looks.set(
      id,
      look(1, {
        faded: state === 'faded',
        context: state === 'context',
        collapsed: elements.collapsed.has(id),
        emptyGroup: drawnChildren.get(id) === 0,
        backdrop: state !== 'faded' && recedes(id),
        onPath: onPath(id),
      }),
    );
  }

  for (const edge of elements.edges) {
    const { id, role } = edge.data;
    if (role === 'meta') {
      const states = (edge.data.members ?? []).map((m) => visibility.relations.get(m) ?? 'hidden');
      const state = states.includes('shown') ? 'shown' : states.includes('faded') ? 'faded' : 'hidden';
      if (state === 'hidden') looks.set(id, HIDDEN);
      else looks.set(id, look(1, { meta: true, faded: state === 'faded', backdrop: state !== 'faded' && recedes(id), onPath: onPath(id) }, COLOUR_BY[mode]));
      continue;
    }
    const state = visibility.relations.get(id) ?? 'shown';
    if (state === 'hidden') looks.set(id, HIDDEN);
    else looks.set(id, relationLook(view.relations.get(id), mode, state === 'faded', state !== 'faded' && recedes(id), onPath(id)));
  }
  return looks;
}
