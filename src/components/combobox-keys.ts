/**
 * The keys of an actor search field's suggestion list, once for "Search actors" and the Path
 * tool's fields: ArrowDown opens the list and moves down, ArrowUp moves up (both wrap), Enter picks
 * the active suggestion (or the first), Escape closes an open list without leaving the field.
 */
export type ComboKey =
  { readonly kind: 'move'; readonly active: number; readonly open: boolean } | { readonly kind: 'pick' } | { readonly kind: 'close' } | null;

export function comboKey(key: string, open: boolean, active: number, count: number): ComboKey {
  const wrap = (i: number): number => (count === 0 ? 0 : (i + count) % count);
  if (key === 'ArrowDown') return { kind: 'move', active: wrap(active + 1), open: true };
  if (key === 'ArrowUp') return { kind: 'move', active: wrap(active - 1), open };
  if (key === 'Enter') return { kind: 'pick' };
  if (key === 'Escape' && open && count > 0) return { kind: 'close' };
  return null;
}

/** A field's list as a key leaves it, and whether the key picks the active suggestion. */
export interface ComboState {
  readonly open: boolean;
  readonly active: number;
  readonly pick: boolean;
}

/**
 * Applies a key to a field's list: the event is consumed where the key acts (Escape stops there,
 * so the page's own Escape does not also clear the selection). `pickWhenClosed`: whether Enter
 * picks with the list closed ("Search actors" does; a Path field leaves Enter to its form).
 * Null when the key does nothing here.
 */
export function applyComboKey(event: KeyboardEvent, open: boolean, active: number, count: number, pickWhenClosed: boolean): ComboState | null {
  const action = comboKey(event.key, open, active, count);
  if (action === null || (action.kind === 'pick' && !open && !pickWhenClosed)) return null;
  if (action.kind === 'close') {
    event.stopPropagation();
    return { open: false, active, pick: false };
  }
  event.preventDefault();
  return action.kind === 'move' ? { open: action.open, active: action.active, pick: false } : { open, active, pick: true };
}
