/**
 * What the store keeps per tracked thread. The listing part (`ThreadRecord`) is small and read
 * in bulk by the popup; the thread content needed to re-analyse it as days pass lives in its own
 * store (`ThreadContent`) so that listing 1,000 threads never deserialises their mail bodies.
 */
import type {
  CustomerType,
  Jurisdiction,
  MailClientName,
  MailThread,
  ReplyCorrections,
  ThreadAnalysis,
} from '../core/index';
import type { Decision, FollowUpRecord } from './decision';

/** The person's per-thread overrides of their default settings. */
export interface ThreadOverrides {
  customerType?: CustomerType;
  jurisdiction?: Jurisdiction;
}

export interface ThreadRecord {
  id: string;
  client: MailClientName;
  /** Reopens the conversation in its mail client ('' when there is none, e.g. imported mail). */
  link: string;
  subject?: string;
  /** The first recipient of the owner's invoice message who is not the owner. */
  customer: { name?: string; email?: string };
  analysis: ThreadAnalysis;
  /** ISO date-time of the analysis above. */
  analyzedAt: string;
  firstSeenAt: string;
  updatedAt: string;
  decision?: Decision;
  /** The person's reading of the latest reply (a promise date, "not a dispute"), for that reply. */
  correction?: ReplyCorrections;
  followUps: FollowUpRecord[];
  overrides: ThreadOverrides;
  /**
   * ISO date-time the person sent this conversation's invoice from the mail client, when Unghost
   * started tracking it then (before it was ever shown): the send's Undo removes only such a record.
   */
  trackedAtSend?: string;
  /** Lower-cased customer, subject and invoice number: what the popup's search matches (v2). */
  searchText: string;
}

export interface ThreadContent {
  id: string;
  thread: MailThread;
}

/**
 * The customer of a thread: recipients of the first invoice message other than the owner
 * (docs/rules.md §2).
 */
export function customerOf(thread: MailThread, analysis: ThreadAnalysis): ThreadRecord['customer'] {
  const owner = new Set(thread.owner.emails.map((e) => e.toLowerCase()));
  const invoice = thread.messages[analysis.invoiceMessageIndex ?? 0] ?? thread.messages[0];
  const recipient = (invoice?.to ?? []).find((a) => !owner.has(a.email.toLowerCase()));
  if (recipient) return { name: recipient.name || undefined, email: recipient.email };
  // Nothing addressed: the first non-owner sender is the best guess.
  const sender = thread.messages.find((m) => !owner.has(m.from.email.toLowerCase()))?.from;
  return sender ? { name: sender.name || undefined, email: sender.email } : {};
}

export function searchTextOf(
  record: Pick<ThreadRecord, 'customer' | 'subject' | 'analysis'>,
): string {
  return [
    record.customer.name,
    record.customer.email,
    record.subject,
    record.analysis.invoice?.number,
  ]
    .filter(Boolean)
    .join(' ')
    .toLowerCase();
}
