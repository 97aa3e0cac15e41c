/**
 * Collection-cost scales the law computes from the amount still due (docs/rules.md §6). Amounts
 * in euros, rounded to cents.
 */

/** One band of a scale: `percent` of the part of the amount up to `upTo` (the rest: no limit). */
interface Band {
  upTo?: number;
  percent: number;
}

/**
 * Netherlands, Besluit vergoeding voor buitengerechtelijke incassokosten, art. 2 (the "WIK" or
 * "BIK" scale): 15 % of the first EUR 2,500, 10 % of the next 2,500, 5 % of the next 5,000,
 * 1 % of the next 190,000, 0.5 % of the rest; at least EUR 40, at most EUR 6,775. Applies to
 * businesses and consumers alike (consumers only after the 14-day letter, art. 6:96 lid 6 BW).
 */
const WIK_BANDS: Band[] = [
  { upTo: 2_500, percent: 15 },
  { upTo: 5_000, percent: 10 },
  { upTo: 10_000, percent: 5 },
  { upTo: 200_000, percent: 1 },
  { percent: 0.5 },
];

export function dutchCollectionCosts(principal: number): number {
  if (!Number.isFinite(principal) || principal <= 0) return 0;
  return cents(Math.min(6_775, Math.max(40, banded(principal, WIK_BANDS))));
}

/**
 * Belgium, consumers: the most a damage clause may claim once the free reminder's 14 days have
 * passed (Code of Economic Law, art. XIX.4, law of 4 May 2023): EUR 20 up to EUR 150; EUR 30
 * plus 10 % of the part between EUR 150.01 and EUR 500; EUR 65 plus 5 % of the part above
 * EUR 500, at most EUR 2,000.
 */
export function belgianConsumerCostCap(amountDue: number): number {
  if (!Number.isFinite(amountDue) || amountDue <= 0) return 0;
  if (amountDue <= 150) return 20;
  if (amountDue <= 500) return cents(30 + 0.1 * (amountDue - 150));
  return cents(Math.min(2_000, 65 + 0.05 * (amountDue - 500)));
}

function banded(amount: number, bands: Band[]): number {
  let total = 0;
  let lower = 0;
  for (const band of bands) {
    const upper = band.upTo ?? Number.POSITIVE_INFINITY;
    if (amount <= lower) break;
    total += ((Math.min(amount, upper) - lower) * band.percent) / 100;
    lower = upper;
  }
  return total;
}

function cents(value: number): number {
  return Math.round((value + Number.EPSILON) * 100) / 100;
}
