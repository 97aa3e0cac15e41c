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

export interface GmailClientOptions {
  /** The owner's aliases (settings), read at every call so a change applies at once. */
  aliases?: () => readonly string[];
}

function openConversation(doc: Document): Element | undefined {
  return findOpenSubject(doc)?.closest(sel.conversationMain.css) ?? undefined;
}

/** A cheap fingerprint of what the sidebar shows: thread id, messages, expanded bodies. */
function fingerprint(doc: Document): string {
  const main = openConversation(doc);
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
      let last = fingerprint(doc);
      let timer: ReturnType<typeof setTimeout> | undefined;
      const observer = new MutationObserver(() => schedule());
      // The narrowest root that holds both the inbox and the conversation views.
      const observe = () =>
        observer.observe(findElement(doc, sel.sidebarRow) ?? doc.body, {
          childList: true,
          subtree: true,
        });
      const check = () => {
        timer = undefined;
        observe();
        const now = fingerprint(doc);
        if (now !== last) {
          last = now;
          onChange();
        }
      };
      // The first mutation of a burst disconnects the observer until the check runs: Gmail
      // mutates in hundreds of small tasks and each callback would cost a trip into this world.
      // The check compares what is shown, so nothing that happened meanwhile is missed.
      const schedule = () => {
        if (timer || signal.aborted) return;
        observer.disconnect();
        timer = setTimeout(check, SETTLE_MS);
      };
      observe();
      doc.defaultView?.addEventListener('hashchange', schedule, { signal });
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
