/**
 * The reply reader (./replies) applied to the messages of a thread: what the latest human reply
 * means, whether a message reports a payment, the amount a payment names and the day a promise
 * names (docs/rules.md §2-3). The latest human reply is read in full (typing slips included);
 * any other message only when the one-pass body scan found a payment cue in it.
 */
import { findAmounts } from './amount-parsing';
import { localDay, offsetOf } from './calendar';
import type { InvoiceFacts } from './results';
import type { NormalMessage } from './normalize-thread';
import { readReply, type ReplyReading } from './replies/read-reply';
import { promisedDay } from './replies/reply-dates';

export type { ReplyReading } from './replies/read-reply';

/** The latest human reply, read in full. */
export function readLatestReply(m: NormalMessage): ReplyReading {
  const body = m.body;
  return readReply(body.lower, body.tokens, true);
}

/**
 * Any other message: only the sentences where the body scan saw a payment cue are read (most
 * messages have none), for whether they report a payment and what amount they name.
 */
export function readPaymentCue(m: NormalMessage): ReplyReading | undefined {
  const body = m.body;
  const cues = body.hits.cues.paymentCues;
  if (cues.length === 0) return undefined;
  return readReply(
    body.lower,
    body.tokens,
    false,
    cues.map((c) => c.start),
  );
}

/**
 * The amount a payment names in its own sentence, when it is smaller than the invoice's and in
 * its currency (a partial payment); undefined for a payment of the whole.
 */
export function partialAmount(
  m: NormalMessage,
  reading: ReplyReading,
  invoice: InvoiceFacts,
): number | undefined {
  const total = invoice.amount;
  if (total === undefined || !reading.paidSentence) return undefined;
  const [from, to] = reading.paidSentence;
  const text = m.body.text.slice(from, to);
  for (const found of findAmounts(text)) {
    if (invoice.currency && found.currency !== invoice.currency) continue;
    return found.amount > 0 && found.amount < total - 0.005 ? found.amount : undefined;
  }
  return undefined;
}

/** The reply's own day, in its own time zone (the offset of its date). */
export function replyDay(m: NormalMessage): string | undefined {
  return localDay(m.time, offsetOf(m.date));
}

/** The day a promise names, resolved against the reply's own day (reply day + 7 when none). */
export function promiseDayOf(m: NormalMessage, reading: ReplyReading): string | undefined {
  const reference = replyDay(m);
  if (!reference) return undefined;
  const body = m.body;
  return promisedDay(body.lower, body.tokens, reading.promiseSentence, reference);
}
