/**
 * Every message the background accepts, through a schema with size limits (shared with the
 * backup check in lib/storage/record-schemas.ts). A payload that does not fit is refused with a
 * clear error and stores nothing.
 */
import * as v from 'valibot';
import type { ProtocolMap } from '../messages';
import { readingReportSchema } from '../storage/reading-health';
import {
  correction,
  day,
  decision,
  isoTime,
  LIMITS,
  mailThread,
  overrides,
  stage,
} from '../storage/record-schemas';
import { sentSchema } from './sent-schema';

const threadId = v.pipe(v.string(), v.minLength(3), v.maxLength(LIMITS.id));
const sweepClient = v.picklist(['gmail', 'outlook']);
/** A sweep lists at most this many conversations (years of invoices for a busy freelancer). */
const MAX_SWEEP_HITS = 5_000;
const sweepIndex = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_SWEEP_HITS));
const link = v.pipe(v.string(), v.maxLength(2_000));
const none = v.undefined();
const importedThread = v.object({
  thread: mailThread,
  link,
  sameAs: v.pipe(v.array(threadId), v.maxLength(10)),
});

export const payloadSchemas: { [K in keyof ProtocolMap]: v.GenericSchema } = {
  trackThread: v.object({
    thread: mailThread,
    link,
    hiddenMessageIds: v.optional(
      v.pipe(v.array(v.pipe(v.string(), v.maxLength(LIMITS.id))), v.maxLength(LIMITS.messages)),
    ),
    hiddenMessages: v.optional(
      v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(LIMITS.messages)),
    ),
  }),
  rememberSent: v.object({
    sent: sentSchema,
    client: v.optional(v.picklist(['gmail', 'outlook'])),
    link: v.optional(link),
  }),
  untrackSent: v.object({ threadId }),
  reportReading: readingReportSchema,
  recordFollowUp: v.object({ threadId, stage, date: isoTime }),
  setDecision: v.object({ threadId, decision: v.nullable(decision) }),
  setReplyCorrection: v.object({ threadId, correction: v.nullable(correction) }),
  getSettings: none,
  // The settings' own validation (validate-settings.ts) checks each field; here only the shape.
  saveSettings: v.pipe(
    v.looseObject({}),
    v.check((s) => JSON.stringify(s).length <= 50_000, 'settings too large'),
  ),
  listThreads: none,
  setThreadOverrides: v.object({ threadId, overrides }),
  exportBackup: none,
  importBackup: v.object({ text: v.pipe(v.string(), v.maxLength(200_000_000)) }),
  forgetEverything: none,
  getRateTables: none,
  updateRateTables: v.object({ tables: v.nullable(v.looseObject({})) }),
  getReadingHealth: none,
  importThreads: v.object({
    threads: v.pipe(v.array(importedThread), v.maxLength(1_000)),
    replacedIds: v.pipe(v.array(threadId), v.maxLength(10_000)),
  }),
  sweepTask: v.object({ client: sweepClient }),
  sweepSearched: v.object({
    client: sweepClient,
    hits: v.pipe(
      v.array(
        v.object({
          threadId,
          subject: v.pipe(v.string(), v.maxLength(LIMITS.subject)),
          unread: v.boolean(),
          date: v.optional(day),
        }),
      ),
      v.maxLength(MAX_SWEEP_HITS),
    ),
  }),
  sweepCheck: v.object({ client: sweepClient, index: sweepIndex }),
  sweepReport: v.object({
    client: sweepClient,
    report: v.object({
      index: sweepIndex,
      outcome: v.picklist(['invoice', 'not_invoice', 'skipped', 'unreadable']),
      silent: v.optional(v.boolean()),
      reason: v.optional(v.pipe(v.string(), v.maxLength(200))),
      unreadRestored: v.optional(v.boolean()),
    }),
  }),
  sweepStart: v.object({
    client: sweepClient,
    months: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(120))),
  }),
  sweepControl: v.object({
    client: sweepClient,
    action: v.picklist(['pause', 'resume', 'cancel']),
  }),
  sweepStatus: none,
};

/** Thrown for a payload that does not fit its schema; says where, never what the value was. */
export class PayloadError extends Error {
  constructor(name: string, issues: readonly v.BaseIssue<unknown>[]) {
    const where = issues
      .slice(0, 3)
      .map((i) => (i.path ?? []).map((p) => String(p.key)).join('.') || '(payload)');
    super(`Refused "${name}": the request is malformed or too large (${where.join(', ')}).`);
    this.name = 'PayloadError';
  }
}

/** The payload if it fits the schema of message `name`; throws PayloadError otherwise. */
export function checkPayload<K extends keyof ProtocolMap>(
  name: K,
  data: unknown,
): Parameters<ProtocolMap[K]>[0] {
  const result = v.safeParse(payloadSchemas[name], data);
  if (!result.success) throw new PayloadError(name, result.issues);
  // The parsed copy: fields the schema does not know are left behind, never stored.
  return result.output as Parameters<ProtocolMap[K]>[0];
}
