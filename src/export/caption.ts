/**
 * What the caption under an exported picture says, as plain data: the title, the perspective,
 * the articles the shown edges cite (title, outlet, author, date where known), the date of
 * export and a legend of the actor kinds and relation types shown, and of what edge colour means
 * when it is not the QuadClass (a one-article or comparison perspective). Pure, so it is tested
 * without a canvas; src/cy/png.ts only draws it. The PNG request/result contract lives here too,
 * so the export panel and the renderer share it without the panel importing anything of Cytoscape.
 */
import type { Theme } from '../view/themes';
import { claimSources, type ActorGraph } from '../model/graph';
import type { ActorKind, SourceKind } from '../model/schema';
import { ACTOR_KINDS } from '../model/kinds';
import { QUAD_CLASSES, RELATION_TYPES, type QuadClassId, type RelationTypeId } from '../model/typology';
import { formatPartialDate } from '../view/format';
import { isoDate } from '../model/export-naming';

export interface CitedArticle {
  readonly id: string;
  readonly title: string;
  readonly outlet?: string;
  readonly author?: string;
  /** As authored: YYYY, YYYY-MM or YYYY-MM-DD. */
  readonly date?: string;
  readonly kind: SourceKind;
  /** How many of the shown relations this article states. */
  readonly relationCount: number;
}

export interface KindLegendEntry {
  readonly kind: ActorKind;
  readonly label: string;
  /** How many shown actors are of this kind. */
  readonly count: number;
  /** The swatch colour, when the caller knows the on-screen style. */
  readonly color?: string;
  /** The node shape as an SVG path in a 16×16 box, when the caller knows it; a dot otherwise. */
  readonly icon?: string;
}

export interface RelationTypeLegendEntry {
  readonly type: RelationTypeId;
  readonly label: string;
  readonly cameo: string;
  readonly quadClass: QuadClassId;
  readonly count: number;
  readonly color?: string;
}

export interface QuadClassLegendEntry {
  readonly quadClass: QuadClassId;
  readonly label: string;
  readonly count: number;
  readonly color?: string;
  /** The relation types of this QuadClass that are shown, in typology order. */
  readonly types: readonly RelationTypeLegendEntry[];
}

/** One colour edges are drawn in, with what it means and how many shown relations have it. */
export interface EdgeColourEntry {
  readonly id: string;
  readonly label: string;
  readonly color: string;
  readonly count: number;
}

/** What edge colour means in a picture whose edges are not coloured by QuadClass. */
export interface EdgeColourLegend {
  /** e.g. "Edge colour — the article’s tone". */
  readonly title: string;
  /** The colours the shown relations are drawn in, in the order given; none with a count of 0. */
  readonly entries: readonly EdgeColourEntry[];
}

/**
 * How a mark on an edge is drawn: a diamond (a disagreement, or a weaker difference in tone or
 * certainty), a bar across the line (a relation the article opposes), or a dashed or dotted line.
 */
export type EdgeMarkGlyph = 'diamond' | 'bar' | 'dashed' | 'dotted';

/** One mark edges can carry besides their colour, what it means, and how many shown relations carry it. */
export interface EdgeMarkEntry {
  readonly id: string;
  readonly label: string;
  readonly glyph: EdgeMarkGlyph;
  readonly color: string;
  readonly count: number;
}

/** What the marks on the picture's edges mean (only those some shown relation carries), and its edge width. */
export interface EdgeMarkLegend {
  readonly entries: readonly EdgeMarkEntry[];
  /** What edge width means, when it means something in this perspective. */
  readonly widthNote?: string;
}

export interface CaptionData {
  readonly title: string;
  /** One line naming the perspective the picture was taken in. */
  readonly perspective: string;
  /** e.g. "4 actors, 3 relations". */
  readonly summary: string;
  readonly articles: readonly CitedArticle[];
  /** YYYY-MM-DD, in the user's time zone. */
  readonly exportedOn: string;
  readonly legend: {
    readonly kinds: readonly KindLegendEntry[];
    /**
     * The relation types shown, by QuadClass. Their colours are the edges' colours only when
     * `edgeColours` is absent; with it, they carry none (the picture does not use them).
     */
    readonly quadClasses: readonly QuadClassLegendEntry[];
    /** Present when edges are coloured by something else than their QuadClass (tone, comparison). */
    readonly edgeColours?: EdgeColourLegend;
    /** Present when some shown edge carries a mark (a disagreement, a difference, opposed, a modality) or width means something. */
    readonly edgeMarks?: EdgeMarkLegend;
  };
}

/** How the on-screen style shows kinds and types, so the legend matches the picture. */
export interface CaptionPalette {
  readonly kind?: (kind: ActorKind) => string | undefined;
  /** An SVG path in a 16×16 box drawing the kind's node shape. */
  readonly kindIcon?: (kind: ActorKind) => string | undefined;
  /** The kind's name in the legend; ACTOR_KIND_LABELS by default. */
  readonly kindLabel?: (kind: ActorKind) => string | undefined;
  readonly quadClass?: (quadClass: QuadClassId) => string | undefined;
  readonly relationType?: (type: RelationTypeId) => string | undefined;
}

/**
 * How the picture colours its edges when not by QuadClass (a one-article perspective colours them
 * by the article's tone, a comparison by agreement). The caller knows the perspective and the
 * on-screen style; the caption only counts.
 */
export interface EdgeColouring {
  readonly title: string;
  /** Every colour the perspective can use, in legend order. */
  readonly colours: readonly Omit<EdgeColourEntry, 'count'>[];
  /** The id of the colour a shown relation is drawn in; undefined when none of `colours`. */
  readonly colourOf: (edge: string) => string | undefined;
}

/**
 * The marks the picture draws on edges besides colour (the disagreement and difference diamonds,
 * the bar of an opposed relation, dashed and dotted lines for what is only recommended or speculated), and what width means. The caller knows the
 * on-screen style; the caption only counts.
 */
export interface EdgeMarking {
  /** Every mark the picture can draw, in legend order. */
  readonly marks: readonly Omit<EdgeMarkEntry, 'count'>[];
  /** The ids of the marks a shown relation carries (ids not in `marks` are ignored). */
  readonly marksOf: (edge: string) => readonly string[];
  readonly widthNote?: string;
}

export interface CaptionOptions {
  /** Defaults to the graph's title attribute. */
  readonly title?: string;
  /** The perspective line, as the UI names it; defaults to "All sources". */
  readonly perspective?: string;
  readonly exportedAt: Date;
  /** Swatch colours matching the on-screen style; without them the renderer uses its own. */
  readonly palette?: CaptionPalette;
  /** The articles whose claims the perspective shows; others are not cited even where they state an edge. */
  readonly shownSources?: ReadonlySet<string>;
  /** Absent: edges are coloured by QuadClass (the palette's `quadClass` colours). */
  readonly edgeColouring?: EdgeColouring;
  /** Absent: the legend says nothing of edge marks or width. */
  readonly edgeMarking?: EdgeMarking;
}

export const ACTOR_KIND_LABELS: Readonly<Record<ActorKind, string>> = {
  state: 'State',
  bloc: 'Bloc',
  movement: 'Movement',
  person: 'Person',
  organisation: 'Organisation',
};

export const DEFAULT_PERSPECTIVE_LINE = 'All sources';

/** One line per article: `Title — Outlet, Author, 22 July 2025` (the known parts only). */
export function formatArticle(article: Pick<CitedArticle, 'title' | 'outlet' | 'author' | 'date'>): string {
  const details = [article.outlet, article.author, article.date === undefined ? undefined : formatPartialDate(article.date)].filter(
    (part): part is string => part !== undefined && part.length > 0,
  );
  return details.length === 0 ? article.title : `${article.title} — ${details.join(', ')}`;
}

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** The articles the shown edges cite, in the graph's order, with how many shown relations each states. */
function citedArticles(graph: ActorGraph, relationsBySource: ReadonlyMap<string, number>, shownSources: ReadonlySet<string> | undefined): CitedArticle[] {
  const articles: CitedArticle[] = [];
  for (const source of graph.getAttribute('sources') ?? []) {
    const relationCount = relationsBySource.get(source.id);
    if (relationCount === undefined || (shownSources && !shownSources.has(source.id))) continue;
    articles.push({
      id: source.id,
      title: source.title,
      ...(source.outlet !== undefined ? { outlet: source.outlet } : {}),
      ...(source.author !== undefined ? { author: source.author } : {}),
      ...(source.date !== undefined ? { date: source.date } : {}),
      kind: source.kind,
      relationCount,
    });
  }
  return articles;
}

/** What edge colour means when it is not the QuadClass, with the count of shown edges in each colour. */
function edgeColourLegend(colouring: EdgeColouring, edges: readonly string[]): EdgeColourLegend {
  const counts = new Map<string, number>();
  for (const edge of edges) {
    const id = colouring.colourOf(edge);
    if (id !== undefined) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  const entries = colouring.colours.flatMap((colour) => {
    const count = counts.get(colour.id);
    return count === undefined ? [] : [{ ...colour, count }];
  });
  return { title: colouring.title, entries };
}

/** The marks some shown edge carries, with their counts, and the width note; undefined when there is nothing to say. */
function edgeMarkLegend(marking: EdgeMarking, edges: readonly string[]): EdgeMarkLegend | undefined {
  const counts = new Map<string, number>();
  for (const edge of edges) for (const id of new Set(marking.marksOf(edge))) counts.set(id, (counts.get(id) ?? 0) + 1);
  const entries = marking.marks.flatMap((mark) => {
    const count = counts.get(mark.id);
    return count === undefined ? [] : [{ ...mark, count }];
  });
  const widthNote = marking.widthNote !== undefined && edges.length > 0 ? marking.widthNote : undefined;
  if (entries.length === 0 && widthNote === undefined) return undefined;
  return { entries, ...(widthNote !== undefined ? { widthNote } : {}) };
}

/** The caption for the nodes and edges shown (keys not in the graph are ignored). */
export function buildCaption(graph: ActorGraph, nodeIds: Iterable<string>, edgeIds: Iterable<string>, options: CaptionOptions): CaptionData {
  const nodes = [...new Set(nodeIds)].filter((node) => graph.hasNode(node));
  const edges = [...new Set(edgeIds)].filter((edge) => graph.hasEdge(edge));

  const kindCounts = new Map<ActorKind, number>();
  for (const node of nodes) {
    const kind = graph.getNodeAttribute(node, 'kind');
    kindCounts.set(kind, (kindCounts.get(kind) ?? 0) + 1);
  }

  const typeCounts = new Map<RelationTypeId, number>();
  const relationsBySource = new Map<string, number>();
  for (const edge of edges) {
    const attributes = graph.getEdgeAttributes(edge);
    typeCounts.set(attributes.type, (typeCounts.get(attributes.type) ?? 0) + 1);
    for (const source of claimSources(attributes)) relationsBySource.set(source, (relationsBySource.get(source) ?? 0) + 1);
  }

  const articles = citedArticles(graph, relationsBySource, options.shownSources);

  const palette = options.palette ?? {};
  const colouring = options.edgeColouring;
  // Relation types only get a colour when it is the one their edges are drawn in.
  const typeColour = (type: RelationTypeId, quadClass: QuadClassId): string | undefined =>
    colouring ? undefined : (palette.relationType?.(type) ?? palette.quadClass?.(quadClass));
  const withColor = <T extends object>(entry: T, color: string | undefined): T & { color?: string } => (color === undefined ? entry : { ...entry, color });

  const kinds: KindLegendEntry[] = ACTOR_KINDS.flatMap((kind) => {
    const count = kindCounts.get(kind);
    if (count === undefined) return [];
    const icon = palette.kindIcon?.(kind);
    const entry = { kind, label: palette.kindLabel?.(kind) ?? ACTOR_KIND_LABELS[kind], count, ...(icon !== undefined ? { icon } : {}) };
    return [withColor(entry, palette.kind?.(kind))];
  });

  const quadClasses: QuadClassLegendEntry[] = ([1, 2, 3, 4] as const).flatMap((quadClass) => {
    const types: RelationTypeLegendEntry[] = RELATION_TYPES.filter((t) => t.quadClass === quadClass).flatMap((t) => {
      const count = typeCounts.get(t.id);
      return count === undefined ? [] : [withColor({ type: t.id, label: t.label, cameo: t.cameo, quadClass, count }, typeColour(t.id, quadClass))];
    });
    if (types.length === 0) return [];
    const count = types.reduce((sum, t) => sum + t.count, 0);
    return [withColor({ quadClass, label: QUAD_CLASSES[quadClass].label, count, types }, colouring ? undefined : palette.quadClass?.(quadClass))];
  });

  const edgeColours = options.edgeColouring && edgeColourLegend(options.edgeColouring, edges);
  const edgeMarks = options.edgeMarking && edgeMarkLegend(options.edgeMarking, edges);

  return {
    title: options.title ?? graph.getAttribute('title'),
    perspective: options.perspective ?? DEFAULT_PERSPECTIVE_LINE,
    summary: `${plural(nodes.length, 'actor', 'actors')}, ${plural(edges.length, 'relation', 'relations')}`,
    articles,
    exportedOn: isoDate(options.exportedAt),
    legend: { kinds, quadClasses, ...(edgeColours ? { edgeColours } : {}), ...(edgeMarks ? { edgeMarks } : {}) },
  };
}

/** How a mark is named in text, where it cannot be drawn. */
const GLYPH_WORDS: Readonly<Record<EdgeMarkGlyph, string>> = { diamond: '◆', bar: '⊣', dashed: 'dashed line:', dotted: 'dotted line:' };

/**
 * The caption as lines of text, in drawing order; for alt text, the clipboard, and tests.
 * The renderer draws the same content with swatches.
 */
export function captionLines(caption: CaptionData): string[] {
  const lines = [caption.title, `Perspective: ${caption.perspective}`, caption.summary];
  if (caption.articles.length > 0) {
    lines.push(caption.articles.length === 1 ? 'Article cited:' : 'Articles cited:');
    for (const article of caption.articles) lines.push(`• ${formatArticle(article)}`);
  }
  if (caption.legend.kinds.length > 0) {
    lines.push(`Actors: ${caption.legend.kinds.map((k) => `${k.label} (${k.count})`).join(', ')}`);
  }
  const edgeColours = caption.legend.edgeColours;
  if (edgeColours && edgeColours.entries.length > 0) {
    lines.push(`${edgeColours.title}: ${edgeColours.entries.map((e) => `${e.label} (${e.count})`).join(', ')}`);
  }
  for (const q of caption.legend.quadClasses) {
    lines.push(`${q.label}: ${q.types.map((t) => `${t.label} (CAMEO ${t.cameo})`).join(', ')}`);
  }
  const marks = caption.legend.edgeMarks;
  if (marks && marks.entries.length > 0) {
    lines.push(`Edge marks: ${marks.entries.map((m) => `${GLYPH_WORDS[m.glyph]} ${m.label} (${m.count})`).join('; ')}`);
  }
  if (marks?.widthNote !== undefined) lines.push(marks.widthNote);
  lines.push(`Exported ${caption.exportedOn}`);
  return lines;
}

/** What the export panel asks the PNG renderer for (src/cy/png.ts implements it). */
export interface PngExportRequest {
  readonly nodeIds: readonly string[];
  readonly edgeIds: readonly string[];
  readonly scale: PngScale;
  readonly background: PngBackground;
  readonly caption: CaptionData;
}

export type PngScale = 1 | 2 | 3 | 4;
/** 'white' is the light picture (the default), 'dark' the dark theme's picture on its dark background. */
export type PngBackground = 'white' | 'dark' | 'transparent';

/** The theme a picture is drawn in: a transparent one keeps the light colours. */
export function pictureTheme(background: PngBackground): Theme {
  return background === 'dark' ? 'dark' : 'light';
}

export interface PngExportResult {
  readonly blob: Blob;
  readonly width: number;
  readonly height: number;
  /** True when the requested scale would pass the browser's canvas limits and was reduced. */
  readonly downscaled: boolean;
  /** Says what was reduced and why, for the user. */
  readonly note?: string;
}
