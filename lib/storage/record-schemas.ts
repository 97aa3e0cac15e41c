/**
 * The shapes of what Unghost stores, with size limits: one definition for the background's
 * message payloads and for backup files, so the two paths accept and refuse the same values.
 * Mail is hostile input: every string and list is capped.
 */
import * as v from 'valibot';
import { JURISDICTIONS, MAIL_CLIENT_NAMES } from '../core/index';

export const LIMITS = {
  /** Characters of one message's text (longer texts are refused, not cut, on the way in). */
  text: 100_000,
  preview: 2_000,
  subject: 1_000,
  name: 200,
  email: 320,
  id: 300,
  date: 100,
  messages: 1_000,
  addresses: 200,
  attachments: 100,
  headers: 200,
  header: 2_000,
} as const;

const str = (max: number) => v.pipe(v.string(), v.maxLength(max));

export const stage = v.picklist([1, 2, 3, 4]);
export const day = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/));
export const isoTime = v.pipe(v.string(), v.maxLength(LIMITS.date), v.isoTimestamp());
export const client = v.picklist(MAIL_CLIENT_NAMES);

export const decision = v.variant('kind', [
  v.object({ kind: v.literal('hold'), since: str(LIMITS.date) }),
  v.object({ kind: v.literal('snooze'), until: day }),
  v.object({ kind: v.literal('paid'), date: str(LIMITS.date) }),
  v.object({ kind: v.literal('not_invoice') }),
]);

/** The person's correction of how the latest reply was read (docs/rules.md §3 "Corrections"). */
export const correction = v.object({
  replyDate: str(LIMITS.date),
  promisedDate: v.optional(v.nullable(day)),
  notDispute: v.optional(v.boolean()),
});

export const overrides = v.object({
  customerType: v.optional(v.picklist(['business', 'consumer'])),
  jurisdiction: v.optional(v.picklist(JURISDICTIONS)),
});

export const address = v.object({ name: v.optional(str(LIMITS.name)), email: str(LIMITS.email) });
const addresses = v.pipe(v.array(address), v.maxLength(LIMITS.addresses));

export const mailMessage = v.object({
  id: str(LIMITS.id),
  from: address,
  to: v.optional(addresses),
  cc: v.optional(addresses),
  date: str(LIMITS.date),
  subject: v.optional(str(LIMITS.subject)),
  text: v.optional(str(LIMITS.text)),
  preview: v.optional(str(LIMITS.preview)),
  attachments: v.optional(
    v.pipe(
      v.array(v.object({ name: str(LIMITS.name + 100), mimeType: v.optional(str(LIMITS.name)) })),
      v.maxLength(LIMITS.attachments),
    ),
  ),
  headers: v.optional(
    v.pipe(
      v.record(str(LIMITS.name), str(LIMITS.header)),
      v.check((h) => Object.keys(h).length <= LIMITS.headers, 'too many headers'),
    ),
  ),
});

/** A MailThread as adapters produce it; its id starts with its client ("gmail:..."). */
export const mailThread = v.pipe(
  v.object({
    id: v.pipe(str(LIMITS.id), v.minLength(3)),
    client,
    subject: v.optional(str(LIMITS.subject)),
    owner: v.object({
      name: v.optional(str(LIMITS.name)),
      emails: v.pipe(v.array(str(LIMITS.email)), v.maxLength(100)),
    }),
    messages: v.pipe(v.array(mailMessage), v.maxLength(LIMITS.messages)),
  }),
  v.check((t) => t.id.startsWith(`${t.client}:`), 'the thread id names another client'),
);
