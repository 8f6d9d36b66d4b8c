/**
 * The SVG export's own part: the caption and legend laid out by png-layout.ts (the very layout
 * the PNG draws on a canvas), written as SVG elements, and the whole picture put together around
 * the graph's SVG (the explorer's own drawing: src/export/svg-graph.ts, read from Cytoscape in src/cy/svg.ts). Pure string work,
 * tested in Node; every text and attribute value is escaped, so a label carrying markup stays text.
 */
import type { CaptionData, PngBackground } from './caption';
import { pictureTheme } from './caption';
import type { DrawOp, PictureLayout } from './png-layout';
import { PALETTES } from '../view/themes';

/** What the export panel asks the SVG renderer for (src/cy/svg.ts implements it). */
export interface SvgExportRequest {
  readonly nodeIds: readonly string[];
  readonly edgeIds: readonly string[];
  readonly background: PngBackground;
  readonly caption: CaptionData;
}

export interface SvgExportResult {
  readonly blob: Blob;
  readonly width: number;
  readonly height: number;
}

const XML_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text or an attribute value made safe inside XML (and without the control characters XML 1.0 forbids). */
export function escapeXml(value: string): string {
  // eslint-disable-next-line no-control-regex -- the control characters XML 1.0 refuses are exactly what is removed
  return value.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '').replace(/[&<>"']/g, (c) => XML_ESCAPES[c] ?? c);
}

/** A number as SVG writes it: at most two decimals, never `-0`. */
const num = (n: number): string => {
  const rounded = Math.round(n * 100) / 100;
  return String(rounded === 0 ? 0 : rounded);
};

/** One drawing operation (1× units) as an SVG element; text's top at y, as the canvas draws it with `textBaseline = 'top'`. */
export function opToSvg(item: DrawOp): string {
  if (item.op === 'text') {
    return `<text x="${num(item.x)}" y="${num(item.y)}" dominant-baseline="text-before-edge" style="font: ${escapeXml(item.font)}" fill="${escapeXml(item.color)}">${escapeXml(item.text)}</text>`;
  }
  if (item.op === 'icon') {
    return `<path transform="translate(${num(item.x)} ${num(item.y)}) scale(${num(item.size / 16)})" d="${escapeXml(item.path)}" fill="${escapeXml(item.color)}"/>`;
  }
  if (item.op === 'circle') return `<circle cx="${num(item.x)}" cy="${num(item.y)}" r="${num(item.r)}" fill="${escapeXml(item.color)}"/>`;
  const dash = item.dash && item.dash.length > 0 ? ` stroke-dasharray="${item.dash.map(num).join(' ')}"` : '';
  return `<line x1="${num(item.x1)}" y1="${num(item.y1)}" x2="${num(item.x2)}" y2="${num(item.y2)}" stroke="${escapeXml(item.color)}" stroke-width="${num(item.width)}" stroke-linecap="round"${dash}/>`;
}

/** The graph's own SVG document as an element to nest: its XML declaration and doctype removed. */
export function nestableSvg(svg: string): string {
  return svg
    .replace(/^\uFEFF?\s*<\?xml[^>]*\?>\s*/, '')
    .replace(/^<!DOCTYPE[^>]*>\s*/i, '')
    .trim();
}

/**
 * The picture as one SVG document: the background (unless transparent), the graph's SVG at the
 * layout's graph position, the rule and caption. `title` becomes the document's <title>.
 */
export function composeSvg(picture: PictureLayout, graphSvg: string, options: { readonly background: PngBackground; readonly title: string }): string {
  const { width, height } = picture;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" version="1.1" width="${num(width)}" height="${num(height)}" viewBox="0 0 ${num(width)} ${num(height)}">`,
    `<title>${escapeXml(options.title)}</title>`,
    ...(options.background !== 'transparent'
      ? [`<rect x="0" y="0" width="${num(width)}" height="${num(height)}" fill="${PALETTES[pictureTheme(options.background)].picture}"/>`]
      : []),
    `<g class="graph" transform="translate(${num(picture.graphX)} ${num(picture.graphY)})">`,
    nestableSvg(graphSvg),
    '</g>',
    '<g class="caption">',
    ...picture.ops.map(opToSvg),
    '</g>',
    '</svg>',
  ];
  return `${lines.join('\n')}\n`;
}
