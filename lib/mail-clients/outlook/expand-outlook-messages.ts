/**
 * "Read all messages" in Outlook: opens the older items Outlook folds ("See 2 more messages")
 * and expands every collapsed item through Outlook's own controls, the way the person would by
 * clicking them, then waits (one MutationObserver on the reading region, at most
 * EXPAND_WAIT_MS) until their bodies render. Resolves with a restore function that collapses
 * again what it expanded; folded items stay unfolded, as Outlook offers no way to fold them back.
 */
import { closestHook, findAll, findElement } from '../dom';
import { OUTLOOK_SELECTORS as S } from './outlook-selectors';
import { foldedOlderItems, messageIdOf } from './read-outlook-thread';

export const EXPAND_WAIT_MS = 2000;
/** Outlook renders an expanded item in several steps: look again this long after a mutation. */
const RECHECK_MS = 50;

interface ItemState {
  time: HTMLElement;
  item: HTMLElement;
  id: string | undefined;
  expanded: boolean;
}

function items(pane: ParentNode): ItemState[] {
  return findAll(pane, S.messageTime).flatMap((time) => {
    const item = closestHook(time, S.messageItem);
    if (!item) return [];
    const expanded =
      item.getAttribute('aria-expanded') === 'true' && !!findElement(item, S.messageBody);
    return [{ time, item, id: messageIdOf(time), expanded }];
  });
}

/** Outlook toggles an item from its header: a collapsed item is its header; in an expanded one, the time line. */
const toggle = (s: ItemState): void =>
  (s.item.getAttribute('aria-expanded') === 'true' ? s.time : s.item).click();

export function expandOutlookMessages(doc: Document): Promise<() => void> {
  const region = findElement(doc, S.readCompose);
  const paneNow = region && findElement(region, S.readingPane);
  if (!region || !paneNow) return Promise.resolve(() => undefined);
  const expandedByUs = new Set<string>();
  const clicked = new Set<Element>();

  const step = (): boolean => {
    const folded = findElement(region, S.readingPane);
    if (!folded) return true;
    const folds = foldedOlderItems(folded);
    for (const { control } of folds) {
      if (clicked.has(control)) continue;
      clicked.add(control);
      control.click();
    }
    // Outlook may have rendered the unfolded items (and a new pane) within the click.
    const pane = findElement(region, S.readingPane);
    if (!pane) return true;
    let pending = foldedOlderItems(pane).length > 0;
    for (const s of items(pane)) {
      if (s.expanded) continue;
      pending = true;
      if (s.item.getAttribute('aria-expanded') === 'true' || clicked.has(s.item)) continue; // rendering
      clicked.add(s.item);
      if (s.id) expandedByUs.add(s.id);
      toggle(s);
    }
    return !pending;
  };

  const restore = (): void => {
    const pane = findElement(region, S.readingPane);
    if (!pane) return;
    for (const s of items(pane))
      if (s.id && expandedByUs.has(s.id) && s.item.getAttribute('aria-expanded') === 'true')
        toggle(s);
    expandedByUs.clear();
  };

  return new Promise((resolve) => {
    if (step()) return resolve(restore);
    let recheck: ReturnType<typeof setTimeout> | undefined;
    const finish = (): void => {
      observer.disconnect();
      clearTimeout(recheck);
      clearTimeout(deadline);
      resolve(restore);
    };
    // Look again after Outlook's next mutations, and once in any case: what the first clicks
    // rendered synchronously came before the observer.
    const later = (): void => {
      if (recheck !== undefined) return;
      recheck = setTimeout(() => {
        recheck = undefined;
        if (step()) finish();
      }, RECHECK_MS);
    };
    const observer = new MutationObserver(later);
    const deadline = setTimeout(finish, EXPAND_WAIT_MS);
    observer.observe(region, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['aria-expanded'],
    });
    later();
  });
}
