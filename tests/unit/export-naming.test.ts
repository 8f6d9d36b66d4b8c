import { describe, expect, it } from 'vitest';
import { exportFileName, isoDate, slugify } from '../../src/model/export-naming';

const day = new Date(2026, 10, 23, 15, 30); // 23 November 2026, local time

describe('export file names', () => {
  it('names a file by perspective and date, as in the issue', () => {
    expect(exportFileName('lawfare', day, 'png')).toBe('belarus-graph-lawfare-2026-11-23.png');
    expect(exportFileName('lawfare', day, 'json')).toBe('belarus-graph-lawfare-2026-11-23.json');
    expect(exportFileName('lawfare', day, 'gexf')).toBe('belarus-graph-lawfare-2026-11-23.gexf');
  });

  it('leaves the perspective out when there is none or it has no safe characters', () => {
    expect(exportFileName(undefined, day, 'png')).toBe('belarus-graph-2026-11-23.png');
    expect(exportFileName('', day, 'png')).toBe('belarus-graph-2026-11-23.png');
    expect(exportFileName('Лукашэнка', day, 'png')).toBe('belarus-graph-2026-11-23.png');
    expect(exportFileName('中国', day, 'json')).toBe('belarus-graph-2026-11-23.json');
  });

  it('keeps only a-z, 0-9 and single hyphens', () => {
    const names = [
      exportFileName('Compare: Lawfare vs. Quincy', day, 'png'),
      exportFileName('../../etc/passwd', day, 'png'),
      exportFileName('<script>alert(1)</script>', day, 'json'),
      exportFileName('  Ünïcödé — Łódź & Straße ', day, 'gexf'),
      exportFileName('a\u0000b\nc\\d:e*f?g"h|i', day, 'png'),
    ];
    for (const name of names) expect(name).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*\.(png|json|gexf)$/);
    expect(names[0]).toBe('belarus-graph-compare-lawfare-vs-quincy-2026-11-23.png');
    expect(names[1]).toBe('belarus-graph-etc-passwd-2026-11-23.png');
    expect(names[3]).toBe('belarus-graph-unicode-lodz-strasse-2026-11-23.gexf');
  });

  it('shortens long perspective names at a word boundary', () => {
    const slug = slugify('one two three four five six seven eight nine ten eleven twelve thirteen');
    expect(slug.length).toBeLessThanOrEqual(48);
    expect(slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(slug.startsWith('one-two-three')).toBe(true);
  });

  it('writes the local calendar date, zero-padded', () => {
    expect(isoDate(new Date(2025, 0, 5))).toBe('2025-01-05');
    expect(isoDate(new Date(2025, 11, 31, 23, 59))).toBe('2025-12-31');
    expect(() => isoDate(new Date(Number.NaN))).toThrow(RangeError);
  });
});
