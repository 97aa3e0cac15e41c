import { beforeEach, describe, expect, test } from 'vitest';
import { openDatabase, type UnghostDb } from '../../lib/storage/database';
import { buildFirstPage, FIRST_PAGE_SIZE } from '../../lib/storage/first-page';
import { loadFirstPage, saveFirstPage } from '../../lib/storage/summary-store';
import type { ThreadSummary } from '../../lib/storage/thread-summary';
import { freshDbName } from './labelled-threads';

const summary = (
  id: string,
  status: ThreadSummary['view']['status'],
  score: number,
): ThreadSummary => ({
  id,
  client: 'gmail',
  link: '',
  customer: {},
  overrides: {},
  searchText: '',
  view: { status, ghostScore: score, reasons: [] },
});

let db: UnghostDb;
beforeEach(async () => {
  db = await openDatabase(freshDbName());
});

describe("the popup's first page", () => {
  test('holds the silent threads with the highest scores, best first, and the counts', () => {
    const all = [
      ...Array.from({ length: 40 }, (_, i) => summary(`gmail:s${i}`, 'silent', 1 + i)),
      summary('gmail:held', 'on_hold', 0),
      summary('gmail:answered', 'answered', 0),
    ];
    const page = buildFirstPage(all, new Date(2026, 10, 20, 10));
    expect(page.top).toHaveLength(FIRST_PAGE_SIZE);
    expect(page.top.map((t) => t.view.ghostScore)).toEqual(
      Array.from({ length: FIRST_PAGE_SIZE }, (_, i) => 40 - i),
    );
    expect([page.silentCount, page.total, page.day]).toEqual([40, 42, '2026-11-20']);
  });

  test.each([
    ['built today', new Date(2026, 10, 20, 23, 59), true],
    ['built yesterday (a snooze may have ended overnight)', new Date(2026, 10, 21, 0, 1), false],
  ])('is used only on the day it was %s', async (_label, openedAt, used) => {
    await saveFirstPage(
      db,
      buildFirstPage([summary('gmail:a', 'silent', 5)], new Date(2026, 10, 20, 10)),
    );
    expect((await loadFirstPage(db, openedAt)) !== undefined).toBe(used);
  });
});
