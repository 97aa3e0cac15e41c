import { describe, expect, test } from 'vitest';
import { analyzeThread } from '../../lib/core/analyze-thread';
import { invoiceThread, OWNER, type ReplySpec } from './thread-builder';

const NOW = '2026-11-20T10:00:00+01:00';
/** An invoice sent 1 Oct 2026, due 15 Oct: overdue at NOW. */
const INVOICE = 'Attached: invoice INV-5.\nTotal: 1.000,00 €\nDue date: 15/10/2026';
const SENT = '2026-10-01T09:00:00+02:00';
const analyse = (replies: ReplySpec[]) =>
  analyzeThread(
    invoiceThread({ text: INVOICE, date: SENT, attachments: ['invoice.pdf'], replies }),
    { now: NOW },
  );

describe('automatic replies are not human replies (the thread stays silent)', () => {
  test.each([
    ['en', 'Automatic reply: Invoice INV-5'],
    ['en', 'Out of Office: Invoice INV-5'],
    ['de', 'Automatische Antwort: Rechnung'],
    ['de', 'Abwesenheitsnotiz: Rechnung'],
    ['fr', 'Réponse automatique : Facture'],
    ['es', 'Respuesta automática: Factura'],
    ['it', 'Risposta automatica: Fattura'],
    ['nl', 'Automatisch antwoord: Factuur'],
  ])('%s subject "%s"', (_lang, subject) => {
    const a = analyse([
      { subject, text: 'Thanks for your message.', date: '2026-10-01T09:00:20+02:00' },
    ]);
    expect([a.status, a.silentSince]).toEqual(['silent', SENT]);
  });

  test.each([
    ['auto-submitted: auto-replied', { 'auto-submitted': 'auto-replied' }],
    ['x-autoreply', { 'x-autoreply': 'yes' }],
    ['x-autorespond', { 'x-autorespond': 'yes' }],
    ['precedence: auto_reply', { precedence: 'auto_reply' }],
    ['precedence: bulk', { precedence: 'bulk' }],
  ])('header %s', (_name, headers) => {
    const a = analyse([{ text: 'Got it, thanks', date: '2026-10-02T09:00:00+02:00', headers }]);
    expect(a.status).toBe('silent');
  });

  test('auto-submitted: no is a human reply', () => {
    const a = analyse([
      {
        text: 'Got it, thanks',
        date: '2026-10-02T09:00:00+02:00',
        headers: { 'auto-submitted': 'no' },
      },
    ]);
    expect(a.status).toBe('answered');
  });

  test.each([
    ['en', 'I am out of the office until 16 November 2026 with no access to email.', '2026-11-16'],
    ['en', "I'm on leave until Monday 9 November.", '2026-11-09'],
    [
      'de',
      'Vielen Dank für Ihre Nachricht. Bis zum 23.10.2026 bin ich nicht im Büro.',
      '2026-10-23',
    ],
    ['de', 'Ich bin bis 23. Oktober abwesend.', '2026-10-23'],
    ['fr', 'Je suis absente du bureau jusqu’au 23 octobre 2026.', '2026-10-23'],
    ['es', 'Estoy fuera de la oficina hasta el 23 de octubre de 2026.', '2026-10-23'],
    ['it', 'Sono fuori ufficio fino al 23 ottobre 2026.', '2026-10-23'],
    ['nl', 'Tot en met 23 oktober 2026 ben ik afwezig.', '2026-10-23'],
  ])('%s out-of-office body within minutes, no headers: "%s" (back %s)', (_lang, text, back) => {
    const a = analyse([{ text, date: '2026-10-01T09:01:00+02:00' }]);
    expect([a.status, a.returnDate]).toEqual(['silent', back]);
  });

  test('the same words days later are a person writing, so a human reply', () => {
    const a = analyse([
      {
        text: 'I was out of the office until today, sorry. Paying on Friday.',
        date: '2026-10-20T09:01:00+02:00',
      },
    ]);
    // A human reply, read for what it says: a promise for Friday 23 October, broken by now.
    expect([a.replyKind, a.promisedDate, a.status]).toEqual(['promise', '2026-10-23', 'silent']);
  });

  test.each([
    ['mailer-daemon sender', 'MAILER-DAEMON@mx.example', 'Delivery Status Notification (Failure)'],
    ['postmaster sender', 'postmaster@client.example', 'Undeliverable: Invoice INV-5'],
    ['German subject', 'mailer@client.example', 'Unzustellbar: Rechnung'],
  ])(
    'a delivery failure after the latest owner message bounces the thread (%s)',
    (_name, from, subject) => {
      const a = analyse([
        {
          from: 'owner',
          text: 'Reminder: invoice INV-5 is overdue.',
          date: '2026-11-02T10:00:00+01:00',
        },
        {
          from,
          subject,
          text: 'Your message could not be delivered.',
          date: '2026-11-02T10:00:05+01:00',
        },
      ]);
      expect(a.status).toBe('bounced');
    },
  );

  test('a bounce of an older message does not bounce a later one', () => {
    const a = analyse([
      {
        from: 'mailer-daemon@mx.example',
        subject: 'Undeliverable',
        text: 'failed',
        date: '2026-10-01T09:00:05+02:00',
      },
      { from: 'owner', text: 'Resending to your new address.', date: '2026-11-02T10:00:00+01:00' },
    ]);
    expect(a.status).toBe('silent');
  });
});

describe('a payment cue marks the thread paid; a promise, a question or a negation does not', () => {
  // Promises made on 3 November are broken by NOW (20 November): silent, not paid.
  test.each([
    ['en', 'paid', 'payment_sent', 'Payment sent this morning, sorry for the delay.'],
    ['en', 'paid', 'payment_sent', 'We paid it yesterday – remittance advice attached.'],
    ['en', 'silent', 'promise', "We'll pay it next Friday, promise."],
    ['en', 'answered', 'other', "We haven't paid yet, the invoice is with accounts."],
    ['en', 'answered', 'other', 'Has this been paid yet?'],
    [
      'en (promise in a later clause)',
      'paid',
      'payment_sent',
      "We've paid, will send the remittance advice tomorrow.",
    ],
    ['de', 'paid', 'payment_sent', 'Ich habe den Betrag heute Morgen überwiesen.'],
    ['de', 'paid', 'payment_sent', 'Die Zahlung ist veranlasst.'],
    ['de', 'silent', 'promise', 'Wir werden nächste Woche überweisen.'],
    ['de', 'answered', 'other', 'Die Rechnung ist noch nicht bezahlt, ich kläre das.'],
    [
      'de (promise in a later clause)',
      'paid',
      'payment_sent',
      'Ich habe heute überwiesen, der Betrag sollte in den nächsten Tagen eingehen.',
    ],
    [
      'de (condition before the cue)',
      'answered',
      'other',
      'Falls Sie bereits überwiesen haben, ist alles gut.',
    ],
    ['de (negation after the cue)', 'answered', 'other', 'Überwiesen habe ich es noch nicht.'],
    ['fr', 'paid', 'payment_sent', 'Virement effectué ce matin.'],
    ['fr (decomposed accents)', 'paid', 'payment_sent', 'Virement effectue\u0301 ce matin.'],
    ['fr', 'silent', 'promise', 'Je vais faire le virement la semaine prochaine.'],
    ['fr', 'answered', 'other', "La facture n'est pas encore réglée."],
    [
      'es',
      'paid',
      'payment_sent',
      'Ya hemos pagado la factura, le adjunto el justificante de pago.',
    ],
    ['es', 'silent', 'promise', 'Pagaremos la factura la próxima semana.'],
    ['it', 'paid', 'payment_sent', 'Bonifico effettuato oggi.'],
    ['it', 'answered', 'other', 'Non abbiamo ancora pagato, scusi.'],
    ['nl', 'paid', 'payment_sent', 'Het bedrag is vanochtend overgemaakt.'],
    ['nl', 'silent', 'promise', 'We zullen volgende week betalen.'],
  ])('%s → %s (%s): "%s"', (_lang, status, kind, text) => {
    const a = analyse([{ text, date: '2026-11-03T10:00:00+01:00' }]);
    expect([a.status, a.replyKind]).toEqual([status, kind]);
  });

  test('the owner’s own "payment received, thank you" marks it paid', () => {
    expect(
      analyse([
        { from: 'owner', text: 'Payment received, thank you!', date: '2026-11-03T10:00:00+01:00' },
      ]).status,
    ).toBe('paid');
  });

  test('a payment cue in quoted history only is not a payment', () => {
    const text =
      'Any news?\n\nOn Mon, 2 Nov 2026 at 10:00, Customer <c@x.example> wrote:\n> Payment sent this morning.';
    expect(analyse([{ from: 'owner', text, date: '2026-11-03T10:00:00+01:00' }]).status).toBe(
      'silent',
    );
  });
});

describe('silence is counted from the first unanswered owner message', () => {
  test('reminders after a human reply count as unanswered follow-ups', () => {
    const a = analyse([
      { text: 'Got it, will pass it on.', date: '2026-10-02T09:00:00+02:00' },
      { from: 'owner', text: 'Friendly reminder.', date: '2026-10-20T09:00:00+02:00' },
      { from: 'owner', text: 'Second reminder.', date: '2026-11-05T09:00:00+01:00' },
    ]);
    expect([a.status, a.silentSince, a.unansweredFollowUps, a.daysOverdue, a.stage]).toEqual([
      'silent',
      '2026-10-20T09:00:00+02:00',
      2,
      36,
      3,
    ]);
  });

  test('a reply after the latest reminder means the owner must act', () => {
    const a = analyse([
      { from: 'owner', text: 'Friendly reminder.', date: '2026-10-20T09:00:00+02:00' },
      { text: 'Which account should we use?', date: '2026-10-21T09:00:00+02:00' },
    ]);
    expect([a.status, a.ghostScore, a.stage]).toEqual(['answered', 0, undefined]);
  });

  test('owner aliases from the settings count as the owner, case-insensitively', () => {
    const thread = invoiceThread({
      text: INVOICE,
      date: SENT,
      attachments: ['invoice.pdf'],
      replies: [
        {
          from: 'Billing@Studio.example',
          text: 'Reminder: still open.',
          date: '2026-11-01T09:00:00+01:00',
        },
      ],
    });
    expect(analyzeThread(thread, { now: NOW }).status).toBe('answered');
    const a = analyzeThread(thread, {
      now: NOW,
      settings: { aliases: ['billing@studio.example'] },
    });
    expect([a.status, a.unansweredFollowUps]).toEqual(['silent', 1]);
    expect(thread.owner.emails).toEqual([OWNER]);
  });
});
