/**
 * Where an import keeps the messages it has read until their conversation is handed out: out
 * of the page's memory, so a 1 GB export does not hold 1 GB of mail in the JS heap. Messages
 * are filed under buckets (numbers): a conversation's messages are the messages of its
 * buckets, so joining two conversations joins two lists of buckets and moves no message.
 * The extension spools to IndexedDB (idb-spool.ts); the bench to a file.
 */
import type { MailMessage } from '../core/index';

export interface SpooledMessage {
  bucket: number;
  message: MailMessage;
}

export interface MessageSpool {
  /** Stores the messages, each under its bucket, in this order. */
  append(entries: readonly SpooledMessage[]): Promise<void>;
  /** The messages of these buckets, each bucket's in the order they were appended. */
  read(buckets: readonly number[]): Promise<Map<number, MailMessage[]>>;
  /** Forgets every message and releases the storage; the spool is not used afterwards. */
  clear(): Promise<void>;
}
