/**
 * Files written before claims had a stance (graphology JSON exports and one-file bundles made by
 * earlier versions of the explorer) must still open: refusing them would lose a user's work. The
 * rule: a file in which **no** claim has a `stance` is an older file, and each of its claims is read
 * as "supports" (the article asserts the relation, which is what every claim meant before stances
 * existed), with a notice saying so. A file in which some claims have a stance is a current file:
 * a claim missing one there is a mistake, named by the validator like any other.
 */
import type { Stance } from './schema';

/** What an older file's claims are read as. */
export const LEGACY_STANCE: Stance = 'supports';

export interface StanceUpgrade {
  /** The parsed file, with `stance` filled in on every claim when it is an older file; otherwise the same object. */
  readonly parsed: Record<string, unknown>;
  /** How many claims were given the legacy stance (0 when the file is current or has no claims). */
  readonly filled: number;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The claims lists of a parsed file: `edges[].attributes.claims` (graphology) or `relations[].claims` (ours). */
function claimLists(parsed: Record<string, unknown>): { holder: Record<string, unknown>; claims: unknown[] }[] {
  const lists: { holder: Record<string, unknown>; claims: unknown[] }[] = [];
  const add = (holder: unknown) => {
    if (isRecord(holder) && Array.isArray(holder.claims)) lists.push({ holder, claims: holder.claims });
  };
  if (Array.isArray(parsed.edges)) for (const edge of parsed.edges) if (isRecord(edge)) add(edge.attributes);
  if (Array.isArray(parsed.relations)) for (const relation of parsed.relations) add(relation);
  return lists;
}

/**
 * Reads an older file's claims as "supports". Does not change `parsed`: an upgraded file is a
 * copy in which only the claims lists (and the objects holding them) are new.
 */
export function fillLegacyStances(parsed: Record<string, unknown>): StanceUpgrade {
  const lists = claimLists(parsed);
  const claims = lists.flatMap((l) => l.claims).filter(isRecord);
  if (claims.length === 0 || claims.some((claim) => 'stance' in claim)) return { parsed, filled: 0 };
  const upgraded = new Map<Record<string, unknown>, Record<string, unknown>>();
  for (const { holder, claims: list } of lists) {
    upgraded.set(holder, { ...holder, claims: list.map((claim) => (isRecord(claim) ? { ...claim, stance: LEGACY_STANCE } : claim)) });
  }
  const swap = (holder: unknown): unknown => (isRecord(holder) ? (upgraded.get(holder) ?? holder) : holder);
  const copy: Record<string, unknown> = { ...parsed };
  if (Array.isArray(parsed.edges)) {
    copy.edges = parsed.edges.map((edge: unknown) => (isRecord(edge) && isRecord(edge.attributes) ? { ...edge, attributes: swap(edge.attributes) } : edge));
  }
  if (Array.isArray(parsed.relations)) copy.relations = parsed.relations.map(swap);
  return { parsed: copy, filled: claims.length };
}

/** The notice an import shows for an older file. */
export function legacyStanceNotice(fileName: string, filled: number): string {
  const claims = filled === 1 ? '1 claim' : `${filled} claims`;
  return (
    `“${fileName}” was written before claims had a stance (supports or opposes): its ${claims} ` +
    `${filled === 1 ? 'is' : 'are'} read as “${LEGACY_STANCE}”, so no article is shown opposing a relation until the file is recoded.`
  );
}
