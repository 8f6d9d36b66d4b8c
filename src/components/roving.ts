/**
 * Roving focus for long keyboard lists (actors, relations): one item is in the tab order, the
 * arrow keys, Home and End move between items, so a keyboard user does not tab through 120 rows.
 */
export function rovingKeydown(event: KeyboardEvent, container: HTMLElement | undefined, selector: string): void {
  if (!container) return;
  const keys = ['ArrowDown', 'ArrowUp', 'Home', 'End', 'PageDown', 'PageUp'];
  if (!keys.includes(event.key)) return;
  const items = [...container.querySelectorAll<HTMLElement>(selector)];
  if (items.length === 0) return;
  const current = items.indexOf(document.activeElement as HTMLElement);
  let next = current;
  if (event.key === 'ArrowDown') next = Math.min(items.length - 1, current + 1);
  else if (event.key === 'ArrowUp') next = Math.max(0, current - 1);
  else if (event.key === 'Home') next = 0;
  else if (event.key === 'End') next = items.length - 1;
  else if (event.key === 'PageDown') next = Math.min(items.length - 1, current + 10);
  else if (event.key === 'PageUp') next = Math.max(0, current - 10);
  event.preventDefault();
  const target = items[next];
  if (!target) return;
  for (const item of items) item.tabIndex = -1;
  target.tabIndex = 0;
  target.focus();
}

/** Scrolls the list item for this id (its `data-id`) into view, as little as needed. */
export function scrollItemIntoView(container: HTMLElement | undefined, id: string | undefined): void {
  if (!container || id === undefined) return;
  container.querySelector<HTMLElement>(`[data-id="${CSS.escape(id)}"]`)?.scrollIntoView({ block: 'nearest' });
}
