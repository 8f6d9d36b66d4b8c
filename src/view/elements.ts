/**
 * The pure mapping from the actor graph to element records: actors become nodes
 * (inside their `parent` as compound nodes), relations become edges keyed by the relation id.
 * Collapsing a group is part of the mapping, not a canvas trick: the members of a collapsed
 * compound are left out, the compound becomes a leaf at the centre of its members, and the
 * relations that reached its members are rerouted to it as meta-edges (one per direction and
 * counterpart, carrying the ids of the relations they stand for). Positions are only given to
 * leaves; the renderer derives each compound's box from its children.
 *
 * The records are the view's own types (view/ never imports a renderer). Their shape,
 * `{ group, data, position }`, is the one Cytoscape's element definitions take, so src/cy/ can
 * hand them to it without a conversion.
 */
import type { ActorGraph } from '../model/graph';
import type { Positions } from '../model/interchange';
import type { ActorKind } from '../model/schema';
import { relationTypeInfo } from '../model/typology';
import { KIND_LOOKS } from './palette';
import { ancestorsOf, centreOf, descendantsOf, membersOf } from '../model/membership';
import { ownValue } from '../model/own-record';

export interface ActorNodeData {
  readonly id: string;
  readonly label: string;
  readonly kind: ActorKind;
  readonly parent?: string;
  /** Shape size in model pixels. */
  readonly size: number;
  /** Estimated label box, for layouts that cannot measure text (headless). */
  readonly labelWidth: number;
  readonly labelHeight: number;
  /** Footprint of shape and label, used by the headless layout. */
  readonly footprintWidth: number;
  readonly footprintHeight: number;
  /** Drawn members, for collapsed groups: "+7". */
  readonly hiddenMembers: number;
  readonly collapsedLabel?: string;
}

export interface RelationEdgeData {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  /** "relation" for an authored relation, "meta" for a collapsed group's bundle, "pair" for merged parallel relations (merged-pairs.ts). */
  readonly role: 'relation' | 'meta' | 'pair';
  readonly direction: 'directed' | 'mutual';
  /** Type label shown on hover and selection, e.g. "Talks and visits (CAMEO 04)". */
  readonly typeLabel: string;
  readonly type?: string;
  readonly quad?: number;
  /** For meta-edges and merged pairs: the relations bundled, and how many. */
  readonly members?: readonly string[];
  readonly count: number;
}

/** A drawn actor (or collapsed group): a leaf has a position when one is known. */
export interface ActorNode {
  readonly group: 'nodes';
  readonly data: ActorNodeData;
  readonly position?: { readonly x: number; readonly y: number };
}

/** A drawn relation, or a collapsed group's bundle of relations. */
export interface RelationEdge {
  readonly group: 'edges';
  readonly data: RelationEdgeData;
}

export interface ViewElements {
  readonly nodes: readonly ActorNode[];
  readonly edges: readonly RelationEdge[];
  /** Actor id -> the drawn node that stands for it (itself, or its outermost collapsed ancestor). */
  readonly representative: ReadonlyMap<string, string>;
  /** Ids of collapsed groups that actually have members. */
  readonly collapsed: ReadonlySet<string>;
}

export interface ElementOptions {
  readonly positions?: Positions | undefined;
  readonly collapsed?: ReadonlySet<string> | undefined;
}

/** Node label font size and wrap width in model pixels (style.ts uses them too). */
export const LABEL_FONT_SIZE = 16;
export const LABEL_MAX_WIDTH = 150;

/**
 * Characters of a label that count for its estimated box: a 1 MB label made a node a million pixels
 * tall and the layout ran for good (issue 18); the layout needs no more than a few lines.
 */
export const LABEL_MEASURE_MAX = 60;

/** A rough label box at LABEL_FONT_SIZE sans-serif, wrapped at LABEL_MAX_WIDTH: good enough for a headless layout. */
export function estimateLabelBox(label: string): { width: number; height: number } {
  const charWidth = LABEL_FONT_SIZE * 0.55;
  const full = Math.min(label.length, LABEL_MEASURE_MAX) * charWidth;
  const lines = Math.max(1, Math.ceil(full / LABEL_MAX_WIDTH));
  return { width: Math.min(full, LABEL_MAX_WIDTH) + 6, height: lines * LABEL_FONT_SIZE * 1.25 + 4 };
}

export const META_PREFIX = 'meta:';

export function buildElements(graph: ActorGraph, options: ElementOptions = {}): ViewElements {
  const members = membersOf(graph);
  const wanted = options.collapsed ?? new Set<string>();
  const collapsed = new Set([...wanted].filter((id) => graph.hasNode(id) && (members.get(id)?.length ?? 0) > 0));
  const representative = representatives(graph, collapsed);
  const nodes = actorNodes(graph, { members, collapsed, representative, positions: options.positions });
  const edges = relationEdges(graph, representative);
  return { nodes, edges, representative, collapsed };
}

/** Actor id -> the node drawn for it: itself, or its outermost collapsed ancestor. */
function representatives(graph: ActorGraph, collapsed: ReadonlySet<string>): Map<string, string> {
  const representative = new Map<string, string>();
  graph.forEachNode((node) => {
    let rep = node;
    for (const ancestor of ancestorsOf(graph, node)) if (collapsed.has(ancestor)) rep = ancestor; // outermost wins
    representative.set(node, rep);
  });
  return representative;
}

interface NodeContext {
  readonly members: ReadonlyMap<string, readonly string[]>;
  readonly collapsed: ReadonlySet<string>;
  readonly representative: ReadonlyMap<string, string>;
  readonly positions: Positions | undefined;
}

function actorNodes(graph: ActorGraph, context: NodeContext): ActorNode[] {
  const { members, collapsed, representative, positions } = context;
  const nodes: ActorNode[] = [];
  graph.forEachNode((node, a) => {
    if (representative.get(node) !== node) return;
    const look = KIND_LOOKS[a.kind];
    const box = estimateLabelBox(a.label);
    const isCollapsed = collapsed.has(node);
    const hidden = isCollapsed ? descendantsOf(members, node) : [];
    const hasChildren = !isCollapsed && (members.get(node)?.length ?? 0) > 0;
    const data: ActorNodeData = {
      id: node,
      label: a.label,
      kind: a.kind,
      ...(a.parent !== undefined && graph.hasNode(a.parent) ? { parent: a.parent } : {}),
      size: isCollapsed ? look.size + 8 : look.size,
      labelWidth: box.width,
      labelHeight: box.height,
      footprintWidth: Math.max(look.size, box.width),
      footprintHeight: look.size + box.height + 4,
      hiddenMembers: hidden.length,
      ...(isCollapsed ? { collapsedLabel: `${a.label} (+${hidden.length})` } : {}),
    };
    let position: { x: number; y: number } | undefined;
    if (isCollapsed) position = centreOf(hidden, positions) ?? ownValue(positions, node);
    else if (!hasChildren) position = ownValue(positions, node);
    nodes.push({ group: 'nodes', data, ...(position ? { position: { x: position.x, y: position.y } } : {}) });
  });
  return nodes;
}

/** Relations between drawn nodes as they are; the rest rerouted to their collapsed groups as bundles. */
function relationEdges(graph: ActorGraph, representative: ReadonlyMap<string, string>): RelationEdge[] {
  const edges: RelationEdge[] = [];
  const meta = new Map<string, { source: string; target: string; members: string[]; mutual: boolean }>();
  graph.forEachEdge((edge, r, from, to) => {
    const source = representative.get(from) ?? from;
    const target = representative.get(to) ?? to;
    if (source === from && target === to) {
      const info = relationTypeInfo(r.type);
      edges.push({
        group: 'edges',
        data: {
          id: edge,
          source,
          target,
          role: 'relation',
          direction: r.direction,
          typeLabel: info.label,
          type: r.type,
          quad: r.quadClass,
          count: 1,
        },
      });
      return;
    }
    if (source === target) return; // inside one collapsed group
    const key = `${META_PREFIX}${source}->${target}`;
    const bundle = meta.get(key);
    if (bundle) {
      bundle.members.push(edge);
      bundle.mutual &&= r.direction === 'mutual';
    } else {
      meta.set(key, { source, target, members: [edge], mutual: r.direction === 'mutual' });
    }
  });
  for (const [id, bundle] of meta) {
    const n = bundle.members.length;
    edges.push({
      group: 'edges',
      data: {
        id,
        source: bundle.source,
        target: bundle.target,
        role: 'meta',
        direction: bundle.mutual ? 'mutual' : 'directed',
        typeLabel: `${n} relation${n === 1 ? '' : 's'}`,
        members: bundle.members,
        count: n,
      },
    });
  }
  return edges;
}

/** Ids of every element the mapping produces, nodes first. */
export function elementIds(elements: ViewElements): string[] {
  return [...elements.nodes.map((n) => n.data.id), ...elements.edges.map((e) => e.data.id)];
}
