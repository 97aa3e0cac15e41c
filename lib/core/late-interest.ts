import { addDays, daysBetween, toCalendarDate } from './drafts/calendar-date';
import {
  tableFor,
  type FeeBand,
  type LateInterestJurisdiction,
  type LateInterestTable,
  type LateInterestTables,
  type LateInterestPeriod,
  type LateInterestResult,
  type LateInterestTerms,
  type RateStep,
} from './late-interest-rates';
import { isDraftLanguage, languagePack } from './drafts/languages/lookup';
import type { CustomerType, Jurisdiction } from './settings';

export type { LateInterestPeriod, LateInterestResult } from './late-interest-rates';

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
  /**
   * The day the owner's first reminder after the due date was sent (YYYY-MM-DD). Where the law
   * counts interest only from a reminder (FR and ES consumers, CH, NL and BE consumers), it runs
   * from the day after it (BE consumers: after its 14-day term); without one it has not started.
   */
  reminderSentOn?: string;
}

/**
 * Which law's table applies; undefined where none gives a figure. `auto` looks only at what the
 * thread shows, because the thread's language is the customer's, not the owner's country:
 * GBP → UK, EUR in a German thread → DE (as before), other EUR → the EU directive (the floor
 * every EU country's business-to-business law meets), any other currency → none. Owners in
 * AT, CH, FR, BE, NL, ES, IT or IE choose their law in the options (or per thread).
 */
export function resolveJurisdiction(
  jurisdiction: Jurisdiction,
  currency: string,
  language?: string,
): LateInterestJurisdiction | undefined {
  if (jurisdiction === 'none') return undefined;
  if (jurisdiction !== 'auto') return jurisdiction;
  const code = currency.toUpperCase();
  if (code === 'GBP') return 'UK';
  // The language's own law for a euro invoice (German: § 288 BGB), else the EU directive.
  if (code === 'EUR')
    return isDraftLanguage(language) ? languagePack(language).euroJurisdiction : 'EU';
  return undefined;
}

/** The terms of a law for a customer type (undefined where the law gives that type none). */
export function termsFor(
  table: LateInterestTable,
  customerType: CustomerType,
): LateInterestTerms | undefined {
  return customerType === 'consumer' ? table.consumer : table.business;
}

/**
 * Statutory late-payment interest and fixed compensation for an unpaid invoice, or undefined
 * where the law gives no figure (no table for the currency, a consumer under a business-only
 * law, an unreadable amount or date). Interest per day, amount × rate × days / 365, with the
 * delay split wherever the rate changes (or fixed when overdue: UK, IE), starting the day after
 * the due date or, where the law asks for one, after a reminder; NL adds each full year's
 * interest to the debt.
 */
export function computeLateInterest(input: LateInterestInput): LateInterestResult | undefined {
  const jurisdiction = resolveJurisdiction(input.jurisdiction, input.currency, input.language);
  if (!jurisdiction) return undefined;
  const table = tableFor(input.tables, jurisdiction);
  const terms = termsFor(table, input.customerType);
  const dueDate = toCalendarDate(input.dueDate);
  const until = toCalendarDate(input.until);
  if (!terms || !dueDate || !until || !Number.isFinite(input.amount) || input.amount <= 0)
    return undefined;
  const series = terms.ownReference ?? table;
  const start = interestStart(terms, dueDate, input.reminderSentOn, until);
  const firstDay = start.firstDay;
  const days = Math.max(0, daysBetween(firstDay, until) + 1);
  const fixed = table.rateFixedWhenOverdue;

  const periods =
    days > 0 ? splitByRate(series.reference, fixed, firstDay, until, terms.marginPoints) : [];
  const interest = terms.compoundsYearly
    ? compoundedYearly(input.amount, periods, firstDay)
    : periods.reduce((sum, p) => sum + (input.amount * p.ratePercent * p.days) / 36_500, 0);
  const lastPeriod = periods[periods.length - 1];
  const ratePercent =
    lastPeriod?.ratePercent ?? referenceOn(series.reference, firstDay) + terms.marginPoints;
  // The fixed sum is due once the debt is overdue (not waiting for a reminder's interest).
  const overdue = daysBetween(dueDate, until) > 0;
  const flatFee = overdue
    ? flatFeeFor(table, terms.feeBands, input.amount, input.currency)
    : undefined;
  // A fixed rate (UK, IE) depends on the first day only; a following rate on every day counted.
  const lastCounted = fixed || periods.length === 0 ? firstDay : until;
  const assumedAfter = firstAssumedDay(series.reference, series.knownUntil, firstDay, lastCounted);
  return {
    jurisdiction,
    ratePercent: roundTo(ratePercent, 4),
    marginPoints: terms.marginPoints,
    referenceName: series.referenceName,
    days,
    interest: roundTo(interest, 2),
    ...(flatFee !== undefined ? { flatFee } : {}),
    feeCurrency: table.currency,
    legalBasis: terms.legalBasis,
    periods,
    ...(assumedAfter ? { assumedAfter } : {}),
    ...(start.awaitsReminder ? { awaitsReminder: true as const } : {}),
  };
}

/** The first day interest runs, and whether it still waits for a reminder. */
function interestStart(
  terms: LateInterestTerms,
  dueDate: string,
  reminderSentOn: string | undefined,
  until: string,
): { firstDay: string; awaitsReminder: boolean } {
  const afterDue = addDays(dueDate, 1);
  const rule = terms.interestFrom;
  if (!rule || rule.after === 'due') return { firstDay: afterDue, awaitsReminder: false };
  const reminder = reminderSentOn ? toCalendarDate(reminderSentOn) : undefined;
  // A reminder sent before the debt was due is no reminder of a late payment.
  if (!reminder || reminder < dueDate) return { firstDay: addDays(until, 1), awaitsReminder: true };
  const fromReminder = addDays(reminder, 1 + rule.waitDays);
  return { firstDay: fromReminder > afterDue ? fromReminder : afterDue, awaitsReminder: false };
}

/** Reference rate in force on `date`: the last step on or before it (the first if none is). */
function referenceOn(steps: RateStep[], date: string): number {
  return stepOn(steps, date)?.percent ?? 0;
}

function stepOn(steps: RateStep[], date: string): RateStep | undefined {
  let found = steps[0];
  for (const step of steps) if (step.from <= date) found = step;
  return found;
}

/**
 * The first day counted on a figure nobody published: past `knownUntil`, or from an
 * `unconfirmed` step in force during the counted days.
 */
function firstAssumedDay(
  steps: RateStep[],
  knownUntil: string,
  firstDay: string,
  lastCounted: string,
): string | undefined {
  const inForce = steps.filter((s, i) => {
    const next = steps[i + 1];
    return s.from <= lastCounted && (!next || next.from > firstDay);
  });
  const unconfirmed = inForce.find((s) => s.unconfirmed)?.from;
  if (unconfirmed) return unconfirmed;
  return lastCounted > knownUntil ? addDays(knownUntil, 1) : undefined;
}

function splitByRate(
  steps: RateStep[],
  fixed: boolean,
  firstDay: string,
  lastDay: string,
  margin: number,
): LateInterestPeriod[] {
  if (fixed) {
    const ratePercent = roundTo(referenceOn(steps, firstDay) + margin, 4);
    return [{ from: firstDay, to: lastDay, days: daysBetween(firstDay, lastDay) + 1, ratePercent }];
  }
  const boundaries = steps.map((s) => s.from).filter((d) => d > firstDay && d <= lastDay);
  const periods: LateInterestPeriod[] = [];
  let start = firstDay;
  for (const next of [...boundaries, addDays(lastDay, 1)]) {
    const end = addDays(next, -1);
    const ratePercent = roundTo(referenceOn(steps, start) + margin, 4);
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

/**
 * Interest added to the debt at the end of every full year of delay (art. 6:119 lid 2 BW): each
 * year's interest then earns interest too. Within a year it is simple interest per day.
 */
function compoundedYearly(amount: number, periods: LateInterestPeriod[], firstDay: string): number {
  let principal = amount;
  let total = 0;
  let thisYear = 0;
  let year = 1;
  let anniversary = addYears(firstDay, year);
  for (const period of periods) {
    let from = period.from;
    while (from <= period.to) {
      const to = anniversary <= period.to ? addDays(anniversary, -1) : period.to;
      thisYear += (principal * period.ratePercent * (daysBetween(from, to) + 1)) / 36_500;
      from = addDays(to, 1);
      if (from === anniversary) {
        principal += thisYear;
        total += thisYear;
        thisYear = 0;
        year += 1;
        anniversary = addYears(firstDay, year);
      }
    }
  }
  return total + thisYear;
}

function addYears(date: string, years: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const t = new Date(Date.UTC((y ?? 1970) + years, (m ?? 1) - 1, d ?? 1));
  return t.toISOString().slice(0, 10);
}

function flatFeeFor(
  table: LateInterestTable,
  bands: FeeBand[] | undefined,
  amount: number,
  currency: string,
): number | undefined {
  if (!bands || bands.length === 0) return undefined;
  // Banded sums (UK, IE) compare the debt with thresholds in the table's currency: no figure
  // for a debt in another currency, since the core converts nothing.
  if (bands.length > 1 && currency.toUpperCase() !== table.currency) return undefined;
  return bands.find((b) => b.below === undefined || amount < b.below)?.fee;
}

export function roundTo(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round((value + Number.EPSILON) * f) / f;
}
