import { beforeEach, describe, expect, test } from 'vitest';
import { analyzeThread } from '../../lib/core/index';
import { openDatabase, type UnghostDb } from '../../lib/storage/database';
import { reanalyseAll, trackThread, type Analyzer } from '../../lib/storage/thread-store';
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
