/** A finished import conversation as the store takes it: the MailThread and a way back to it. */
import type { MailMessage, MailThread } from '../core/index';
import { hasAddress } from './address-set';
import { threadId } from './thread-builder';
import type { ThreadState } from './thread-state';

export interface ImportedThread {
  thread: MailThread;
  /** Opens the conversation in the webmail it came from; '' when the export does not tell. */
  link: string;
  /** Ids the same conversation has when a mail client's sidebar tracks it ("gmail:<hex>"). */
  sameAs: string[];
}

export interface Owner {
  name?: string;
  emails: string[];
}

/**
 * Gmail finds any message by its Message-ID (the `rfc822msgid:` search operator). Outlook on
 * the web has no such operator, so the link searches for the subject. Exports from neither
 * (a plain IMAP mailbox in Thunderbird) get no link rather than a guessed one.
 */
export function conversationLink(
  state: Pick<ThreadState, 'webmail' | 'rootMessageId'>,
  subject: string | undefined,
): string {
  if (state.webmail === 'gmail' && !state.rootMessageId.endsWith('@unghost.import')) {
    return `https://mail.google.com/mail/u/0/#search/rfc822msgid%3A${encodeURIComponent(state.rootMessageId)}`;
  }
  // Unverified (2026-11-27): new Outlook may open its search view without running the query.
  if (state.webmail === 'outlook' && subject) {
    return `https://outlook.office.com/mail/search?q=${encodeURIComponent(subject)}`;
  }
  return '';
}

/** A conversation the owner wrote in: the only kind an invoice reminder can come from. */
export function isOwnerThread(state: Pick<ThreadState, 'senders'>, owner: Owner): boolean {
  return owner.emails.some((e) => hasAddress(state.senders, e.toLowerCase()));
}

/** The conversation with its messages, read back from the spool, oldest first. */
export function toImportedThread(
  state: ThreadState,
  messages: MailMessage[],
  owner: Owner,
): ImportedThread {
  // Stable: messages of the same minute keep the order they were read in.
  const sorted = messages
    .map((m) => ({ m, at: Date.parse(m.date) }))
    .sort((a, b) => a.at - b.at)
    .map(({ m }) => m);
  const subject = sorted.find((m) => m.subject)?.subject;
  const thread: MailThread = {
    id: threadId(state),
    client: 'import',
    owner: { ...(owner.name ? { name: owner.name } : {}), emails: owner.emails },
    messages: sorted,
    ...(subject ? { subject } : {}),
  };
  return {
    thread,
    link: conversationLink(state, subject),
    sameAs: state.gmailThreadId ? [`gmail:${state.gmailThreadId}`] : [],
  };
}
