import { calendarDateToUtc } from './calendar-date';
import type { Instalment } from './language-pack';

/**
 * A payment plan of `count` monthly instalments (docs/rules.md §6): the first on the next 1st or
 * 15th after `today`, then the same day of each following month. Amounts are whole cents and sum
 * exactly to `amount`; the last one takes the rounding. Undefined for an amount that is not a
 * positive number or a count below 2.
 */
export function instalmentPlan(
  amount: number,
  count: number,
  today: string,
): Instalment[] | undefined {
  const n = Math.floor(count);
  if (!Number.isFinite(amount) || amount <= 0 || !Number.isFinite(n) || n < 2) return undefined;
  const totalCents = Math.round(amount * 100);
  const share = Math.floor(totalCents / n);
  const start = calendarDateToUtc(today);
  const day = start.getUTCDate() < 15 ? 15 : 1;
  // The 15th of this month when today is before it, else the 1st of the next.
  const firstMonth = day === 15 ? start.getUTCMonth() : start.getUTCMonth() + 1;
  return Array.from({ length: n }, (_, i) => {
    const date = new Date(Date.UTC(start.getUTCFullYear(), firstMonth + i, day));
    const cents = i === n - 1 ? totalCents - share * (n - 1) : share;
    return { date: date.toISOString().slice(0, 10), amount: cents / 100 };
  });
}
