/**
 * One raw message -> MailMessage via postal-mime (encodings, RFC 2047 headers, charsets,
 * multipart), plus what threading needs. Hostile input: every failure becomes a named
 * problem, never an exception.
 */
import PostalMime, { type Address, type Email } from 'postal-mime';
import type { MailAddress, MailMessage, WebmailClient } from '../core/index';
import {
  bouncedMessageIds,
  conversationKeys,
  gmailThreadIdOf,
  isBulk,
  isDraft,
  keptHeaders,
  webmailOf,
} from './header-facts';
import { markupText } from '../html-text/markup-text';
import type { ProblemReason } from './import-problem';
import { dateFromReceived, readMailDate } from './mail-date';
import { messageIdList, syntheticMessageId } from './message-ids';
import type { RawMessage } from './mbox-splitter';
import { subjectKey } from '../core/index';
import { repairWindows1252 } from './windows-1252-repair';

export interface ParsedMessage {
  message: MailMessage;
  /** Message-ID without angle brackets (or a stable stand-in when the message has none). */
  messageId: string;
  /** References then In-Reply-To, oldest first. */
  parentIds: string[];
  /**
   * Ids the mail system gives the whole conversation, when the export carries them: Gmail's
   * X-GM-THRID, Exchange's Thread-Index (its first 22 bytes name the conversation). They join
   * messages in any order, even replies whose client dropped References.
   */
  conversationKeys: string[];
  /** Gmail's thread id as its web client shows it (hex of X-GM-THRID), when from Takeout. */
  gmailThreadId?: string;
  subjectKey: string;
  isReply: boolean;
  /** Mailing-list or bulk mail: never a customer's reply, not kept waiting for a thread. */
  isBulk: boolean;
  /** An unsent draft (Gmail's Drafts label, Thunderbird's draft header): never a sent reminder. */
  isDraft: boolean;
  /** Which webmail the export came from, told by its headers: where a thread can link back to. */
  webmail?: WebmailClient;
}

export type ParseResult =
  | { parsed: ParsedMessage; partial?: ProblemReason }
  | { parsed?: undefined; skipped: ProblemReason; subject?: string };

/**
 * Text kept per message. Every message of an export stays in memory until its conversation is
 * complete, so quoted history ("> " lines, which the core ignores anyway) is dropped and the
 * rest capped: invoice facts, payment and out-of-office cues sit at the top of a mail.
 */
const MAX_TEXT = 8_000;

const encoder = new TextEncoder();
const decoder = new TextDecoder();

function keptText(text: string): string {
  const kept = text.replace(/^>.*(?:\r?\n|$)/gm, '').slice(0, MAX_TEXT);
  // A slice keeps the whole decoded body alive in V8 (a "sliced string"); a fresh copy does
  // not. Measured: 290 KB retained per message with a 288 KB body, 11 KB with the copy.
  return kept.length < text.length ? decoder.decode(encoder.encode(kept)) : kept;
}

function mailboxes(list: Address[] | Address | undefined): MailAddress[] {
  const flat = (Array.isArray(list) ? list : list ? [list] : []).flatMap((a) =>
    a.group ? a.group : [a],
  );
  return flat
    .filter((a) => a.address && a.address.includes('@'))
    .map((a) =>
      a.name
        ? { name: a.name, email: a.address!.toLowerCase() }
        : { email: a.address!.toLowerCase() },
    );
}

function hasNul(bytes: Uint8Array): boolean {
  return bytes.subarray(0, 8192).includes(0);
}

function bytesInclude(bytes: Uint8Array, needle: string): boolean {
  const pat = new TextEncoder().encode(needle);
  for (
    let i = bytes.indexOf(pat[0]!);
    i >= 0 && i <= bytes.length - pat.length;
    i = bytes.indexOf(pat[0]!, i + 1)
  ) {
    let j = 1;
    while (j < pat.length && bytes[i + j] === pat[j]) j++;
    if (j === pat.length) return true;
  }
  return false;
}

/** A multipart whose boundary never shows is broken; one never closed was cut off. */
function multipartDamage(email: Email, raw: RawMessage): ProblemReason | undefined {
  const type = email.headers.find((h) => h.key === 'content-type')?.value ?? '';
  const boundary = /^\s*multipart\/[^;]*;[\s\S]*?boundary\s*=\s*"?([^";\s]+)"?/i.exec(type)?.[1];
  if (!boundary) return undefined;
  if (!bytesInclude(raw.bytes, `--${boundary}`)) return 'broken-mime';
  if (!bytesInclude(raw.bytes, `--${boundary}--`)) return 'truncated';
  return undefined;
}

/** Body bytes of a single-part message worth parsing: far more than the text kept. */
const SINGLE_PART_BODY = 32 * 1024;

/**
 * A single-part message's long body is cut before parsing: only its start is kept anyway, and
 * postal-mime's cost grows with every line (a 100 KB text took 25 ms in Node). Multipart
 * messages are parsed whole: attachment names come after the text.
 */
function trimmedForParsing(bytes: Uint8Array): Uint8Array {
  if (bytes.length <= SINGLE_PART_BODY + 16 * 1024) return bytes;
  let end = -1;
  for (let i = bytes.indexOf(0x0a); i >= 0 && i < 256 * 1024; i = bytes.indexOf(0x0a, i + 1)) {
    if (bytes[i + 1] === 0x0a || (bytes[i + 1] === 0x0d && bytes[i + 2] === 0x0a)) {
      end = i + 1;
      break;
    }
  }
  if (end < 0) return bytes;
  let head = '';
  for (let i = 0; i < end; i++) head += String.fromCharCode(bytes[i]!);
  return /^content-type:\s*multipart\//im.test(head)
    ? bytes
    : bytes.subarray(0, end + SINGLE_PART_BODY);
}

export async function parseMessage(raw: RawMessage): Promise<ParseResult> {
  if (hasNul(raw.bytes)) return { skipped: 'binary' };
  let email: Email;
  try {
    // rfc822Attachments: a bounce's returned message stays a part of its own (bouncedMessageIds).
    email = await PostalMime.parse(trimmedForParsing(raw.bytes), {
      attachmentEncoding: 'arraybuffer',
      rfc822Attachments: true,
    });
  } catch {
    return { skipped: 'broken-mime' };
  }
  const subject = email.subject?.trim() || undefined;
  const known = email.headers.some((h) =>
    ['from', 'date', 'subject', 'message-id', 'received'].includes(h.key),
  );
  if (!known) return { skipped: raw.complete ? 'not-mail' : 'truncated', subject };
  const from = mailboxes(email.from)[0] ?? mailboxes(email.sender)[0];
  // An impossible Date ("31 Feb", "+9999") is not rolled over: Received stands in, and it is named.
  const stated = readMailDate(email.headers.find((h) => h.key === 'date')?.value);
  const badDate = stated !== undefined && 'impossible' in stated;
  const date =
    (stated && 'iso' in stated ? stated.iso : undefined) ??
    dateFromReceived(email.headers.find((h) => h.key === 'received')?.value);
  if (!from || !date)
    return {
      skipped: raw.complete
        ? !from
          ? 'no-sender'
          : badDate
            ? 'bad-date'
            : 'no-date'
        : 'truncated',
      subject,
    };

  const headers = keptHeaders(email);
  const messageId =
    messageIdList(email.messageId)[0] ?? syntheticMessageId(from.email, date, subject);
  // Each once, first place kept; a Set, as a hostile message may name thousands.
  const parentIds = [
    ...new Set([
      ...messageIdList(email.references),
      ...messageIdList(email.inReplyTo),
      ...bouncedMessageIds(email),
    ]),
  ].filter((id) => id !== messageId);
  const text = keptText(
    repairWindows1252(email.text ?? (email.html ? markupText(email.html) : '')),
  );
  const attachments = email.attachments
    .filter((a) => a.filename && !a.related)
    .map((a) => ({ name: repairWindows1252(a.filename!), mimeType: a.mimeType }));
  const { key, isReply } = subjectKey(subject);
  const message: MailMessage = {
    id: messageId,
    from: from.name ? { ...from, name: repairWindows1252(from.name) } : from,
    to: mailboxes(email.to),
    cc: mailboxes(email.cc),
    date,
    text,
    attachments,
    headers,
    ...(subject ? { subject: repairWindows1252(subject) } : {}),
  };
  const partial = raw.oversized
    ? 'oversized'
    : (multipartDamage(email, raw) ??
      (!raw.complete && !text ? 'truncated' : badDate ? 'bad-date' : undefined));
  return {
    parsed: {
      message,
      messageId,
      parentIds,
      conversationKeys: conversationKeys(email),
      ...gmailThreadIdOf(email),
      subjectKey: key,
      isReply: isReply || parentIds.length > 0,
      isDraft: isDraft(email),
      isBulk: isBulk(headers),
      webmail: webmailOf(email),
    },
    ...(partial ? { partial } : {}),
  };
}
