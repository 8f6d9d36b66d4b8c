/**
 * The SVG export in Node: the graph drawn from plain records (src/export/svg-graph.ts: each node
 * shape, straight and curved edges, arrow heads only on directed edges, dash patterns, wrapped and
 * escaped labels, hidden elements left out) and the caption and assembly (src/export/svg-draw.ts:
 * the layout png-layout.ts makes for the PNG, written as SVG elements; the graph's SVG nested
 * without any XML declaration); the results well-formed XML (checked with @xmldom/xmldom, the
 * parser graphology-gexf brings, set to throw on any error or warning).
 */
import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import type { CaptionData } from '../../src/export/caption';
import { layoutPicture, type Measure } from '../../src/export/png-layout';
import { composeSvg, escapeXml, nestableSvg, opToSvg } from '../../src/export/svg-draw';
import { arrowSize, edgeSvg, graphToSvg, nodeShapeSvg, wrapLabel, type EdgeRecord, type GraphRecords, type NodeRecord } from '../../src/export/svg-graph';

const measure: Measure = (text, font) => (text.length * 7 * Number(/(\d+)px/.exec(font)?.[1] ?? '12')) / 12;

const CAPTION: CaptionData = {
  title: 'Thaw <script>alert(1)</script> & “quotes”',
  perspective: 'All articles',
  summary: '2 actors, 1 relation',
  articles: [{ id: 'a', title: 'Аляксандр & 中华 "A" <b>', kind: 'analysis', relationCount: 1 }],
  exportedOn: '2026-12-04',
  legend: {
    kinds: [{ kind: 'person', label: 'Person', count: 2, icon: 'M8 2a6 6 0 1 1 0 12A6 6 0 0 1 8 2z', color: '#1d8a7e' }],
    quadClasses: [
      {
        quadClass: 1,
        label: 'Verbal cooperation',
        count: 1,
        color: '#5aa2d8',
        types: [{ type: 'consult', label: 'Consult', cameo: '04', quadClass: 1, count: 1 }],
      },
    ],
    edgeMarks: { entries: [{ id: 'mod-recommended', label: 'only recommended', glyph: 'dashed', color: '#555555', count: 1 }] },
  },
};

const GRAPH_SVG =
  '<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100"><g><text x="10" y="20">Lukashenko &amp; Kellogg</text></g></svg>';

/** Well-formed XML or an error: xmldom's errors and warnings throw, and so does a bare `&` (which xmldom lets through). */
function parseStrict(text: string) {
  const fail = (message: string): never => {
    throw new Error(message);
  };
  if (/&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);)/i.test(text)) fail('a bare &');
  return new DOMParser({ errorHandler: (level: string, message: unknown) => fail(`${level}: ${String(message)}`) }).parseFromString(text, 'image/svg+xml');
}

describe('SVG export', () => {
  it('escapes text and attribute values, and drops control characters XML refuses', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
    expect(escapeXml('a\u0001b\tc\nd')).toBe('ab\tc\nd');
  });

  it('writes each drawing operation as the matching SVG element', () => {
    expect(opToSvg({ op: 'text', x: 1, y: 2.345, text: 'A<B', font: 'bold 20px "Segoe UI"', color: '#111' })).toBe(
      '<text x="1" y="2.35" dominant-baseline="text-before-edge" style="font: bold 20px &quot;Segoe UI&quot;" fill="#111">A&lt;B</text>',
    );
    expect(opToSvg({ op: 'circle', x: 5, y: 6, r: 3, color: 'red' })).toBe('<circle cx="5" cy="6" r="3" fill="red"/>');
    expect(opToSvg({ op: 'icon', x: 4, y: 8, size: 12, path: 'M0 0h16', color: '#abc' })).toBe(
      '<path transform="translate(4 8) scale(0.75)" d="M0 0h16" fill="#abc"/>',
    );
    expect(opToSvg({ op: 'line', x1: 0, y1: 1, x2: 10, y2: 1, color: '#555', width: 2, dash: [7, 4] })).toBe(
      '<line x1="0" y1="1" x2="10" y2="1" stroke="#555" stroke-width="2" stroke-linecap="round" stroke-dasharray="7 4"/>',
    );
  });

  it('nests the graph without its XML declaration, and the strict parser refuses broken XML', () => {
    expect(nestableSvg(GRAPH_SVG).startsWith('<svg xmlns')).toBe(true);
    expect(() => parseStrict('<svg><text>a & b</text></svg>')).toThrow();
    expect(() => parseStrict('<svg a="1" a="2"/>')).toThrow();
  });

  it('puts graph, caption and legend in one well-formed document, the size of the PNG layout', () => {
    const picture = layoutPicture(CAPTION, 200, 100, measure);
    const text = composeSvg(picture, GRAPH_SVG, { background: 'white', title: CAPTION.title });
    expect(text).not.toContain('<script>');
    const doc = parseStrict(text);
    const root = doc.documentElement;
    expect(root.getAttribute('width')).toBe(String(picture.width));
    expect(root.getAttribute('height')).toBe(String(picture.height));
    expect(doc.getElementsByTagName('title')[0]?.textContent).toBe(CAPTION.title);
    const texts = [...Array.from(doc.getElementsByTagName('text'))].map((t) => t.textContent ?? '');
    expect(texts).toContain('Lukashenko & Kellogg');
    expect(texts.join(' ')).toContain('Thaw <script>alert(1)</script>');
    expect(texts.join(' ')).toContain('Аляксандр & 中华 "A" <b>');
    expect(texts).toContain('Legend');
    expect(texts).toContain('Person (2)');
    expect(texts.some((t) => t.startsWith('Verbal cooperation: Consult'))).toBe(true);
    expect(doc.getElementsByTagName('rect')[0]?.getAttribute('fill')).toBe('#ffffff');
    expect(doc.getElementsByTagName('line').length).toBeGreaterThanOrEqual(3); // the rule, the QuadClass stroke, the dashed sample
    expect(texts.length).toBe(picture.ops.filter((op) => op.op === 'text').length + 1);

    const transparent = composeSvg(picture, GRAPH_SVG, { background: 'transparent', title: 't' });
    expect(parseStrict(transparent).getElementsByTagName('rect').length).toBe(0);
  });
});

const PAINT = { fill: '#3f5f8a', fillOpacity: 0.92, stroke: '#3f5f8a', strokeWidth: 1.5, strokeOpacity: 1, opacity: 1, visible: true } as const;
const node = (id: string, shape: NodeRecord['shape'], extra: Partial<NodeRecord> = {}): NodeRecord => ({
  id,
  shape,
  x: 100,
  y: 50,
  w: 40,
  h: 20,
  ...PAINT,
  ...extra,
});
const edge = (id: string, extra: Partial<EdgeRecord> = {}): EdgeRecord => ({
  id,
  source: { x: 0, y: 0 },
  target: { x: 100, y: 0 },
  controls: [],
  color: '#5aa2d8',
  width: 2,
  opacity: 0.8,
  visible: true,
  ...extra,
});
const label = (text: string) => ({
  lines: [{ text, width: 30 }],
  x: 100,
  y: 62,
  valign: 'bottom' as const,
  fontSize: 11,
  font: 'normal 11px "Segoe UI"',
  color: '#222',
  opacity: 1,
  background: { color: '#ffffff', opacity: 0.82, padding: 1 },
});

describe('SVG graph drawing', () => {
  it('draws each node shape at its size', () => {
    expect(nodeShapeSvg(node('p', 'ellipse'))).toMatch(
      /^<ellipse cx="100" cy="50" rx="20" ry="10" fill="#3f5f8a" fill-opacity="0.92" stroke="#3f5f8a" stroke-width="1.5"/,
    );
    expect(nodeShapeSvg(node('s', 'round-rectangle'))).toMatch(/^<rect x="80" y="40" width="40" height="20" rx="5" ry="5" /);
    expect(nodeShapeSvg(node('o', 'rectangle'))).toMatch(/^<rect x="80" y="40" width="40" height="20" fill=/);
    expect(nodeShapeSvg(node('b', 'hexagon'))).toMatch(/^<polygon points="80,50 90,40 110,40 120,50 110,60 90,60" /);
    expect(nodeShapeSvg(node('m', 'diamond'))).toMatch(/^<polygon points="100,40 120,50 100,60 80,50" /);
    expect(nodeShapeSvg(node('d', 'ellipse', { strokeDash: [3, 2], opacity: 0.5 }))).toContain('stroke-dasharray="3 2" opacity="0.5"');
  });

  it('ends a directed edge in an arrow head at the target, its line stopped short by the arrow length; an undirected edge has none', () => {
    const directed = edgeSvg(edge('e1', { arrow: { color: '#123456', scale: 0.9 } }));
    const length = arrowSize(2, 0.9);
    expect(length).toBeCloseTo(29 * 0.9 * 0.3);
    const r = (n: number) => String(Math.round(n * 100) / 100);
    expect(directed).toContain(`<path d="M0 0 L${r(100 - length)} 0" fill="none" stroke="#5aa2d8" stroke-width="2"/>`);
    expect(directed).toContain(`<polygon points="100,0 ${r(100 - length)},${r(length / 2)} ${r(100 - length)},${r(-length / 2)}" fill="#123456"/>`);
    expect(directed).toContain('opacity="0.8"');
    const mutual = edgeSvg(edge('e2'));
    expect(mutual).not.toContain('<polygon');
    expect(mutual).toContain('<path d="M0 0 L100 0"');
  });

  it('marks an edge at its midpoint with a filled diamond or a bar across it, pointing to the target', () => {
    const size = arrowSize(2, 1) / 0.3; // 29
    const diamond = edgeSvg(edge('e5', { mark: { shape: 'diamond', color: '#b0338a', filled: true, scale: 1, at: { x: 50, y: 0 } } }));
    const r = (n: number) => String(Math.round(n * 100) / 100);
    expect(diamond).toContain(
      `<polygon class="mark" points="${r(50 - 0.15 * size)},${r(-0.15 * size)} ${r(50 - 0.3 * size)},0 ${r(50 - 0.15 * size)},${r(0.15 * size)} 50,0" fill="#b0338a"/>`,
    );
    const tee = edgeSvg(edge('e6', { target: { x: 0, y: 100 }, mark: { shape: 'tee', color: '#c00', filled: false, scale: 1, at: { x: 0, y: 50 } } }));
    expect(tee).toMatch(/<polygon class="mark" points="[^"]+" fill="none" stroke="#c00" stroke-width="2"\/>/);
    expect(tee).toContain(`${r(0.15 * size)},50 `); // across a vertical edge the bar spans x
  });

  it('curves a bundled edge through its control point, and dashes it by its line style', () => {
    const curved = edgeSvg(edge('e3', { controls: [{ x: 50, y: 30 }], dash: [7, 4] }));
    expect(curved).toContain('d="M0 0 Q50 30 100 0"');
    expect(curved).toContain('stroke-dasharray="7 4"');
    expect(
      edgeSvg(
        edge('e4', {
          controls: [
            { x: 30, y: 20 },
            { x: 70, y: 20 },
          ],
        }),
      ),
    ).toContain('d="M0 0 Q30 20 50 20 Q70 20 100 0"');
  });

  it('wraps labels on their own line breaks and between words past the maximum width', () => {
    const width = (line: string) => line.length * 6;
    expect(wrapLabel('Alexander Lukashenko', undefined, width).map((l) => l.text)).toEqual(['Alexander Lukashenko']);
    expect(wrapLabel('Alexander Lukashenko', 80, width)).toEqual([
      { text: 'Alexander', width: 54 },
      { text: 'Lukashenko', width: 60 },
    ]);
    expect(wrapLabel('US\nBelarus talks', 1000, width).map((l) => l.text)).toEqual(['US', 'Belarus talks']);
  });

  it('writes the whole graph as well-formed SVG: labels escaped and placed, hidden elements left out', () => {
    const records: GraphRecords = {
      x1: -10,
      y1: -20,
      width: 200,
      height: 120,
      groups: [{ id: 'g', x1: 60, y1: 30, w: 80, h: 60, ...PAINT, label: { ...label('Bloc & <friends>'), y: 30, valign: 'top' } }],
      edges: [edge('e1', { arrow: { color: '#123', scale: 1 } }), edge('gone', { visible: false, color: '#ff0000' })],
      nodes: [
        node('p', 'ellipse', {
          label: {
            ...label('Lukashenko "A"'),
            lines: [
              { text: 'Lukashenko', width: 50 },
              { text: '"A"', width: 14 },
            ],
          },
        }),
        node('x', 'diamond', { visible: false, label: label('Hidden actor') }),
      ],
    };
    const text = graphToSvg(records);
    const doc = parseStrict(text);
    const root = doc.documentElement;
    expect(root.getAttribute('viewBox')).toBe('-10 -20 200 120');
    const texts = Array.from(doc.getElementsByTagName('text'));
    expect(texts.map((t) => t.textContent)).toEqual(['Lukashenko', '"A"', 'Bloc & <friends>']); // node labels, then group labels on top
    expect(texts[0]!.getAttribute('y')).toBe('73'); // the line's bottom: its top at the anchor (62)
    expect(texts[1]!.getAttribute('y')).toBe('84'); // one font size lower
    expect(texts[2]!.getAttribute('y')).toBe('30'); // a top label's block ends at its anchor
    expect(text).not.toContain('Hidden actor');
    expect(text).not.toContain('#ff0000');
    expect(doc.getElementsByTagName('ellipse').length).toBe(1);
    expect(doc.getElementsByTagName('polygon').length).toBe(1); // the arrow; the hidden diamond is gone
    const composed = composeSvg(layoutPicture(CAPTION, 200, 120, measure), text, { background: 'transparent', title: 't' });
    expect(parseStrict(composed).getElementsByTagName('svg').length).toBe(2);
  });
});
