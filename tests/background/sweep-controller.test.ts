/**
 * The sweep's bookkeeping in the background: one sweep per client, its own tab, the task handed
 * to that tab only, counts and summary, pause / resume / cancel, a closed tab and a restart.
 */
import { beforeEach, describe, expect, test, vi, type Mock } from 'vitest';
import {
  createSweepController,
  monthsBefore,
  SweepError,
  type SweepController,
} from '../../lib/background/sweep-controller';
import type { SweepHit } from '../../lib/mail-clients/mail-client';
import { openDatabase, type UnghostDb } from '../../lib/storage/database';
import { freshDbName } from '../storage/labelled-threads';

const NOW = new Date('2026-12-05T10:00:00Z');
let db: UnghostDb;
let sweeps: SweepController;
let tabs: {
  open: Mock<(url: string) => Promise<number>>;
  close: Mock<(id: number) => Promise<void>>;
};
const stored = new Map<string, string>();
let nextTab = 10;

const hit = (n: number, over: Partial<SweepHit> = {}): SweepHit => ({
  threadId: `gmail:t${n}`,
  subject: `Invoice ${n}`,
  unread: false,
  date: '2026-11-01',
  ...over,
});

beforeEach(async () => {
  db = await openDatabase(freshDbName());
  stored.clear();
  nextTab = 10;
  tabs = {
    open: vi.fn(async () => nextTab++),
    close: vi.fn(async () => undefined),
  };
  sweeps = createSweepController({
    db: async () => db,
    now: () => NOW,
    tabs,
    storedNewest: async (id) => stored.get(id),
    changed: async () => undefined,
  });
});

const state = async () => (await sweeps.status())[0]!;

describe('the sweep in the background', () => {
  test('starts in a tab of its own, searching the last 12 months; one per client at a time', async () => {
    await sweeps.start({ client: 'gmail' });
    expect(tabs.open).toHaveBeenCalledWith('https://mail.google.com/mail/u/0/#inbox');
    expect(await state()).toMatchObject({ status: 'searching', since: '2025-12-05', tabId: 10 });
    await expect(sweeps.start({ client: 'gmail' })).rejects.toThrow(SweepError);
    // A client whose search it cannot drive yet is refused with a clear answer, not left waiting.
    await expect(sweeps.start({ client: 'outlook', months: 3 })).rejects.toThrow(
      'Unghost cannot search this mail client yet.',
    );
    expect((await sweeps.status()).map((s) => [s.client, s.since])).toEqual([
      ['gmail', '2025-12-05'],
    ]);
  });

  test('the task goes to the sweep’s own tab only', async () => {
    await sweeps.start({ client: 'gmail' });
    expect(await sweeps.task('gmail', 11)).toBeNull();
    expect(await sweeps.task('outlook', 10)).toBeNull();
    expect(await sweeps.task('gmail', 10)).toEqual({
      since: '2025-12-05',
      paceMs: 1000,
      next: 0,
      found: 0,
    });
  });

  test('never faster than a conversation a second', async () => {
    await sweeps.start({ client: 'gmail', paceMs: 10 });
    expect((await state()).paceMs).toBe(1000);
  });

  test('counts what each conversation was, skips unchanged ones, and closes its tab when done', async () => {
    await sweeps.start({ client: 'gmail' });
    stored.set('gmail:t2', '2026-11-20T09:00:00Z');
    expect(
      await sweeps.searched('gmail', 10, [
        hit(1, { unread: true }),
        hit(2),
        hit(1),
        hit(3),
        hit(4),
      ]),
    ).toBe(true);
    expect((await state()).hits).toHaveLength(4);
    expect(await sweeps.check('gmail', 10, 0)).toBe('open');
    expect(
      await sweeps.report('gmail', 10, {
        index: 0,
        outcome: 'invoice',
        silent: true,
        unreadRestored: true,
      }),
    ).toEqual({ go: true });
    expect(await sweeps.check('gmail', 10, 1)).toBe('skip');
    await sweeps.report('gmail', 10, { index: 1, outcome: 'skipped' });
    await sweeps.report('gmail', 10, { index: 2, outcome: 'unreadable', reason: 'gmail.message' });
    expect(await sweeps.report('gmail', 10, { index: 3, outcome: 'not_invoice' })).toEqual({
      go: false,
    });
    expect(await state()).toMatchObject({
      status: 'done',
      done: 4,
      found: 1,
      silentFound: 1,
      skipped: 1,
      unreadRestored: 1,
      unreadable: [{ threadId: 'gmail:t3', subject: 'Invoice 3', reason: 'gmail.message' }],
    });
    expect(tabs.close).toHaveBeenCalledWith(10);
    // Done: a new sweep may start.
    await sweeps.start({ client: 'gmail' });
  });

  test('a search that lists nothing is done at once', async () => {
    await sweeps.start({ client: 'gmail' });
    expect(await sweeps.searched('gmail', 10, [])).toBe(false);
    expect((await state()).status).toBe('done');
  });

  test('pause stops the tab at the next conversation; resume goes on where it stopped, in a new tab', async () => {
    await sweeps.start({ client: 'gmail' });
    await sweeps.searched('gmail', 10, [hit(1), hit(2), hit(3)]);
    await sweeps.report('gmail', 10, { index: 0, outcome: 'invoice' });
    await sweeps.pause('gmail');
    expect(await sweeps.check('gmail', 10, 1)).toBe('stop');
    expect(await sweeps.task('gmail', 10)).toBeNull();
    await sweeps.resume('gmail');
    expect(tabs.close).toHaveBeenCalledWith(10);
    expect(await sweeps.task('gmail', 11)).toMatchObject({
      next: 1,
      hits: [hit(1), hit(2), hit(3)],
    });
  });

  test('a closed sweep tab pauses the sweep, and says why', async () => {
    await sweeps.start({ client: 'gmail' });
    await sweeps.searched('gmail', 10, [hit(1), hit(2)]);
    await sweeps.tabClosed(99);
    expect((await state()).status).toBe('running');
    await sweeps.tabClosed(10);
    expect(await state()).toMatchObject({ status: 'paused', pausedBecause: 'tab_closed' });
    await sweeps.resume('gmail');
    expect(await sweeps.task('gmail', 11)).toMatchObject({ next: 0 });
  });

  test('after a browser restart a working sweep goes on in a new tab', async () => {
    await sweeps.start({ client: 'gmail' });
    await sweeps.searched('gmail', 10, [hit(1), hit(2)]);
    await sweeps.report('gmail', 10, { index: 0, outcome: 'invoice' });
    await sweeps.resumeAfterRestart();
    expect(await sweeps.task('gmail', 11)).toMatchObject({ next: 1 });
  });

  test('cancel closes the tab and keeps what was found', async () => {
    await sweeps.start({ client: 'gmail' });
    await sweeps.searched('gmail', 10, [hit(1), hit(2)]);
    await sweeps.report('gmail', 10, { index: 0, outcome: 'invoice', silent: true });
    await sweeps.cancel('gmail');
    expect(await state()).toMatchObject({ status: 'cancelled', found: 1, done: 1 });
    expect((await state()).tabId).toBeUndefined();
    expect(tabs.close).toHaveBeenCalledWith(10);
    expect(await sweeps.report('gmail', 10, { index: 1, outcome: 'invoice' })).toEqual({
      go: false,
    });
  });

  test('a report out of order (a stale tab) changes nothing', async () => {
    await sweeps.start({ client: 'gmail' });
    await sweeps.searched('gmail', 10, [hit(1), hit(2)]);
    expect(await sweeps.report('gmail', 10, { index: 1, outcome: 'invoice' })).toEqual({
      go: false,
    });
    expect((await state()).done).toBe(0);
  });

  test('months are counted back from today', () => {
    expect(monthsBefore(new Date('2026-03-31T12:00:00Z'), 1)).toBe('2026-02-28');
    expect(monthsBefore(new Date('2028-03-31T12:00:00Z'), 1)).toBe('2028-02-29');
    expect(monthsBefore(new Date('2026-01-15T12:00:00Z'), 1)).toBe('2025-12-15');
    expect(monthsBefore(new Date('2026-12-05T12:00:00Z'), 12)).toBe('2025-12-05');
  });
});
