/**
 * A message the person sent, as a content script reports it (rememberSent). The page it comes
 * from is hostile: every field is checked and capped before anything is stored.
 */
import * as v from 'valibot';
import { MAX_TEXT } from '../storage/message-memory';
import { address, isoTime, LIMITS } from '../storage/record-schemas';

export const sentSchema = v.object({
  threadId: v.optional(v.pipe(v.string(), v.maxLength(300), v.regex(/^(gmail|outlook):[^\s]+$/))),
  subject: v.optional(v.pipe(v.string(), v.maxLength(LIMITS.subject))),
  text: v.pipe(v.string(), v.maxLength(MAX_TEXT)),
  attachments: v.pipe(
    v.array(v.object({ name: v.pipe(v.string(), v.maxLength(300)) })),
    v.maxLength(50),
  ),
  to: v.pipe(v.array(address), v.maxLength(100)),
  from: v.optional(address),
  date: isoTime,
});
