/**
 * What an exported file says about how the explorer draws the graph: a colour and a size per
 * actor kind, a colour per QuadClass. The model cannot read the palette (src/view/), so the
 * writers (JSON, GEXF) take these as an argument; src/export/data-looks.ts builds them from the
 * palette for the page and the data:export command. Also the one definition of an edge's weight
 * in every format: the number of articles that state the relation.
 */
import { claimSources, type RelationAttributes } from './graph';
import type { ActorKind } from './schema';
import type { QuadClassId } from './typology';

export interface ExportLooks {
  /** `#rrggbb`. */
  readonly nodeColor: (kind: ActorKind) => string;
  /** The node's radius in the explorer's pixels (the units positions are in). */
  readonly nodeSize: (kind: ActorKind) => number;
  /** `#rrggbb`. */
  readonly edgeColor: (quadClass: QuadClassId) => string;
}

/** An edge's weight in every exported format: how many articles state the relation. */
export const articleCount = (a: Pick<RelationAttributes, 'claims'>): number => claimSources(a).length;

/** `#rrggbb` (or `#rgb`) as 0–255 channels; undefined for anything else. */
export function hexToRgb(value: string): { r: number; g: number; b: number } | undefined {
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(value);
  if (!m) return undefined;
  const hex = m[1]!.length === 3 ? [...m[1]!].map((c) => c + c).join('') : m[1]!;
  return { r: parseInt(hex.slice(0, 2), 16), g: parseInt(hex.slice(2, 4), 16), b: parseInt(hex.slice(4, 6), 16) };
}
