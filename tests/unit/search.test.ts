import { describe, expect, it } from 'vitest';
import { buildSearchIndex, foldText, searchActors } from '../../src/model/search';
import { fixtureGraph } from '../fixtures/explorer';

describe('foldText', () => {
  it('ignores case, diacritics and punctuation', () => {
    expect(foldText('Łukašenka')).toBe('lukasenka');
    expect(foldText('  U.S.  ')).toBe('us');
    expect(foldText('Tsikhanouskaya’s')).toBe('tsikhanouskayas');
    expect(foldText('Zelenskyy—Kyiv')).toBe('zelenskyy kyiv');
  });
});

describe('searchActors', () => {
  const index = buildSearchIndex(fixtureGraph());

  it('finds an actor by an alias and says which alias matched', () => {
    const [first] = searchActors(index, 'Lukashenka');
    expect(first).toMatchObject({ id: 'luka', label: 'Alexander Lukashenko', matched: 'Lukashenka' });
  });

  it('matches case- and diacritics-insensitively', () => {
    expect(searchActors(index, 'lukasenka')[0]?.id).toBe('luka');
    expect(searchActors(index, 'ŁUKAŠENKA')[0]?.id).toBe('luka');
    expect(searchActors(index, 'tikhanovskaya')[0]?.id).toBe('tikh');
  });

  it('ranks the label before an alias, and an exact name before a prefix', () => {
    expect(searchActors(index, 'Belarus').map((h) => h.id)).toEqual(['by', 'opp']);
    expect(searchActors(index, 'belarus')[0]).not.toHaveProperty('matched');
    expect(searchActors(index, 'us')[0]?.id).toBe('us');
  });

  it('matches the start of any word and anywhere inside', () => {
    expect(searchActors(index, 'kellogg').map((h) => h.id)).toEqual(['kellogg']);
    expect(searchActors(index, 'union').map((h) => h.id)).toEqual(['eu']);
    expect(searchActors(index, 'remlin').map((h) => h.id)).toEqual(['ru']);
  });

  it('finds nothing for an empty query and respects the limit', () => {
    expect(searchActors(index, '   ')).toEqual([]);
    expect(searchActors(index, 'e', 3)).toHaveLength(3);
  });
});
