/**
 * The SVG export's caption and assembly (src/export/svg-draw.ts) in Node: the layout png-layout.ts
 * makes for the PNG, written as SVG elements; every text escaped; the graph's own SVG nested
 * without its XML declaration; the result well-formed XML (checked with @xmldom/xmldom, the
 * parser graphology-gexf brings, set to throw on any error or warning).
 */
import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import type { CaptionData } from '../../src/export/caption';
import { layoutPicture, type Measure } from '../../src/export/png-layout';
import { composeSvg, escapeXml, nestableSvg, opToSvg } from '../../src/export/svg-draw';

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
