import { describe, expect, test } from 'vitest';
import { openIdbSpool } from '../../lib/import/idb-spool';
import {
  assignOwner,
  importMailbox,
  type ImportBatch,
  type MailboxFile,
} from '../../lib/import/import-mailbox';
import type { ImportedThread } from '../../lib/import/imported-thread';
import { fixtureBytes, fixtureFile } from './fixture-messages';

const anna = { name: 'Anna Schmidt', emails: ['anna@schmidt-design.de'] };

async function run(
  files: MailboxFile[],
  options: { batchEvery?: number; owner?: typeof anna } = {},
) {
  const batches: ImportBatch[] = [];
  const report = await importMailbox(files, {
    owner: options.owner ?? anna,
    spool: await openIdbSpool(),
    batchEvery: options.batchEvery,
    onThreads: (b) => void batches.push(b),
  });
  const threads = new Map<string, ImportedThread>();
  for (const b of batches) {
    b.replacedIds.forEach((id) => threads.delete(id));
    b.threads.forEach((t) => threads.set(t.thread.id, t));
  }
  return { report, batches, threads: [...threads.values()] };
}

const bySubject = (threads: ImportedThread[]) =>
  Object.fromEntries(threads.map((t) => [t.thread.subject, t.thread.messages.map((m) => m.id)]));

describe('grouping an export into conversations', () => {
  test.each([1, 64, 4096])(
    'the Takeout export gives the owner’s five invoice conversations (%i-byte chunks)',
    async (chunk) => {
      const { threads, report } = await run([fixtureFile('takeout.mbox', chunk)]);
      expect(bySubject(threads)).toEqual({
        // By References, with the vacation reply in between.
        'Rechnung RE-2026-041': [
          're-2026-041@schmidt-design.de',
          'ooo-7731@mueller-gmbh.de',
          're-2026-041-reminder@schmidt-design.de',
        ],
        // By subject: neither reply names the invoice's Message-ID ("Re:" and "RE:").
        'Invoice INV-2026-007': [
          'inv-2026-007@schmidt-design.de',
          'CAJ8x1@mail.acme.example',
          'inv-2026-007-reminder@schmidt-design.de',
        ],
        // The bounce comes before the bounced invoice in the file; In-Reply-To still joins them.
        'Rechnung RE-2026-052': ['re-2026-052@schmidt-design.de', 'bounce-52@mx.schmidt-design.de'],
        'Rechnung Nr. 2026-060 für Möbel-Fotos': [
          '2026-060@schmidt-design.de',
          'a81@weiss-moebel.de',
        ],
        'Invoice INV-2026-033': [
          'inv-2026-033@schmidt-design.de',
          'inv-2026-033-r1@schmidt-design.de',
          'inv-2026-033-r2@schmidt-design.de',
        ],
      });
      // The enquiry without an answer from Anna is not handed out; the newsletter is not kept.
      // An unsent draft reminder (Gmail label "Entwürfe") is left out: it never reached John.
      expect(report).toMatchObject({
        messages: 14,
        threads: 5,
        problems: [],
        duplicates: 0,
        drafts: 1,
        cancelled: false,
      });
    },
  );

  test('separate .eml files join by In-Reply-To / References across files', async () => {
    const names = [
      'eml/vacation-kite.eml',
      'eml/antwort-studio-nord.eml',
      'eml/rechnung-studio-nord.eml',
      'eml/invoice-kite.eml',
    ];
    const { threads } = await run(names.map((n) => fixtureFile(n)));
    expect(bySubject(threads)).toEqual({
      'Rechnung RE-2026-070': ['re-2026-070@schmidt-design.de', '4711.studio-nord@studio-nord.de'],
      'Invoice INV-2026-072': ['inv-2026-072@schmidt-design.de', 'auto-551@kite-labs.example'],
    });
  });

  test('every thread is an import thread with a stable id, the owner, and a Gmail link by Message-ID', async () => {
    const first = await run([fixtureFile('takeout.mbox')]);
    const again = await run([fixtureFile('takeout.mbox', 7)], { batchEvery: 1 });
    const ids = first.threads.map((t) => t.thread.id).sort();
    expect(again.threads.map((t) => t.thread.id).sort()).toEqual(ids);
    const t041 = first.threads.find((t) => t.thread.subject === 'Rechnung RE-2026-041')!;
    expect(t041.thread).toMatchObject({ client: 'import', owner: anna });
    expect(t041.thread.id).toMatch(/^import:[0-9a-f]{16}$/);
    expect(t041.link).toBe(
      'https://mail.google.com/mail/u/0/#search/rfc822msgid%3Are-2026-041%40schmidt-design.de',
    );
  });

  test('an export that names no webmail gets no guessed link', async () => {
    const { threads } = await run([fixtureFile('eml/rechnung-studio-nord.eml')]);
    expect(threads.map((t) => t.link)).toEqual(['']);
  });

  test('the same message in two files is counted once', async () => {
    const { report, threads } = await run([
      fixtureFile('eml/invoice-kite.eml'),
      fixtureFile('eml/invoice-kite.eml'),
    ]);
    expect(report).toMatchObject({ messages: 1, duplicates: 1 });
    expect(threads).toHaveLength(1);
  });

  test('a message that links two handed-out conversations merges them and retires the other id', async () => {
    const enc = new TextEncoder();
    const mail = (id: string, refs: string, subject: string, day: number) =>
      `From x Mon Oct  5 10:00:00 2026\nMessage-ID: <${id}>\n${refs ? `References: ${refs}\n` : ''}Date: ${day} Oct 2026 10:00:00 +0200\nFrom: anna@schmidt-design.de\nTo: max@mueller-gmbh.de\nSubject: ${subject}\n\nText\n\n`;
    const text =
      mail('a@x', '', 'Rechnung 1', 1) +
      mail('c@x', '<b@x>', 'Re: Rechnung 1 (weitergeleitet)', 3) +
      mail('b@x', '<a@x>', 'Re: Rechnung 1', 2);
    const bytes = enc.encode(text);
    const file = {
      name: 'merge.mbox',
      size: bytes.length,
      stream: () => new Blob([bytes]).stream(),
    };
    const { threads, batches } = await run([file], { batchEvery: 1 });
    expect(threads.map((t) => t.thread.messages.map((m) => m.id))).toEqual([['a@x', 'b@x', 'c@x']]);
    expect(batches.flatMap((b) => b.replacedIds)).toHaveLength(1);
  });
});

describe('the owner', () => {
  test('with no address in the settings, the most frequent sender is proposed and nothing is handed out yet', async () => {
    const { report, batches } = await run([fixtureFile('takeout.mbox')], {
      owner: { name: '', emails: [] },
    });
    expect(batches).toEqual([]);
    expect(report.ownerCandidates[0]).toEqual({
      email: 'anna@schmidt-design.de',
      name: 'Anna Schmidt',
      messages: 9,
    });
    // The mailer-daemon and the newsletter are never proposed.
    expect(report.ownerCandidates.map((c) => c.email)).not.toContain(
      'mailer-daemon@mx.schmidt-design.de',
    );
    const confirmed: ImportedThread[] = [];
    const count = await assignOwner(
      report.pending!,
      { emails: ['anna@schmidt-design.de'] },
      (b) => void confirmed.push(...b.threads),
    );
    expect(count).toBe(5);
    expect(confirmed.map((t) => t.thread.subject).sort()).toEqual([
      'Invoice INV-2026-007',
      'Invoice INV-2026-033',
      'Rechnung Nr. 2026-060 für Möbel-Fotos',
      'Rechnung RE-2026-041',
      'Rechnung RE-2026-052',
    ]);
  });
});

describe('bad input', () => {
  test('everything readable is imported; each skipped file or message is named with its reason', async () => {
    const files = [
      'bad/picture.png',
      'bad/contacts.csv',
      'bad/truncated.mbox',
      'bad/broken-mime.eml',
      'eml/invoice-kite.eml',
    ];
    const { report, threads } = await run(files.map((n) => fixtureFile(n, 16)));
    expect(report.problems).toEqual([
      { file: 'picture.png', reason: 'binary', outcome: 'skipped' },
      { file: 'contacts.csv', reason: 'not-mail', outcome: 'skipped' },
      {
        file: 'truncated.mbox',
        message: 2,
        subject: 'a note without a sender',
        reason: 'no-sender',
        outcome: 'skipped',
      },
      {
        file: 'truncated.mbox',
        message: 3,
        subject: 'Invoice INV-2026-081',
        reason: 'truncated',
        outcome: 'partial',
      },
      {
        file: 'broken-mime.eml',
        message: 1,
        subject: 'Rechnung RE-2026-075',
        reason: 'broken-mime',
        outcome: 'partial',
      },
    ]);
    expect(threads.map((t) => t.thread.subject).sort()).toEqual([
      'Invoice INV-2026-072',
      'Invoice INV-2026-080',
      'Invoice INV-2026-081',
      'Rechnung RE-2026-075',
    ]);
  });

  test('an empty file is no problem and no thread', async () => {
    const file = { name: 'empty.mbox', size: 0, stream: () => new Blob([]).stream() };
    const { report } = await run([file]);
    expect(report).toMatchObject({ threads: 0, problems: [] });
  });
});

describe('progress and cancelling', () => {
  test('progress reaches the total size', async () => {
    const seen: number[] = [];
    const file = fixtureFile('takeout.mbox', 256);
    await importMailbox([file], {
      owner: anna,
      spool: await openIdbSpool(),
      onProgress: (p) => seen.push(p.bytesRead / p.totalBytes),
    });
    expect(seen.at(-1)).toBe(1);
  });

  test('cancelling stops reading, keeps what was handed out and says it was cancelled', async () => {
    const controller = new AbortController();
    const batches: ImportBatch[] = [];
    const report = await importMailbox([fixtureFile('takeout.mbox', 64)], {
      owner: anna,
      spool: await openIdbSpool(),
      signal: controller.signal,
      batchEvery: 1,
      onThreads: (b) => {
        batches.push(b);
        controller.abort();
      },
    });
    expect(report.cancelled).toBe(true);
    // The batch in hand when cancelled, plus what was read before the cancel took effect.
    expect(batches.length).toBeLessThanOrEqual(2);
    expect(report.messages).toBeLessThan(14);
  });
});

describe('a file the browser stops reading', () => {
  /** The Takeout export, then a read error, as when a file on a removed drive is read. */
  const failing = (afterBytes: number) => {
    const bytes = fixtureFile('takeout.mbox').stream();
    return {
      name: 'failing.mbox',
      size: 100_000,
      stream: () => {
        const reader = bytes.getReader();
        let sent = 0;
        return new ReadableStream<Uint8Array>({
          async pull(controller) {
            if (sent >= afterBytes) return controller.error(new Error('NotReadableError'));
            const { done, value } = await reader.read();
            if (done) return controller.close();
            sent += value.byteLength;
            controller.enqueue(value);
          },
        });
      },
    };
  };

  test.each([
    ['before anything was read: the file is skipped', 0, 'skipped', 0],
    ['half-way: what was read is kept and the file is named as read in part', 8192, 'partial', 2],
  ])('%s', async (_label, afterBytes, outcome, minThreads) => {
    const { report, threads } = await run([failing(afterBytes)]);
    expect(report.problems).toEqual([{ file: 'failing.mbox', reason: 'read-error', outcome }]);
    expect(threads.length).toBeGreaterThanOrEqual(minThreads);
  });
});

describe('Outlook exports', () => {
  test('a reply without References joins by subject; the thread links to an Outlook search for its subject', async () => {
    const { threads } = await run([
      fixtureFile('outlook/zahlung-lang.eml'),
      fixtureFile('outlook/rechnung-lang.eml'),
    ]);
    expect(threads).toHaveLength(1);
    const [t] = threads;
    expect(t!.thread.messages.map((m) => m.from.email)).toEqual([
      'anna@schmidt-design.de',
      'p.lang@lang-architektur.de',
    ]);
    expect(t!.thread.messages[0]!.attachments).toEqual([
      { name: 'Rechnung RE-2026-063.pdf', mimeType: 'application/pdf' },
    ]);
    expect(t!.thread.messages[0]!.text).toContain('über 3.570,00 €');
    expect(t!.thread.messages[1]!.text).toContain(
      'die Zahlung ist heute raus – wir haben überwiesen.',
    );
    expect(t!.link).toBe('https://outlook.office.com/mail/search?q=Rechnung%20RE-2026-063');
  });
});

describe('a reply read before its original', () => {
  const text = (name: string) => new TextDecoder().decode(fixtureBytes(name));
  const fileOf = (name: string, content: string): MailboxFile => {
    const bytes = new TextEncoder().encode(content);
    return { name, size: bytes.length, stream: () => new Blob([bytes]).stream() };
  };
  const reply = text('outlook/zahlung-lang.eml');
  const original = text('outlook/rechnung-lang.eml');

  test.each([
    [
      'joins by Exchange Thread-Index even with a changed subject',
      reply.replace('Subject: AW: Rechnung RE-2026-063', 'Subject: Zahlung erfolgt'),
      original,
    ],
    [
      'joins by subject when there is no Thread-Index',
      reply.replace(/Thread-Index: .*\r\n/, ''),
      original.replace(/Thread-Index: .*\r\n/, ''),
    ],
  ])('%s', async (_label, replyText, originalText) => {
    const { threads } = await run([
      fileOf('reply.eml', replyText),
      fileOf('original.eml', originalText),
    ]);
    expect(threads.map((t) => t.thread.messages.length)).toEqual([2]);
  });

  test.each([
    ['reply first', true],
    ['original first', false],
  ])(
    'the same subject with another customer stays apart: only the owner is shared (%s)',
    async (_label, replyFirst) => {
      const stranger = original
        .replace(/Thread-Index: .*\r\n/, '')
        .replace(
          'To: Petra Lang <p.lang@lang-architektur.de>',
          'To: Someone Else <else@example.org>',
        );
      const files = [
        fileOf('reply.eml', reply.replace(/Thread-Index: .*\r\n/, '')),
        fileOf('original.eml', stranger),
      ];
      const { threads } = await run(replyFirst ? files : files.reverse());
      expect(threads.map((t) => t.thread.messages.length)).toEqual([1]);
    },
  );
});
