/**
 * The sweep's driver for Gmail (SweepDriver, mail-client.ts): Gmail's own search (a search is a
 * hash, #search/<query>, as Gmail's search box makes it), its result rows, opening a result the
 * way a click does, its "Mark as unread" button, and back to the results. Every wait is a
 * MutationObserver on the document with a bounded timeout; nothing polls.
 */
import { closestHook, findAll, findElement, SelectorError, type Hook } from '../dom';
import type { SweepDriver, SweepHit } from '../mail-client';
import { gmailSelectors as sel } from './gmail-selectors';
import { findOpenSubject, isShown } from './read-gmail-thread';
import { parseGmailDate } from './parse-gmail-date';

/** How long Gmail may take to show search results or open a conversation. */
const WAIT_MS = 10_000;

/** Resolves when `ready()` holds (checked on every DOM change), or rejects after WAIT_MS. */
function waitFor<T>(
  doc: Document,
  ready: () => T | undefined,
  what: Hook,
  signal: AbortSignal,
): Promise<T> {
  const now = ready();
  if (now !== undefined) return Promise.resolve(now);
  return new Promise<T>((resolve, reject) => {
    const stop = () => {
      observer.disconnect();
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
    };
    const observer = new MutationObserver(() => {
      const value = ready();
      if (value === undefined) return;
      stop();
      resolve(value);
    });
    const onAbort = () => {
      stop();
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      stop();
      const error = new SelectorError(what.name);
      reject(error);
    }, WAIT_MS);
    signal.addEventListener('abort', onAbort, { once: true });
    observer.observe(doc.body, { childList: true, subtree: true, attributes: true });
  });
}

/** The visible list (results) region, if one is shown and no conversation is open. */
function shownList(doc: Document): Element | undefined {
  if (findOpenSubject(doc)) return undefined;
  return findAll(doc, sel.conversationMain).find((main) => isShown(main) && !findOpenSubject(main));
}

function readRow(row: Element): SweepHit | undefined {
  const idEl = findElement(row, sel.listRowThread);
  const threadId = idEl?.getAttribute('data-legacy-thread-id')?.trim();
  if (!threadId || !/^[0-9a-f]+$/i.test(threadId)) return undefined;
  const title = findElement(row, sel.listRowDate)?.getAttribute('title') ?? '';
  const parsed = title ? parseGmailDate(title) : undefined;
  const hit: SweepHit = {
    threadId: `gmail:${threadId}`,
    subject: (idEl?.textContent ?? '').trim().slice(0, 300),
    unread: row.classList.contains('zE'),
  };
  if (parsed) hit.date = parsed.slice(0, 10);
  return hit;
}

export function createGmailSweep(doc: Document): SweepDriver {
  const win = doc.defaultView!;
  return {
    searchQuery({ since, words }) {
      const list = words.map((w) => (/\s/.test(w) ? `"${w}"` : w)).join(' OR ');
      return `in:sent after:${since.replace(/-/g, '/')} has:attachment (${list})`;
    },

    async search(query, signal) {
      const hash = `#search/${encodeURIComponent(query)}`;
      // The list shown before: Gmail renders the results a moment after the hash changes, and
      // until then the old list (the inbox) is still there with the same hooks.
      const before = shownList(doc);
      const beforeRow = before && findElement(before, sel.listRow);
      if (win.location.hash !== hash) win.location.hash = hash;
      const list = await waitFor(
        doc,
        () => {
          if (win.location.hash !== hash) return undefined;
          const shown = shownList(doc);
          if (!shown) return undefined;
          return shown !== before || findElement(shown, sel.listRow) !== beforeRow
            ? shown
            : undefined;
        },
        sel.conversationMain,
        signal,
      );
      const rows = findAll(list, sel.listRow);
      const hits = rows.map(readRow).filter((h): h is SweepHit => h !== undefined);
      if (rows.length > 0 && hits.length === 0) throw new SelectorError(sel.listRowThread.name);
      return hits;
    },

    async open(hit, signal) {
      const id = hit.threadId.replace(/^gmail:/, '');
      const list = shownList(doc);
      const row = list
        ? findAll(list, sel.listRow).find(
            (r) => findElement(r, sel.listRowThread)?.getAttribute('data-legacy-thread-id') === id,
          )
        : undefined;
      if (!row) throw new SelectorError(sel.listRow.name);
      (row as HTMLElement).click();
      await waitFor(
        doc,
        () => {
          const subject = findOpenSubject(doc);
          return subject?.getAttribute('data-legacy-thread-id') === id ? subject : undefined;
        },
        sel.threadSubject,
        signal,
      );
    },

    async markUnread(signal) {
      const subject = findOpenSubject(doc);
      const main = subject && closestHook(subject, sel.conversationMain);
      const button =
        (main && findElement<HTMLElement>(main, sel.markUnread)) ??
        findAll<HTMLElement>(doc, sel.markUnread).find(isShown);
      if (!button) return false;
      button.click();
      // Gmail goes back to the list once the conversation is marked unread.
      await waitFor(doc, () => (findOpenSubject(doc) ? undefined : true), sel.markUnread, signal);
      return true;
    },

    async close(signal) {
      if (!findOpenSubject(doc)) return;
      win.history.back();
      await waitFor(
        doc,
        () => (findOpenSubject(doc) ? undefined : true),
        sel.threadSubject,
        signal,
      );
    },
  };
}
