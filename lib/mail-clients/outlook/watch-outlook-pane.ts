/**
 * Follows Outlook's pushState navigation without polling: one MutationObserver on the reading
 * region (role=main, data-app-section=MailReadCompose), which Outlook re-renders whenever
 * another conversation opens, plus popstate for back/forward. Until the region exists (app
 * boot, or back from Calendar) a short-lived body observer waits for it and disconnects as soon
 * as it is there. Only a change of what the sidebar reads (conversation, URL, messages,
 * expanded bodies, folded items) is reported.
 *
 * Paced like the Gmail watcher (lib/mail-clients/gmail/gmail-client.ts): the first mutation of
 * a burst disconnects the observer and schedules one check, which reconnects it. Navigation (a
 * click or key on a message-list row, popstate, or a burst that comes with a new URL: Outlook
 * pushes the conversation's /id/ before it renders it) is checked NAVIGATION_SETTLE_MS after,
 * and again as soon while the conversation goes on rendering; a burst without one (a message arrives or is expanded, or Outlook merely
 * re-renders) SETTLE_MS after, doubling up to MAX_SETTLE_MS while the churn goes on without
 * changing anything. Each check costs a fingerprint looked up inside the region only.
 */
import { closestHook, findAll, findElement } from '../dom';
import { OUTLOOK_SELECTORS as S } from './outlook-selectors';

export const NAVIGATION_SETTLE_MS = 60;
export const SETTLE_MS = 200;
export const MAX_SETTLE_MS = 1600;

/** Typing in a reply editor changes nothing the sidebar reads. */
function onlyEditorTyping(records: MutationRecord[]): boolean {
  return records.every((r) => {
    const el = r.target.nodeType === 1 ? (r.target as Element) : r.target.parentElement;
    return !!el && !!closestHook(el, S.replyEditor);
  });
}

/** A cheap summary of what the reader would read, inside the region only. */
function fingerprint(path: string, region: Element | undefined): string {
  const pane = region && findElement(region, S.readingPane);
  if (!region || !pane) return `${path}|-`;
  return [
    path,
    findElement(region, S.subject)?.getAttribute('title') ?? '',
    findAll(pane, S.messageTime).length,
    findAll(pane, S.messageBody).length,
    findAll(pane, S.olderItems).length,
  ].join('|');
}

export function watchOutlookPane(doc: Document, onChange: () => void, signal: AbortSignal): void {
  const win = doc.defaultView;
  if (!win || signal.aborted) return;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let region: Element | undefined;
  let bootObserver: MutationObserver | undefined;
  let settle = NAVIGATION_SETTLE_MS;
  let connectedAt = 0;
  let path = doc.location.pathname;
  let last = '';

  const check = (): void => {
    timer = undefined;
    if (signal.aborted) return;
    attach(); // reconnect, to a new region if Outlook swapped the whole region meanwhile
    path = doc.location.pathname;
    const now = fingerprint(path, region);
    if (now !== last) {
      last = now;
      settle = NAVIGATION_SETTLE_MS; // it may go on rendering: look again soon
      onChange();
    } else settle = Math.min(settle * 2, MAX_SETTLE_MS);
  };
  const wait = (ms: number): void => {
    regionObserver.disconnect();
    clearTimeout(timer);
    timer = setTimeout(check, ms);
  };
  /** A burst's first mutation: navigation when the URL moved, else churn (paced). */
  const schedule = (): void => {
    if (timer !== undefined || signal.aborted) return;
    if (doc.location.pathname !== path) return navigate();
    // A mutation right after the observer came back means the same churn goes on (keep the
    // longer wait); one after a quiet spell starts a new burst.
    if (performance.now() - connectedAt > settle) settle = SETTLE_MS;
    wait(settle);
  };
  const navigate = (): void => {
    if (signal.aborted) return;
    settle = NAVIGATION_SETTLE_MS;
    wait(settle);
  };

  const regionObserver = new MutationObserver((records) => {
    if (!onlyEditorTyping(records)) schedule();
  });

  const attach = (): void => {
    regionObserver.disconnect();
    region = findElement(doc, S.readCompose);
    if (!region) {
      waitForRegion();
      return;
    }
    regionObserver.observe(region, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['aria-expanded'],
    });
    connectedAt = performance.now();
  };

  // Boot: the first mutation disconnects the body observer; one look for the region a little
  // later, observing again if it is not there yet.
  const waitForRegion = (): void => {
    if (bootObserver || signal.aborted) return;
    const observer = new MutationObserver(() => {
      observer.disconnect();
      setTimeout(() => {
        if (signal.aborted || bootObserver !== observer) return;
        if (!findElement(doc, S.readCompose))
          return observer.observe(doc.body, { childList: true, subtree: true });
        bootObserver = undefined;
        navigate();
      }, NAVIGATION_SETTLE_MS);
    });
    bootObserver = observer;
    observer.observe(doc.body, { childList: true, subtree: true });
  };

  // Opening a conversation from the message list (click, or the keyboard on a row) is
  // navigation, even while a slower check of Outlook's churn is due and the observer is off.
  const onUserOpen = (event: Event): void => {
    const target = event.target;
    if (target instanceof Element && closestHook(target, S.conversationRow)) navigate();
  };

  attach();
  last = fingerprint(path, region);
  win.addEventListener('popstate', navigate, { signal });
  doc.addEventListener('click', onUserOpen, { capture: true, signal });
  doc.addEventListener('keydown', onUserOpen, { capture: true, signal });
  signal.addEventListener('abort', () => {
    clearTimeout(timer);
    regionObserver.disconnect();
    bootObserver?.disconnect();
  });
}
