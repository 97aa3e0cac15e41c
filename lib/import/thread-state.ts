/**
 * What the import keeps in memory of one conversation while it groups messages: the thread
 * builder makes and grows it, the subject index finds it by subject and address, and the
 * hand-out code passes it on.
 */
import type { WebmailClient } from '../core/index';
import type { AddressSet } from './address-set';

export interface ThreadState {
  /** Its id is derived from it (threadId in thread-builder.ts): kept once, not twice. */
  rootMessageId: string;
  subjectKey: string;
  /** Spool buckets holding its messages: its own first, then those of conversations it absorbed. */
  buckets: number[];
  messageCount: number;
  /** Every address that sent, received or was copied (one shared string per address). */
  participants: AddressSet;
  senders: AddressSet;
  /** Date of its earliest message (ms since 1970): all that matching by subject needs of them. */
  earliest: number;
  webmail?: WebmailClient;
  /** Gmail's own id for this conversation (Takeout), to recognise it when the sidebar tracked it. */
  gmailThreadId?: string;
  /** Began with a reply naming no message: its original may still come later in the export. */
  startedByReply: boolean;
}
