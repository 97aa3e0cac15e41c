/**
 * The popup's list by keyboard: the arrow keys move between rows (to each row's customer, whose
 * button opens the conversation on Enter), and `/` jumps to the search box. Controls that use
 * the arrow keys themselves (a select, a date field) keep them.
 */

const ROW = '[data-testid=thread-row]';
/** The element of a row that takes focus: the customer's button, or their name when there is no link. */
export const ROW_FOCUS = 'data-row-focus';

const typing = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName));

export function moveBetweenRows(
  e: KeyboardEvent,
  list: HTMLElement,
  search: HTMLInputElement | null,
): void {
  if ((e.key !== 'ArrowDown' && e.key !== 'ArrowUp') || e.altKey || e.ctrlKey || e.metaKey) return;
  const fromSearch = e.target === search;
  if (typing(e.target) && !fromSearch) return;
  const rows = [...list.querySelectorAll<HTMLElement>(ROW)];
  const current = fromSearch ? -1 : rows.findIndex((row) => row.contains(e.target as Node | null));
  if (current === -1 && !fromSearch) return;
  const next = rows[e.key === 'ArrowDown' ? current + 1 : current - 1];
  const target =
    next?.querySelector<HTMLElement>(`[${ROW_FOCUS}]`) ??
    (e.key === 'ArrowUp' && current === 0 ? search : null);
  if (!target) return;
  e.preventDefault(); // no scrolling: focus moves, and the browser scrolls the row into view
  target.focus();
}

export function focusSearchOnSlash(e: KeyboardEvent, search: HTMLInputElement | null): void {
  if (e.key !== '/' || e.altKey || e.ctrlKey || e.metaKey || typing(e.target) || !search) return;
  e.preventDefault(); // the slash is a shortcut here, not a character to type
  search.focus();
}
