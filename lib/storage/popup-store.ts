/**
 * What the popup reads, straight from the extension's own IndexedDB (no service-worker wake-up,
 * no JSON round trip). Reads only: every write goes through the background, which keeps the
 * badge and the first page in step.
 */
import { openDatabase, type UnghostDb } from './database';
import type { FirstPage } from './first-page';
import { listSummaries, loadFirstPage } from './summary-store';
import type { ThreadSummary } from './thread-summary';

export interface PopupStore {
  /** Today's top silent threads and counts, if the background has built them. */
  firstPage(now: Date): Promise<FirstPage | undefined>;
  /** Every tracked thread as the popup shows it at `now`. */
  list(now: Date): Promise<ThreadSummary[]>;
}

export function openPopupStore(open: () => Promise<UnghostDb> = () => openDatabase()): PopupStore {
  let db: Promise<UnghostDb> | undefined;
  const database = () => (db ??= open());
  return {
    firstPage: async (now) => loadFirstPage(await database(), now),
    list: async (now) => listSummaries(await database(), now),
  };
}
