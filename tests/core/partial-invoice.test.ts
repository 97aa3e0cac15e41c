/**
 * An invoice the client shows collapsed (a preview line at most): its own subject names it, and
 * the facts it hides are read from what later messages state about it (reminders name the
 * number, the amount and the due date), so the reading matches the one of the whole thread.
 */
import { describe, expect, test } from 'vitest';
import { analyzeThread } from '../../lib/core/analyze-thread';
import { draftFollowUp } from '../../lib/core/index';
import type { MailMessage } from '../../lib/core/mail-thread';
import { labelled } from '../storage/labelled-threads';
import { invoiceThread } from './thread-builder';

const NOW = '2026-11-20T10:00:00+01:00';

/** The message as a collapsed view shows it: sender, date, subject, and a preview line. */
function collapsed(m: MailMessage, length: number): MailMessage {
  const { text, attachments: _a, ...rest } = m;
  const preview = (text ?? '').replace(/\s+/g, ' ').trim().slice(0, length);
  return preview ? { ...rest, preview } : rest;
}

describe('every labelled thread read with all but its newest message collapsed', () => {
  test.each(labelled.flatMap((l) => [100, 200].map((length) => ({ ...l, length }))))(
    '$name (previews of $length characters): the status and stage of the whole thread',
    ({ thread, now, length }) => {
      const full = analyzeThread(thread, { now });
      const last = thread.messages.length - 1;
      const shown = {
        ...thread,
        messages: thread.messages.map((m, i) => (i === last ? m : collapsed(m, length))),
      };
      const partial = analyzeThread(shown, { now });
      expect({ status: partial.status, stage: partial.stage }).toEqual({
        status: full.status,
        stage: full.stage,
      });
    },
  );
});

describe('facts of a collapsed invoice, from later messages', () => {
  const invoice = {
    subject: 'Invoice INV-7 – brand book',
    text: 'Hi Sam, attached is invoice INV-7. Total: €2,400.00. Due date: 15 October 2026.',
    date: '2026-10-01T09:00:00+02:00',
    attachments: ['INV-7.pdf'],
  };
  const collapse = (replies: Parameters<typeof invoiceThread>[0]['replies']) => {
    const t = invoiceThread({ ...invoice, replies });
    return { ...t, messages: [collapsed(t.messages[0]!, 30), ...t.messages.slice(1)] };
  };

  test.each([
    {
      label: 'a reminder restating number, amount and the due date before its own day',
      replies: [
        {
          from: 'owner',
          text: 'A reminder: invoice INV-7 for €2,400.00 was due on 15 October 2026.',
          date: '2026-10-25T09:00:00+02:00',
        },
      ],
      facts: { number: 'INV-7', amount: 2400, currency: 'EUR', dueDate: '2026-10-15' },
    },
    {
      label: "the first reminder's due date, not a later reminder's new deadline",
      replies: [
        {
          from: 'owner',
          text: 'Invoice INV-7 was due on 15 October 2026.',
          date: '2026-10-25T09:00:00+02:00',
        },
        {
          from: 'owner',
          text: 'Invoice INV-7 for €2,400.00 is unpaid. Please pay by 30 November 2026.',
          date: '2026-11-10T09:00:00+01:00',
        },
      ],
      facts: { number: 'INV-7', amount: 2400, currency: 'EUR', dueDate: '2026-10-15' },
    },
    {
      label: 'a message about another invoice is not read for this one',
      replies: [
        {
          from: 'owner',
          text: 'Invoice INV-9 for €99.00 was due on 1 November 2026.',
          date: '2026-11-05T09:00:00+01:00',
        },
      ],
      facts: { number: 'INV-7', dueDate: '2026-10-15' },
    },
  ])('$label', ({ replies, facts }) => {
    const a = analyzeThread(collapse(replies), { now: NOW });
    expect(a.invoiceMessageIndex).toBe(0);
    expect(a.invoice).toEqual(facts);
  });
});

describe('a collapsed reminder of an invoice the client hides', () => {
  const OWNER_MAIL = 'owner@studio.example';
  const shownFrom = (text: string, date: string, partial: boolean): MailMessage => ({
    id: date,
    from: { email: OWNER_MAIL },
    to: [{ email: 'customer@client.example' }],
    date,
    ...(partial ? { preview: text } : { text }),
  });
  const thread = (messages: MailMessage[]) => ({
    id: 'outlook:x',
    client: 'outlook' as const,
    subject: 'Invoice INV-7 – packaging design',
    owner: { emails: [OWNER_MAIL] },
    messages: messages.map((m, i) =>
      i === 0 ? { ...m, subject: 'Invoice INV-7 – packaging design' } : m,
    ),
  });

  test.each([
    {
      label:
        'says the invoice was due before it was written: it is a follow-up, and the due date is that day',
      messages: [
        shownFrom(
          'Hi Ruth, a quick reminder that invoice INV-7 for €3,150.00 was due on 1 September 2026.',
          '2026-09-20T09:40:00+02:00',
          true,
        ),
        shownFrom('Hi Ruth, invoice INV-7 is still unpaid.', '2026-10-10T09:40:00+02:00', false),
      ],
      expected: { followUps: 2, dueDate: '2026-09-01' },
    },
    {
      label:
        'no invoice in sight (bundled away): the whole reminder that names it past due makes the thread',
      messages: [
        {
          ...shownFrom('Could you send the invoice?', '2026-09-01T09:00:00+02:00', false),
          from: { email: 'customer@client.example' },
        },
        shownFrom(
          'Hi Ruth, I still have not received payment for invoice INV-7 (€3,150.00, due 1 September 2026).',
          '2026-10-10T09:40:00+02:00',
          false,
        ),
      ],
      expected: { followUps: 1, dueDate: '2026-09-01' },
    },
    {
      label: 'a collapsed invoice that states a future due date stays the invoice',
      messages: [
        shownFrom(
          'Hi Ruth, attached is invoice INV-7 for €3,150.00, due on 1 October 2026.',
          '2026-09-20T09:40:00+02:00',
          true,
        ),
        shownFrom('Hi Ruth, invoice INV-7 is still unpaid.', '2026-10-10T09:40:00+02:00', false),
      ],
      expected: { followUps: 1, dueDate: '2026-10-01' },
    },
  ])('$label', ({ messages, expected }) => {
    const a = analyzeThread(thread(messages), { now: NOW });
    expect({ followUps: a.unansweredFollowUps, dueDate: a.invoice?.dueDate }).toEqual(expected);
  });
});

describe('the customer of a collapsed invoice', () => {
  test.each([
    [
      'the collapsed invoice shows no recipients: the reminder names them',
      [],
      [{ name: 'Sam Lee', email: 'sam@client.example' }],
    ],
    [
      'the collapsed invoice shows its recipients: they are the customer',
      [{ name: 'Kim Park', email: 'kim@client.example' }],
      [{ name: 'Kim Park', email: 'kim@client.example' }],
    ],
  ])('%s', (_label, invoiceTo, customers) => {
    const t = invoiceThread({
      subject: 'Invoice INV-7 – brand book',
      text: 'Hi Sam, attached is invoice INV-7. Total: €2,400.00.',
      date: '2026-10-01T09:00:00+02:00',
      replies: [
        {
          from: 'owner',
          text: 'A reminder: invoice INV-7 is unpaid.',
          date: '2026-10-25T09:00:00+02:00',
        },
      ],
    });
    const [invoice, reminder] = t.messages;
    const shown = {
      ...t,
      messages: [
        { ...collapsed(invoice!, 30), to: invoiceTo },
        { ...reminder!, to: [{ name: 'Sam Lee', email: 'sam@client.example' }] },
      ],
    };
    expect(analyzeThread(shown, { now: NOW }).customers).toEqual(customers);
  });
});

describe('whom the draft greets when the invoice is collapsed', () => {
  test.each([
    [
      "the preview keeps the owner's greeting",
      'Sehr geehrter Herr Becker, anbei erhalten Sie meine Rechnung RE-7',
      [],
      'Sehr geehrter Herr Becker,',
    ],
    [
      "no preview, no recipients: the reminder's greeting",
      undefined,
      [],
      'Sehr geehrter Herr Becker,',
    ],
  ])('%s', (_label, preview, to, greeting) => {
    const owner = { name: 'Anna Schmidt', email: 'anna@studio.example' };
    const thread = {
      id: 'gmail:1',
      client: 'gmail' as const,
      subject: 'Rechnung RE-7 – Katalog',
      owner: { name: owner.name, emails: [owner.email] },
      messages: [
        {
          id: 'a',
          from: owner,
          to,
          date: '2026-10-01T09:00:00+02:00',
          ...(preview ? { preview } : {}),
        },
        {
          id: 'b',
          from: owner,
          to: [],
          date: '2026-11-01T09:00:00+01:00',
          text: 'Sehr geehrter Herr Becker,\n\nich erinnere an meine Rechnung RE-7 über 2.142,00 €, fällig am 15.10.2026.\n\nMit freundlichen Grüßen\nAnna Schmidt',
        },
      ],
    };
    const result = draftFollowUp(thread, { now: NOW, settings: { ownerName: 'Anna Schmidt' } });
    expect(result.ok && result.draft.text.split('\n')[0]).toBe(greeting);
  });
});
