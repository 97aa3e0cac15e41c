/**
 * Nothing an import leaves out goes uncounted: bulk mail that would have started a
 * conversation is counted in the report, and a message whose date no calendar has is named as
 * a problem of that message, not filed on another day.
 */
import { describe, expect, test } from 'vitest';
import { openIdbSpool } from '../../lib/import/idb-spool';
import { importMailbox, type ImportBatch, type MailboxFile } from '../../lib/import/import-mailbox';
import { fixtureFile } from './fixture-messages';
import { mboxFile } from './spool-test-kit';

const anna = { name: 'Anna Schmidt', emails: ['anna@schmidt-design.de'] };

async function run(files: MailboxFile[]) {
  const batches: ImportBatch[] = [];
  const report = await importMailbox(files, {
    owner: anna,
    spool: await openIdbSpool(),
    onThreads: (b) => void batches.push(b),
  });
  return { report, messages: batches.flatMap((b) => b.threads.flatMap((t) => t.thread.messages)) };
}

const invoice = `From x Thu Oct  1 09:00:00 2026\nMessage-ID: <inv-1@schmidt-design.de>\nDate: 1 Oct 2026 09:00:00 +0200\nFrom: anna@schmidt-design.de\nTo: max@mueller-gmbh.de\nSubject: Rechnung 1\n\nAnbei die Rechnung.\n\n`;

function mail(headers: string, body = 'Text'): string {
  return `From x Thu Oct  1 09:00:00 2026\n${headers}\n\n${body}\n\n`;
}

describe('bulk mail that starts a conversation is counted, not dropped silently', () => {
  const news = (header: string, id = 'news-1@list.example') =>
    mail(
      `Message-ID: <${id}>\n${header}\nDate: 2 Oct 2026 09:00:00 +0200\nFrom: news@list.example\nTo: anna@schmidt-design.de\nSubject: Neuigkeiten`,
    );
  test.each([
    ['List-Id', news('List-Id: <news.list.example>'), 1],
    ['List-Unsubscribe', news('List-Unsubscribe: <mailto:off@list.example>'), 1],
    ['Precedence: bulk', news('Precedence: bulk'), 1],
    ['Precedence: list', news('Precedence: list'), 1],
    [
      'two newsletters',
      news('List-Id: <a>', 'n1@list.example') + news('List-Id: <a>', 'n2@list.example'),
      2,
    ],
    [
      'list mail naming a conversation joins it, and is not counted',
      mail(
        'Message-ID: <r1@list.example>\nIn-Reply-To: <inv-1@schmidt-design.de>\nList-Id: <team.list.example>\nDate: 2 Oct 2026 09:00:00 +0200\nFrom: max@mueller-gmbh.de\nTo: anna@schmidt-design.de\nSubject: Re: Rechnung 1',
      ),
      0,
    ],
    ['Precedence: junk is no list mail', news('Precedence: junk'), 0],
  ])('%s', async (_label, text, bulk) => {
    const { report } = await run([mboxFile('bulk.mbox', invoice + text)]);
    expect(report.bulk).toBe(bulk);
  });

  test('the Takeout export: its newsletter is counted', async () => {
    const { report } = await run([fixtureFile('takeout.mbox')]);
    expect(report).toMatchObject({ messages: 14, bulk: 1, drafts: 1 });
  });
});

describe('an impossible date is a problem of its message, not rolled over', () => {
  const received =
    'Received: from mx.mueller-gmbh.de by mx.schmidt-design.de; Fri, 2 Oct 2026 10:00:00 +0200\n';
  const reply = (date: string, extra = '') =>
    mail(
      `${extra}Message-ID: <r-1@mueller-gmbh.de>\nIn-Reply-To: <inv-1@schmidt-design.de>\nDate: ${date}\nFrom: max@mueller-gmbh.de\nTo: anna@schmidt-design.de\nSubject: Re: Rechnung 1`,
    );
  test.each([
    [
      '31 Feb, no Received: skipped',
      reply('Tue, 31 Feb 2026 10:00:00 +0100'),
      'skipped',
      undefined,
    ],
    [
      'offset +9999, no Received: skipped',
      reply('Tue, 3 Mar 2026 10:00:00 +9999'),
      'skipped',
      undefined,
    ],
    [
      'year 0000, no Received: skipped',
      reply('Fri, 3 Mar 0000 10:00:00 +0000'),
      'skipped',
      undefined,
    ],
    [
      '31 Feb with a Received date: imported on that date',
      reply('Tue, 31 Feb 2026 10:00:00 +0100', received),
      'partial',
      '2026-10-02T10:00:00+02:00',
    ],
    [
      'offset +9999 with a Received date: imported on that date',
      reply('Tue, 3 Mar 2026 10:00:00 +9999', received),
      'partial',
      '2026-10-02T10:00:00+02:00',
    ],
  ])('%s', async (_label, text, outcome, date) => {
    const { report, messages } = await run([mboxFile('dates.mbox', invoice + text)]);
    expect(report.problems).toEqual([
      { file: 'dates.mbox', message: 2, subject: 'Re: Rechnung 1', reason: 'bad-date', outcome },
    ]);
    expect(messages.find((m) => m.id === 'r-1@mueller-gmbh.de')?.date).toBe(date);
  });

  test('a possible date is no problem', async () => {
    const { report, messages } = await run([
      mboxFile('dates.mbox', invoice + reply('Fri, 2 Oct 2026 11:00:00 +0200')),
    ]);
    expect(report.problems).toEqual([]);
    expect(messages.map((m) => m.date)).toEqual([
      '2026-10-01T09:00:00+02:00',
      '2026-10-02T11:00:00+02:00',
    ]);
  });
});
