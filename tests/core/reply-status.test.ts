/**
 * What a reply's meaning does to the thread (docs/rules.md §3): promised days resolved against
 * the reply's own day, partial payments adding up, out-of-office return dates holding a thread
 * waiting, the status order, a broken promise and the person's corrections.
 */
import { describe, expect, test } from 'vitest';
import { analyzeThread, type AnalyzeOptions } from '../../lib/core/analyze-thread';
import { invoiceThread, type ReplySpec } from './thread-builder';

const INVOICE = 'Attached: invoice INV-9.\nTotal: 1.428,00 €\nDue date: 15/10/2026';
const SENT = '2026-10-01T09:00:00+02:00';
const analyse = (replies: ReplySpec[], now: string, opts: AnalyzeOptions = {}) =>
  analyzeThread(
    invoiceThread({ text: INVOICE, date: SENT, attachments: ['invoice.pdf'], replies }),
    { now, ...opts },
  );
/** The day a single reply promises, read the moment after it came. */
const promised = (text: string, date: string) =>
  analyse([{ text, date }], date, { settings: { promiseGraceDays: 400 } }).promisedDate;

describe('a promise names a day, resolved against the reply’s own day', () => {
  test.each([
    // Weekdays: the next one after the reply day (2 November 2026 is a Monday).
    ['on Friday', "We'll pay on Friday.", '2026-11-02T10:00:00+01:00', '2026-11-06'],
    ['Monday on a Monday', "We'll pay on Monday.", '2026-11-02T10:00:00+01:00', '2026-11-09'],
    ['Freitag on a Friday', 'Wir zahlen Freitag.', '2026-11-06T10:00:00+01:00', '2026-11-13'],
    ['vendredi', 'Je vous règle vendredi.', '2026-11-02T10:00:00+01:00', '2026-11-06'],
    // Today and tomorrow, across a month and a year end.
    ['heute', 'Ich überweise heute noch.', '2026-11-02T10:00:00+01:00', '2026-11-02'],
    ['tomorrow on the 30th', "We'll pay tomorrow.", '2026-11-30T10:00:00+01:00', '2026-12-01'],
    ['domani on 31 December', 'Pagheremo domani.', '2026-12-31T10:00:00+01:00', '2027-01-01'],
    // Next week is its Friday, also across a year end.
    ['next week', "We'll pay next week.", '2026-11-02T10:00:00+01:00', '2026-11-13'],
    [
      'volgende week at year end',
      'We betalen volgende week.',
      '2026-12-31T10:00:00+01:00',
      '2027-01-08',
    ],
    // End of the month; of the next one on its last day; February.
    ['fin du mois', 'On vous règle fin du mois.', '2026-11-02T10:00:00+01:00', '2026-11-30'],
    [
      'fin du mois on its last day',
      'On vous règle fin du mois.',
      '2026-11-30T10:00:00+01:00',
      '2026-12-31',
    ],
    [
      'fine mese on 31 December',
      'Pagheremo entro fine mese.',
      '2026-12-31T10:00:00+01:00',
      '2027-01-31',
    ],
    [
      'end of February',
      "We'll pay at the end of the month.",
      '2027-02-10T10:00:00+01:00',
      '2027-02-28',
    ],
    [
      'end of a leap February',
      "We'll pay at the end of the month.",
      '2028-02-10T10:00:00+01:00',
      '2028-02-29',
    ],
    // In N days or weeks; mid-month.
    ['in 5 Tagen at year end', 'Wir zahlen in 5 Tagen.', '2026-12-28T10:00:00+01:00', '2027-01-02'],
    ['in two weeks', "We'll pay in two weeks.", '2026-11-02T10:00:00+01:00', '2026-11-16'],
    ['mediados de mes', 'Pagaremos a mediados de mes.', '2026-11-02T10:00:00+01:00', '2026-11-15'],
    ['mid-month after the 15th', "We'll pay mid-month.", '2026-11-20T10:00:00+01:00', '2026-12-15'],
    // Dates, in digits and in words; a day alone is the next such day.
    ['am 14.11.', 'Wir zahlen am 14.11.', '2026-11-02T10:00:00+01:00', '2026-11-14'],
    ['the 5th in December', "We'll pay on the 5th.", '2026-12-20T10:00:00+01:00', '2027-01-05'],
    ['le 3 janvier', 'Nous paierons le 3 janvier.', '2026-12-20T10:00:00+01:00', '2027-01-03'],
    ['am vierzehnten', 'Ich überweise am vierzehnten.', '2026-11-02T10:00:00+01:00', '2026-11-14'],
    [
      'el veinte de noviembre',
      'Le pago el veinte de noviembre.',
      '2026-11-02T10:00:00+01:00',
      '2026-11-20',
    ],
    ['le vingt et un', 'On vous règle le vingt et un.', '2026-11-02T10:00:00+01:00', '2026-11-21'],
    ['il quindici', 'Saldiamo il quindici.', '2026-11-02T10:00:00+01:00', '2026-11-15'],
    [
      'op de twintigste',
      'Het wordt op de twintigste overgemaakt.',
      '2026-11-02T10:00:00+01:00',
      '2026-11-20',
    ],
    ['twenty-first', "We'll pay on the twenty-first.", '2026-11-02T10:00:00+01:00', '2026-11-21'],
    // No day named: a week after the reply.
    ['no day', 'Wir kümmern uns um die Zahlung.', '2026-11-02T10:00:00+01:00', '2026-11-09'],
    // The reply's own time zone: late on the 2nd in New York is still the 2nd there.
    ['tomorrow in New York', "We'll pay tomorrow.", '2026-11-02T23:30:00-05:00', '2026-11-03'],
  ])('%s', (_name, text, date, day) => {
    expect(promised(text, date)).toBe(day);
  });
});

describe('a partial payment leaves the rest outstanding; parts add up', () => {
  test('one part: answered, with what was paid and what is outstanding', () => {
    const a = analyse(
      [
        {
          text: 'Habe heute 500,00 € überwiesen, den Rest bald.',
          date: '2026-11-02T10:00:00+01:00',
        },
      ],
      '2026-11-03T10:00:00+01:00',
    );
    expect([a.status, a.replyKind, a.paidAmount, a.outstandingAmount]).toEqual([
      'answered',
      'payment_sent',
      500,
      928,
    ]);
  });

  test('two parts add up; a reminder after them leaves the thread silent on the rest', () => {
    const a = analyse(
      [
        { text: 'Habe heute 500,00 € überwiesen.', date: '2026-11-02T10:00:00+01:00' },
        { text: 'Weitere 400,00 € sind überwiesen.', date: '2026-11-05T10:00:00+01:00' },
        {
          from: 'owner',
          text: 'Danke! Offen sind noch 528,00 €.',
          date: '2026-11-06T10:00:00+01:00',
        },
      ],
      '2026-11-20T10:00:00+01:00',
    );
    expect([a.status, a.paidAmount, a.outstandingAmount]).toEqual(['silent', 900, 528]);
    expect(a.reasons.find((r) => r.code === 'amount')?.value).toBe(528);
  });

  test('the owner’s thanks for a part does not count it twice', () => {
    const a = analyse(
      [
        { text: 'Habe heute 500,00 € überwiesen.', date: '2026-11-02T10:00:00+01:00' },
        {
          from: 'owner',
          text: 'Danke für die Zahlung von 500,00 €!',
          date: '2026-11-03T10:00:00+01:00',
        },
      ],
      '2026-11-04T10:00:00+01:00',
    );
    expect([a.paidAmount, a.outstandingAmount]).toEqual([500, 928]);
  });

  test('parts that reach the invoice amount make it paid', () => {
    const a = analyse(
      [
        { text: 'Paid €1,000.00 today.', date: '2026-11-02T10:00:00+01:00' },
        {
          text: 'And the remaining €428.00 has been paid as well.',
          date: '2026-11-05T10:00:00+01:00',
        },
      ],
      '2026-11-20T10:00:00+01:00',
    );
    expect(a.status).toBe('paid');
  });

  test.each([
    ['names no amount', 'Paid it this morning.'],
    ['names the whole amount', 'We paid the €1,428.00 this morning.'],
  ])('a payment that %s is the whole payment', (_name, text) => {
    const a = analyse([{ text, date: '2026-11-02T10:00:00+01:00' }], '2026-11-20T10:00:00+01:00');
    expect([a.status, a.paidAmount]).toEqual(['paid', undefined]);
  });
});

describe('an out-of-office reply names its return date, in every language', () => {
  const OOO = { subject: 'Automatic reply: Invoice INV-9' };
  test.each([
    ['en', "I'm back on 12 October.", '2026-10-12'],
    ['en (weekday)', "I'm out of the office until Monday.", '2026-10-05'],
    ['de', 'Ich bin bis einschließlich 09.10.2026 nicht im Büro.', '2026-10-09'],
    ['fr', 'Je serai de retour le 3 novembre.', '2026-11-03'],
    ['es', 'Estaré de vuelta el 12 de octubre.', '2026-10-12'],
    ['it', 'Sarò di nuovo in ufficio dal 5.', '2026-10-05'],
    ['it (in words)', 'Sono fuori ufficio fino al venti ottobre.', '2026-10-20'],
    ['nl', 'Ik ben tot en met vrijdag afwezig.', '2026-10-02'],
  ])('%s: "%s"', (_lang, text, day) => {
    const a = analyse(
      [{ ...OOO, text, date: '2026-10-01T09:00:30+02:00' }],
      '2026-10-01T10:00:00+02:00',
    );
    // The invoice is the owner's latest message and drew only this reply: resume the day after.
    const next = new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    expect([a.returnDate, a.resumeOn]).toEqual([day, next]);
  });

  const reminderAndAway = (text: string): ReplySpec[] => [
    {
      from: 'owner',
      text: 'Reminder: invoice INV-9 is overdue.',
      date: '2026-11-02T10:00:00+01:00',
    },
    { ...OOO, text, date: '2026-11-02T10:00:20+01:00' },
  ];

  test.each([
    ['before the day after the return', '2026-11-16T23:00:00+01:00', 'waiting'],
    ['on the day after the return', '2026-11-17T09:00:00+01:00', 'silent'],
  ])(
    'the owner’s latest drew only an out-of-office reply: %s the thread is %s',
    (_n, now, status) => {
      const a = analyse(reminderAndAway('I am away until 16 November.'), now);
      expect([a.status, a.returnDate, a.resumeOn]).toEqual([status, '2026-11-16', '2026-11-17']);
    },
  );

  test('a human reply after the out-of-office reply ends the hold', () => {
    const replies = reminderAndAway('I am away until 16 November.');
    replies.push({ text: 'Thanks, noted.', date: '2026-11-03T10:00:00+01:00' });
    replies.push({ from: 'owner', text: 'Any news?', date: '2026-11-05T10:00:00+01:00' });
    const a = analyse(replies, '2026-11-10T10:00:00+01:00');
    expect([a.status, a.resumeOn]).toEqual(['silent', undefined]);
  });
});

describe('statuses in order: paid, bounced, disputed, promised, answered, waiting, silent', () => {
  const DISPUTE = { text: 'The hours seem too high.', date: '2026-11-02T10:00:00+01:00' };
  const PROMISE = { text: "We'll pay on Friday.", date: '2026-11-02T10:00:00+01:00' };
  const NOW = '2026-11-04T10:00:00+01:00';

  test('a dispute with no owner message after it: disputed, no ghost score', () => {
    const a = analyse([DISPUTE], NOW);
    expect([a.status, a.replyKind, a.disputeTopic, a.ghostScore]).toEqual([
      'disputed',
      'dispute',
      'hours',
      0,
    ]);
  });

  test('a dispute the owner answered: back to silence, the reply kind kept', () => {
    const a = analyse(
      [
        DISPUTE,
        { from: 'owner', text: 'Let me explain the hours.', date: '2026-11-03T10:00:00+01:00' },
      ],
      NOW,
    );
    expect([a.status, a.replyKind]).toEqual(['silent', 'dispute']);
  });

  test('a payment after a dispute: paid', () => {
    const a = analyse(
      [
        DISPUTE,
        { from: 'owner', text: 'Payment received, thank you!', date: '2026-11-03T10:00:00+01:00' },
      ],
      NOW,
    );
    expect(a.status).toBe('paid');
  });

  test('a promise stays promised whatever the owner writes since', () => {
    const a = analyse(
      [PROMISE, { from: 'owner', text: 'Thanks, noted.', date: '2026-11-03T10:00:00+01:00' }],
      NOW,
    );
    expect([a.status, a.promisedDate, a.ghostScore]).toEqual(['promised', '2026-11-06', 0]);
  });

  test('a bounce of the owner’s message after a promise: bounced', () => {
    const a = analyse(
      [
        PROMISE,
        { from: 'owner', text: 'Thanks, noted.', date: '2026-11-03T10:00:00+01:00' },
        {
          from: 'mailer-daemon@mx.example',
          subject: 'Undeliverable',
          text: 'failed',
          date: '2026-11-03T10:00:05+01:00',
        },
      ],
      NOW,
    );
    expect(a.status).toBe('bounced');
  });

  test('an instalment request is answered, with the parts asked for', () => {
    const a = analyse(
      [{ text: 'Können wir das in 3 Raten zahlen?', date: '2026-11-02T10:00:00+01:00' }],
      NOW,
    );
    expect([a.status, a.replyKind, a.instalmentsAsked]).toEqual([
      'answered',
      'instalment_request',
      3,
    ]);
  });

  test.each([
    [
      'at the end of the grace (promised 6 November + 3 days)',
      '2026-11-09T23:59:00+01:00',
      'promised',
    ],
    ['just after it', '2026-11-10T00:00:01+01:00', 'silent'],
  ])('%s: %s', (_name, now, status) => {
    expect(analyse([PROMISE], now).status).toBe(status);
  });

  test('the grace is a setting', () => {
    const a = analyse([PROMISE], '2026-11-07T10:00:00+01:00', {
      settings: { promiseGraceDays: 0 },
    });
    expect(a.status).toBe('silent');
  });
});

describe('a broken promise is silence one stage further along', () => {
  test('no follow-up since: silent from the day after the promised day, +10 with its date', () => {
    const a = analyse(
      [{ text: "We'll pay on Friday.", date: '2026-11-02T10:00:00+01:00' }],
      '2026-11-20T10:00:00+01:00',
    );
    expect([
      a.status,
      a.promiseBroken,
      a.promisedDate,
      a.silentSince,
      a.daysSilent,
      a.unansweredFollowUps,
      a.stage,
    ]).toEqual(['silent', true, '2026-11-06', '2026-11-07', 13, 0, 2]);
    expect(a.reasons).toContainEqual({
      code: 'promise_broken',
      value: 14,
      points: 10,
      date: '2026-11-06',
    });
  });

  test('follow-ups since the promise count; silence starts at the first; stage capped at 4', () => {
    const a = analyse(
      [
        { text: "We'll pay on Friday.", date: '2026-11-02T10:00:00+01:00' },
        { from: 'owner', text: 'Thanks!', date: '2026-11-03T10:00:00+01:00' },
        { from: 'owner', text: 'Any news on the payment?', date: '2026-11-12T10:00:00+01:00' },
        { from: 'owner', text: 'Second reminder.', date: '2026-11-19T10:00:00+01:00' },
      ],
      '2026-12-01T10:00:00+01:00',
    );
    expect([a.status, a.silentSince, a.unansweredFollowUps, a.stage]).toEqual([
      'silent',
      '2026-11-03T10:00:00+01:00',
      3,
      4,
    ]);
  });

  test('the day gates still lower the stage', () => {
    const a = analyzeThread(
      invoiceThread({
        text: 'Attached: invoice INV-9.\nTotal: 1.428,00 €\nDue date: 30/10/2026',
        date: SENT,
        attachments: ['invoice.pdf'],
        replies: [{ text: "We'll pay tomorrow.", date: '2026-11-02T10:00:00+01:00' }],
      }),
      { now: '2026-11-07T10:00:00+01:00' },
    );
    // 8 days overdue: stage 2 would need 14.
    expect([a.status, a.promiseBroken, a.stage]).toEqual(['silent', true, 1]);
  });
});

describe('the person corrects the reading', () => {
  const NOW = '2026-11-04T10:00:00+01:00';
  const at = '2026-11-02T10:00:00+01:00';
  test.each([
    [
      'a promise date on a reply read as other',
      'Thanks, passed to accounts.',
      { promisedDate: '2026-11-20' },
      ['promised', 'promise', '2026-11-20'],
    ],
    [
      'another promise date',
      "We'll pay on Friday.",
      { promisedDate: '2026-11-27' },
      ['promised', 'promise', '2026-11-27'],
    ],
    [
      'no promise',
      "We'll pay on Friday.",
      { promisedDate: null },
      ['answered', 'other', undefined],
    ],
    [
      'not a dispute',
      'The hours seem too high.',
      { notDispute: true },
      ['answered', 'other', undefined],
    ],
    [
      'an unreadable date is no correction',
      "We'll pay on Friday.",
      { promisedDate: '20.11.' },
      ['promised', 'promise', '2026-11-06'],
    ],
  ] as const)('%s', (_name, text, corrections, expected) => {
    const a = analyse([{ text, date: at }], NOW, { corrections: { ...corrections } });
    expect([a.status, a.replyKind, a.promisedDate]).toEqual(expected);
    expect(a.disputeTopic).toBeUndefined();
  });
});

describe('a correction names the reply it corrects', () => {
  const at = '2026-11-02T10:00:00+01:00';
  const NOW = '2026-11-04T10:00:00+01:00';
  test('it applies to that reply, and the analysis names the reply', () => {
    const a = analyse([{ text: 'The hours seem too high.', date: at }], NOW, {
      corrections: { replyDate: at, notDispute: true },
    });
    expect([a.status, a.replyKind, a.replyDate]).toEqual(['answered', 'other', at]);
  });

  test('a newer reply is read afresh', () => {
    const later = '2026-11-03T10:00:00+01:00';
    const a = analyse(
      [
        { text: "We'll pay on Friday.", date: at },
        { text: 'The hours seem too high, I will not pay this.', date: later },
      ],
      NOW,
      { corrections: { replyDate: at, promisedDate: '2026-11-20' } },
    );
    expect([a.status, a.replyKind, a.promisedDate, a.replyDate]).toEqual([
      'disputed',
      'dispute',
      undefined,
      later,
    ]);
  });
});

describe('an absence still holds a broken promise', () => {
  const OOO = { subject: 'Automatic reply: Invoice INV-9' };
  const replies: ReplySpec[] = [
    { text: "We'll pay on Friday.", date: '2026-11-02T10:00:00+01:00' },
    { from: 'owner', text: 'Any news on the payment?', date: '2026-11-12T10:00:00+01:00' },
    { ...OOO, text: "I'm back on 23 November.", date: '2026-11-12T10:00:30+01:00' },
  ];
  test.each([
    ['while away: waiting, the promise still broken', '2026-11-20T10:00:00+01:00', 'waiting'],
    ['after the return: silent', '2026-11-24T10:00:00+01:00', 'silent'],
  ])('%s', (_name, now, status) => {
    const a = analyse(replies, now);
    expect([a.status, a.promiseBroken, a.resumeOn]).toEqual([status, true, '2026-11-24']);
  });
});
