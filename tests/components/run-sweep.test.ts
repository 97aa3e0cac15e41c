/**
 * The sweep's tab, with a scripted mail client and the real background bookkeeping and store:
 * what it finds, what it skips, what it cannot read, the unread it restores, its pace, and that
 * a pause stops it at the next conversation and a resume goes on where it stopped.
 */
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { runSweep, type SweepBridge } from '../../components/sweep/run-sweep';
import { createSweepController, type SweepController } from '../../lib/background/sweep-controller';
import { analyzeThread, type MailThread } from '../../lib/core/index';
import { SelectorError } from '../../lib/mail-clients/dom';
import type { MailClient, SweepDriver, SweepHit } from '../../lib/mail-clients/mail-client';
import { openDatabase, type UnghostDb } from '../../lib/storage/database';
import { trackThread } from '../../lib/storage/thread-store';
import { invoiceThread } from '../core/thread-builder';
import { freshDbName } from '../storage/labelled-threads';

const NOW = new Date('2026-12-05T10:00:00+01:00');
const INVOICE = (n: string, due: string) =>
  `Attached: invoice ${n}.\nTotal: 1.428,00 €\nDue date: ${due}`;
const threads: Record<string, MailThread> = {
  'gmail:silent': {
    ...invoiceThread({ text: INVOICE('INV-1', '15/10/2026'), attachments: ['INV-1.pdf'] }),
    id: 'gmail:silent',
    client: 'gmail',
  },
  'gmail:quote': {
    ...invoiceThread({ subject: 'Quote for the website', text: 'My quote: €3,900.' }),
    id: 'gmail:quote',
    client: 'gmail',
  },
  'gmail:waiting': {
    ...invoiceThread({ text: INVOICE('INV-3', '15/01/2027'), attachments: ['INV-3.pdf'] }),
    id: 'gmail:waiting',
    client: 'gmail',
  },
};
const hits: SweepHit[] = [
  { threadId: 'gmail:silent', subject: 'Invoice INV-1', unread: true, date: '2026-10-01' },
  { threadId: 'gmail:quote', subject: 'Quote', unread: false, date: '2026-10-01' },
  { threadId: 'gmail:broken', subject: 'Invoice INV-2', unread: true, date: '2026-10-01' },
  { threadId: 'gmail:waiting', subject: 'Invoice INV-3', unread: false, date: '2026-10-01' },
];

let db: UnghostDb;
let sweeps: SweepController;
let tab: number;
let opened: string | undefined;
let driver: SweepDriver & {
  [K in 'search' | 'open' | 'markUnread' | 'close']: ReturnType<typeof vi.fn>;
};
let client: MailClient;
const paces: number[] = [];
const sleep = async (ms: number) => void paces.push(ms);

function bridge(): SweepBridge {
  return {
    task: () => sweeps.task('gmail', tab),
    searched: (h) => sweeps.searched('gmail', tab, h),
    check: (i) => sweeps.check('gmail', tab, i),
    report: (r) => sweeps.report('gmail', tab, r),
    trackThread: async (thread, link) =>
      (await trackThread(db, { thread, link }, NOW, (t, o) => analyzeThread(t, o))).state,
  };
}

beforeEach(async () => {
  db = await openDatabase(freshDbName());
  paces.length = 0;
  opened = undefined;
  let nextTab = 10;
  sweeps = createSweepController({
    db: async () => db,
    now: () => NOW,
    tabs: { open: async () => (tab = nextTab++), close: async () => undefined },
    storedNewest: async () => undefined,
    changed: async () => undefined,
  });
  driver = {
    searchQuery: ({ since, words }) => `in:sent after:${since} (${words.join(' OR ')})`,
    search: vi.fn(async () => hits),
    open: vi.fn(async (hit: SweepHit) => {
      if (!threads[hit.threadId]) throw new SelectorError('gmail.message');
      opened = hit.threadId;
    }),
    markUnread: vi.fn(async () => true),
    close: vi.fn(async () => {
      opened = undefined;
    }),
  };
  client = {
    name: 'gmail',
    readOpenThread: () =>
      opened ? { thread: threads[opened]!, hiddenMessages: 0, collapsedMessages: 0 } : undefined,
    watchOpenThread: () => undefined,
    sidebarAnchor: () => undefined,
    insertReply: async () => undefined,
    sweep: driver,
  };
});

const state = async () => (await sweeps.status())[0]!;
const run = () =>
  runSweep(client, bridge(), {
    signal: new AbortController().signal,
    now: () => NOW,
    sleep,
    link: () => '',
  });

describe('the sweep in its tab', () => {
  test('searches sent mail in six languages, reads every hit, and sums up', async () => {
    await sweeps.start({ client: 'gmail' });
    await run();
    expect(driver.search).toHaveBeenCalledWith(
      'in:sent after:2025-12-05 (invoice OR rechnung OR facture OR factura OR fattura OR factuur)',
      expect.anything(),
    );
    expect(await state()).toMatchObject({
      status: 'done',
      done: 4,
      found: 2,
      silentFound: 1,
      unreadRestored: 1,
      unreadNotRestored: 0,
      unreadable: [
        {
          threadId: 'gmail:broken',
          subject: 'Invoice INV-2',
          reason: 'layout not recognised (gmail.message)',
        },
      ],
    });
    // Stored as if the person had opened them: the invoices, not the quote.
    expect((await db.getAllKeys('threads')).sort()).toEqual(['gmail:silent', 'gmail:waiting']);
    // Only the unread conversation it could open was marked unread again; every one was closed.
    expect(driver.markUnread).toHaveBeenCalledTimes(1);
    expect(driver.close).toHaveBeenCalledTimes(4);
    // At a human pace: the pace before every conversation.
    expect(paces).toEqual([1000, 1000, 1000, 1000]);
  });

  test('a "mark as unread" that fails is counted, so the summary can say so', async () => {
    driver.markUnread.mockResolvedValue(false);
    await sweeps.start({ client: 'gmail' });
    await run();
    expect(await state()).toMatchObject({ unreadRestored: 0, unreadNotRestored: 1 });
  });

  test('a pause stops at the next conversation; a resume goes on where it stopped', async () => {
    await sweeps.start({ client: 'gmail' });
    driver.close.mockImplementationOnce(async () => {
      opened = undefined;
      await sweeps.pause('gmail');
    });
    await run();
    expect(await state()).toMatchObject({ status: 'paused', done: 1, found: 1 });
    expect(driver.open).toHaveBeenCalledTimes(1);
    await sweeps.resume('gmail');
    await run();
    expect(driver.search).toHaveBeenCalledTimes(1); // the hits were kept
    expect(await state()).toMatchObject({ status: 'done', done: 4, found: 2 });
  });

  test('a tab the background has no sweep for does nothing', async () => {
    await run();
    expect(driver.search).not.toHaveBeenCalled();
  });
});
