/**
 * Follows Outlook's pushState navigation without polling: one MutationObserver on the reading
 * region (role=main, data-app-section=MailReadCompose), which Outlook re-renders whenever
 * another conversation opens, plus popstate for back/forward. Until the region exists (app
 * boot, or back from Calendar) a short-lived body observer waits for it, checking at most once
 * per debounce interval, and disconnects as soon as the region is there. Only a change of what
 * the sidebar reads (conversation, URL, messages, expanded bodies) is reported.
 */
import { findAll, findElement } from '../dom';
import { OUTLOOK_SELECTORS as S } from './outlook-selectors';

const DEBOUNCE_MS = 120;

/** Typing in a reply editor changes nothing the sidebar reads. */
function onlyEditorTyping(records: MutationRecord[]): boolean {
  return records.every((r) => {
    const el = r.target.nodeType === 1 ? (r.target as Element) : r.target.parentElement;
    return !!el?.closest('[contenteditable=true]');
  });
}

/** A cheap summary of what the reader would read; equal summaries mean nothing to re-read. */
function fingerprint(doc: Document, region: Element | undefined): string {
  const pane = region && findElement(region, S.readingPane);
  return [
    doc.location.pathname,
    findElement(doc, S.selectedConversationRow)?.getAttribute('data-convid') ?? '',
    region ? (findElement(region, S.subject)?.getAttribute('title') ?? '') : '',
    pane ? findAll(pane, S.messageTime).length : -1,
    pane ? findAll(pane, S.messageBody).length : -1,
  ].join('|');
}

export function watchOutlookPane(doc: Document, onChange: () => void, signal: AbortSignal): void {
  const win = doc.defaultView;
  if (!win || signal.aborted) return;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let region: Element | undefined;
  let regionObserver: MutationObserver | undefined;
  let bootObserver: MutationObserver | undefined;
  let last = '';

  // One check per burst: the first mutation disconnects the observer and schedules the check,
  // which reconnects it. Outlook renders in hundreds of small tasks; an observer left connected
  // costs every one of them a callback into this world plus, for each node removed from the
  // observed subtree, a transient registration (bench/outlook.bench.ts: ~110 µs per burst).
  // The check compares what is shown, so nothing that happened meanwhile is missed.
  const fire = (): void => {
    if (timer !== undefined || signal.aborted) return;
    regionObserver?.disconnect();
    timer = setTimeout(() => {
      timer = undefined;
      if (signal.aborted) return;
      attach(); // reconnect, to a new region if Outlook swapped the whole region meanwhile
      const now = fingerprint(doc, region);
      if (now === last) return;
      last = now;
      onChange();
    }, DEBOUNCE_MS);
  };

  const attach = (): void => {
    regionObserver?.disconnect();
    region = findElement(doc, S.readCompose);
    if (!region) {
      waitForRegion();
      return;
    }
    regionObserver ??= new MutationObserver((records) => {
      if (!onlyEditorTyping(records)) fire();
    });
    regionObserver.observe(region, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-expanded'] });
  };

  const waitForRegion = (): void => {
    if (bootObserver) return;
    let pending = false;
    bootObserver = new MutationObserver(() => {
      if (pending) return;
      pending = true;
      setTimeout(() => {
        pending = false;
        if (signal.aborted || !findElement(doc, S.readCompose)) return;
        bootObserver?.disconnect();
        bootObserver = undefined;
        attach();
        fire();
      }, DEBOUNCE_MS);
    });
    bootObserver.observe(doc.body, { childList: true, subtree: true });
  };

  attach();
  last = fingerprint(doc, region);
  win.addEventListener('popstate', fire, { signal });
  signal.addEventListener('abort', () => {
    clearTimeout(timer);
    regionObserver?.disconnect();
    bootObserver?.disconnect();
  });
}
