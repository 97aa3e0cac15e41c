/**
 * Long conversations: the core reads at most 1,000 messages, and keeps the ones that decide the
 * reading (the owner's invoice and the newest), not the first 1,000.
 */
import { describe, expect, test } from 'vitest';
import { analyzeThread } from '../../lib/core/analyze-thread';
import { invoiceThread, type ReplySpec } from './thread-builder';

const NOW = '2026-11-20T10:00:00+01:00';
const INVOICE = 'Attached: invoice INV-5.\nTotal: 1.000,00 €\nDue date: 15/10/2026';

/** `count` customer messages about something else, a minute apart, from 2 Oct on. */
function chatter(count: number): ReplySpec[] {
  const start = Date.parse('2026-10-02T08:00:00Z');
  return Array.from({ length: count }, (_, i) => ({
    text: `Another question about the layout, number ${i}.`,
    date: new Date(start + i * 60_000).toISOString(),
  }));
}

const after = (replies: ReplySpec[]) =>
  new Date(Date.parse(replies.at(-1)!.date) + 3600_000).toISOString();

describe('a conversation longer than the core reads', () => {
  const long = chatter(10_000);
  test.each([
    [
      'a "we paid" as message 10,002 still makes it paid',
      { text: 'We paid the invoice today, thanks.', date: after(long) },
      'paid',
    ],
    [
      'a reminder as the newest message makes it wait for the customer again',
      { from: 'owner', text: 'A friendly reminder about invoice INV-5.', date: after(long) },
      'silent',
    ],
    [
      'a question as the newest message is an answer',
      { text: 'Could you resend the PDF?', date: after(long) },
      'answered',
    ],
  ] as const)('%s', (_label, last, status) => {
    const thread = invoiceThread({
      subject: 'Invoice INV-5',
      text: INVOICE,
      attachments: ['invoice.pdf'],
      replies: [...long, last],
    });
    const analysis = analyzeThread(thread, { now: NOW });
    expect(analysis.status).toBe(status);
    expect(analysis.invoiceMessageIndex).toBe(0);
    expect(analysis.invoice?.number).toBe('INV-5');
  });

  test("the owner's invoice sent after 2,000 messages of small talk is still found", () => {
    const talk = chatter(2_000);
    const thread = invoiceThread({
      text: 'Hello!',
      replies: [
        ...talk,
        { from: 'owner', text: INVOICE, subject: 'Invoice INV-5', date: after(talk) },
      ],
    });
    expect(analyzeThread(thread, { now: NOW }).invoice?.number).toBe('INV-5');
  });
});
