import { beforeEach, describe, expect, test } from 'vitest';
import { analyzeThread } from '../../lib/core/index';
import { openDatabase, type UnghostDb } from '../../lib/storage/database';
import {
  reanalyseAll,
  setReplyCorrection,
  trackThread,
  type Analyzer,
} from '../../lib/storage/thread-store';
import { invoiceThread, type ReplySpec } from '../core/thread-builder';
import { labelled, freshDbName } from './labelled-threads';

/** The extension's own analyser: the store must work with the real core, not only with labels. */
const core: Analyzer = (thread, opts) => analyzeThread(thread, opts);
let db: UnghostDb;
beforeEach(async () => {
  db = await openDatabase(freshDbName());
});

describe('tracking with the real core', () => {
  test.each(labelled.map((l) => [l.name, l] as const))(
    '%s is stored with its labelled status, or not at all',
    async (_name, l) => {
      await trackThread(db, { thread: l.thread, link: '' }, new Date(l.now), core);
      const record = await db.get('threads', l.thread.id);
      if (l.expect.status === 'not_invoice') expect(record).toBeUndefined();
      else expect(record?.analysis.status).toBe(l.expect.status);
    },
  );

  test('a week later the daily re-analysis finds every silent thread more overdue', async () => {
    const silent = labelled.filter((l) => l.expect.status === 'silent');
    for (const l of silent)
      await trackThread(db, { thread: l.thread, link: '' }, new Date(l.now), core);
    const before = new Map(
      (await db.getAll('threads')).map((r) => [r.id, r.analysis.daysOverdue ?? 0]),
    );
    await reanalyseAll(db, new Date(new Date(silent[0]!.now).getTime() + 7 * 86_400_000), core);
    for (const r of await db.getAll('threads'))
      expect(r.analysis.daysOverdue).toBe(before.get(r.id)! + 7);
  });
});

const INVOICE = 'Attached: invoice INV-9.\nTotal: 1.428,00 €\nDue date: 15/10/2026';
const withReplies = (replies: ReplySpec[]) =>
  invoiceThread({
    text: INVOICE,
    date: '2026-10-01T09:00:00+02:00',
    attachments: ['invoice.pdf'],
    replies,
  });
const statusOf = async (id = 'test:1') => {
  const r = await db.get('threads', id);
  return [r?.analysis.status, r?.analysis.promisedDate, r?.analysis.promiseBroken];
};

describe('the daily re-analysis moves reply meanings on as days pass', () => {
  test('a promise turns into a broken promise when its grace passes', async () => {
    const thread = withReplies([
      { text: "We'll pay on Friday.", date: '2026-11-02T10:00:00+01:00' },
    ]);
    await trackThread(db, { thread, link: '' }, new Date('2026-11-03T10:00:00+01:00'), core);
    expect(await statusOf()).toEqual(['promised', '2026-11-06', undefined]);
    // Friday 6 November + 3 days' grace: still promised on the 9th, broken on the 10th.
    await reanalyseAll(db, new Date('2026-11-09T20:00:00+01:00'), core);
    expect(await statusOf()).toEqual(['promised', '2026-11-06', undefined]);
    await reanalyseAll(db, new Date('2026-11-10T10:00:00+01:00'), core);
    expect(await statusOf()).toEqual(['silent', '2026-11-06', true]);
    const r = await db.get('threads', 'test:1');
    expect(r?.analysis.reasons.map((x) => x.code)).toContain('promise_broken');
  });

  test('an out-of-office reply holds the thread until the day after the return, then it is silent', async () => {
    const thread = withReplies([
      {
        from: 'owner',
        text: 'Reminder: invoice INV-9 is overdue.',
        date: '2026-11-02T10:00:00+01:00',
      },
      {
        subject: 'Automatic reply: Invoice INV-9',
        text: "I'm out of the office until 16 November.",
        date: '2026-11-02T10:00:20+01:00',
      },
    ]);
    await trackThread(db, { thread, link: '' }, new Date('2026-11-03T10:00:00+01:00'), core);
    const before = await db.get('threads', 'test:1');
    expect([before?.analysis.status, before?.analysis.resumeOn]).toEqual(['waiting', '2026-11-17']);
    await reanalyseAll(db, new Date('2026-11-16T20:00:00+01:00'), core);
    expect((await db.get('threads', 'test:1'))?.analysis.status).toBe('waiting');
    await reanalyseAll(db, new Date('2026-11-17T09:00:00+01:00'), core);
    expect((await db.get('threads', 'test:1'))?.analysis.status).toBe('silent');
  });
});

describe('the person corrects how a reply was read', () => {
  const REPLY = { text: 'Thanks, I will look into it.', date: '2026-11-02T10:00:00+01:00' };
  const NOW = new Date('2026-11-04T10:00:00+01:00');

  test('a promise date set by the person holds through re-analysis, until they clear it', async () => {
    await trackThread(db, { thread: withReplies([REPLY]), link: '' }, NOW, core);
    expect(await statusOf()).toEqual(['answered', undefined, undefined]);
    await setReplyCorrection(
      db,
      { threadId: 'test:1', correction: { replyDate: REPLY.date, promisedDate: '2026-11-20' } },
      NOW,
      core,
    );
    expect(await statusOf()).toEqual(['promised', '2026-11-20', undefined]);
    // Seen again in the sidebar, and re-analysed the next day: still the person's reading.
    const { state } = await trackThread(db, { thread: withReplies([REPLY]), link: '' }, NOW, core);
    expect(state.correction).toEqual({ replyDate: REPLY.date, promisedDate: '2026-11-20' });
    await reanalyseAll(db, new Date('2026-11-05T10:00:00+01:00'), core);
    expect(await statusOf()).toEqual(['promised', '2026-11-20', undefined]);
    await setReplyCorrection(db, { threadId: 'test:1', correction: null }, NOW, core);
    expect(await statusOf()).toEqual(['answered', undefined, undefined]);
  });

  test('"not a dispute" stops holding the thread; a newer reply is read afresh', async () => {
    const dispute = { text: 'The hours seem too high.', date: REPLY.date };
    await trackThread(db, { thread: withReplies([dispute]), link: '' }, NOW, core);
    expect(await statusOf()).toEqual(['disputed', undefined, undefined]);
    await setReplyCorrection(
      db,
      { threadId: 'test:1', correction: { replyDate: dispute.date, notDispute: true } },
      NOW,
      core,
    );
    expect(await statusOf()).toEqual(['answered', undefined, undefined]);
    const again = {
      text: 'As I said, these hours are wrong. I will not pay this invoice.',
      date: '2026-11-03T10:00:00+01:00',
    };
    await trackThread(db, { thread: withReplies([dispute, again]), link: '' }, NOW, core);
    expect(await statusOf()).toEqual(['disputed', undefined, undefined]);
  });

  test('a correction of a thread that is not tracked is refused, and nothing is stored', async () => {
    await expect(
      setReplyCorrection(
        db,
        { threadId: 'test:404', correction: { replyDate: REPLY.date, notDispute: true } },
        NOW,
        core,
      ),
    ).rejects.toThrow('not tracked');
    expect(await db.getAll('threads')).toEqual([]);
  });
});
