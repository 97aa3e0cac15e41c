/**
 * How much is owed and how late, per currency: the popup's totals and ageing chart. Pure; the
 * background computes it for the popup's first frame, the popup for the whole list.
 */
import type { DisplayStatus } from './apply-decision';

/** The statuses whose money is still owed and not set aside, in the order the popup shows them. */
export const OUTSTANDING_STATUSES = ['silent', 'disputed', 'promised', 'waiting'] as const;
export type OutstandingStatus = (typeof OUTSTANDING_STATUSES)[number];

/** Days overdue, as accountants age receivables. */
export const AGEING_BUCKETS = ['1-30', '31-60', '61-90', '90+'] as const;
export type AgeingBucket = (typeof AGEING_BUCKETS)[number];

/** What the overview reads of a thread (a ThreadSummary has it). */
export interface MoneyInput {
  view: { status: DisplayStatus };
  invoice?: { amount?: number; currency?: string };
  /** Set when a partial payment was named: what is left of the invoice amount. */
  outstandingAmount?: number;
  daysOverdue?: number;
}

export interface OutstandingTotal {
  currency: string;
  status: OutstandingStatus;
  amount: number;
}

export interface AgeingBar {
  currency: string;
  bucket: AgeingBucket;
  amount: number;
}

export interface MoneyOverview {
  /** Per currency (alphabetical) and status (OUTSTANDING_STATUSES order); only those that exist. */
  totals: OutstandingTotal[];
  /** Per currency with anything overdue, all four buckets in order (0 where none). */
  ageing: AgeingBar[];
}

const isOutstanding = (status: DisplayStatus): status is OutstandingStatus =>
  (OUTSTANDING_STATUSES as readonly string[]).includes(status);

/** The bucket of a number of days overdue; undefined when not overdue. */
export function ageingBucket(daysOverdue: number | undefined): AgeingBucket | undefined {
  if (daysOverdue === undefined || !(daysOverdue >= 1)) return undefined;
  if (daysOverdue <= 30) return '1-30';
  if (daysOverdue <= 60) return '31-60';
  if (daysOverdue <= 90) return '61-90';
  return '90+';
}

/**
 * What a thread still owes and in which currency, when it counts: an outstanding status and a
 * known amount. The core always reads a currency with an amount (amount-parsing.ts).
 */
export function owed(thread: MoneyInput): { currency: string; amount: number } | undefined {
  if (!isOutstanding(thread.view.status)) return undefined;
  const amount = thread.outstandingAmount ?? thread.invoice?.amount;
  const currency = thread.invoice?.currency;
  if (amount === undefined || !Number.isFinite(amount) || amount <= 0 || !currency)
    return undefined;
  return { currency, amount };
}

/** Whether a thread is counted in the ageing bar of `currency` and `bucket` (the chart's filter). */
export function inAgeingBar(
  thread: MoneyInput,
  bar: { currency: string; bucket: AgeingBucket },
): boolean {
  return owed(thread)?.currency === bar.currency && ageingBucket(thread.daysOverdue) === bar.bucket;
}

export function moneyOverview(threads: readonly MoneyInput[]): MoneyOverview {
  // Sums in cents, so that 0.1 + 0.2 stays 0.30.
  const totals = new Map<string, Map<OutstandingStatus, number>>();
  const ageing = new Map<string, Map<AgeingBucket, number>>();
  for (const thread of threads) {
    const money = owed(thread);
    if (!money) continue;
    const cents = Math.round(money.amount * 100);
    const byStatus = totals.get(money.currency) ?? new Map<OutstandingStatus, number>();
    totals.set(money.currency, byStatus);
    const status = thread.view.status as OutstandingStatus;
    byStatus.set(status, (byStatus.get(status) ?? 0) + cents);
    const bucket = ageingBucket(thread.daysOverdue);
    if (!bucket) continue;
    const byBucket = ageing.get(money.currency) ?? new Map<AgeingBucket, number>();
    ageing.set(money.currency, byBucket);
    byBucket.set(bucket, (byBucket.get(bucket) ?? 0) + cents);
  }
  const currencies = (map: Map<string, unknown>) => [...map.keys()].sort();
  return {
    totals: currencies(totals).flatMap((currency) =>
      OUTSTANDING_STATUSES.filter((s) => totals.get(currency)!.has(s)).map((status) => ({
        currency,
        status,
        amount: totals.get(currency)!.get(status)! / 100,
      })),
    ),
    ageing: currencies(ageing).flatMap((currency) =>
      AGEING_BUCKETS.map((bucket) => ({
        currency,
        bucket,
        amount: (ageing.get(currency)!.get(bucket) ?? 0) / 100,
      })),
    ),
  };
}
