/**
 * Reads and writes of what the popup shows: every tracked thread summarised, and the first page
 * the background stores after each change. The shapes live in thread-summary.ts and
 * first-page.ts, which the database schema names.
 */
import { localDay } from '../views/apply-decision';
import type { UnghostDb } from './database';
import { FIRST_PAGE_KEY, type FirstPage } from './first-page';
import { summarize, type ThreadSummary } from './thread-summary';

/** Every tracked thread as the popup shows it at `now`. */
export async function listSummaries(db: UnghostDb, now: Date): Promise<ThreadSummary[]> {
  return (await db.getAll('threads')).map((r) => summarize(r, now));
}

export async function saveFirstPage(db: UnghostDb, page: FirstPage): Promise<void> {
  await db.put('meta', page, FIRST_PAGE_KEY);
}

/** Today's first page, or undefined when there is none or it was built on another day. */
export async function loadFirstPage(db: UnghostDb, now: Date): Promise<FirstPage | undefined> {
  const page = await db.get('meta', FIRST_PAGE_KEY);
  return page?.day === localDay(now) ? page : undefined;
}
