/**
 * Status of an invoice thread at `now` (docs/rules.md §3), checked in this order: paid,
 * bounced, disputed, promised, answered, waiting, silent. Also what the latest human reply
 * means (its kind, a promised day, a partial payment), silentSince, daysSilent, daysOverdue,
 * unansweredFollowUps and an out-of-office return date. Whole days are calendar days in the
 * owner's time zone, the UTC offset of the invoice message: an invoice due 20 November is
 * overdue from midnight that night. A promise is kept until the end of its day plus the grace
 * days in the customer's time zone, the offset of the reply that made it.
 */
import { addDays, daysBetween, endOfDay, isValidDay, localDay, offsetOf } from './calendar';
import type { InvoiceDetection } from './invoice-detection';
import { classifyMessage, type MessageKind } from './message-kind';
import type { NormalMessage } from './normalize-thread';
import {
  partialAmount,
  promiseDayOf,
  readLatestReply,
  readPaymentCue,
  type ReplyReading,
} from './reply-reading';
import type { ReplyKind, ThreadAnalysis, ThreadStatus } from './results';

/** The person's reading of the latest human reply, stored as a decision per thread. */
export interface ReplyCorrections {
  /**
   * The date of the reply this corrects, exactly as in the thread (`replyDate` of the analysis).
   * A correction of another reply is ignored: a newer reply is read afresh. Absent: the latest.
   */
  replyDate?: string;
  /** An ISO day: the latest human reply is a promise to pay by that day. null: it is no promise. */
  promisedDate?: string | null;
  /** The latest human reply is not a dispute (read it as 'other'). */
  notDispute?: boolean;
}

export interface StatusOptions {
  /** Days after a promised day before the promise is broken. */
  promiseGraceDays: number;
  corrections?: ReplyCorrections;
}

/** What the messages after the invoice say, in the analysis's own words (results.ts). */
export interface StatusFacts extends Pick<
  ThreadAnalysis,
  | 'silentSince'
  | 'daysSilent'
  | 'replyKind'
  | 'replyDate'
  | 'promisedDate'
  | 'promiseBroken'
  | 'paidAmount'
  | 'outstandingAmount'
  | 'returnDate'
  | 'resumeOn'
  | 'disputeTopic'
  | 'instalmentsAsked'
> {
  status: Exclude<ThreadStatus, 'not_invoice'>;
  daysOverdue: number;
  unansweredFollowUps: number;
  /** No human reply since the invoice. */
  noHumanReply: boolean;
  /** Automatic replies since the invoice. */
  autoReplies: number;
}

function isoDay(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  return isValidDay(Number(value.slice(0, 4)), Number(value.slice(5, 7)), Number(value.slice(8)));
}

/** The person's corrections when they are of this reply (a newer reply is read afresh). */
function correctionOf(
  reply: { date: string },
  corrections: ReplyCorrections | undefined,
): ReplyCorrections | undefined {
  if (!corrections) return undefined;
  return corrections.replyDate === undefined || corrections.replyDate === reply.date
    ? corrections
    : undefined;
}

/** The kind after the person's corrections (a corrected promise date makes it a promise). */
function correctedKind(kind: ReplyKind, corrections: ReplyCorrections | undefined): ReplyKind {
  if (!corrections) return kind;
  if (isoDay(corrections.promisedDate)) return 'promise';
  if (corrections.promisedDate === null && kind === 'promise') return 'other';
  if (corrections.notDispute === true && kind === 'dispute') return 'other';
  return kind;
}

export function threadStatus(
  messages: readonly NormalMessage[],
  invoice: InvoiceDetection,
  now: number,
  options: StatusOptions = { promiseGraceDays: 3 },
): StatusFacts {
  const kinds: MessageKind[] = [];
  let lastOwnerTime = Number.NaN;
  let lastOwner = -1;
  let lastHuman = -1;
  let latestHuman: NormalMessage | undefined;
  let returnDate: string | undefined;
  let autoReplies = 0;
  // Automatic replies since the owner's latest message, and the return date the latest names.
  let autosSinceOwner = 0;
  let othersSinceOwner = 0;
  let latestAutoReturn: { day: string; offset: number } | undefined;
  for (const m of messages) {
    const c = classifyMessage(m, lastOwnerTime);
    kinds[m.index] = c.kind;
    if (c.kind === 'owner') {
      lastOwner = m.index;
      if (Number.isFinite(m.time)) lastOwnerTime = m.time;
      autosSinceOwner = 0;
      othersSinceOwner = 0;
      latestAutoReturn = undefined;
    } else if (c.kind === 'human') {
      lastHuman = m.index;
      latestHuman = m;
      othersSinceOwner++;
    } else if (c.kind === 'auto' && m.index > invoice.index) {
      autoReplies++;
      autosSinceOwner++;
      if (c.returnDate) returnDate = c.returnDate;
      latestAutoReturn = c.returnDate ? { day: c.returnDate, offset: offsetOf(m.date) } : undefined;
    } else othersSinceOwner++;
  }

  const { offset } = invoice;
  const today = localDay(now, offset);
  const due = invoice.facts.dueDate;
  const overdue = due !== undefined && Number.isFinite(now) && now >= endOfDay(due, offset);
  const daysOverdue = overdue && today ? Math.max(0, daysBetween(due, today)) : 0;

  let unansweredFollowUps = 0;
  let silentFrom: NormalMessage | undefined;
  for (const m of messages) {
    if (kinds[m.index] !== 'owner' || m.index <= lastHuman) continue;
    silentFrom ??= m;
    if (m.index > invoice.index || (invoice.reminderOfUnseen && m.index === invoice.index))
      unansweredFollowUps++;
  }
  // One object filled in place: spreading partial objects into literals cost more than the
  // rest of this function (it runs once per invoice thread).
  const facts: StatusFacts = {
    status: 'waiting',
    daysOverdue,
    unansweredFollowUps,
    noHumanReply: lastHuman < invoice.index,
    autoReplies,
  };
  if (returnDate) facts.returnDate = returnDate;

  // Payments, in order: the owner's "payment received" or a customer's payment_sent reply. A
  // payment that names less than the invoice is partial; the parts add up. The latest human
  // reply since the invoice is read in full on the way (its kind is the reply kind); the
  // reading stops at the first payment of the whole, so a thread paid before the latest human
  // reply does not read it.
  const reply = latestHuman && latestHuman.index > invoice.index ? latestHuman : undefined;
  let reading: ReplyReading | undefined;
  let kind: ReplyKind | undefined;
  let corrections: ReplyCorrections | undefined;
  let paidInFull = false;
  let paidPart = 0;
  for (const m of messages) {
    const k = kinds[m.index];
    if (m.index <= invoice.index || (k !== 'owner' && k !== 'human')) continue;
    let r: ReplyReading | undefined;
    let pays: boolean;
    if (m === reply) {
      r = reading = readLatestReply(m);
      corrections = correctionOf(m, options.corrections);
      kind = correctedKind(r.kind, corrections);
      pays = kind === 'payment_sent';
    } else {
      // Older messages: do the sentences with a payment cue report a payment?
      r = readPaymentCue(m);
      pays = r?.paid === true;
    }
    if (!r) continue;
    if (!pays) continue;
    const part = partialAmount(m, r, invoice.facts);
    if (part === undefined) {
      paidInFull = true;
      break;
    }
    // Parts add up from the customer's replies; the owner's "thanks for the €500" repeats one.
    if (k === 'human') paidPart += part;
  }
  if (reading && kind && reply) {
    facts.replyKind = kind;
    facts.replyDate = reply.date;
    if (kind === 'dispute' && reading.disputeTopic) facts.disputeTopic = reading.disputeTopic;
    if (kind === 'instalment_request' && reading.instalmentsAsked)
      facts.instalmentsAsked = reading.instalmentsAsked;
  }
  const amount = invoice.facts.amount;
  if (paidPart > 0 && amount !== undefined && paidPart >= amount - 0.005) paidInFull = true;
  if (paidInFull) {
    facts.status = 'paid';
    return facts;
  }
  if (paidPart > 0 && amount !== undefined) {
    facts.paidAmount = Math.round(paidPart * 100) / 100;
    facts.outstandingAmount = Math.round((amount - paidPart) * 100) / 100;
  }
  // A partial payment leaves the status to be decided as if the reply said something else.
  const statusKind = kind === 'payment_sent' ? 'other' : kind;

  const bounced = lastHuman < lastOwner && kinds.some((k, i) => k === 'bounce' && i > lastOwner);
  if (bounced) {
    facts.status = 'bounced';
    silence(facts, silentFrom, today, offset);
    return facts;
  }
  if (statusKind === 'dispute' && lastHuman > lastOwner) {
    facts.status = 'disputed';
    return facts;
  }
  let broken = false;
  if (statusKind === 'promise' && reply && reading) {
    const corrected = corrections?.promisedDate;
    const promised = isoDay(corrected) ? corrected : promiseDayOf(reply, reading);
    if (promised) {
      facts.promisedDate = promised;
      const grace = addDays(promised, options.promiseGraceDays);
      if (!(now >= endOfDay(grace, offsetOf(reply.date)))) {
        facts.status = 'promised';
        return facts;
      }
      broken = true;
      facts.promiseBroken = true;
    }
  }
  if (!broken && lastHuman > lastOwner) {
    facts.status = 'answered';
    return facts;
  }
  // The owner's latest message drew only automatic replies, the latest naming its return.
  if (latestAutoReturn && autosSinceOwner > 0 && othersSinceOwner === 0 && lastOwner >= 0) {
    facts.resumeOn = addDays(latestAutoReturn.day, 1);
  }
  const held =
    facts.resumeOn !== undefined &&
    latestAutoReturn !== undefined &&
    now < endOfDay(latestAutoReturn.day, latestAutoReturn.offset);
  facts.status = held ? 'waiting' : broken || overdue ? 'silent' : 'waiting';
  silence(facts, silentFrom, today, offset);
  if (broken && !silentFrom && facts.promisedDate) {
    // Nothing sent since the promise: silence starts the day after the promised day.
    const since = addDays(facts.promisedDate, 1);
    facts.silentSince = since;
    if (today) facts.daysSilent = Math.max(0, daysBetween(since, today));
  }
  return facts;
}

/** Silence is only reported for bounced, silent and waiting threads. */
function silence(
  facts: StatusFacts,
  silentFrom: NormalMessage | undefined,
  today: string | undefined,
  offset: number,
): void {
  if (!silentFrom) return;
  facts.silentSince = silentFrom.date;
  const silentDay = localDay(silentFrom.time, offset);
  if (silentDay && today) facts.daysSilent = Math.max(0, daysBetween(silentDay, today));
}
