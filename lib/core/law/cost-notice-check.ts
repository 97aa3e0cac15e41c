/**
 * Checks a drafted letter against the cost notice the law asks for (legal-steps.ts): does it
 * name the amount due, the exact costs and the pay-by date? Reads amounts written the Dutch,
 * French, German or English way ("€ 1.234,56", "1 234,56 €", "EUR 1,234.56") and dates as
 * numbers or with month names in nl, fr, de and en ("20-12-2026", "20 december 2026").
 */
import type { CostNotice, CostNoticePart } from './legal-types';

/** The parts of `notice.mustState` the text does not state; empty when it is a valid notice. */
export function missingFromCostNotice(text: string, notice: CostNotice): CostNoticePart[] {
  const amounts = amountsIn(text);
  const dates = datesIn(text);
  const has: Record<CostNoticePart, boolean> = {
    amount_due: amounts.has(toCents(notice.amountDue)),
    costs: amounts.has(toCents(notice.costs)),
    pay_by: dates.has(notice.payBy),
  };
  return notice.mustState.filter((part) => !has[part]);
}

function toCents(value: number): number {
  return Math.round(value * 100);
}

/** Every figure in the text, in cents: "1.234,56", "1 234,56", "1,234.56", "150" → 15000. */
function amountsIn(text: string): Set<number> {
  const found = new Set<number>();
  for (const match of text.matchAll(/\d(?:[\d.,'\u00a0\u202f ]*\d)?/g)) {
    const token = match[0].replace(/[\s\u00a0\u202f']/g, '');
    const decimal = /[.,](\d{2})$/.exec(token);
    const whole = (decimal ? token.slice(0, -3) : token).replace(/[.,]/g, '');
    if (!/^\d+$/.test(whole)) continue;
    found.add(Number(whole) * 100 + (decimal ? Number(decimal[1]) : 0));
  }
  return found;
}

const MONTHS: Record<string, number> = {};
for (const names of [
  'januari februari maart april mei juni juli augustus september oktober november december',
  'janvier février mars avril mai juin juillet août septembre octobre novembre décembre',
  'januar februar märz april mai juni juli august september oktober november dezember',
  'january february march april may june july august september october november december',
])
  names.split(' ').forEach((name, i) => (MONTHS[name] = i + 1));

/** Every date in the text as YYYY-MM-DD (day first, as all four languages write them). */
function datesIn(text: string): Set<string> {
  const found = new Set<string>();
  const add = (y: number, m: number, d: number) => {
    if (m >= 1 && m <= 12 && d >= 1 && d <= 31)
      found.add(`${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
  };
  for (const m of text.matchAll(/\b(\d{4})-(\d{2})-(\d{2})\b/g))
    add(Number(m[1]), Number(m[2]), Number(m[3]));
  for (const m of text.matchAll(/\b(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\b/g))
    add(Number(m[3]), Number(m[2]), Number(m[1]));
  const lower = text.toLowerCase();
  for (const m of lower.matchAll(/\b(\d{1,2})(?:er|e|\.)?\s+([a-zà-ÿ]+)\s+(\d{4})\b/g)) {
    const month = MONTHS[m[2]!];
    if (month) add(Number(m[3]), month, Number(m[1]));
  }
  for (const m of lower.matchAll(/\b([a-z]+)\s+(\d{1,2}),?\s+(\d{4})\b/g)) {
    const month = MONTHS[m[1]!];
    if (month) add(Number(m[3]), month, Number(m[2]));
  }
  return found;
}
