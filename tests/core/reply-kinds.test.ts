/**
 * What a customer's reply means, per language (docs/rules.md §3 "Reply kinds"): the labelled
 * replies in tests/fixtures/replies/<lang>.json, each sent the day after an invoice, read as
 * the latest human reply. Reports the accuracy per kind and requires every reply to be read as
 * labelled, with its dispute topic, the number of parts asked for and the promised day.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { analyzeThread } from '../../lib/core/analyze-thread';
import type { DisputeTopic, ReplyKind } from '../../lib/core/results';
import { invoiceThread } from './thread-builder';

interface LabelledReply {
  kind: ReplyKind;
  text: string;
  topic?: DisputeTopic;
  instalments?: number;
  /** The promised day, for promises. */
  date?: string;
}

const INVOICE = 'Attached: invoice INV-7.\nTotal: 1.000,00 €\nDue date: 30/10/2026';
const SENT = '2026-10-16T09:00:00+02:00';
/** Monday 2 November 2026: "Friday" is the 6th, "next week" Friday the 13th. */
const REPLIED = '2026-11-02T10:00:00+01:00';
const NOW = '2026-11-03T12:00:00+01:00';
const KINDS: ReplyKind[] = [
  'payment_sent',
  'promise',
  'dispute',
  'instalment_request',
  'invoice_request',
  'other',
];

const dir = join(import.meta.dirname, '../fixtures/replies');
const tables = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map(
    (f) =>
      JSON.parse(readFileSync(join(dir, f), 'utf8')) as {
        language: string;
        replies: LabelledReply[];
      },
  );
const cases = tables.flatMap((t) => t.replies.map((r) => [t.language, r.kind, r.text, r] as const));

function read(text: string) {
  return analyzeThread(
    invoiceThread({
      text: INVOICE,
      date: SENT,
      attachments: ['invoice.pdf'],
      replies: [{ text, date: REPLIED }],
    }),
    { now: NOW },
  );
}

const tally = new Map<string, { right: number; all: number }>();

describe('every language has labelled replies of every kind, three at least', () => {
  test.each(['en', 'de', 'fr', 'es', 'it', 'nl'])('%s', (language) => {
    const table = tables.find((t) => t.language === language);
    for (const kind of KINDS) {
      const n = table?.replies.filter((r) => r.kind === kind).length ?? 0;
      expect({ kind, enough: n >= 3 }).toEqual({ kind, enough: true });
    }
  });
});

describe('labelled replies read as labelled', () => {
  test.each(cases)('%s %s: "%s"', (language, kind, text, label) => {
    const a = read(text);
    const key = `${language} ${kind}`;
    const t = tally.get(key) ?? { right: 0, all: 0 };
    t.all++;
    if (a.replyKind === kind) t.right++;
    tally.set(key, t);
    expect(a.replyKind).toBe(kind);
    if (label.topic) expect(a.disputeTopic).toBe(label.topic);
    if (label.instalments) expect(a.instalmentsAsked).toBe(label.instalments);
    if (label.date) expect(a.promisedDate).toBe(label.date);
    if (kind === 'promise') expect(a.status).toBe('promised');
    if (kind === 'dispute') expect(a.status).toBe('disputed');
    if (kind === 'payment_sent') expect(a.status).toBe('paid');
  });

  afterAll(() => {
    const rows = [...tally.entries()]
      .sort()
      .map(([key, t]) => `${key}: ${t.right}/${t.all} (${Math.round((100 * t.right) / t.all)}%)`);
    console.log(`Reply kinds, accuracy per language and kind:\n${rows.join('\n')}`);
  });
});
