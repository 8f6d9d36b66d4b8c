import { describe, expect, it } from 'vitest';
import { MAX_NAME_LENGTH, MAX_VIEWS, SAVED_VIEWS_KEY, SavedViewsStore, cleanName, readSavedViews, type KeyValueStorage } from '../../src/model/saved-views';

function memoryStorage(initial?: string): KeyValueStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  if (initial !== undefined) data.set(SAVED_VIEWS_KEY, initial);
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
}

const NOW = new Date('2026-12-04T19:00:00Z');
const VIEWPORT = { zoom: 1.5, pan: { x: -120, y: 40.5 } };
const good = { name: 'Lawfare on Lukashenko', hash: '#view=one:lawfare&actor=lukashenko', viewport: VIEWPORT, savedAt: NOW.toISOString() };

describe('saved views: the store', () => {
  it('saves, lists newest first, finds by name ignoring case, and survives a reload', () => {
    const storage = memoryStorage();
    const store = new SavedViewsStore(storage);
    expect(store.save('  Lawfare   view ', '#view=one:lawfare', VIEWPORT, NOW)).toEqual({ ok: true, message: 'Saved the view “Lawfare view”.' });
    expect(store.save('Everything', '', null, new Date('2026-12-04T19:05:00Z')).ok).toBe(true);
    expect(store.views.map((v) => v.name)).toEqual(['Everything', 'Lawfare view']);
    expect(store.find('LAWFARE VIEW')?.hash).toBe('#view=one:lawfare');

    const again = new SavedViewsStore(storage);
    expect(again.problems).toEqual([]);
    expect(again.views).toEqual(store.views);
    expect(again.find('lawfare view')).toEqual({ name: 'Lawfare view', hash: '#view=one:lawfare', viewport: VIEWPORT, savedAt: NOW.toISOString() });
  });

  it('replaces a view saved under the same name instead of keeping two', () => {
    const store = new SavedViewsStore(memoryStorage());
    store.save('A', '#view=one:lawfare', null, NOW);
    expect(store.save('a', '#view=one:quincy', null, NOW).message).toBe('Replaced the view “a”.');
    expect(store.views).toHaveLength(1);
    expect(store.views[0]?.hash).toBe('#view=one:quincy');
  });

  it('renames and deletes, refusing an empty name, a clash and an unknown view', () => {
    const storage = memoryStorage();
    const store = new SavedViewsStore(storage);
    store.save('One', '#view=one:lawfare', null, NOW);
    store.save('Two', '#view=one:quincy', null, NOW);
    expect(store.rename('One', '   ').ok).toBe(false);
    expect(store.rename('One', 'two')).toEqual({ ok: false, message: 'There is already a view “Two”.' });
    expect(store.rename('Nine', 'Ten').ok).toBe(false);
    expect(store.rename('One', 'ONE').ok).toBe(true);
    expect(store.rename('one', 'First')).toEqual({ ok: true, message: 'Renamed “ONE” to “First”.' });
    expect(new SavedViewsStore(storage).views.map((v) => v.name)).toEqual(['Two', 'First']);
    expect(store.delete('two')).toEqual({ ok: true, message: 'Deleted the view “Two”.' });
    expect(store.delete('two').ok).toBe(false);
    expect(new SavedViewsStore(storage).views.map((v) => v.name)).toEqual(['First']);
  });

  it('refuses a nameless view, a hash that is not one, an unusable zoom, and more than the maximum of views', () => {
    const store = new SavedViewsStore(memoryStorage());
    expect(store.save(' \n ', '#view=one:lawfare', null, NOW)).toEqual({ ok: false, message: 'Give the view a name.' });
    expect(store.save('x', 'view=one:lawfare', null, NOW).ok).toBe(false);
    expect(store.save('x', '#a', { zoom: Number.NaN, pan: { x: 0, y: 0 } }, NOW).ok).toBe(false);
    for (let i = 0; i < MAX_VIEWS; i++) expect(store.save(`v${i}`, '', null, NOW).ok).toBe(true);
    expect(store.save('one more', '', null, NOW).ok).toBe(false);
    expect(store.save('v3', '#view=one:quincy', null, NOW).ok).toBe(true);
    expect(store.views).toHaveLength(MAX_VIEWS);
  });

  it('keeps working, and says so, when the browser refuses to store or to read', () => {
    const full: KeyValueStorage = {
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    const store = new SavedViewsStore(full);
    const result = store.save('A', '', null, NOW);
    expect(result.ok).toBe(true);
    expect(result.message).toMatch(/would not store it/);
    expect(store.views).toHaveLength(1);

    const locked = new SavedViewsStore({
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => undefined,
    });
    expect(locked.views).toEqual([]);
    expect(locked.problems).toEqual(['The browser would not let this page read its saved views.']);
    expect(new SavedViewsStore(undefined).save('A', '', null, NOW).message).toMatch(/no storage/);
  });
});

describe('saved views: hostile storage content', () => {
  it.each([
    ['not JSON', '{views: [', /not JSON/],
    ['a bare array', JSON.stringify([good]), /not in a form/],
    ['views not a list', JSON.stringify({ views: { a: good } }), /not in a form/],
    ['null', 'null', /not in a form/],
    ['huge text', JSON.stringify({ views: [good], pad: 'x'.repeat(500_000) }), /too large/],
  ])('sets aside %s with a message and no exception', (_label, text, message) => {
    const read = readSavedViews(text);
    expect(read.views).toEqual([]);
    expect(read.problems).toHaveLength(1);
    expect(read.problems[0]).toMatch(message);
  });

  it('drops each bad entry with a message naming it, and keeps the good ones', () => {
    const entries: unknown[] = [
      good,
      42,
      null,
      { ...good, name: '   ' },
      { ...good, name: 'No hash', hash: 17 },
      { ...good, name: 'Plain text hash', hash: 'javascript:alert(1)' },
      { ...good, name: 'Long hash', hash: `#${'a'.repeat(10_000)}` },
      { ...good, name: 'Infinite zoom', viewport: { zoom: 1e308 * 10, pan: { x: 0, y: 0 } } },
      { ...good, name: 'Negative zoom', viewport: { zoom: -1, pan: { x: 0, y: 0 } } },
      { ...good, name: 'String pan', viewport: { zoom: 1, pan: { x: '0', y: 0 } } },
      { ...good, name: 'Far pan', viewport: { zoom: 1, pan: { x: 1e12, y: 0 } } },
      { ...good, name: 'Bad time', savedAt: 'yesterday' },
      { ...good, name: 'LAWFARE ON LUKASHENKO' },
      { ...good, name: `${'long '.repeat(100)}name`, viewport: null },
      { ...good, name: 'No viewport', viewport: undefined, extra: { nested: true } },
    ];
    const read = readSavedViews(JSON.stringify({ views: entries }));
    expect(read.views.map((v) => v.name)).toEqual([good.name, 'long '.repeat(16).trim(), 'No viewport']);
    expect(read.views[1]?.name.length).toBeLessThanOrEqual(MAX_NAME_LENGTH);
    expect(read.views[2]).toEqual({ name: 'No viewport', hash: good.hash, viewport: null, savedAt: good.savedAt });
    expect(read.problems).toEqual([
      'Saved view 2 dropped: not an object.',
      'Saved view 3 dropped: not an object.',
      'Saved view 4 dropped: no name.',
      'Saved view 5 dropped: “No hash”: no URL hash.',
      'Saved view 6 dropped: “Plain text hash”: no URL hash.',
      'Saved view 7 dropped: “Long hash”: its URL hash is too long.',
      'Saved view 8 dropped: “Infinite zoom”: its zoom or pan is not a usable number.',
      'Saved view 9 dropped: “Negative zoom”: its zoom or pan is not a usable number.',
      'Saved view 10 dropped: “String pan”: its zoom or pan is not a usable number.',
      'Saved view 11 dropped: “Far pan”: its zoom or pan is not a usable number.',
      'Saved view 12 dropped: “Bad time”: no valid time.',
      'Saved view 13 dropped: “LAWFARE ON LUKASHENKO” is there twice.',
    ]);
  });

  it('a store over hostile content starts with what it could read and reports the rest', () => {
    const storage = memoryStorage(JSON.stringify({ views: [good, { name: 'x' }] }));
    const store = new SavedViewsStore(storage);
    expect(store.views.map((v) => v.name)).toEqual([good.name]);
    expect(store.problems).toEqual(['Saved view 2 dropped: “x”: no URL hash.']);
    // The next change writes back only what was read.
    store.save('New', '', null, NOW);
    expect(readSavedViews(storage.data.get(SAVED_VIEWS_KEY) ?? null)).toEqual({ views: store.views, problems: [] });
  });

  it('cleans names: control characters and runs of white space folded, trimmed, capped', () => {
    expect(cleanName('\u0000a\tb\n\nc  ')).toBe('a b c');
    expect([...cleanName('é'.repeat(200))]).toHaveLength(MAX_NAME_LENGTH);
  });
});
