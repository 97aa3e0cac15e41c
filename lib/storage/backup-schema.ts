/**
 * The shape a backup file must have. Loose about extra fields (a newer version may add some),
 * strict about everything the extension relies on when it reads the data back.
 */
import * as v from 'valibot';
// Decisions, overrides, stages and clients: the same definitions the background's messages use.
import { THREAD_STATUSES } from '../core/index';
import { client, correction, decision, overrides, stage } from './record-schemas';

const analysis = v.looseObject({
  // Every status the core gives: a backup of a promised or disputed thread is no damaged one.
  status: v.picklist(THREAD_STATUSES),
  ghostScore: v.pipe(v.number(), v.minValue(0), v.maxValue(100)),
  reasons: v.array(v.looseObject({ code: v.string(), value: v.number(), points: v.number() })),
  invoice: v.optional(
    v.looseObject({
      number: v.optional(v.string()),
      amount: v.optional(v.number()),
      currency: v.optional(v.string()),
      dueDate: v.optional(v.string()),
    }),
  ),
  stage: v.optional(stage),
});

const threadRecord = v.looseObject({
  id: v.pipe(v.string(), v.minLength(1)),
  client,
  link: v.string(),
  subject: v.optional(v.string()),
  customer: v.object({ name: v.optional(v.string()), email: v.optional(v.string()) }),
  analysis,
  analyzedAt: v.string(),
  firstSeenAt: v.string(),
  updatedAt: v.string(),
  decision: v.optional(decision),
  correction: v.optional(correction),
  followUps: v.array(v.object({ stage, date: v.string() })),
  overrides: v.optional(overrides),
});

const address = v.looseObject({ name: v.optional(v.string()), email: v.string() });

const content = v.object({
  id: v.pipe(v.string(), v.minLength(1)),
  thread: v.looseObject({
    id: v.string(),
    client,
    subject: v.optional(v.string()),
    owner: v.looseObject({ name: v.optional(v.string()), emails: v.array(v.string()) }),
    messages: v.array(v.looseObject({ id: v.string(), from: address, date: v.string() })),
  }),
});

export const backupSchema = v.object({
  format: v.literal('unghost-backup'),
  version: v.literal(1),
  exportedAt: v.string(),
  schemaVersion: v.number(),
  settings: v.optional(v.looseObject({})),
  lateInterestTables: v.optional(v.looseObject({})),
  threads: v.array(threadRecord),
  contents: v.array(content),
});
