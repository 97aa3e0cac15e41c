/**
 * Owner detection: with no address in the settings, the person who wrote most of the export's
 * mail is almost always its owner (Takeout and "Sent" folders are full of their own mail).
 * The result is only a proposal the person confirms; machines are never candidates.
 */
import type { MailAddress } from '../core/index';

export interface OwnerCandidate {
  email: string;
  name?: string;
  messages: number;
}

const MACHINE =
  /^(mailer-daemon|postmaster|no-?reply|do-?not-?reply|notifications?|bounces?)([+@.-]|$)/i;

export class SenderTally {
  private readonly counts = new Map<string, OwnerCandidate>();

  add(from: MailAddress, isBulk: boolean): void {
    if (isBulk || MACHINE.test(from.email)) return;
    const email = from.email.toLowerCase();
    const entry = this.counts.get(email) ?? { email, messages: 0 };
    entry.messages++;
    if (from.name && !entry.name) entry.name = from.name;
    this.counts.set(email, entry);
  }

  /** Most frequent senders first; ties by address so the proposal is stable. */
  candidates(limit = 3): OwnerCandidate[] {
    return [...this.counts.values()]
      .sort((a, b) => b.messages - a.messages || a.email.localeCompare(b.email))
      .slice(0, limit);
  }
}
