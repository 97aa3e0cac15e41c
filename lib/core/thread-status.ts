/**
 * Status of an invoice thread at `now` (docs/rules.md §3), checked in this order: paid, bounced,
 * answered, waiting, silent. Also silentSince, daysSilent, daysOverdue and
 * unansweredFollowUps. Whole days are calendar days in the owner's time zone, the UTC offset
 * of the invoice message: an invoice due 20 November is overdue from midnight that night.
 */
import { daysBetween, endOfDay, localDay } from './calendar';
import type { InvoiceDetection } from './invoice-detection';
import { classifyMessage, type MessageKind } from './message-kind';
import type { NormalMessage } from './normalize-thread';
import { hasPaymentCue } from './payment-cues';
import type { ThreadStatus } from './results';

export interface StatusFacts {
  status: Exclude<ThreadStatus, 'not_invoice'>;
  silentSince?: string;
  daysSilent?: number;
  daysOverdue: number;
  unansweredFollowUps: number;
  awayUntil?: string;
  /** No human reply since the invoice. */
  noHumanReply: boolean;
  /** Automatic replies since the invoice. */
  autoReplies: number;
}

export function threadStatus(
  messages: readonly NormalMessage[],
  invoice: InvoiceDetection,
  now: number,
): StatusFacts {
  const kinds: MessageKind[] = [];
  let lastOwnerTime = Number.NaN;
  let lastOwner = -1;
  let lastHuman = -1;
  let awayUntil: string | undefined;
  let autoReplies = 0;
  for (const m of messages) {
    const c = classifyMessage(m, lastOwnerTime);
    kinds[m.index] = c.kind;
    if (c.kind === 'owner') {
      lastOwner = m.index;
      if (Number.isFinite(m.time)) lastOwnerTime = m.time;
    } else if (c.kind === 'human') lastHuman = m.index;
    else if (c.kind === 'auto' && m.index > invoice.index) {
      autoReplies++;
      if (c.awayUntil) awayUntil = c.awayUntil;
    }
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
  if (awayUntil) facts.awayUntil = awayUntil;
  const paid = messages.some(
    (m) =>
      m.index > invoice.index &&
      (kinds[m.index] === 'owner' || kinds[m.index] === 'human') &&
      hasPaymentCue(m),
  );
  if (paid) {
    facts.status = 'paid';
    return facts;
  }
  if (lastHuman > lastOwner) {
    facts.status = 'answered';
    return facts;
  }
  const bounced = lastHuman < lastOwner && kinds.some((k, i) => k === 'bounce' && i > lastOwner);
  facts.status = bounced ? 'bounced' : overdue ? 'silent' : 'waiting';
  // Silence is only reported for bounced, silent and waiting threads.
  if (silentFrom) {
    facts.silentSince = silentFrom.date;
    const silentDay = localDay(silentFrom.time, offset);
    if (silentDay && today) facts.daysSilent = Math.max(0, daysBetween(silentDay, today));
  }
  return facts;
}
