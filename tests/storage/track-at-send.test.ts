/**
 * Tracking at Send: a message the person sends that the core reads as an invoice starts the
 * tracking of its conversation from that message; its Undo makes it "not an invoice"; the
 * client's own reading of the conversation later takes the record over.
 */
import { beforeEach, describe, expect, test } from 'vitest';
import { analyzeThread, type MailThread } from '../../lib/core/index';
import type { SentMessage } from '../../lib/mail-clients/mail-client';
import { openDatabase, type UnghostDb } from '../../lib/storage/database';
import {
  sentThreadId,
  trackSent,
  trackThread,
  untrackSent,
  type Analyzer,
} from '../../lib/storage/thread-store';
import { freshDbName } from './labelled-threads';

const core: Analyzer = (thread, opts) => analyzeThread(thread, opts);
const NOW = new Date('2026-11-20T10:00:00+01:00');
const ANNA = { name: 'Anna Schmidt', email: 'anna@schmidt-design.example' };
const CUSTOMER = { name: 'Emily Carter', email: 'emily@northwind.example' };
let db: UnghostDb;
beforeEach(async () => {
  db = await openDatabase(freshDbName());
});

const send = (over: Partial<SentMessage>): SentMessage => ({
  subject: 'Invoice INV-2026-044 – Brand guidelines',
  text: 'Hi Emily,\n\nplease find attached invoice INV-2026-044.\n\nAmount due: €1,450.00\nPayment due: 4 December 2026\n\nBest,\nAnna',
  attachments: [{ name: 'INV-2026-044.pdf' }],
  to: [CUSTOMER],
  from: ANNA,
  date: NOW.toISOString(),
  ...over,
});

describe('tracking at Send', () => {
  test.each([
    ['an English invoice', {}, 'INV-2026-044'],
    [
      'a German invoice',
      {
        subject: 'Rechnung RE-2026-031',
        text: 'Sehr geehrter Herr Becker,\n\nanbei meine Rechnung RE-2026-031.\n\nGesamtbetrag: 2.142,00 €\nZahlbar bis 04.12.2026.\n\nMit freundlichen Grüßen\nAnna Schmidt',
        attachments: [{ name: 'RE-2026-031.pdf' }],
      },
      'RE-2026-031',
    ],
    [
      'a French invoice',
      {
        subject: 'Facture F-2026-019',
        text: 'Bonjour Claire,\n\nveuillez trouver ci-joint la facture F-2026-019.\n\nMontant : 2 560,00 €\nÀ régler avant le 4 décembre 2026.\n\nBien cordialement,\nAnna',
        attachments: [{ name: 'F-2026-019.pdf' }],
      },
      'F-2026-019',
    ],
  ] as [string, Partial<SentMessage>, string][])(
    '%s sent as new mail is tracked from that message',
    async (_l, over, number) => {
      const tracked = await trackSent(
        db,
        { sent: send(over), client: 'gmail', link: '' },
        NOW,
        core,
      );
      expect(tracked?.invoiceNumber).toBe(number);
      expect(tracked?.dueDate).toBe('2026-12-04');
      const record = await db.get('threads', tracked!.threadId);
      expect([record?.analysis.status, record?.trackedAtSend]).toEqual([
        'waiting',
        NOW.toISOString(),
      ]);
      expect(record?.customer.email).toBe(CUSTOMER.email);
    },
  );

  test.each([
    [
      'a quote',
      {
        subject: 'Angebot Website-Relaunch',
        text: 'Hallo Kai,\n\nanbei mein Angebot für den Relaunch: 3.900,00 € zzgl. USt.\n\nViele Grüße\nAnna',
        attachments: [{ name: 'Angebot-2026-12.pdf' }],
      },
    ],
    [
      'a note that names an amount',
      {
        subject: 'Lunch on Friday',
        text: 'Hi Emily,\n\nthe table is booked; it is €45 per person.\n\nAnna',
        attachments: [],
      },
    ],
  ] as [string, Partial<SentMessage>][])(
    '%s is not tracked, and nothing is stored',
    async (_l, over) => {
      expect(
        await trackSent(db, { sent: send(over), client: 'gmail', link: '' }, NOW, core),
      ).toBeUndefined();
      expect(await db.getAll('threads')).toEqual([]);
    },
  );

  test('a reply in a conversation already tracked starts nothing new', async () => {
    const first = await trackSent(
      db,
      { sent: send({ threadId: 'gmail:abc' }), client: 'gmail', link: '' },
      NOW,
      core,
    );
    expect(first?.threadId).toBe('gmail:abc');
    expect(
      await trackSent(
        db,
        {
          sent: send({ threadId: 'gmail:abc', text: 'Reminder: INV-2026-044 is due soon.' }),
          client: 'gmail',
          link: '',
        },
        NOW,
        core,
      ),
    ).toBeUndefined();
  });

  test('without a known sender address nothing is tracked (whose mail it is cannot be told)', async () => {
    const { from: _from, ...anonymous } = send({});
    expect(
      await trackSent(db, { sent: anonymous, client: 'gmail', link: '' }, NOW, core),
    ).toBeUndefined();
  });

  test('Undo makes it "not an invoice" (so a later reading does not track it again), once, and only soon after', async () => {
    const tracked = await trackSent(db, { sent: send({}), client: 'gmail', link: '' }, NOW, core);
    const later = new Date(NOW.getTime() + 6 * 60_000);
    expect(await untrackSent(db, tracked!.threadId, later)).toBe(false);
    expect(await untrackSent(db, tracked!.threadId, new Date(NOW.getTime() + 5_000))).toBe(true);
    expect((await db.get('threads', tracked!.threadId))?.decision).toEqual({ kind: 'not_invoice' });
  });

  test('Undo leaves a conversation tracked otherwise alone', async () => {
    const thread: MailThread = {
      id: 'gmail:read-by-sidebar',
      client: 'gmail',
      subject: 'Invoice INV-2026-044',
      owner: { name: ANNA.name, emails: [ANNA.email] },
      messages: [
        {
          id: 'm1',
          from: ANNA,
          to: [CUSTOMER],
          date: '2026-10-01T09:00:00+02:00',
          subject: 'Invoice INV-2026-044',
          text: send({}).text,
          attachments: [{ name: 'INV-2026-044.pdf' }],
        },
      ],
    };
    await trackThread(db, { thread, link: '' }, NOW, core);
    expect(await untrackSent(db, thread.id, NOW)).toBe(false);
    expect((await db.get('threads', thread.id))?.decision).toBeUndefined();
  });

  test('the conversation, shown later by the client under its own id, takes the record over', async () => {
    const sent = send({});
    const tracked = await trackSent(db, { sent, client: 'gmail', link: '' }, NOW, core);
    expect(tracked?.threadId).toBe(sentThreadId('gmail', sent.subject));
    const thread: MailThread = {
      id: 'gmail:18f1a2b3c4d5e699',
      client: 'gmail',
      subject: sent.subject,
      owner: { name: ANNA.name, emails: [ANNA.email] },
      messages: [
        {
          id: 'm1',
          from: ANNA,
          to: [CUSTOMER],
          date: sent.date,
          subject: sent.subject,
          text: sent.text,
        },
      ],
    };
    await trackThread(
      db,
      { thread, link: 'https://mail.google.com/mail/u/0/#sent/18f1a2b3c4d5e699' },
      NOW,
      core,
    );
    expect((await db.getAllKeys('threads')).sort()).toEqual(['gmail:18f1a2b3c4d5e699']);
    expect((await db.getAllKeys('contents')).sort()).toEqual(['gmail:18f1a2b3c4d5e699']);
    const record = await db.get('threads', thread.id);
    expect([record?.firstSeenAt, record?.analysis.invoice?.number]).toEqual([
      NOW.toISOString(),
      'INV-2026-044',
    ]);
  });
});
