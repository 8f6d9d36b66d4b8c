import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { QUAD_CLASSES, RELATION_TYPES, relationTypeInfo } from '../../src/model/typology';

describe('typology', () => {
  it('has 10 to 20 types, each with a valid CAMEO root and QuadClass', () => {
    expect(RELATION_TYPES.length).toBeGreaterThanOrEqual(10);
    expect(RELATION_TYPES.length).toBeLessThanOrEqual(20);
    for (const type of RELATION_TYPES) {
      const root = Number(type.cameo);
      expect(type.cameo).toMatch(/^\d\d$/);
      expect(root).toBeGreaterThanOrEqual(1);
      expect(root).toBeLessThanOrEqual(20);
      // The standard CAMEO-to-QuadClass mapping: 01–05 verbal coop, 06–08 material coop, 09–13 verbal conflict, 14–20 material conflict.
      const expected = root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
      expect(type.quadClass, type.id).toBe(expected);
      expect(QUAD_CLASSES[type.quadClass].id).toBe(expected);
    }
    expect(new Set(RELATION_TYPES.map((t) => t.id)).size).toBe(RELATION_TYPES.length);
  });

  it('is documented in graph-data/README.md exactly as defined', () => {
    const doc = readFileSync(resolve(import.meta.dirname, '../../graph-data/README.md'), 'utf8');
    const rows = [...doc.matchAll(/^\| `([a-z-]+)` \| ([^|]+) \| (\d\d) [^|]+ \| (\d) /gm)].map((m) => [m[1], m[2]!.trim(), m[3], Number(m[4])]);
    expect(rows).toEqual(RELATION_TYPES.map((t) => [t.id, t.label, t.cameo, t.quadClass]));
  });

  it('throws on an unknown type', () => {
    expect(() => relationTypeInfo('hug' as never)).toThrow(/unknown relation type/);
  });
});
