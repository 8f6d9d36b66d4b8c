/**
 * The Cytoscape stylesheet, as data: selectors on data fields (kind, quad, direction, role) and
 * on the classes look-classes.ts makes of each look (hidden, faded, context, collapsed,
 * by-quad/by-tone/by-status, tone bands, comparison statuses, opposed, the disagreement and
 * difference marks, modality). Colours and shapes come from palette.ts,
 * which the legends read too. No element is ever styled imperatively.
 */
import { QUAD_CLASSES, type QuadClassId } from '../model/typology';
import { LABEL_FONT_SIZE, LABEL_MAX_WIDTH } from '../view/elements';
import {
  ACTOR_KIND_ORDER,
  CONTESTED_MARK,
  DISPUTED_MARK,
  KIND_LOOKS,
  META_EDGE_COLOUR,
  OPPOSED_COLOUR,
  QUAD_COLOURS,
  RECOMMENDED_DASHES,
  STATUS_LOOKS,
  TONE_BANDS,
} from '../view/palette';
import { themeColour, type Theme } from '../view/themes';

export type StyleValue = string | number | readonly number[];
export interface StyleBlock {
  readonly selector: string;
  readonly style: Readonly<Record<string, StyleValue>>;
}

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif';
const INK = '#1d232b';
const SELECT = '#ffcc33';
/** The keyboard focus ring (issue 17): dark blue, 3 px, 7:1 against the canvas's background. */
export const FOCUS_RING = '#0b57d0';
/** The Path tool's chain (issue 16): a green halo under its actors and relations, their own colours kept. */
const PATH_HALO = '#2fa866';

function kindBlocks(): StyleBlock[] {
  return ACTOR_KIND_ORDER.flatMap((kind): StyleBlock[] => {
    const look = KIND_LOOKS[kind];
    return [
      { selector: `node[kind = "${kind}"]`, style: { shape: look.shape, 'background-color': look.colour, 'border-color': look.colour } },
      { selector: `node[kind = "${kind}"]:parent`, style: { 'background-color': look.colour, 'border-color': look.colour } },
    ];
  });
}

function quadBlocks(): StyleBlock[] {
  return (Object.keys(QUAD_CLASSES).map(Number) as QuadClassId[]).map((quad) => ({
    selector: `edge.by-quad[quad = ${quad}]`,
    style: { 'line-color': QUAD_COLOURS[quad], 'target-arrow-color': QUAD_COLOURS[quad], 'source-arrow-color': QUAD_COLOURS[quad] },
  }));
}

function toneBlocks(): StyleBlock[] {
  return TONE_BANDS.map((band) => ({
    selector: `edge.by-tone.tone-${band.id}`,
    style: { 'line-color': band.colour, 'target-arrow-color': band.colour, 'source-arrow-color': band.colour },
  }));
}

function statusBlocks(): StyleBlock[] {
  return (Object.keys(STATUS_LOOKS) as (keyof typeof STATUS_LOOKS)[]).map((status) => ({
    selector: `edge.by-status.${status}`,
    style: { 'line-color': STATUS_LOOKS[status].colour, 'target-arrow-color': STATUS_LOOKS[status].colour, 'source-arrow-color': STATUS_LOOKS[status].colour },
  }));
}

export const STYLESHEET: readonly StyleBlock[] = [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      width: 'data(size)',
      height: 'data(size)',
      'font-family': FONT,
      'font-size': LABEL_FONT_SIZE,
      color: INK,
      'text-valign': 'bottom',
      'text-halign': 'center',
      'text-margin-y': 3,
      'text-wrap': 'wrap',
      'text-max-width': `${LABEL_MAX_WIDTH}px`,
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.82,
      'text-background-padding': '1px',
      'text-background-shape': 'roundrectangle',
      'min-zoomed-font-size': 6,
      'border-width': 1.5,
      'border-opacity': 1,
      'background-opacity': 0.92,
      'overlay-padding': 4,
    },
  },
  ...kindBlocks(),
  {
    selector: 'node:parent',
    style: {
      shape: 'round-rectangle',
      'background-opacity': 0.07,
      'border-width': 1.5,
      'border-opacity': 0.55,
      padding: '14px',
      'text-valign': 'top',
      'text-halign': 'center',
      'text-margin-y': -2,
      'font-size': LABEL_FONT_SIZE + 1,
      'font-weight': 'bold',
      // (Drawn above the edges: group-labels-on-top.ts. The backing keeps crossing edges off the letters.)
      'text-background-opacity': 0.85,
      'compound-sizing-wrt-labels': 'include',
    },
  },
  {
    selector: 'node:parent.empty-group',
    style: {
      'background-opacity': 0.92,
      'border-opacity': 1,
      padding: '0px',
      'text-valign': 'bottom',
      'text-margin-y': 3,
      'font-size': LABEL_FONT_SIZE,
      'font-weight': 'normal',
      'text-background-opacity': 0.82,
    },
  },
  {
    selector: 'node.collapsed',
    style: {
      label: 'data(collapsedLabel)',
      'border-style': 'double',
      'border-width': 5,
      'border-color': '#ffffff',
      'font-weight': 'bold',
    },
  },
  {
    selector: 'node.context',
    style: { 'background-opacity': 0.02, 'border-style': 'dashed', 'border-opacity': 0.35, 'text-opacity': 0.55 },
  },
  {
    selector: 'node.faded',
    style: { 'background-opacity': 0.12, 'border-opacity': 0.15, 'text-opacity': 0.3, 'text-background-opacity': 0 },
  },
  {
    selector: 'node:parent.faded',
    style: { 'background-opacity': 0.02, 'border-opacity': 0.12 },
  },
  {
    selector: 'node:selected',
    style: {
      'underlay-color': SELECT,
      'underlay-padding': 7,
      'underlay-opacity': 0.95,
      'border-color': INK,
      'border-width': 2.5,
      'font-weight': 'bold',
      'z-index': 20,
    },
  },
  {
    selector: 'node:parent:selected',
    style: { 'underlay-opacity': 0.3, 'border-opacity': 1 },
  },
  {
    selector: 'edge',
    style: {
      'curve-style': 'bezier',
      'control-point-step-size': 16,
      width: 'mapData(weight, 0, 1, 1.4, 5.5)',
      opacity: 'mapData(weight, 0, 1, 0.55, 0.95)',
      'line-color': META_EDGE_COLOUR,
      'target-arrow-shape': 'triangle',
      'target-arrow-color': META_EDGE_COLOUR,
      'arrow-scale': 0.9,
      'font-family': FONT,
      'font-size': 10,
      color: INK,
      'text-rotation': 'autorotate',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.9,
      'text-background-padding': '2px',
      'text-background-shape': 'roundrectangle',
      'min-zoomed-font-size': 7,
      'overlay-padding': 3,
    },
  },
  ...quadBlocks(),
  ...toneBlocks(),
  ...statusBlocks(),
  { selector: 'edge.by-tone, edge.by-status', style: { width: 2.6, opacity: 0.9 } },
  { selector: 'edge[direction = "mutual"]', style: { 'target-arrow-shape': 'none' } },
  { selector: 'edge.mod-recommended', style: { 'line-style': 'dashed', 'line-dash-pattern': RECOMMENDED_DASHES } },
  { selector: 'edge.mod-speculated', style: { 'line-style': 'dotted' } },
  // A weaker difference (tone or certainty): an amber diamond; a disagreement: a larger diamond in its colour.
  {
    selector: 'edge.mark-contested',
    style: { 'mid-target-arrow-shape': 'diamond', 'mid-target-arrow-color': CONTESTED_MARK, 'mid-target-arrow-fill': 'filled', 'arrow-scale': 1.1 },
  },
  {
    selector: 'edge.mark-disputed',
    style: { 'mid-target-arrow-shape': 'diamond', 'mid-target-arrow-color': DISPUTED_MARK, 'mid-target-arrow-fill': 'filled', 'arrow-scale': 1.4 },
  },
  // A relation the shown article opposes is never drawn as asserted: a bar across it, and in one
  // article's view (coloured by its tone) the disagreement colour instead of a tone.
  {
    selector: 'edge.opposed',
    style: { 'mid-target-arrow-shape': 'tee', 'mid-target-arrow-color': OPPOSED_COLOUR, 'arrow-scale': 1.4 },
  },
  {
    selector: 'edge.by-tone.opposed',
    style: { 'line-color': OPPOSED_COLOUR, 'target-arrow-color': OPPOSED_COLOUR, 'source-arrow-color': OPPOSED_COLOUR },
  },
  {
    selector: 'edge.meta',
    style: {
      'line-color': META_EDGE_COLOUR,
      'target-arrow-color': META_EDGE_COLOUR,
      width: 'mapData(count, 1, 12, 2, 8)',
      opacity: 0.85,
      label: 'data(typeLabel)',
      'line-style': 'solid',
    },
  },
  { selector: 'node.on-path', style: { 'underlay-color': PATH_HALO, 'underlay-padding': 7, 'underlay-opacity': 0.6, 'font-weight': 'bold', 'z-index': 18 } },
  // (A group's box would be one big halo: a group on the path gets a border in the halo's colour instead.)
  { selector: 'node:parent.on-path', style: { 'underlay-opacity': 0, 'border-color': PATH_HALO, 'border-width': 3, 'border-opacity': 1 } },
  {
    selector: 'edge.on-path',
    style: { 'underlay-color': PATH_HALO, 'underlay-padding': 5, 'underlay-opacity': 0.6, opacity: 1, label: 'data(typeLabel)', 'z-index': 28 },
  },
  // Merged parallel relations (merged-pairs.ts): as wide as the pair has relations, with their count on it.
  {
    selector: 'edge[role = "pair"]',
    style: { width: 'mapData(count, 2, 12, 3.5, 11)', label: 'data(count)', 'font-size': 16, 'font-weight': 'bold', 'text-rotation': 'none' },
  },
  { selector: 'edge.hovered, edge:selected', style: { label: 'data(typeLabel)', 'z-index': 30, opacity: 1 } },
  { selector: 'edge:selected', style: { 'underlay-color': SELECT, 'underlay-padding': 5, 'underlay-opacity': 0.9, 'font-weight': 'bold' } },
  { selector: 'node.hovered', style: { 'underlay-color': '#9ab3d5', 'underlay-padding': 5, 'underlay-opacity': 0.6 } },
  { selector: 'edge.faded', style: { opacity: 0.1, label: '' } },
  { selector: 'edge.faded:selected, edge.faded.hovered', style: { opacity: 0.6, label: 'data(typeLabel)' } },
  { selector: 'node.backdrop', style: { 'background-opacity': 0.35, 'border-opacity': 0.35, 'text-opacity': 0.5 } },
  { selector: 'node:parent.backdrop', style: { 'background-opacity': 0.04, 'border-opacity': 0.3 } },
  { selector: 'edge.backdrop', style: { opacity: 0.16 } },
  { selector: 'edge.faded.on-path', style: { opacity: 0.8, label: 'data(typeLabel)' } },
  { selector: 'edge.hovered', style: { 'font-size': 14 } },
  { selector: 'edge:selected', style: { 'text-rotation': 'none', 'font-size': 16, width: 6, opacity: 1 } },
  // The keyboard's focus (src/cy/keyboard.ts): a data flag, not a class, so a look change (which
  // replaces an element's classes) never takes it away.
  {
    selector: 'node[?kbFocus]',
    style: { 'outline-width': 3, 'outline-color': FOCUS_RING, 'outline-opacity': 1, 'outline-offset': 3, 'outline-style': 'solid', 'z-index': 25 },
  },
  { selector: 'edge[?kbFocus]', style: { 'line-outline-width': 3, 'line-outline-color': FOCUS_RING, 'z-index': 40, opacity: 1, label: 'data(typeLabel)' } },
  { selector: '.hidden', style: { display: 'none' } },
  {
    selector: 'core',
    style: { 'selection-box-color': '#4d7fbf', 'selection-box-border-color': '#2d5f9f', 'selection-box-opacity': 0.15, 'active-bg-opacity': 0 },
  },
];

const THEMED = new Map<Theme, readonly StyleBlock[]>([['light', STYLESHEET]]);

/**
 * The stylesheet in a theme (issue 17): the light one above with every colour put in the theme's
 * (view/themes.ts `themeColour`), so a block added above is themed too. Made once per theme.
 */
export function stylesheetFor(theme: Theme): readonly StyleBlock[] {
  const made = THEMED.get(theme);
  if (made) return made;
  const themed = STYLESHEET.map((block) => ({
    selector: block.selector,
    style: Object.fromEntries(Object.entries(block.style).map(([name, value]) => [name, typeof value === 'string' ? themeColour(value, theme) : value])),
  }));
  THEMED.set(theme, themed);
  return themed;
}
