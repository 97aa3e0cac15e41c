import { describe, expect, test } from 'vitest';
import { analyzeThread, type MailThread } from '../../lib/core';
import { normalizeMessages, ownerEmails } from '../../lib/core/normalize-thread';

const owner = { name: 'Ada Owner', emails: ['ada@studio.example'] };

function thread(subject: string, texts: string[]): MailThread {
  return {
    id: subject,
    client: 'gmail',
    subject,
    owner,
    messages: texts.map((text, i) => ({
      id: `m${i}`,
      from: i % 2 === 0 ? { email: 'ada@studio.example' } : { email: 'cfo@client.example' },
      to: i % 2 === 0 ? [{ email: 'cfo@client.example' }] : [{ email: 'ada@studio.example' }],
      date: `2026-10-0${i + 1}T09:00:00+02:00`,
      subject: i === 0 ? subject : `Re: ${subject}`,
      text,
    })),
  };
}

const invoice = thread('Invoice INV-7', [
  'Hello, please find attached invoice INV-7 for 1,200.00 EUR, payable by 15 October 2026.',
  'Thanks, we have paid it today.',
]);
const other = thread('Lunch next week?', [
  'Shall we meet on Tuesday? The café on the corner has a new menu.',
  'Tuesday works, see you there.',
  'Great, noon then.',
]);

describe('each message is read once, and one analysis shares nothing with the next', () => {
  test('a message carries its subject, body and headers already read', () => {
    const messages = normalizeMessages(invoice, ownerEmails(invoice, []));
    expect(messages.map((m) => [m.subject.stripped, m.subject.isReply, m.subject.invoice])).toEqual(
      [
        ['Invoice INV-7', false, true],
        ['Invoice INV-7', true, true],
      ],
    );
    // Replies repeating one subject share one reading of it.
    const replies = normalizeMessages(other, ownerEmails(other, []));
    expect(replies[2]?.subject).toBe(replies[1]?.subject);
    expect(replies[1]?.subject).not.toBe(replies[0]?.subject);
    expect(messages[1]?.body.lower).toBe('thanks, we have paid it today.');
    expect(messages[0]?.recipients).toEqual([{ email: 'cfo@client.example', name: undefined }]);
  });

  test('words read for one thread stay intact while the next thread is read', () => {
    const first = normalizeMessages(invoice, ownerEmails(invoice, []));
    const words = (i: number) => {
      const body = first[i]!.body;
      return Array.from(body.tokens.starts, (s, k) => body.lower.slice(s, body.tokens.ends[k]));
    };
    const before = [words(0), words(1)];
    normalizeMessages(other, ownerEmails(other, []));
    analyzeThread(other, { now: '2026-10-20T10:00:00Z' });
    expect([words(0), words(1)]).toEqual(before);
  });

  test.each([
    ['alone', [invoice]],
    ['after other threads', [other, thread('Re: nothing', ['x']), invoice]],
  ])('the same thread reads the same %s', (_label, sequence) => {
    let last;
    for (const t of sequence) last = analyzeThread(t, { now: '2026-10-20T10:00:00Z' });
    expect(last).toEqual(analyzeThread(invoice, { now: '2026-10-20T10:00:00Z' }));
    expect(last?.status).toBe('paid');
  });
});
