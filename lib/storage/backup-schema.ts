/**
 * The shape a backup file must have. Loose about extra fields (a newer version may add some),
 * strict about everything the extension relies on when it reads the data back.
 */
import * as v from 'valibot';

const stage = v.picklist([1, 2, 3, 4]);
const day = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}/));
const client = v.picklist(['gmail', 'outlook', 'import']);

const decision = v.variant('kind', [
  v.object({ kind: v.literal('hold'), since: v.string() }),
  v.object({ kind: v.literal('snooze'), until: day }),
  v.object({ kind: v.literal('paid'), date: v.string() }),
  v.object({ kind: v.literal('not_invoice') }),
]);

const analysis = v.looseObject({
  status: v.picklist(['not_invoice', 'paid', 'bounced', 'answered', 'waiting', 'silent']),
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
  followUps: v.array(v.object({ stage, date: v.string() })),
  overrides: v.optional(
    v.object({
      customerType: v.optional(v.picklist(['business', 'consumer'])),
      jurisdiction: v.optional(v.picklist(['auto', 'DE', 'UK', 'EU', 'none'])),
    }),
  ),
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
