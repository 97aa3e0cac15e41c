/**
 * Turns whatever an adapter handed over into a shape the analysis can read without checks:
 * every field that is missing, of the wrong type or absurdly long gets a safe default. Mail is
 * hostile input; nothing past this point has to guard against `undefined.toLowerCase()`.
 */
import { instantOf } from './calendar';
import type { MailAddress } from './mail-thread';
import { tokenize } from './phrase-matcher';
import { newText } from './quoted-text';
import { stripReplyPrefixes } from './reply-subject';
import { hashTokens, type BodyTokens } from './body-tokens';
import { scanCues, type CueHits } from './cue-scan';
import type { FoundAmount } from './amount-parsing';

export interface NormalMessage {
  index: number;
  fromEmail: string;
  fromOwner: boolean;
  /** The adapter's message as given: recipients and headers are read from it on demand. */
  raw: Record<string, unknown>;
  /** The date string exactly as given ('' when missing). */
  date: string;
  /** Milliseconds since the epoch, NaN when unreadable. */
  time: number;
  subject: string;
  text: string;
  /**
   * Nobody has seen the whole text: the client showed the message collapsed (its preview line,
   * if any, is `text`) or not at all. Facts it lacks may be stated by later messages.
   */
  partial: boolean;
  /** Read on first use by `bodyOf` and `subjectOf`. */
  body?: MessageBody;
  subjectInfo?: SubjectInfo;
  headerMap?: Record<string, string>;
}

/** The subject without reply prefixes, and its lower-case words. */
export interface SubjectInfo {
  stripped: string;
  isReply: boolean;
  /** Words of the stripped subject. */
  words: string[];
  /**
   * Subject cues, filled in by their readers on first use. Replies share one SubjectInfo per
   * distinct subject, so "Re: Rechnung 7" is matched against the cue lists once, not per reply.
   */
  invoice?: boolean;
  notInvoice?: boolean;
  bounce?: boolean;
  autoReply?: boolean;
}

/** A message's new text, lower-cased and split into words; computed once per message. */
export interface MessageBody {
  text: string;
  lower: string;
  tokens: BodyTokens;
  hits: CueHits;
  /** The invoice total read from this body (computed on first use; null when none). */
  total?: FoundAmount | null;
  /** The due date stated in this body (computed on first use; null when none). */
  statedDue?: string | null;
}

const MAX_MESSAGES = 1000;
/** Of those, at most this many of the owner's earliest messages (invoice candidates). */
const MAX_OWNER_KEPT = 100;

function str(value: unknown, max = 1000): string {
  return typeof value === 'string' ? (value.length > max ? value.slice(0, max) : value) : '';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function addresses(value: unknown): MailAddress[] {
  if (!Array.isArray(value)) return [];
  return value
    .slice(0, 200)
    .filter(isRecord)
    .map((a) => ({
      name: str(a.name, 200) || undefined,
      email: str(a.email, 320).trim().toLowerCase(),
    }))
    .filter((a) => a.email.length > 0);
}

function headers(value: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!isRecord(value)) return out;
  let count = 0;
  for (const [key, v] of Object.entries(value)) {
    if (++count > 200) break;
    if (typeof v === 'string') out[key.toLowerCase()] = v.slice(0, 500).trim().toLowerCase();
  }
  return out;
}

/** Attachment names of a message (only owner messages scored as invoices need them). */
export function attachmentsOf(message: NormalMessage): string[] {
  const list = message.raw.attachments;
  const names: string[] = [];
  if (!Array.isArray(list)) return names;
  for (let i = 0; i < list.length && i < 100; i++) {
    const a: unknown = list[i];
    const name = isRecord(a) ? str(a.name, 300) : '';
    if (name.length > 0) names.push(name);
  }
  return names;
}

/** To and Cc of a message, normalised (only the invoice message's are ever needed). */
export function recipientsOf(message: NormalMessage): MailAddress[] {
  return [...addresses(message.raw.to), ...addresses(message.raw.cc)];
}

/** Lower-case headers of a message, computed once (only other people's messages need them). */
export function headersOf(message: NormalMessage): Record<string, string> {
  message.headerMap ??= headers(message.raw.headers);
  return message.headerMap;
}

/** Owner addresses: thread.owner.emails plus the alias setting, lower-case. */
export function ownerEmails(thread: unknown, aliases: unknown): Set<string> {
  const set = new Set<string>();
  const owner = isRecord(thread) && isRecord(thread.owner) ? thread.owner : undefined;
  addEmails(set, owner?.emails);
  addEmails(set, aliases);
  return set;
}

/** The first 100 entries of a list of addresses (runs once per analysis: no copies). */
function addEmails(set: Set<string>, list: unknown): void {
  if (!Array.isArray(list)) return;
  for (let i = 0; i < list.length && i < 100; i++) {
    const e: unknown = list[i];
    if (typeof e !== 'string') continue;
    const trimmed = e.trim();
    if (trimmed) set.add(trimmed.toLowerCase());
  }
}

/**
 * The messages read from a thread, at most MAX_MESSAGES of them. A longer thread keeps what
 * decides its reading: the owner's earliest messages (the invoice is one of them) and the
 * newest messages (a "we paid" in message 10,001 still counts), not the first N.
 */
function keptIndexes(messages: readonly unknown[], owner: Set<string>): number[] {
  const all = messages.length;
  if (all <= MAX_MESSAGES) return Array.from({ length: all }, (_, i) => i);
  const kept: number[] = [];
  for (let i = 0; i < all && kept.length < MAX_OWNER_KEPT; i++) {
    const m = messages[i];
    const from = isRecord(m) && isRecord(m.from) ? str(m.from.email, 320).trim().toLowerCase() : '';
    if (owner.has(from)) kept.push(i);
  }
  const oldestNewest = all - (MAX_MESSAGES - kept.length);
  const early = kept.filter((i) => i < oldestNewest);
  for (let i = oldestNewest; i < all; i++) early.push(i);
  return early;
}

export function normalizeMessages(thread: unknown, owner: Set<string>): NormalMessage[] {
  const raw: unknown[] = isRecord(thread) && Array.isArray(thread.messages) ? thread.messages : [];
  const threadSubject = isRecord(thread) ? str(thread.subject) : '';
  const messages: NormalMessage[] = [];
  // `index` stays the position in thread.messages even when junk entries are skipped.
  for (const index of keptIndexes(raw, owner)) {
    const m = raw[index];
    if (!isRecord(m)) continue;
    const from = isRecord(m.from) ? m.from : {};
    const fromEmail = str(from.email, 320).trim().toLowerCase();
    const date = str(m.date, 100);
    messages.push({
      index,
      fromEmail,
      fromOwner: owner.has(fromEmail),
      raw: m,
      date,
      time: instantOf(date),
      subject: str(m.subject) || (index === 0 ? threadSubject : ''),
      // A collapsed message's preview line stands in for its text (cues, facts); the reader
      // that passes it says the reading is incomplete.
      text: typeof m.text === 'string' ? m.text : typeof m.preview === 'string' ? m.preview : '',
      partial: typeof m.text !== 'string',
    });
  }
  return messages;
}

/** The message's new text (quoted history stripped), lower-cased and tokenised, cached. */
export function bodyOf(message: NormalMessage): MessageBody {
  let body = message.body;
  if (!body) {
    let text = newText(message.text);
    let lower = text.toLowerCase();
    let tokens = hashTokens(lower);
    if (tokens.combining) {
      // Decomposed accents ("e\u0301") would split words: compose them and read again.
      text = text.normalize('NFC');
      lower = text.toLowerCase();
      tokens = hashTokens(lower);
    }
    body = { text, lower, tokens, hits: scanCues(lower, tokens) };
    message.body = body;
  }
  return body;
}

/** The message's subject, prefixes stripped and tokenised, cached. */
export function subjectOf(message: NormalMessage): SubjectInfo {
  if (!message.subjectInfo) {
    // Replies repeat one subject ("Re: Invoice 7"): read each distinct subject once.
    let info = subjects.get(message.subject);
    if (!info) {
      const { subject, isReply } = stripReplyPrefixes(message.subject);
      info = { stripped: subject, isReply, words: tokenize(subject.toLowerCase()).words };
      if (subjects.size >= MAX_CACHED_SUBJECTS) subjects.clear();
      subjects.set(message.subject, info);
    }
    message.subjectInfo = info;
  }
  return message.subjectInfo;
}

/** Subject readings are pure functions of the subject string; a small bounded cache. */
const MAX_CACHED_SUBJECTS = 512;
const subjects = new Map<string, SubjectInfo>();
