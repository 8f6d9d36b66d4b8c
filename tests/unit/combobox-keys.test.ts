/** The keys of the actor search fields' suggestion lists (src/components/combobox-keys.ts). */
import { describe, expect, it } from 'vitest';
import { applyComboKey, comboKey } from '../../src/components/combobox-keys';

describe('comboKey', () => {
  it('ArrowDown opens the list and moves down, wrapping; ArrowUp moves up, wrapping, and leaves the list as it is', () => {
    expect(comboKey('ArrowDown', false, 0, 3)).toEqual({ kind: 'move', active: 1, open: true });
    expect(comboKey('ArrowDown', true, 2, 3)).toEqual({ kind: 'move', active: 0, open: true });
    expect(comboKey('ArrowUp', true, 0, 3)).toEqual({ kind: 'move', active: 2, open: true });
    expect(comboKey('ArrowUp', false, 1, 3)).toEqual({ kind: 'move', active: 0, open: false });
    expect(comboKey('ArrowDown', true, 0, 0)).toEqual({ kind: 'move', active: 0, open: true });
  });

  it('Enter picks; Escape closes only an open list with suggestions; other keys do nothing', () => {
    expect(comboKey('Enter', false, 0, 2)).toEqual({ kind: 'pick' });
    expect(comboKey('Escape', true, 0, 2)).toEqual({ kind: 'close' });
    expect(comboKey('Escape', true, 0, 0)).toBeNull();
    expect(comboKey('Escape', false, 0, 2)).toBeNull();
    expect(comboKey('a', true, 0, 2)).toBeNull();
  });
});

describe('applyComboKey', () => {
  const key = (k: string) => {
    const calls: string[] = [];
    const event = { key: k, preventDefault: () => calls.push('prevent'), stopPropagation: () => calls.push('stop') } as unknown as KeyboardEvent;
    return { event, calls };
  };

  it('moves and picks, consuming the key; Escape closes and stops there', () => {
    const down = key('ArrowDown');
    expect(applyComboKey(down.event, false, 0, 3, true)).toEqual({ open: true, active: 1, pick: false });
    expect(down.calls).toEqual(['prevent']);
    const enter = key('Enter');
    expect(applyComboKey(enter.event, true, 2, 3, false)).toEqual({ open: true, active: 2, pick: true });
    expect(enter.calls).toEqual(['prevent']);
    const escape = key('Escape');
    expect(applyComboKey(escape.event, true, 1, 3, true)).toEqual({ open: false, active: 1, pick: false });
    expect(escape.calls).toEqual(['stop']);
  });

  it('Enter with the list closed picks only where the field asks for it, and leaves the key alone otherwise', () => {
    const search = key('Enter');
    expect(applyComboKey(search.event, false, 0, 2, true)).toEqual({ open: false, active: 0, pick: true });
    const pathField = key('Enter');
    expect(applyComboKey(pathField.event, false, 0, 2, false)).toBeNull();
    expect(pathField.calls).toEqual([]);
    expect(applyComboKey(key('x').event, true, 0, 2, true)).toBeNull();
  });
});
