/**
 * A partial reading (collapsed and hidden messages) with what was seen before laid over it:
 * text remembered by message id, text captured at Send. Nothing unseen is invented.
 */
import { describe, expect, test } from 'vitest';
import { analyzeThread } from '../../lib/core/analyze-thread';
import type { MailMessage, MailThread } from '../../lib/core/mail-thread';
import { mergeReadings, type RememberedMessage } from '../../lib/core/merge-readings';

const OWNER = { name: 'Anna Schmidt', email: 'anna@studio.example' };
const CUSTOMER = { name: 'Raj Patel', email: 'raj@client.example' };
const NOW = '2026-11-20T10:00:00+01:00';

const INVOICE: MailMessage = {
  id: 'a1',
  from: OWNER,
  to: [CUSTOMER],
  date: '2026-09-01T09:00:00+02:00',
  subject: 'Invoice 2026-044',
  text: 'Hi Raj,\n\nattached is invoice 2026-044 for sprint 3.\n\nTotal: £3,600.00, due 15 September 2026.\n\nBest,\nAnna',
  attachments: [{ name: 'Invoice-2026-044.pdf' }],
};
const THANKS: MailMessage = {
  id: 'a2',
  from: CUSTOMER,
  to: [OWNER],
  date: '2026-09-01T18:00:00+02:00',
  text: 'Thanks, passing it to accounts.',
};
const REMINDER: MailMessage = {
  id: 'a3',
  from: OWNER,
  to: [CUSTOMER],
  date: '2026-10-01T09:00:00+02:00',
  text: 'Hi Raj, just checking in on the invoice from September. Best, Anna',
};

const thread = (messages: MailMessage[]): MailThread => ({
  id: 'gmail:t1',
  client: 'gmail',
  subject: 'Invoice 2026-044',
  owner: { name: OWNER.name, emails: [OWNER.email] },
  messages,
});
const collapsed = (m: MailMessage, preview?: string): MailMessage => {
  const { text: _t, attachments: _a, ...rest } = m;
  return preview ? { ...rest, preview } : rest;
};
const read = (m: MailMessage): RememberedMessage => ({ ...m, source: 'read' });

describe('laying remembered text over what the page shows', () => {
  test.each([
    {
      label: 'everything expanded: nothing to recall, nothing unseen',
      page: { thread: thread([INVOICE, THANKS, REMINDER]) },
      memory: [],
      unseen: 0,
      recalled: 0,
      status: 'silent',
    },
    {
      label:
        'the invoice collapsed to a preview, never seen: one unseen, best reading from the rest',
      page: {
        thread: thread([
          collapsed(INVOICE, 'Hi Raj, attached is invoice 2026-044 for sprint'),
          THANKS,
          REMINDER,
        ]),
      },
      memory: [],
      unseen: 1,
      recalled: 0,
      status: 'silent',
    },
    {
      label: 'the invoice collapsed, seen expanded on an earlier visit: complete',
      page: { thread: thread([collapsed(INVOICE, 'Hi Raj, attached'), THANKS, REMINDER]) },
      memory: [read(INVOICE)],
      unseen: 0,
      recalled: 1,
      status: 'silent',
    },
    {
      label:
        'the invoice and the thanks bundled out of sight, both remembered: complete, in date order',
      page: { thread: thread([REMINDER]), hiddenMessageIds: ['a1', 'a2'], hiddenMessages: 2 },
      memory: [read(THANKS), read(INVOICE)],
      unseen: 0,
      recalled: 2,
      status: 'silent',
    },
    {
      label: 'two bundled, one remembered: the other stays unseen',
      page: { thread: thread([REMINDER]), hiddenMessageIds: ['a1', 'a2'], hiddenMessages: 2 },
      memory: [read(INVOICE)],
      unseen: 1,
      recalled: 1,
      status: 'silent',
    },
    {
      label: 'the invoice collapsed, captured when it was sent a minute before the client dated it',
      page: { thread: thread([collapsed(INVOICE), THANKS, REMINDER]) },
      memory: [{ ...INVOICE, id: 'sent:1', date: '2026-09-01T06:59:10Z', source: 'sent' as const }],
      unseen: 0,
      recalled: 1,
      status: 'silent',
    },
    {
      label:
        'a capture at Send from another day does not stand in: unseen, and the subject alone names the invoice',
      page: { thread: thread([collapsed(INVOICE), THANKS, REMINDER]) },
      memory: [{ ...INVOICE, id: 'sent:1', date: '2026-08-30T07:00:00Z', source: 'sent' as const }],
      unseen: 1,
      recalled: 0,
      status: 'silent',
    },
    {
      label:
        'hidden messages without ids are the ones before the oldest shown: memory fills what it holds',
      page: { thread: thread([REMINDER]), hiddenMessages: 3 },
      memory: [read(THANKS), read(INVOICE)],
      unseen: 1,
      recalled: 2,
      status: 'silent',
    },
    {
      label: 'a remembered message newer than the oldest shown is not one of the hidden ones',
      page: { thread: thread([INVOICE, THANKS]), hiddenMessages: 1 },
      memory: [read(REMINDER)],
      unseen: 1,
      recalled: 0,
      status: 'answered',
    },
  ])('$label', ({ page, memory, unseen, recalled, status }) => {
    const merged = mergeReadings(page, memory);
    expect({ unseen: merged.unseen, recalled: merged.recalled }).toEqual({ unseen, recalled });
    const dates = merged.thread.messages.map((m) => Date.parse(m.date));
    expect(dates).toEqual([...dates].sort((a, b) => a - b));
    expect(analyzeThread(merged.thread, { now: NOW }).status).toBe(status);
  });

  test('a recalled message keeps what the page says and drops the preview', () => {
    const page = {
      thread: thread([{ ...collapsed(INVOICE, 'Hi Raj'), to: [{ email: 'raj@client.example' }] }]),
    };
    const [message] = mergeReadings(page, [read(INVOICE)]).thread.messages;
    expect(message).toMatchObject({
      id: 'a1',
      text: INVOICE.text,
      to: [{ email: 'raj@client.example' }],
      attachments: INVOICE.attachments,
    });
    expect(message).not.toHaveProperty('preview');
  });

  test('the full reading equals the reading of the thread seen expanded', () => {
    const full = analyzeThread(thread([INVOICE, THANKS, REMINDER]), { now: NOW });
    const merged = mergeReadings(
      { thread: thread([collapsed(INVOICE, 'Hi'), collapsed(THANKS), REMINDER]) },
      [read(INVOICE), read(THANKS)],
    );
    expect(analyzeThread(merged.thread, { now: NOW })).toEqual(full);
  });
});
