/**
 * The Gmail MailClient: reads the open conversation from the live page, follows Gmail's
 * single-page navigation (hashchange plus one debounced MutationObserver on the mail area,
 * re-reading only when the open thread or its messages change), and fills Gmail's own reply
 * editor. Never sends.
 */
import { anyCss, censorHtml, findAll, findElement, SelectorError } from '../dom';
import { insertAsTyped } from '../insert-as-typed';
import type { MailClient, OpenThread } from '../mail-client';
import { waitForElement } from '../wait-for-element';
import { gmailSelectors as sel } from './gmail-selectors';
import { findOpenSubject, isShown, readGmailThread } from './read-gmail-thread';

/**
 * After navigation (a hash change) the open conversation is checked this soon, and again this
 * soon while Gmail goes on rendering it; also how long Gmail takes to render opened bundles.
 */
const NAVIGATION_SETTLE_MS = 60;
/**
 * Gmail mutates in bursts (lists, hovercards, counters) that seldom change what the sidebar
 * shows: a change that comes without navigation (a message arrives or is expanded) is checked
 * this long after the burst's first mutation, and while the churn goes on without changing what
 * is shown, each check waits twice as long as the one before, up to MAX_SETTLE_MS. Every check
 * cycle costs the page a callback and a timer in this world plus a fingerprint of the
 * conversation (bench/gmail.bench.ts); under Gmail's constant churn that is about one cycle a
 * second and a half, and a new message shows in the sidebar within that time.
 */
const SETTLE_MS = 200;
const MAX_SETTLE_MS = 1600;

export interface GmailClientOptions {
  /** The owner's aliases (settings), read at every call so a change applies at once. */
  aliases?: () => readonly string[];
}

function openConversation(doc: Document): Element | undefined {
  return findOpenSubject(doc)?.closest(anyCss(sel.conversationMain)) ?? undefined;
}

/**
 * A cheap fingerprint of what the sidebar shows: thread id, messages, expanded bodies. It looks
 * only inside `root`, the row the watcher observes, never the whole document.
 */
function fingerprint(root: ParentNode): string {
  const main = findOpenSubject(root)?.closest(anyCss(sel.conversationMain));
  if (!main) return '';
  const id = findElement(main, sel.threadSubject)?.getAttribute('data-legacy-thread-id') ?? '';
  return `${id}|${findAll(main, sel.message).length}|${findAll(main, sel.messageBody).length}|${findAll(main, sel.messageDate).length}`;
}

export function createGmailClient(
  doc: Document = document,
  opts: GmailClientOptions = {},
): MailClient {
  return {
    name: 'gmail',

    readOpenThread(): OpenThread | undefined {
      const main = openConversation(doc);
      if (!main) return undefined;
      try {
        return readGmailThread(doc, { aliases: opts.aliases?.() ?? [] });
      } catch (error) {
        // For whoever updates the selectors: the layout's skeleton, never its text or addresses.
        if (error instanceof SelectorError)
          console.debug(`[unghost] gmail ${error.selectorName} missing in`, censorHtml(main, 10));
        throw error;
      }
    },

    watchOpenThread(onChange, { signal }) {
      // The narrowest root that holds both the inbox and the conversation views, found again
      // only when Gmail has replaced it.
      let root: Element | undefined;
      const watched = (): ParentNode => {
        if (!root?.isConnected) root = findElement(doc, sel.sidebarRow);
        return root ?? doc.body;
      };
      let last = fingerprint(watched());
      let timer: ReturnType<typeof setTimeout> | undefined;
      let settle = NAVIGATION_SETTLE_MS;
      let connectedAt = 0;
      const observer = new MutationObserver(() => schedule());
      const observe = () => {
        observer.observe(watched() as Node, { childList: true, subtree: true });
        connectedAt = performance.now();
      };
      const check = () => {
        timer = undefined;
        observe();
        const now = fingerprint(watched());
        if (now !== last) {
          last = now;
          settle = NAVIGATION_SETTLE_MS;
          onChange();
        } else settle = Math.min(settle * 2, MAX_SETTLE_MS);
      };
      // The first mutation of a burst disconnects the observer until the check runs: Gmail
      // mutates in hundreds of small tasks and each callback would cost a trip into this world.
      // The check compares what is shown, so nothing that happened meanwhile is missed.
      const wait = (ms: number) => {
        observer.disconnect();
        timer = setTimeout(check, ms);
      };
      // A mutation right after the observer came back means the same churn goes on (keep the
      // longer wait); one after a quiet spell starts a new burst (check at SETTLE_MS).
      const schedule = () => {
        if (timer || signal.aborted) return;
        if (performance.now() - connectedAt > settle) settle = SETTLE_MS;
        wait(settle);
      };
      // Navigation: check soon, even when a slower check of Gmail's churn is already due.
      const navigate = () => {
        if (signal.aborted) return;
        clearTimeout(timer);
        settle = NAVIGATION_SETTLE_MS;
        wait(settle);
      };
      observe();
      doc.defaultView?.addEventListener('hashchange', navigate, { signal });
      signal.addEventListener('abort', () => {
        observer.disconnect();
        clearTimeout(timer);
      });
    },

    async expandMessages() {
      const restore = () => undefined;
      const main = openConversation(doc);
      if (!main) return restore;
      // Bundles first: they open into collapsed messages, which are expanded once they render.
      findAll<HTMLElement>(main, sel.messageBundleBar).forEach((bar) => bar.click());
      const expandCollapsed = () =>
        findAll<HTMLElement>(main, sel.collapsedMessage).forEach((m) => m.click());
      expandCollapsed();
      setTimeout(expandCollapsed, NAVIGATION_SETTLE_MS);
      return restore;
    },

    sidebarAnchor() {
      return findElement(doc, sel.sidebarRow);
    },

    async insertReply(text) {
      const main = openConversation(doc);
      if (!main) throw new SelectorError(sel.threadSubject.name);
      let editor = findElement<HTMLElement>(main, sel.replyEditor);
      if (!editor) {
        // The reply bar can exist several times, some hidden: the visible one is Gmail's.
        const buttons = findAll<HTMLElement>(main, sel.replyButton);
        const reply = buttons.find(isShown);
        if (!reply)
          throw new SelectorError(buttons.length ? sel.replyBar.name : sel.replyButton.name);
        reply.click();
        editor = await waitForElement<HTMLElement>(main, sel.replyEditor);
      }
      insertAsTyped(editor, text);
    },
  };
}
