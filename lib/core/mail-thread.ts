/**
 * The MailThread every adapter produces (Gmail DOM, Outlook DOM, .eml/mbox import).
 * Its JSON Schema is docs/mail-thread.schema.json (docs/rules.md §1); a field added here goes
 * there too: tests/core/mail-thread-schema.test.ts fails while the two differ.
 */
/** The webmail clients Unghost lives in: the one list every other place derives from. */
export const WEBMAIL_CLIENTS = ['gmail', 'outlook'] as const;
export type WebmailClient = (typeof WEBMAIL_CLIENTS)[number];
/** Where a MailThread comes from: a webmail client's page, or a mailbox import. */
export const MAIL_CLIENT_NAMES = [...WEBMAIL_CLIENTS, 'import'] as const;
export type MailClientName = (typeof MAIL_CLIENT_NAMES)[number];

export interface MailAddress {
  name?: string;
  email: string;
}

export interface MailAttachment {
  name: string;
  mimeType?: string;
}

export interface MailMessage {
  id: string;
  from: MailAddress;
  to?: MailAddress[];
  cc?: MailAddress[];
  /** ISO 8601 with offset, e.g. 2026-10-01T09:12:00+02:00. */
  date: string;
  subject?: string;
  /** Plain text; quoted history may be present. Absent when nobody has seen the whole text. */
  text?: string;
  /**
   * The client's preview line of a message it shows collapsed (a sentence or two, often cut
   * short). Read for cues when `text` is absent, never taken as the whole text.
   */
  preview?: string;
  attachments?: MailAttachment[];
  /** Optional, lower-case header names. */
  headers?: Record<string, string>;
}

export interface MailThread {
  /** Client-prefixed, stable across reloads: "gmail:18c2f...". */
  id: string;
  client: MailClientName;
  subject?: string;
  /** The mailbox user and their aliases. */
  owner: { name?: string; emails: string[] };
  /** Oldest first. */
  messages: MailMessage[];
}
