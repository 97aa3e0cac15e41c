/**
 * Whether a message from someone other than the owner is a human reply, an automatic reply or a
 * delivery failure (docs/rules.md §2). Headers decide when the client shows them; web clients often
 * do not, so the subject ("Automatische Antwort:", "Out of Office:") and, for a short message that
 * arrived within minutes of the owner's, an out-of-office body count too. An automatic reply may
 * name the day its sender is back: that is kept as `returnDate`, written as a date ("bis
 * einschließlich 09.10.2026", "back on 12 November") or in words ("back on Monday", "di nuovo in
 * ufficio dal 5").
 */
import { localDay, offsetOf } from './calendar';
import { findDate } from './date-parsing';
import type { NormalMessage } from './normalize-thread';
import { namedDay } from './replies/reply-dates';

export type MessageKind = 'owner' | 'human' | 'auto' | 'bounce';

export interface ClassifiedMessage {
  kind: MessageKind;
  /** Return date named by an automatic reply (YYYY-MM-DD). */
  returnDate?: string;
}

/** An out-of-office body counts only in a reply this quick and this short. */
const OOO_WINDOW_MS = 30 * 60_000;
const OOO_MAX_CHARS = 1500;

const DAEMONS = ['mailer-daemon', 'postmaster', 'mail-daemon', 'maildaemon'];
const BULK = new Set(['auto_reply', 'auto-reply', 'bulk', 'junk']);

function isBounce(m: NormalMessage): boolean {
  // No daemon name holds an "@": the local part starts with one iff the address does.
  for (const d of DAEMONS) if (m.fromEmail.startsWith(d)) return true;
  const type = m.headers['content-type'] ?? '';
  if (type.includes('multipart/report') || type.includes('delivery-status')) return true;
  return m.subject.bounce;
}

function autoByHeader(h: Record<string, string>): boolean {
  const auto = h['auto-submitted'];
  if (auto !== undefined && auto !== 'no') return true;
  if (h['x-autoreply'] !== undefined || h['x-autorespond'] !== undefined) return true;
  return BULK.has(h['precedence'] ?? '');
}

/** Words read after a return-date phrase for a date in words ("until Monday", "dal 5"). */
const RETURN_WORDS = 6;

function statedReturnDate(m: NormalMessage): string | undefined {
  const body = m.body;
  const { ends } = body.tokens;
  const reference = localDay(m.time, offsetOf(m.date));
  const phrases = body.hits.cues.returnDatePhrases;
  for (const match of phrases) {
    const from = ends[match.end - 1] as number;
    const found = findDate(body.lower.slice(from, from + 80), { reference });
    if (found) return found.date;
  }
  if (!reference) return undefined;
  const count = ends.length;
  for (const match of phrases) {
    const to = Math.min(count, match.end + RETURN_WORDS);
    const found = namedDay(body.lower, body.tokens, match.end, to, reference, true);
    if (found) return found;
  }
  return undefined;
}

/** Answers without a return date are the same every time: shared, read-only. */
const OWNER: ClassifiedMessage = Object.freeze({ kind: 'owner' });
const BOUNCE: ClassifiedMessage = Object.freeze({ kind: 'bounce' });
const HUMAN: ClassifiedMessage = Object.freeze({ kind: 'human' });

/**
 * @param lastOwnerTime when the owner last wrote before this message (NaN when never)
 */
export function classifyMessage(m: NormalMessage, lastOwnerTime: number): ClassifiedMessage {
  if (m.fromOwner) return OWNER;
  if (isBounce(m)) return BOUNCE;
  let auto = autoByHeader(m.headers) || m.subject.autoReply;
  if (!auto) {
    const delay = m.time - lastOwnerTime;
    if (delay >= 0 && delay <= OOO_WINDOW_MS) {
      const body = m.body;
      auto = body.text.length <= OOO_MAX_CHARS && body.hits.cues.outOfOfficePhrases.length > 0;
    }
  }
  if (!auto) return HUMAN;
  const returnDate = statedReturnDate(m);
  return returnDate ? { kind: 'auto', returnDate } : { kind: 'auto' };
}
