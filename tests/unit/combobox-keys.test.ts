/** The keys of the actor search fields' suggestion lists (src/components/combobox-keys.ts). */
import { describe, expect, it } from 'vitest';
import { comboKey } from '../../src/components/combobox-keys';

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
