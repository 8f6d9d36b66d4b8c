/**
 * The two themes (issue 17), as typed records: every colour the canvas, the legends and the
 * exported pictures draw, once for the light theme (read from palette.ts, so the two never drift)
 * and once for the dark one. The dark colours are lighter versions of the same hues, chosen to
 * reach 3:1 (marks) and 4.5:1 (text) on the dark canvas and to stay told apart under the common
 * colour-vision deficiencies (tests/unit/contrast.test.ts, tests/unit/colour-vision.test.ts).
 * `themeColour` maps a light colour to its dark counterpart: the Cytoscape stylesheet and the
 * picture's caption are written in light colours and translated, so nothing is styled twice.
 * Also the pure rules of the theme choice (a stored value, the system's preference).
 */
import type { ActorKind } from '../model/schema';
import type { CompareStatus } from '../model/perspective';
import type { QuadClassId } from '../model/typology';
import {
  ACTOR_KIND_ORDER,
  CONTESTED_MARK,
  COVERAGE_COLOURS,
  DISPUTED_MARK,
  KIND_LOOKS,
  META_EDGE_COLOUR,
  QUAD_COLOURS,
  STATUS_LOOKS,
  STATUS_ORDER,
  TONE_BANDS,
  type ToneBand,
} from './palette';

export type Theme = 'light' | 'dark';
/** What a person picks: a theme, or whatever the system prefers. */
export type ThemeChoice = Theme | 'system';
export const THEMES: readonly Theme[] = ['light', 'dark'];

export interface ThemePalette {
  /** The canvas's background (and a dark picture's). */
  readonly canvas: string;
  /** A light picture's background (white) or a dark one's. */
  readonly picture: string;
  /** Labels on the canvas and the picture's caption text. */
  readonly ink: string;
  /** The caption's secondary text and the legend's line-style samples. */
  readonly muted: string;
  /** The rule between the picture's graph and its caption. */
  readonly rule: string;
  /** The backing behind canvas labels (and the gap of a collapsed group's double border). */
  readonly labelBacking: string;
  /** The keyboard's focus ring on the canvas. */
  readonly focusRing: string;
  readonly hover: string;
  readonly selectionBox: string;
  readonly selectionBoxBorder: string;
  readonly kinds: Readonly<Record<ActorKind, string>>;
  readonly quad: Readonly<Record<QuadClassId, string>>;
  readonly tone: Readonly<Record<ToneBand['id'], string>>;
  readonly status: Readonly<Record<CompareStatus, string>>;
  /** A comparison status written as text in the panes ("· Only B"): 4.5:1 where the edge colour need only reach 3:1. */
  readonly statusText: Readonly<Record<CompareStatus, string>>;
  /** The weaker difference's diamond. */
  readonly contestedMark: string;
  /** The disagreement's diamond, and the bar (and tone-view colour) of an opposed relation. */
  readonly disputedMark: string;
  readonly metaEdge: string;
  readonly coverage: Readonly<Record<keyof typeof COVERAGE_COLOURS, string>>;
}

const fromEntries = <K extends string | number, V>(keys: readonly K[], value: (key: K) => V): Record<K, V> =>
  Object.fromEntries(keys.map((key) => [key, value(key)])) as Record<K, V>;

/** The light theme: palette.ts's colours and the page's light greys. */
const LIGHT: ThemePalette = {
  canvas: '#fbfbfa',
  picture: '#ffffff',
  ink: '#1d232b',
  muted: '#555555',
  rule: '#d0d0d0',
  labelBacking: '#ffffff',
  focusRing: '#0b57d0',
  hover: '#9ab3d5',
  selectionBox: '#4d7fbf',
  selectionBoxBorder: '#2d5f9f',
  kinds: fromEntries(ACTOR_KIND_ORDER, (kind) => KIND_LOOKS[kind].colour),
  quad: QUAD_COLOURS,
  tone: fromEntries(
    TONE_BANDS.map((band) => band.id),
    (id) => TONE_BANDS.find((band) => band.id === id)!.colour,
  ),
  status: fromEntries(STATUS_ORDER, (status) => STATUS_LOOKS[status].colour),
  statusText: { disputed: '#c51b7d', differ: '#735d71', agree: '#4d4d4d', 'only-a': '#1f6aa5', 'only-b': '#a35200' },
  contestedMark: CONTESTED_MARK,
  disputedMark: DISPUTED_MARK,
  metaEdge: META_EDGE_COLOUR,
  coverage: COVERAGE_COLOURS,
};

/** The dark theme: the same hues lightened for a near-black canvas. */
const DARK: ThemePalette = {
  canvas: '#14181d',
  picture: '#14181d',
  ink: '#e6e9ed',
  muted: '#aab2bc',
  rule: '#3a414a',
  labelBacking: '#14181d',
  focusRing: '#8ab4f8',
  hover: '#4a6a96',
  selectionBox: '#6f9ee0',
  selectionBoxBorder: '#8ab4f8',
  kinds: { state: '#7fa3d6', bloc: '#a988dc', movement: '#e074c2', person: '#4fc2b3', organisation: '#c49a72' },
  quad: { 1: '#8cc4f5', 2: '#4f8fe0', 3: '#f0a63a', 4: '#f0624d' },
  tone: { n2: '#f0605e', n1: '#f3a06b', z: '#9aa0a6', p1: '#86bde6', p2: '#4f93dc' },
  status: { disputed: '#f06bb4', differ: '#85707f', agree: '#c4c8cc', 'only-a': '#5aa6e6', 'only-b': '#e8a93a' },
  statusText: { disputed: '#f06bb4', differ: '#b09bab', agree: '#c4c8cc', 'only-a': '#5aa6e6', 'only-b': '#e8a93a' },
  contestedMark: '#e0b84a',
  disputedMark: '#f06bb4',
  metaEdge: '#8f96a0',
  coverage: { supports: '#7cc04a', opposes: '#f06bb4', both: '#c08ab9', silent: '#3a414a' },
};

export const PALETTES: Readonly<Record<Theme, ThemePalette>> = { light: LIGHT, dark: DARK };

/** Every colour of a palette, each with the name of its place (for the swap map, the tests and the report). */
export function paletteEntries(palette: ThemePalette): [string, string][] {
  const entries: [string, string][] = [];
  for (const [name, value] of Object.entries(palette) as [string, string | Readonly<Record<string, string>>][]) {
    if (typeof value === 'string') entries.push([name, value]);
    else for (const [key, colour] of Object.entries(value)) entries.push([`${name}.${key}`, colour]);
  }
  return entries;
}

/**
 * Light colour → dark colour, place by place. Where two places share a light colour they share
 * the dark one too (tests/unit/themes.test.ts checks that no light colour has two).
 */
export const DARK_SWAP: ReadonlyMap<string, string> = (() => {
  const dark = new Map(paletteEntries(DARK));
  const swap = new Map<string, string>();
  for (const [name, colour] of paletteEntries(LIGHT)) {
    const key = colour.toLowerCase();
    if (!swap.has(key)) swap.set(key, dark.get(name)!);
  }
  return swap;
})();

/** A colour written for the light theme, in `theme` (colours with no counterpart stay as they are). */
export function themeColour(colour: string, theme: Theme): string {
  return theme === 'light' ? colour : (DARK_SWAP.get(colour.toLowerCase()) ?? colour);
}

/** The localStorage key of the remembered choice. */
export const THEME_STORAGE_KEY = 'belarus-graph.theme';

/** A stored choice, or undefined when there is none or it is not one (then the system decides). */
export function parseThemeChoice(stored: unknown): ThemeChoice | undefined {
  return stored === 'light' || stored === 'dark' || stored === 'system' ? stored : undefined;
}

/** The theme a choice comes to, given whether the system prefers dark. */
export function resolveTheme(choice: ThemeChoice, systemPrefersDark: boolean): Theme {
  return choice === 'system' ? (systemPrefersDark ? 'dark' : 'light') : choice;
}
