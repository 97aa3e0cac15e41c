/**
 * The import keeps messages in the spool, not in memory: conversations still come out whole
 * however far apart their messages are, and the spool is gone when the import is.
 */
import { describe, expect, test } from 'vitest';
import { openIdbSpool } from '../../lib/import/idb-spool';
import {
  assignOwner,
  discardPending,
  importMailbox,
  type ImportBatch,
  type MailboxFile,
} from '../../lib/import/import-mailbox';
import type { ImportedThread, Owner } from '../../lib/import/imported-thread';
import {
  countingSpool,
  filler,
  mbox,
  mboxFile,
  spoolDatabases,
  type MailSpec,
} from './spool-test-kit';

const anna: Owner = { name: 'Anna Schmidt', emails: ['anna@schmidt-design.de'] };
const max = 'max@mueller-gmbh.de';
/** A write buffer of 8 messages: anything read more than 8 messages ago comes from storage. */
const tinyBuffer = { messages: 8, bytes: 1_000_000 };

async function run(files: MailboxFile[], owner: Owner = anna, batchEvery = 50) {
  const counted = countingSpool(await openIdbSpool());
  const batches: ImportBatch[] = [];
  const report = await importMailbox(files, {
    owner,
    spool: counted.spool,
    spoolBuffer: tinyBuffer,
    batchEvery,
    onThreads: (b) => void batches.push(b),
  });
  const threads = new Map<string, ImportedThread>();
  for (const b of batches) {
    b.replacedIds.forEach((id) => threads.delete(id));
    b.threads.forEach((t) => threads.set(t.thread.id, t));
  }
  return { report, stats: counted.stats, threads: [...threads.values()], batches };
}

const idsOf = (threads: ImportedThread[], subject: string) =>
  threads.find((t) => t.thread.subject === subject)?.thread.messages.map((m) => m.id);

describe('a conversation whose messages lie far apart in the export', () => {
  test.each<[string, MailSpec[], string[]]>([
    [
      'a reply by References, 300 messages after the invoice',
      [
        { id: 'a@x', subject: 'Rechnung 1', day: 1 },
        ...filler(300),
        {
          id: 'b@x',
          subject: 'AW: Rechnung 1',
          day: 12,
          refs: '<a@x>',
          from: max,
          to: 'anna@schmidt-design.de',
        },
      ],
      ['a@x', 'b@x'],
    ],
    [
      'a reply by subject only, 300 messages after the invoice',
      [
        { id: 'a@x', subject: 'Rechnung 1', day: 1 },
        ...filler(300),
        { id: 'b@x', subject: 'AW: Rechnung 1', day: 12, from: max, to: 'anna@schmidt-design.de' },
      ],
      ['a@x', 'b@x'],
    ],
    [
      'a reply read 300 messages before its original, joined by subject',
      [
        { id: 'b@x', subject: 'AW: Rechnung 1', day: 12, from: max, to: 'anna@schmidt-design.de' },
        ...filler(300),
        { id: 'a@x', subject: 'Rechnung 1', day: 1 },
      ],
      ['a@x', 'b@x'],
    ],
    [
      'a reminder naming the reply, the reply naming the invoice read last: two conversations joined',
      [
        { id: 'a@x', subject: 'Rechnung 1', day: 1 },
        ...filler(150),
        { id: 'c@x', subject: 'Re: Rechnung 1 (weitergeleitet)', day: 20, refs: '<b@x>' },
        ...filler(150, 150),
        {
          id: 'b@x',
          subject: 'AW: Rechnung 1',
          day: 12,
          refs: '<a@x>',
          from: max,
          to: 'anna@schmidt-design.de',
        },
      ],
      ['a@x', 'b@x', 'c@x'],
    ],
  ])('%s: it comes out whole, read back from storage', async (_label, mails, expected) => {
    const { threads, report, stats } = await run([mboxFile('spread.mbox', mbox(mails))]);
    expect(idsOf(threads, 'Rechnung 1')).toEqual(expected);
    // Every other conversation is there once: the joined one did not leave a stale copy.
    expect(threads).toHaveLength(1 + 300);
    // Every message went to storage but the last few still in the write buffer; the one of
    // this conversation read first came back from storage.
    expect(report.messages - stats.appended).toBeLessThan(tinyBuffer.messages);
    expect(stats.read.has(mails[0]!.id)).toBe(true);
  });

  test('the merged conversation retires the id handed out before, once', async () => {
    const mails = [
      { id: 'a@x', subject: 'Rechnung 1', day: 1 },
      ...filler(60),
      { id: 'c@x', subject: 'Re: Rechnung 1 (weitergeleitet)', day: 20, refs: '<b@x>' },
      ...filler(60, 60),
      {
        id: 'b@x',
        subject: 'AW: Rechnung 1',
        day: 12,
        refs: '<a@x>',
        from: max,
        to: 'anna@schmidt-design.de',
      },
    ];
    const { batches } = await run([mboxFile('merge.mbox', mbox(mails))]);
    expect(batches.flatMap((b) => b.replacedIds)).toHaveLength(1);
  });
});

describe('a conversation that keeps growing through the export', () => {
  // The invoice, then 120 replies, each 5 other conversations apart: one per batch.
  const mails: MailSpec[] = [{ id: 'a@x', subject: 'Rechnung 1', day: 1 }];
  for (let k = 1; k <= 120; k++) {
    mails.push(...filler(4, k * 4), {
      id: `r${k}@x`,
      subject: 'AW: Rechnung 1',
      day: 2,
      refs: '<a@x>',
      ...(k % 2 ? { from: max, to: 'anna@schmidt-design.de' } : {}),
    });
  }

  test('is handed out again as it grows by a quarter, and whole at the end: not read back whole at every batch', async () => {
    const { threads, batches } = await run([mboxFile('long.mbox', mbox(mails))], anna, 5);
    expect(idsOf(threads, 'Rechnung 1')).toHaveLength(121);
    const handOuts = batches
      .flatMap((b) => b.threads)
      .filter((t) => t.thread.subject === 'Rechnung 1')
      .map((t) => t.thread.messages.length);
    // Stored as it came (1, 2, 3, 4, 5, 7, 9, 12, ...), never shrinking, the last one whole.
    expect(handOuts.length).toBeGreaterThan(10);
    expect(handOuts).toEqual([...handOuts].sort((x, y) => x - y));
    expect(handOuts.at(-1)).toBe(121);
    // Read back whole at each of its 120 batches, it would have been 7,381 messages.
    expect(handOuts.reduce((n, c) => n + c, 0)).toBeLessThanOrEqual(6 * 121);
  });
});

describe('the spool lives as long as the import needs it', () => {
  test('a finished import clears it', async () => {
    const { stats } = await run([mboxFile('a.mbox', mbox(filler(20)))]);
    expect(stats.cleared).toBe(1);
    expect(await spoolDatabases()).toEqual([]);
  });

  test.each<[string, boolean, boolean]>([
    ['the spool cannot write (a full disk)', true, false],
    ['the store cannot take a batch', false, true],
  ])(
    '%s: the import stops with an error, not a file named unreadable, and clears the spool',
    async (_label, spoolFails, storeFails) => {
      const counted = countingSpool(await openIdbSpool());
      const spool = spoolFails
        ? { ...counted.spool, append: () => Promise.reject(new Error('QuotaExceededError')) }
        : counted.spool;
      const run = importMailbox([mboxFile('a.mbox', mbox(filler(40)))], {
        owner: anna,
        spool,
        spoolBuffer: tinyBuffer,
        batchEvery: 10,
        onThreads: () => (storeFails ? Promise.reject(new Error('store')) : undefined),
      });
      await expect(run).rejects.toThrow(spoolFails ? 'QuotaExceededError' : 'store');
      expect(counted.stats.cleared).toBe(1);
      expect(await spoolDatabases()).toEqual([]);
    },
  );

  test('cancelling keeps what was read and handed out, and clears the spool', async () => {
    const controller = new AbortController();
    const counted = countingSpool(await openIdbSpool());
    const handed: string[] = [];
    const report = await importMailbox([mboxFile('big.mbox', mbox(filler(400)), 512)], {
      owner: anna,
      spool: counted.spool,
      spoolBuffer: tinyBuffer,
      signal: controller.signal,
      batchEvery: 50,
      onThreads: (b) => {
        handed.push(...b.threads.map((t) => t.thread.subject!));
        if (handed.length >= 100) controller.abort();
      },
    });
    expect(report).toMatchObject({ cancelled: true });
    expect(report.messages).toBeLessThan(400);
    // All that was read before the cancel took effect is handed out, none of it twice.
    expect(handed).toHaveLength(report.messages);
    expect(new Set(handed).size).toBe(handed.length);
    expect(counted.stats.cleared).toBe(1);
    expect(await spoolDatabases()).toEqual([]);
  });

  test.each([
    [
      'confirmed: the owner’s conversations are handed out from the spool, then it is cleared',
      true,
    ],
    ['turned down: nothing is handed out and the spool is cleared', false],
  ])('with no owner known, the spool waits for the answer; %s', async (_label, confirm) => {
    const mails = [
      { id: 'a@x', subject: 'Rechnung 1', day: 1 },
      ...filler(30),
      {
        id: 'b@x',
        subject: 'AW: Rechnung 1',
        day: 12,
        refs: '<a@x>',
        from: max,
        to: 'anna@schmidt-design.de',
      },
    ];
    const { report, batches } = await run([mboxFile('a.mbox', mbox(mails))], { emails: [] });
    expect(batches).toEqual([]);
    expect(await spoolDatabases()).toHaveLength(1);
    const handed: ImportedThread[] = [];
    if (confirm)
      expect(await assignOwner(report.pending!, anna, (b) => void handed.push(...b.threads))).toBe(
        31,
      );
    else await discardPending(report.pending!);
    expect(idsOf(handed, 'Rechnung 1')).toEqual(confirm ? ['a@x', 'b@x'] : undefined);
    expect(await spoolDatabases()).toEqual([]);
  });
});
