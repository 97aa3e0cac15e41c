import { addDays, daysBetween, toCalendarDate } from './drafts/calendar-date';
import {
  defaultLateInterestTables,
  type LateInterestJurisdiction,
  type LateInterestTable,
  type LateInterestTables,
} from './late-interest-rates';
import type { CustomerType, Jurisdiction } from './settings';

export interface LateInterestInput {
  amount: number;
  /** ISO 4217 code of the debt. */
  currency: string;
  /** The invoice's due date (YYYY-MM-DD); interest runs from the day after. */
  dueDate: string;
  /** Interest is counted up to and including this day. */
  until: Date | string;
  customerType: CustomerType;
  jurisdiction: Jurisdiction;
  /** The thread's language: 'auto' reads a German EUR invoice as German law (§ 288 BGB). */
  language?: string;
  /** Defaults to the shipped tables; the options page may pass the person's edited copy. */
  tables?: LateInterestTables;
}

/** One stretch of the delay at a single rate. */
export interface LateInterestPeriod {
  from: string;
  to: string;
  days: number;
  ratePercent: number;
}

export interface LateInterestResult {
  jurisdiction: LateInterestJurisdiction;
  /** Annual rate on the last day counted (reference rate + margin). */
  ratePercent: number;
  marginPoints: number;
  /** Days of delay counted: from the day after the due date to `until`, both included. */
  days: number;
  /** Simple interest in the debt's currency, rounded to cents. */
  interest: number;
  /** Fixed compensation where the law gives one, in `feeCurrency`. */
  flatFee?: number;
  feeCurrency: string;
  legalBasis: string;
  periods: LateInterestPeriod[];
  /**
   * First day for which the table had no published rate: the last known one was carried on, so
   * `ratePercent` and `interest` are estimates. Drafts then state the margin, not the figure.
   */
  assumedAfter?: string;
}

/** Which law's table applies; undefined where none gives a figure (USD, CHF, 'none', ...). */
export function resolveJurisdiction(
  jurisdiction: Jurisdiction,
  currency: string,
  language?: string,
): LateInterestJurisdiction | undefined {
  if (jurisdiction === 'none') return undefined;
  if (jurisdiction !== 'auto') return jurisdiction;
  const code = currency.toUpperCase();
  if (code === 'GBP') return 'UK';
  if (code === 'EUR') return language === 'de' ? 'DE' : 'EU';
  return undefined;
}

/**
 * Statutory late-payment interest and fixed compensation for an unpaid invoice, or undefined
 * where the law gives no figure (no table for the currency, a consumer under a business-only
 * law, an unreadable amount or date). Simple interest per day, amount × rate × days / 365,
 * with the delay split wherever the rate changes (DE, EU) or fixed when overdue (UK).
 */
export function computeLateInterest(input: LateInterestInput): LateInterestResult | undefined {
  const jurisdiction = resolveJurisdiction(input.jurisdiction, input.currency, input.language);
  if (!jurisdiction) return undefined;
  const table = (input.tables ?? defaultLateInterestTables)[jurisdiction];
  const terms = input.customerType === 'consumer' ? table.consumer : table.business;
  const dueDate = toCalendarDate(input.dueDate);
  const until = toCalendarDate(input.until);
  if (!terms || !dueDate || !until || !Number.isFinite(input.amount) || input.amount <= 0)
    return undefined;
  const firstDay = addDays(dueDate, 1);
  const days = Math.max(0, daysBetween(dueDate, until));

  const periods = days > 0 ? splitByRate(table, firstDay, until, terms.marginPoints) : [];
  const raw = periods.reduce((sum, p) => sum + (input.amount * p.ratePercent * p.days) / 36_500, 0);
  const lastPeriod = periods[periods.length - 1];
  const ratePercent = lastPeriod?.ratePercent ?? referenceOn(table, firstDay) + terms.marginPoints;
  const flatFee =
    days > 0 ? flatFeeFor(table, terms.feeBands, input.amount, input.currency) : undefined;
  // A fixed rate (UK) depends on the first day only; a following rate on every day counted.
  const lastCounted = table.rateFixedWhenOverdue || periods.length === 0 ? firstDay : until;
  return {
    jurisdiction,
    ratePercent: roundTo(ratePercent, 4),
    marginPoints: terms.marginPoints,
    days,
    interest: roundTo(raw, 2),
    ...(flatFee !== undefined ? { flatFee } : {}),
    feeCurrency: table.currency,
    legalBasis: terms.legalBasis,
    periods,
    ...(lastCounted > table.knownUntil ? { assumedAfter: addDays(table.knownUntil, 1) } : {}),
  };
}

/** Reference rate in force on `date`: the last step on or before it (the first if none is). */
function referenceOn(table: LateInterestTable, date: string): number {
  let percent = table.reference[0]?.percent ?? 0;
  for (const step of table.reference) if (step.from <= date) percent = step.percent;
  return percent;
}

function splitByRate(
  table: LateInterestTable,
  firstDay: string,
  lastDay: string,
  margin: number,
): LateInterestPeriod[] {
  if (table.rateFixedWhenOverdue) {
    const ratePercent = roundTo(referenceOn(table, firstDay) + margin, 4);
    return [{ from: firstDay, to: lastDay, days: daysBetween(firstDay, lastDay) + 1, ratePercent }];
  }
  const boundaries = table.reference.map((s) => s.from).filter((d) => d > firstDay && d <= lastDay);
  const periods: LateInterestPeriod[] = [];
  let start = firstDay;
  for (const next of [...boundaries, addDays(lastDay, 1)]) {
    const end = addDays(next, -1);
    const ratePercent = roundTo(referenceOn(table, start) + margin, 4);
    const previous = periods[periods.length - 1];
    // Two table steps with the same value (e.g. an unchanged half-year) are one stretch.
    if (previous && previous.ratePercent === ratePercent) {
      previous.to = end;
      previous.days += daysBetween(start, end) + 1;
    } else {
      periods.push({ from: start, to: end, days: daysBetween(start, end) + 1, ratePercent });
    }
    start = next;
  }
  return periods;
}

function flatFeeFor(
  table: LateInterestTable,
  bands: { below?: number; fee: number }[] | undefined,
  amount: number,
  currency: string,
): number | undefined {
  if (!bands || bands.length === 0) return undefined;
  // Banded sums (UK) compare the debt with thresholds in the table's currency: no figure
  // for a debt in another currency, since the core converts nothing.
  if (bands.length > 1 && currency.toUpperCase() !== table.currency) return undefined;
  return bands.find((b) => b.below === undefined || amount < b.below)?.fee;
}

function roundTo(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round((value + Number.EPSILON) * f) / f;
}
