/**
 * The Gmail MailClient: reads the open conversation from the live page, follows Gmail's
 * single-page navigation (hashchange plus one debounced MutationObserver on the mail area,
 * re-reading only when the open thread or its messages change), and fills Gmail's own reply
 * editor. Never sends.
 */
import { censorHtml, expectElement, findAll, findElement, SelectorError } from '../dom';
import { insertAsTyped } from '../insert-as-typed';
import type { MailClient, OpenThread } from '../mail-client';
import { waitForElement } from '../wait-for-element';
import { gmailSelectors as sel } from './gmail-selectors';
import { findOpenSubject, readGmailThread } from './read-gmail-thread';

/** Mutations arrive in bursts (Gmail re-renders lists and hovercards); one check per burst. */
const SETTLE_MS = 60;
/**
 * While Gmail keeps churning without changing what the sidebar shows, each check waits twice as
 * long as the one before, up to this: every check cycle costs the page two calls into this
 * world (bench/gmail.bench.ts). Navigation, a change found, or a quiet page go back to SETTLE_MS.
 */
const MAX_SETTLE_MS = 480;

export interface GmailClientOptions {
  /** The owner's aliases (settings), read at every call so a change applies at once. */
  aliases?: () => readonly string[];
}

function openConversation(doc: Document): Element | undefined {
  return findOpenSubject(doc)?.closest(sel.conversationMain.css) ?? undefined;
}

/**
 * A cheap fingerprint of what the sidebar shows: thread id, messages, expanded bodies. It looks
 * only inside `root`, the row the watcher observes, never the whole document.
 */
function fingerprint(root: ParentNode): string {
  const main = findOpenSubject(root)?.closest(sel.conversationMain.css);
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
      let settle = SETTLE_MS;
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
          settle = SETTLE_MS;
          onChange();
        } else settle = Math.min(settle * 2, MAX_SETTLE_MS);
      };
      // The first mutation of a burst disconnects the observer until the check runs: Gmail
      // mutates in hundreds of small tasks and each callback would cost a trip into this world.
      // The check compares what is shown, so nothing that happened meanwhile is missed. A
      // mutation right after the observer came back means the same churn goes on (keep the
      // longer wait); one after a quiet spell starts a new burst (check soon).
      const schedule = () => {
        if (timer || signal.aborted) return;
        observer.disconnect();
        if (performance.now() - connectedAt > settle) settle = SETTLE_MS;
        timer = setTimeout(check, settle);
      };
      // Navigation: check soon, even when a slower check of Gmail's churn is already due.
      const navigate = () => {
        if (signal.aborted) return;
        clearTimeout(timer);
        timer = undefined;
        settle = SETTLE_MS;
        connectedAt = 0;
        schedule();
      };
      observe();
      doc.defaultView?.addEventListener('hashchange', navigate, { signal });
      signal.addEventListener('abort', () => {
        observer.disconnect();
        clearTimeout(timer);
      });
    },

    expandMessages() {
      const main = openConversation(doc);
      if (!main) return;
      // Bundles first: they open into collapsed messages, which are expanded once they render.
      findAll<HTMLElement>(main, sel.messageBundleBar).forEach((bar) => bar.click());
      const expandCollapsed = () =>
        findAll<HTMLElement>(main, sel.collapsedMessage).forEach((m) => m.click());
      expandCollapsed();
      setTimeout(expandCollapsed, SETTLE_MS);
    },

    sidebarAnchor() {
      return findElement(doc, sel.sidebarRow);
    },

    async insertReply(text) {
      const main = openConversation(doc);
      if (!main) throw new SelectorError(sel.threadSubject.name);
      let editor = findElement<HTMLElement>(main, sel.replyEditor);
      if (!editor) {
        expectElement<HTMLElement>(main, sel.replyButton).click();
        editor = await waitForElement<HTMLElement>(main, sel.replyEditor);
      }
      insertAsTyped(editor, text);
    },
  };
}
