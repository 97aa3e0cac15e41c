/**
 * The point of the import: the core finds the silent invoices in a real export. Statuses as of
 * a fixed day after every due date in the fixtures (docs/rules.md §3).
 */
import { describe, expect, test } from 'vitest';
import { analyzeThread, resolveSettings } from '../../lib/core/index';
import { openIdbSpool } from '../../lib/import/idb-spool';
import { importMailbox } from '../../lib/import/import-mailbox';
import type { ImportedThread } from '../../lib/import/imported-thread';
import { fixtureFile } from './fixture-messages';

const now = new Date('2026-11-27T10:00:00+01:00');
const files = [
  'takeout.mbox',
  'eml/rechnung-studio-nord.eml',
  'eml/antwort-studio-nord.eml',
  'eml/invoice-kite.eml',
  'eml/vacation-kite.eml',
  'eml/bounce-berg.eml',
  'eml/rechnung-berg.eml',
  'outlook/rechnung-lang.eml',
  'outlook/zahlung-lang.eml',
];

describe('imported conversations analysed by the core', async () => {
  const threads: ImportedThread[] = [];
  await importMailbox(
    files.map((f) => fixtureFile(f)),
    {
      owner: { name: 'Anna Schmidt', emails: ['anna@schmidt-design.de'] },
      spool: await openIdbSpool(),
      onThreads: (b) => void threads.push(...b.threads),
    },
  );
  const analysed = new Map(
    threads.map((t) => [
      t.thread.subject,
      analyzeThread(t.thread, { now, settings: resolveSettings() }),
    ]),
  );

  test.each([
    [
      'German invoice answered only by an Auto-Submitted vacation reply, one reminder',
      'Rechnung RE-2026-041',
      'silent',
    ],
    [
      'English HTML-only invoice, a promise to pay (threaded by subject), then a reminder',
      'Invoice INV-2026-007',
      'silent',
    ],
    ['invoice with two unanswered reminders', 'Invoice INV-2026-033', 'silent'],
    [
      'invoice whose only answer is an "Out of Office" auto-reply',
      'Invoice INV-2026-072',
      'silent',
    ],
    ['invoice bounced by MAILER-DAEMON (multipart/report)', 'Rechnung RE-2026-052', 'bounced'],
    [
      'Windows-1252 invoice paid ("habe heute überwiesen", ISO-8859-1)',
      'Rechnung Nr. 2026-060 für Möbel-Fotos',
      'paid',
    ],
    ['the customer asked a question: the owner must act', 'Rechnung RE-2026-070', 'answered'],
    [
      'Exim bounce joined only by the returned message/rfc822 headers (read before the invoice)',
      'Rechnung RE-2026-066',
      'bounced',
    ],
    [
      'Outlook export: HTML-only reply "wir haben überwiesen", joined by Thread-Index',
      'Rechnung RE-2026-063',
      'paid',
    ],
  ])('%s', (_label, subject, status) => {
    expect(analysed.get(subject)?.status).toBe(status);
  });

  test('silent threads rank by how badly they are ghosted: two reminders since July beats one since October', () => {
    const score = (s: string) => analysed.get(s)!.ghostScore;
    expect(score('Invoice INV-2026-033')).toBeGreaterThan(score('Invoice INV-2026-072'));
  });
});
