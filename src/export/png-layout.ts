/**
 * Where each piece of an exported picture goes: the graph's box, a rule under it, then the
 * caption (title, perspective, cited articles, legend, export date) wrapped to the picture's
 * width, as a list of drawing operations in 1× units. Pure: text is measured by an injected
 * function (a canvas's `measureText` in the browser, a fixed-width stand-in in Node), so the
 * layout is tested without a browser (tests/unit/png-layout.test.ts); png-draw.ts draws the
 * operations, src/cy/png.ts draws the graph.
 */
import { formatArticle, type CaptionData, type EdgeMarkGlyph, type EdgeMarkLegend } from './caption';
import { KIND_LOOKS, QUAD_COLOURS, RECOMMENDED_DASHES } from '../view/palette';
import { PALETTES, themeColour, type Theme } from '../view/themes';

/** Space around the graph and the caption, and the narrowest picture (1× pixels). */
export const PADDING = 24;
export const MIN_WIDTH = 560;
const FONT_FAMILY = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif';
const TEXT = '#1b1b1b';
const MUTED = '#555555';
const RULE = '#d0d0d0';

export type DrawOp =
  | { readonly op: 'text'; readonly x: number; readonly y: number; readonly text: string; readonly font: string; readonly color: string }
  | { readonly op: 'circle'; readonly x: number; readonly y: number; readonly r: number; readonly color: string }
  /** An SVG path in a 16×16 box, drawn `size` wide with its top-left at (x, y). */
  | { readonly op: 'icon'; readonly x: number; readonly y: number; readonly size: number; readonly path: string; readonly color: string }
  | {
      readonly op: 'line';
      readonly x1: number;
      readonly y1: number;
      readonly x2: number;
      readonly y2: number;
      readonly color: string;
      readonly width: number;
      readonly dash?: readonly number[];
    };

export interface CaptionLayout {
  readonly ops: readonly DrawOp[];
  readonly height: number;
}

/** The width of `text` in `font` (a CSS font shorthand), in 1× pixels. */
export type Measure = (text: string, font: string) => number;

const font = (size: number, weight: 'normal' | 'bold' = 'normal'): string => `${weight} ${size}px ${FONT_FAMILY}`;

/** Splits text into lines no wider than `width`; a word longer than a line is broken by characters. */
function wrap(text: string, width: number, fontSpec: string, measure: Measure): string[] {
  const lines: string[] = [];
  let line = '';
  const push = (): void => {
    if (line.length > 0) lines.push(line);
    line = '';
  };
  for (const word of text.split(/\s+/).filter((w) => w.length > 0)) {
    const candidate = line.length === 0 ? word : `${line} ${word}`;
    if (measure(candidate, fontSpec) <= width) {
      line = candidate;
      continue;
    }
    push();
    if (measure(word, fontSpec) <= width) {
      line = word;
      continue;
    }
    for (const char of word) {
      if (measure(line + char, fontSpec) > width && line.length > 0) push();
      line += char;
    }
  }
  push();
  return lines;
}

interface ParagraphOptions {
  readonly weight?: 'normal' | 'bold';
  readonly color?: string;
  readonly indent?: number;
  /** Space after the paragraph. */
  readonly gap?: number;
}

/** A legend item on a flowing line: its swatch drawn at (x, y), then its label. */
interface FlowItem {
  readonly label: string;
  swatch(x: number, y: number): DrawOp;
}

/** A caption being laid out: the operations so far, and `y`, where the next line goes. */
class CaptionCursor {
  readonly ops: DrawOp[] = [];
  y: number;

  constructor(
    readonly x: number,
    top: number,
    readonly width: number,
    readonly measure: Measure,
  ) {
    this.y = top;
  }

  wrap(text: string, width: number, fontSpec: string): string[] {
    return wrap(text, width, fontSpec, this.measure);
  }

  /** Text wrapped to the width (less `indent`), a line every 1.35 × its size. */
  paragraph(text: string, size: number, options: ParagraphOptions = {}): void {
    const f = font(size, options.weight);
    const indent = options.indent ?? 0;
    const lineHeight = Math.round(size * 1.35);
    for (const line of this.wrap(text, this.width - indent, f)) {
      this.ops.push({ op: 'text', x: this.x + indent, y: this.y, text: line, font: f, color: options.color ?? TEXT });
      this.y += lineHeight;
    }
    this.y += options.gap ?? 0;
  }

  /** Items on one line (wrapping when needed): a swatch, then "label (count)". */
  flow(items: readonly FlowItem[]): void {
    const f = font(12);
    let lineX = this.x;
    for (const item of items) {
      const itemWidth = 16 + this.measure(item.label, f) + 18;
      if (lineX > this.x && lineX + itemWidth > this.x + this.width) {
        lineX = this.x;
        this.y += 18;
      }
      this.ops.push(item.swatch(lineX, this.y));
      this.ops.push({ op: 'text', x: lineX + 16, y: this.y, text: item.label, font: f, color: TEXT });
      lineX += itemWidth;
    }
    if (items.length > 0) this.y += 22;
  }

  /** Text in lines of 16 px starting `indent` in, then 4 px. */
  indented(text: string, indent: number): void {
    const f = font(12);
    for (const line of this.wrap(text, this.width - indent, f)) {
      this.ops.push({ op: 'text', x: this.x + indent, y: this.y, text: line, font: f, color: TEXT });
      this.y += 16;
    }
    this.y += 4;
  }
}

/** Where every piece of the caption goes, top-left at (x, y), `width` wide. */
export function layoutCaption(caption: CaptionData, x: number, y: number, width: number, measure: Measure): CaptionLayout {
  const c = new CaptionCursor(x, y, width, measure);
  c.paragraph(caption.title, 20, { weight: 'bold', gap: 4 });
  c.paragraph(`Perspective: ${caption.perspective}`, 14, { gap: 2 });
  c.paragraph(caption.summary, 13, { color: MUTED, gap: 10 });
  layoutArticles(c, caption.articles);
  layoutLegend(c, caption.legend);
  c.paragraph(`Exported ${caption.exportedOn}`, 12, { color: MUTED });
  return { ops: c.ops, height: c.y - y };
}

/** The cited articles, one bulleted entry each. */
function layoutArticles(c: CaptionCursor, articles: CaptionData['articles']): void {
  if (articles.length === 0) return;
  c.paragraph(articles.length === 1 ? 'Article cited' : 'Articles cited', 13, { weight: 'bold', gap: 2 });
  const f = font(12);
  const bulletIndent = 14;
  for (const article of articles) {
    c.wrap(formatArticle(article), c.width - bulletIndent, f).forEach((line, i) => {
      if (i === 0) c.ops.push({ op: 'text', x: c.x, y: c.y, text: '•', font: f, color: MUTED });
      c.ops.push({ op: 'text', x: c.x + bulletIndent, y: c.y, text: line, font: f, color: TEXT });
      c.y += 16;
    });
    c.y += 2;
  }
  c.y += 8;
}

/** The legend: actor kinds, edge colours, relation types by QuadClass, edge marks. */
function layoutLegend(c: CaptionCursor, legend: CaptionData['legend']): void {
  const { kinds, quadClasses, edgeColours, edgeMarks } = legend;
  const edgeEntries = edgeColours?.entries ?? [];
  if (kinds.length === 0 && quadClasses.length === 0 && edgeEntries.length === 0 && !edgeMarks) return;
  c.paragraph('Legend', 13, { weight: 'bold', gap: 4 });
  // Actor kinds: the node's shape (or a dot) in its colour, then "State (3)".
  c.flow(
    kinds.map((kind) => {
      const swatch = kind.color ?? KIND_LOOKS[kind.kind].colour;
      return {
        label: `${kind.label} (${kind.count})`,
        swatch: (sx, sy): DrawOp =>
          kind.icon !== undefined
            ? { op: 'icon', x: sx, y: sy + 1, size: 12, path: kind.icon, color: swatch }
            : { op: 'circle', x: sx + 6, y: sy + 7, r: 6, color: swatch },
      };
    }),
  );
  // Edges coloured by tone or comparison: what each colour means, a stroke in it for each.
  if (edgeColours && edgeEntries.length > 0) {
    c.paragraph(edgeColours.title, 12, { gap: 2 });
    c.flow(
      edgeEntries.map((entry) => ({
        label: `${entry.label} (${entry.count})`,
        swatch: (sx, sy): DrawOp => ({ op: 'line', x1: sx + 1, y1: sy + 7, x2: sx + 11, y2: sy + 7, color: entry.color, width: 3 }),
      })),
    );
  }
  layoutQuadClasses(c, quadClasses, edgeColours !== undefined);
  if (edgeMarks) layoutEdgeMarks(c, edgeMarks);
  c.y += 6;
}

/**
 * One line per QuadClass with the relation types shown; a stroke in its colour when that is how
 * the picture colours edges (no `edgeColours`).
 */
function layoutQuadClasses(c: CaptionCursor, quadClasses: CaptionData['legend']['quadClasses'], edgesColouredOtherwise: boolean): void {
  if (edgesColouredOtherwise && quadClasses.length > 0) c.paragraph('Relation types shown', 12, { gap: 2 });
  for (const quad of quadClasses) {
    const types = quad.types.map((t) => `${t.label} (CAMEO ${t.cameo})`).join(', ');
    if (!edgesColouredOtherwise) {
      const swatch = quad.color ?? QUAD_COLOURS[quad.quadClass];
      c.ops.push({ op: 'line', x1: c.x, y1: c.y + 7, x2: c.x + 22, y2: c.y + 7, color: swatch, width: 3 });
    }
    c.indented(`${quad.label}: ${types}`, edgesColouredOtherwise ? 0 : 30);
  }
}

/** Marks besides colour (the contested diamond, dashed and dotted lines), then what width means. */
function layoutEdgeMarks(c: CaptionCursor, edgeMarks: EdgeMarkLegend): void {
  if (edgeMarks.entries.length > 0) c.paragraph('Marks on edges', 12, { gap: 2 });
  for (const mark of edgeMarks.entries) {
    // (The sample as wide as the QuadClass strokes above, the text where theirs starts.)
    c.ops.push(markSample(mark.glyph, c.x, c.y, 22, mark.color));
    c.indented(`${mark.label} (${mark.count})`, 30);
  }
  if (edgeMarks.widthNote !== undefined) c.paragraph(edgeMarks.widthNote, 12, { gap: 2 });
  c.y += 4;
}

/** A 16×16 diamond, as the canvas marks a contested relation. */
const DIAMOND_PATH = 'M8 1 L15 8 L8 15 L1 8 Z';
/** A line with a short bar across it: how the canvas marks a relation the shown article opposes. */
const BAR_PATH = 'M0 7h16v2H0z M7 2h2v12H7z';

/** The legend's sample of an edge mark, `width` wide at (x, y): the diamond, the bar across a line, or a dashed or dotted line. */
function markSample(glyph: EdgeMarkGlyph, x: number, y: number, width: number, color: string): DrawOp {
  if (glyph === 'diamond') return { op: 'icon', x: x + width / 2 - 6, y: y + 1, size: 12, path: DIAMOND_PATH, color };
  if (glyph === 'bar') return { op: 'icon', x: x + width / 2 - 6, y: y + 1, size: 12, path: BAR_PATH, color };
  return { op: 'line', x1: x + 1, y1: y + 7, x2: x + width - 1, y2: y + 7, color, width: 2, dash: glyph === 'dashed' ? RECOMMENDED_DASHES : DOTTED_DASHES };
}

/** Dots: with round caps, a dash of 0.1 is a dot the line's width wide. */
const DOTTED_DASHES: readonly number[] = [0.1, 4];

/** The whole picture in 1× units: its size, where the graph goes, and the rule and caption to draw. */
export interface PictureLayout {
  readonly width: number;
  readonly height: number;
  /** Top-left of the graph's picture. */
  readonly graphX: number;
  readonly graphY: number;
  readonly ops: readonly DrawOp[];
}

/**
 * The picture around a `graphWidth` × `graphHeight` graph (1× pixels): the graph centred at the
 * top (the picture at least MIN_WIDTH wide), a rule under it, the caption under the rule.
 */
export function layoutPicture(caption: CaptionData, graphWidth: number, graphHeight: number, measure: Measure, theme: Theme = 'light'): PictureLayout {
  const width = Math.max(graphWidth + 2 * PADDING, MIN_WIDTH);
  const ruleY = PADDING + graphHeight + PADDING;
  const layout = layoutCaption(caption, PADDING, ruleY + PADDING, width - 2 * PADDING, measure);
  const rule: DrawOp = { op: 'line', x1: PADDING, y1: ruleY, x2: width - PADDING, y2: ruleY, color: RULE, width: 1 };
  return {
    width,
    height: ruleY + PADDING + layout.height + PADDING,
    graphX: Math.round((width - graphWidth) / 2),
    graphY: PADDING,
    ops: inTheme([rule, ...layout.ops], theme),
  };
}

/** The caption's operations in a theme's colours (issue 17): its text, rule and swatches as the dark canvas draws them. */
function inTheme(ops: readonly DrawOp[], theme: Theme): readonly DrawOp[] {
  if (theme === 'light') return ops;
  const colour = (c: string): string => (c === TEXT ? PALETTES[theme].ink : themeColour(c, theme));
  return ops.map((op) => ({ ...op, color: colour(op.color) }));
}
