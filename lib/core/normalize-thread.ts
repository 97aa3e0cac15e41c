/**
 * Turns whatever an adapter handed over into the one shape the rules read, once per message:
 * every field that is missing, of the wrong type or absurdly long gets a safe default, the new
 * text is split from the quoted history and tokenised, the subject is stripped and matched
 * against the subject cues, headers are lower-cased. Mail is hostile input; nothing past this
 * point has to guard against `undefined.toLowerCase()`, and no rule goes back to the raw message.
 */
import { instantOf } from './calendar';
import type { MailAddress } from './mail-thread';
import { tokenize } from './phrase-matcher';
import { newText } from './quoted-text';
import { stripReplyPrefixes } from './reply-subject';
import { hashTokens, TokenArena, tokenSpace, type BodyTokens } from './body-tokens';
import { cueIndex } from './cue-index';
import { scanCues, type CueHits } from './cue-scan';
import type { FoundAmount } from './amount-parsing';

export interface NormalMessage {
  index: number;
  fromEmail: string;
  fromOwner: boolean;
  /** The date string exactly as given ('' when missing). */
  date: string;
  /** Milliseconds since the epoch, NaN when unreadable. */
  time: number;
  /**
   * Nobody has seen the whole text: the client showed the message collapsed (its preview line,
   * if any, is the body) or not at all. Facts it lacks may be stated by later messages.
   */
  partial: boolean;
  subject: SubjectInfo;
  body: MessageBody;
  /** Headers by lower-case name, values lower-cased and trimmed. */
  headers: Readonly<Record<string, string>>;
  attachments: readonly string[];
  /** To and Cc, lower-case addresses. */
  recipients: readonly MailAddress[];
}

/**
 * The subject without reply prefixes, its lower-case words and what its words say. Replies
 * share one SubjectInfo per distinct subject within a thread, so "Re: Rechnung 7" is matched
 * against the cue lists once, not per reply.
 */
export interface SubjectInfo {
  stripped: string;
  isReply: boolean;
  /** Words of the stripped subject. */
  words: string[];
  /** It names an invoice ("Rechnung 7"). */
  invoice: boolean;
  /** It names something that is no invoice (a quote, an order confirmation). */
  notInvoice: boolean;
  /** It is a delivery failure's ("Undeliverable: ..."). */
  bounce: boolean;
  /** It starts like an automatic reply ("Out of office: ..."). */
  autoReply: boolean;
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

function attachmentNames(list: unknown): string[] {
  const names: string[] = [];
  if (!Array.isArray(list)) return names;
  for (let i = 0; i < list.length && i < 100; i++) {
    const a: unknown = list[i];
    const name = isRecord(a) ? str(a.name, 300) : '';
    if (name.length > 0) names.push(name);
  }
  return names;
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

/**
 * Every message of the thread in the shape the rules read (at most MAX_MESSAGES of them, see
 * `keptIndexes`), each read once: the token arrays of all bodies share one buffer sized from
 * their lengths, and each distinct subject is read once.
 */
export function normalizeMessages(thread: unknown, owner: Set<string>): NormalMessage[] {
  const raw: unknown[] = isRecord(thread) && Array.isArray(thread.messages) ? thread.messages : [];
  const threadSubject = isRecord(thread) ? str(thread.subject) : '';
  const kept: { index: number; m: Record<string, unknown>; text: string }[] = [];
  let space = 0;
  // `index` stays the position in thread.messages even when junk entries are skipped.
  for (const index of keptIndexes(raw, owner)) {
    const m = raw[index];
    if (!isRecord(m)) continue;
    // A collapsed message's preview line stands in for its text (cues, facts); the reader
    // that passes it says the reading is incomplete.
    const whole =
      typeof m.text === 'string' ? m.text : typeof m.preview === 'string' ? m.preview : '';
    const text = newText(whole);
    space += tokenSpace(text.length);
    kept.push({ index, m, text });
  }
  const arena = new TokenArena(space);
  const subjects = new Map<string, SubjectInfo>();
  const messages: NormalMessage[] = [];
  for (const { index, m, text } of kept) {
    const from = isRecord(m.from) ? m.from : {};
    const fromEmail = str(from.email, 320).trim().toLowerCase();
    const date = str(m.date, 100);
    const subject = str(m.subject) || (index === 0 ? threadSubject : '');
    let subjectInfo = subjects.get(subject);
    if (!subjectInfo) {
      subjectInfo = readSubject(subject);
      subjects.set(subject, subjectInfo);
    }
    messages.push({
      index,
      fromEmail,
      fromOwner: owner.has(fromEmail),
      date,
      time: instantOf(date),
      partial: typeof m.text !== 'string',
      subject: subjectInfo,
      body: readBody(text, arena),
      headers: headers(m.headers),
      attachments: attachmentNames(m.attachments),
      recipients: [...addresses(m.to), ...addresses(m.cc)],
    });
  }
  return messages;
}

/** A message's new text (quoted history already stripped), lower-cased and tokenised. */
function readBody(fresh: string, arena: TokenArena): MessageBody {
  let text = fresh;
  let lower = text.toLowerCase();
  let tokens = hashTokens(lower, arena);
  if (tokens.combining) {
    // Decomposed accents ("e\u0301") would split words: compose them and read again.
    text = text.normalize('NFC');
    lower = text.toLowerCase();
    tokens = hashTokens(lower, arena);
  }
  return { text, lower, tokens, hits: scanCues(lower, tokens) };
}

/** A subject's prefixes stripped, its words, and the subject cues they hold. */
function readSubject(subject: string): SubjectInfo {
  const { subject: stripped, isReply } = stripReplyPrefixes(subject);
  const words = tokenize(stripped.toLowerCase()).words;
  const cues = cueIndex();
  const auto = cues.autoReplySubjects.find(words, 0, Math.min(words.length, 6));
  return {
    stripped,
    isReply,
    words,
    invoice: cues.invoiceWords.has(words),
    notInvoice: cues.notInvoiceWords.has(words),
    bounce: cues.bounceSubjects.has(words),
    autoReply: auto !== undefined && auto.start === 0,
  };
}
