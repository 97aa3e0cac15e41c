/**
 * The popup's first frame: the top silent threads and the counts, rebuilt by the background
 * after every change. The popup paints it at once, then reads every thread for the rest. It is
 * only used on the day it was built (a snooze may end overnight).
 */
import { localDay } from '../views/apply-decision';
import { moneyOverview, type MoneyOverview } from '../views/money-overview';
import type { ThreadSummary } from './thread-summary';

export const FIRST_PAGE_KEY = 'popup-first-page';
/** As many rows as the popup's silent section shows before "Show more". */
export const FIRST_PAGE_SIZE = 25;

export interface FirstPage {
  day: string;
  silentCount: number;
  total: number;
  /** The silent threads with the highest ghost scores, best first. */
  top: ThreadSummary[];
  /** Totals and ageing of every thread, so the first frame shows the money too. */
  money?: MoneyOverview;
}

export function buildFirstPage(summaries: readonly ThreadSummary[], now: Date): FirstPage {
  const silent = summaries.filter((s) => s.view.status === 'silent');
  const top = [...silent]
    .sort(
      (a, b) =>
        b.view.ghostScore - a.view.ghostScore ||
        (b.daysOverdue ?? 0) - (a.daysOverdue ?? 0) ||
        a.id.localeCompare(b.id),
    )
    .slice(0, FIRST_PAGE_SIZE);
  return {
    day: localDay(now),
    silentCount: silent.length,
    total: summaries.length,
    top,
    money: moneyOverview(summaries),
  };
}
