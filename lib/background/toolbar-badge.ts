/** The toolbar badge: how many threads are silent, after the person's decisions. */
import { browser } from 'wxt/browser';
import type { UnghostDb } from '../storage/database';
import { listRecords } from '../storage/thread-store';
import { countSilent } from '../storage/thread-summary';

export async function updateBadge(db: UnghostDb, now: Date): Promise<number> {
  const count = countSilent(await listRecords(db), now);
  await browser.action.setBadgeText({ text: count > 0 ? String(count) : '' });
  await browser.action.setBadgeBackgroundColor({ color: '#b91c1c' });
  return count;
}
