/**
 * The Gmail MailClient: reads the open conversation from the live page, follows Gmail's
 * single-page navigation (hashchange plus one debounced MutationObserver on the mail area,
 * re-reading only when the open thread or its messages change), expands collapsed and bundled
 * messages through Gmail's own controls (and collapses them again), notices what the person
 * sends, and fills Gmail's own reply editor. Never sends.
 */
import type { MailAddress } from '../../core/index';
import { censorHtml, closestHook, findAll, findElement, SelectorError } from '../dom';
import { htmlText } from '../html-text';
import { insertAsTyped } from '../insert-as-typed';
import type { MailClient, OpenThread, SentMessage } from '../mail-client';
import { waitForElement } from '../wait-for-element';
import { gmailLayout } from './gmail-layout';
import { createGmailSweep } from './gmail-sweep';
import { gmailSelectors as sel } from './gmail-selectors';
import {
  findBody,
  findOpenSubject,
  gmailMessageId,
  isShown,
  readAccount,
  readGmailThread,
} from './read-gmail-thread';

/**
 * After navigation (a hash change) the open conversation is checked this soon, and again this
 * soon while Gmail goes on rendering it; also how long Gmail takes to render opened bundles.
 */
export const NAVIGATION_SETTLE_MS = 60;
/**
 * Gmail mutates in bursts (lists, hovercards, counters) that seldom change what the sidebar
 * shows: a change that comes without navigation (a message arrives or is expanded) is checked
 * this long after the burst's first mutation, and while the churn goes on without changing what
 * is shown, each check waits twice as long as the one before, up to MAX_SETTLE_MS. Every check
 * cycle costs the page a callback and a timer in this world plus a fingerprint of the
 * conversation (bench/gmail.bench.ts); under Gmail's constant churn that is about one cycle a
 * second and a half, and a new message shows in the sidebar within that time.
 */
export const SETTLE_MS = 200;
export const MAX_SETTLE_MS = 1600;

export interface GmailClientOptions {
  /** The owner's aliases (settings), read at every call so a change applies at once. */
  aliases?: () => readonly string[];
}

/** How long expandMessages waits for Gmail to render the bodies of the messages it opened. */
const EXPAND_WAIT_MS = 2000;

function address(el: Element): MailAddress | undefined {
  const email = (el.getAttribute('data-hovercard-id') ?? el.getAttribute('email') ?? '').trim();
  if (!email.includes('@')) return undefined;
  const name = (el.getAttribute('data-name') ?? el.getAttribute('name') ?? '').trim();
  return name && name !== email ? { name, email } : { email };
}

/**
 * What the compose form around `from` (its Send button or editor) holds now: the editor's text
 * without the quoted history, the subject (a popup's subject field, or the open conversation's
 * for an inline reply, which then names the thread), recipients and attachment names.
 */
function readCompose(doc: Document, from: Element): SentMessage | undefined {
  const form = closestHook(from, sel.composeRoot);
  const editor = form && findElement(form, sel.replyEditor);
  if (!form || !editor) return undefined;
  const sent: SentMessage = {
    text: htmlText(editor, sel.quotedHistory),
    attachments: findAll(form, sel.composeAttachment)
      .map((a) => ({ name: (a.textContent ?? '').trim() }))
      .filter((a) => a.name),
    to: findAll(form, sel.composeRecipient)
      .map(address)
      .filter((a): a is MailAddress => !!a),
    date: new Date().toISOString(),
  };
  const account = readAccount(doc);
  if (account) sent.from = account;
  const subjectBox = findElement<HTMLInputElement>(form, sel.composeSubject)?.value.trim();
  const subject = findOpenSubject(doc);
  const main = subject && closestHook(subject, sel.conversationMain);
  if (subject && main?.contains(form)) {
    const id = subject.getAttribute('data-legacy-thread-id')?.trim();
    if (id) sent.threadId = `gmail:${id}`;
    sent.subject = subjectBox || (subject.textContent ?? '').trim();
  } else if (subjectBox) sent.subject = subjectBox;
  return sent;
}

function openConversation(doc: Document): Element | undefined {
  const subject = findOpenSubject(doc);
  return subject && closestHook(subject, sel.conversationMain);
}

/**
 * A cheap fingerprint of what the sidebar shows: thread id, messages (a reply arriving or just
 * sent), bodies (a message expanded or collapsed) and dates (a bundle opened into collapsed
 * messages with their previews). It looks only inside `root`, the row the watcher observes,
 * never the whole document, and reads the open subject once.
 */
function fingerprint(root: ParentNode): string {
  const subject = findOpenSubject(root);
  const main = subject && closestHook(subject, sel.conversationMain);
  if (!subject || !main) return '';
  const id = subject.getAttribute('data-legacy-thread-id') ?? '';
  return `${id}|${findAll(main, sel.message).length}|${findAll(main, sel.messageBody).length}|${findAll(main, sel.messageDate).length}`;
}

export function createGmailClient(
  doc: Document = document,
  opts: GmailClientOptions = {},
): MailClient {
  return {
    name: 'gmail',

    sweep: createGmailSweep(doc),

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

    expandMessages() {
      const main = openConversation(doc);
      if (!main) return Promise.resolve(() => undefined);
      const byId = (id: string) => findAll(main, sel.message).find((m) => gmailMessageId(m) === id);
      const header = (item: Element) => findElement<HTMLElement>(item, sel.messageHeader);
      // Ids of the messages this call expanded (Gmail may re-render their elements meanwhile);
      // each control is clicked once, an element Gmail re-renders still collapsed again.
      const expanded = new Set<string>();
      const clicked = new WeakSet<Element>();
      const click = (el: HTMLElement | undefined) => {
        if (!el?.isConnected || clicked.has(el)) return false;
        clicked.add(el);
        el.click();
        return true;
      };
      // Opens bundles and expands collapsed messages as they appear; true while a bundle is
      // still closed, a control was just clicked, or a message it expanded has no body yet.
      const pending = (): boolean => {
        let waiting = false;
        for (const bar of findAll<HTMLElement>(main, sel.messageBundleBar)) {
          waiting = true;
          click(bar);
        }
        for (const item of findAll<HTMLElement>(main, sel.collapsedMessage)) {
          const message = findElement(item, sel.message);
          const id = message && gmailMessageId(message);
          if (id && click(header(item) ?? item)) {
            expanded.add(id);
            waiting = true; // Gmail answers a click with mutations: check again then.
          }
        }
        for (const id of expanded) {
          const message = byId(id);
          if (message && !findBody(message)) waiting = true;
        }
        return waiting;
      };
      const restore = () => {
        for (const id of expanded) {
          const message = byId(id);
          const item = message && closestHook(message, sel.expandedMessage);
          // Clicking an expanded message's header collapses it, as the person would.
          if (item) header(item)?.click();
        }
      };
      return new Promise((resolve) => {
        const observer = new MutationObserver(() => {
          if (!pending()) done();
        });
        const done = () => {
          observer.disconnect();
          clearTimeout(timer);
          resolve(restore);
        };
        // Observing first: Gmail may answer a click at once, before pending() returns.
        observer.observe(main, { childList: true, subtree: true });
        const timer = setTimeout(done, EXPAND_WAIT_MS);
        if (!pending()) done();
      });
    },

    watchSends(onSend, { signal }) {
      const capture = (from: Element) => {
        try {
          const sent = readCompose(doc, from);
          if (sent) onSend(sent);
        } catch (error) {
          // Never in the way of the send: a form we cannot read is left alone.
          console.debug('[unghost] gmail send not captured', error);
        }
      };
      const target = (e: Event): Element | undefined => {
        const t = e.target as Element | null;
        return t && typeof t.closest === 'function' ? t : undefined;
      };
      const onClick = (e: Event) => {
        const t = target(e);
        const button = t && closestHook(t, sel.sendButton);
        if (button) capture(button);
      };
      const onKey = (e: KeyboardEvent) => {
        if (e.key !== 'Enter' || !(e.ctrlKey || e.metaKey)) return;
        const t = target(e);
        const editor = t && closestHook(t, sel.replyEditor);
        if (editor) capture(editor);
      };
      doc.addEventListener('click', onClick, { capture: true, signal });
      doc.addEventListener('keydown', onKey, { capture: true, signal });
    },

    sidebarAnchor() {
      return findElement(doc, sel.sidebarRow);
    },

    layout: () => gmailLayout(doc),

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
