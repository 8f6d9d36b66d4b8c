/**
 * Seeded synthetic datasets in our authored format, for measuring the explorer at scale
 * (1k and 5k elements). Same seed, same dataset; several sources and claims per relation,
 * compound membership, every relation type, so perspectives and filters have real work to do.
 */
import type { Dataset, Relation, Source, Actor } from '../src/model/schema';
import { ACTOR_KINDS, MODALITIES } from '../src/model/schema';
import { RELATION_TYPE_IDS } from '../src/model/typology';
import { seededRandom } from '../src/layout/seeds';

/** A dataset of about `elements` nodes + edges (edges ≈ 2 × nodes, as in the built-in graph's ratio). */
export function syntheticDataset(elements: number, seed = 42): Dataset {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const nodeCount = Math.max(4, Math.round(elements / 3));
  const edgeCount = Math.max(1, elements - nodeCount);
  const sources: Source[] = Array.from({ length: 5 }, (_, i) => ({
    id: `source-${i + 1}`,
    title: `Synthetic article ${i + 1}`,
    outlet: `Outlet ${i + 1}`,
    kind: pick(['op-ed', 'news report', 'blog report', 'policy brief', 'analysis'] as const),
    perspective: `Synthetic perspective number ${i + 1}.`,
  }));
  const stateCount = Math.max(2, Math.round(nodeCount / 8));
  const actors: Actor[] = [];
  for (let i = 0; i < nodeCount; i++) {
    const isState = i < stateCount;
    const kind = isState ? 'state' : pick(ACTOR_KINDS.filter((k) => k !== 'state'));
    const actor: Actor = {
      id: `actor-${i}`,
      label: `${isState ? 'State' : 'Actor'} ${i}`,
      kind,
      aliases: [`A${i}`],
      description: `Synthetic ${kind} ${i}.`,
    };
    if (!isState && random() < 0.4) actor.parent = `actor-${Math.floor(random() * stateCount)}`;
    actors.push(actor);
  }
  const relations: Relation[] = [];
  for (let i = 0; i < edgeCount; i++) {
    const from = Math.floor(random() * nodeCount);
    let to = Math.floor(random() * nodeCount);
    if (to === from) to = (to + 1) % nodeCount;
    const claimCount = 1 + Math.floor(random() * 3);
    const claims = Array.from({ length: claimCount }, () => ({
      source: pick(sources).id,
      quote: `Synthetic quote number ${Math.floor(random() * 1e6)} for a relation.`,
      tone: Math.round(random() * 20 - 10),
      modality: pick(MODALITIES),
      stance: 'supports' as const,
    }));
    relations.push({
      id: `r-${i}`,
      from: `actor-${from}`,
      to: `actor-${to}`,
      type: pick(RELATION_TYPE_IDS),
      direction: random() < 0.8 ? 'directed' : 'mutual',
      label: `relation ${i}`,
      claims,
    });
  }
  return { sources, actors, relations };
}

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/**
 * Positions for a synthetic dataset without running a layout (20,000 actors would take the layout
 * most of a minute): top-level actors on a sunflower spiral about `spacing` apart, each group's
 * members on a small ring around their group's place. Deterministic; the app's import "with
 * positions" and the bare page's preset drawing use the same ones.
 */
export function syntheticPositions(dataset: Dataset, spacing = 120): Record<string, { x: number; y: number }> {
  const positions: Record<string, { x: number; y: number }> = {};
  const members = new Map<string, string[]>();
  const top: string[] = [];
  for (const actor of dataset.actors) {
    if (actor.parent) members.set(actor.parent, [...(members.get(actor.parent) ?? []), actor.id]);
    else top.push(actor.id);
  }
  top.forEach((id, i) => {
    const r = spacing * Math.sqrt(i + 0.5);
    const a = i * GOLDEN_ANGLE;
    const x = Math.round(r * Math.cos(a));
    const y = Math.round(r * Math.sin(a));
    positions[id] = { x, y };
    const inside = members.get(id) ?? [];
    inside.forEach((member, j) => {
      const b = (2 * Math.PI * j) / inside.length;
      positions[member] = { x: Math.round(x + (spacing / 3) * Math.cos(b)), y: Math.round(y + (spacing / 3) * Math.sin(b)) };
    });
  });
  return positions;
}
