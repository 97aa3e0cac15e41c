/**
 * Reads the open Gmail conversation from the DOM into a MailThread: a pure function of a DOM
 * root (the document, or any subtree holding the account button and the conversation), so it
 * runs the same on the live page and on the dated fixtures in tests/fixtures/gmail/.
 *
 * What Gmail does not show is reported, not invented: messages hidden in the "N older
 * messages" bundle have no sender or date yet and are counted (with their ids); collapsed
 * messages keep their sender and date, and Gmail's preview snippet as `preview`, but no text.
 */
import type { MailAddress, MailMessage } from '../../core/index';
import { closestHook, expectElement, findAll, findElement, SelectorError } from '../dom';
import { htmlText } from '../html-text';
import type { OpenThread } from '../mail-client';
import { gmailSelectors as sel } from './gmail-selectors';
import { parseGmailDate } from './parse-gmail-date';

export interface ReadGmailOptions {
  /** The owner's other addresses (settings.aliases); the signed-in account is always one. */
  aliases?: readonly string[];
}

/**
 * Whether the person can see `el`: not inside a view Gmail hid inline, and (on a live page)
 * rendered. Documents without a window (parsed fixtures) have no styles to ask.
 */
export function isShown(el: Element): boolean {
  // Gmail hides earlier views with inline display:none instead of removing them.
  if (closestHook(el, sel.hiddenView)) return false;
  if (!el.ownerDocument.defaultView || typeof el.checkVisibility !== 'function') return true;
  return el.checkVisibility();
}

/** The subject heading of the conversation shown now, skipping views Gmail keeps hidden. */
export function findOpenSubject(root: ParentNode): Element | undefined {
  return findAll(root, sel.threadSubject).find((h) => !closestHook(h, sel.hiddenView));
}

/**
 * A message's id, the same whether it is expanded, collapsed or bundled and on every visit:
 * the legacy hex id where Gmail gives it; else `data-message-id` without its prefix, where
 * "#msg-f:<decimal>" is the legacy id in decimal (so it becomes the same hex id) and a reply
 * just sent ("#msg-a:r…", not yet synced) keeps its local id.
 */
export function gmailMessageId(el: Element): string {
  const legacy = el.getAttribute('data-legacy-message-id')?.trim();
  if (legacy) return legacy;
  const id = (el.getAttribute('data-message-id') ?? '').trim();
  const synced = /^#?msg-f:(\d{1,20})$/.exec(id);
  if (synced) return BigInt(synced[1]!).toString(16);
  return id.replace(/^#?msg-[af]:/, '');
}

/**
 * The body element of an expanded message. Gmail leaves empty hidden bodies
 * (`div.a3s.undefined`) beside the real one: those are skipped, so an empty element never
 * stands for a body that is there.
 */
export function findBody(el: Element): Element | undefined {
  const bodies = findAll(el, sel.messageBody);
  const hasText = (b: Element) => (b.textContent ?? '').trim() !== '';
  return (
    bodies.find(hasText) ?? bodies.find((b) => !b.classList.contains('undefined') && isShown(b))
  );
}

function address(el: Element): MailAddress {
  const email = (el.getAttribute('email') ?? '').trim();
  const name = (el.getAttribute('name') ?? '').trim();
  return name && name !== email ? { name, email } : { email };
}

/** The signed-in account from the account button's label: "Google Account: Name (email)". */
export function readAccount(root: ParentNode): MailAddress | undefined {
  const label = findElement(root, sel.account)?.getAttribute('aria-label') ?? '';
  const email = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/.exec(label)?.[0];
  if (!email) return undefined;
  const name = /:\s*([^(]+?)\s*\(/.exec(label)?.[1]?.trim();
  return name ? { name, email } : { email };
}

type Read = MailMessage | { hidden: string };

function readMessage(el: Element): Read {
  const id = gmailMessageId(el);
  if (closestHook(el, sel.bundledMessage)) return { hidden: id };
  const sender = findElement(el, sel.messageSender);
  const dateEl = findElement(el, sel.messageDate);
  if (!sender || !dateEl) return { hidden: id };
  const date = parseGmailDate(dateEl.getAttribute('title') ?? '');
  if (!date) throw new SelectorError(sel.messageDate.name);
  const message: MailMessage = {
    id,
    from: address(sender),
    date,
    to: findAll(el, sel.messageRecipients).map(address),
  };
  const body = findBody(el);
  if (body) {
    message.text = htmlText(body, sel.quotedHistory);
    message.attachments = findAll(el, sel.attachmentName)
      .map((a) => ({ name: (a.textContent ?? '').trim() }))
      .filter((a) => a.name);
  } else {
    const preview = findElement(el, sel.messagePreview)?.textContent?.replace(/\s+/g, ' ').trim();
    if (preview) message.preview = preview;
  }
  return message;
}

/**
 * @returns the open conversation, or undefined when none is open.
 * @throws SelectorError when a conversation is open but its layout is not recognised.
 */
export function readGmailThread(
  root: ParentNode,
  opts: ReadGmailOptions = {},
): OpenThread | undefined {
  const subject = findOpenSubject(root);
  if (!subject) return undefined;
  const threadId = subject.getAttribute('data-legacy-thread-id')?.trim();
  if (!threadId) throw new SelectorError(sel.threadSubject.name);
  const main =
    closestHook(subject, sel.conversationMain) ?? expectElement(root, sel.conversationMain);
  const elements = findAll(main, sel.message);
  if (elements.length === 0) throw new SelectorError(sel.message.name);

  const messages: MailMessage[] = [];
  const hiddenMessageIds: string[] = [];
  for (const el of elements) {
    const read = readMessage(el);
    if ('hidden' in read) hiddenMessageIds.push(read.hidden);
    else messages.push(read);
  }
  if (messages.length === 0) throw new SelectorError(sel.messageSender.name);

  const account = readAccount(root);
  const emails = [
    ...new Set(
      [account?.email, ...(opts.aliases ?? [])]
        .filter((e): e is string => !!e)
        .map((e) => e.toLowerCase()),
    ),
  ];
  if (emails.length === 0) throw new SelectorError(sel.account.name);
  const ownName = messages.find((m) => m.from.email.toLowerCase() === account?.email.toLowerCase())
    ?.from.name;
  const name = ownName ?? account?.name;
  return {
    thread: {
      id: `gmail:${threadId}`,
      client: 'gmail',
      subject: (subject.textContent ?? '').trim(),
      owner: name ? { name, emails } : { emails },
      messages,
    },
    hiddenMessages: hiddenMessageIds.length,
    hiddenMessageIds: hiddenMessageIds.filter(Boolean),
    collapsedMessages: messages.filter((m) => m.text === undefined).length,
  };
}
