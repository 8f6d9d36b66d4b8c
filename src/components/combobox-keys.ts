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
