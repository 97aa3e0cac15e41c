/**
 * Statutory late-payment rates, shipped as dated DATA (docs/rules.md §6: "Rates are data the user
 * can see and update"). The options page shows these tables and may save an edited copy; the
 * calculation in late-interest.ts takes whichever tables it is given.
 *
 * Each table lists the reference rate by the date it took effect. Past the last entry the last
 * value is carried forward and the calculation says so (`assumedAfter`), because a new value is
 * published every half-year and this file cannot know it in advance.
 */

/** A reference rate (percent a year) in force from `from` (YYYY-MM-DD) until the next step. */
export interface RateStep {
  from: string;
  percent: number;
}

/** Fixed compensation for a debt below `below` (in the table's currency); the last band has none. */
export interface FeeBand {
  below?: number;
  fee: number;
}

export interface LateInterestTerms {
  /** Percentage points over the reference rate. */
  marginPoints: number;
  /** Fixed compensation per invoice; absent where the law gives none (e.g. consumers in DE). */
  feeBands?: FeeBand[];
  /** The law as a person would cite it. */
  legalBasis: string;
}

export interface LateInterestTable {
  /** Currency of the fees and of the fee-band thresholds. */
  currency: 'EUR' | 'GBP';
  /** What the reference rate is called, for the options page. */
  referenceName: string;
  /** Reference-rate history, oldest first. */
  reference: RateStep[];
  /** Last day the newest entry is known to be valid (the day before the next scheduled change). */
  knownUntil: string;
  /**
   * UK: the rate is fixed for the whole debt by the reference rate in force when it became
   * overdue. DE and EU: the rate follows every half-yearly change during the delay.
   */
  rateFixedWhenOverdue: boolean;
  business: LateInterestTerms;
  /** Absent where the law gives consumers no statutory late-payment figure. */
  consumer?: LateInterestTerms;
}

export type LateInterestJurisdiction = 'DE' | 'UK' | 'EU';
export type LateInterestTables = Record<LateInterestJurisdiction, LateInterestTable>;

/**
 * Germany, § 288 BGB with the Basiszinssatz of § 247 BGB.
 * The Deutsche Bundesbank publishes the Basiszinssatz for 1 January and 1 July; values from its
 * announcements (Bundesanzeiger). 1 January 2026: unchanged at 1.27 % (Bundesbank announcement
 * of December 2025: the ECB main refinancing rate stayed at 2.15 % since the July 2025 change).
 * No source for 1 July 2026 was at hand when this table was written (2026-11-27): the table ends
 * at 30 June 2026 and the user can add newer values on the options page.
 * § 288 Abs. 2: 9 points over base for payment claims where no consumer is involved;
 * § 288 Abs. 1: 5 points over base where the debtor is a consumer;
 * § 288 Abs. 5: EUR 40 flat fee when a non-consumer debtor is late.
 */
const germany: LateInterestTable = {
  currency: 'EUR',
  referenceName: 'Basiszinssatz (§ 247 BGB)',
  reference: [
    { from: '2023-01-01', percent: 1.62 },
    { from: '2023-07-01', percent: 3.12 },
    { from: '2024-01-01', percent: 3.62 },
    { from: '2024-07-01', percent: 3.37 },
    { from: '2025-01-01', percent: 2.27 },
    { from: '2025-07-01', percent: 1.27 },
    { from: '2026-01-01', percent: 1.27 },
  ],
  knownUntil: '2026-06-30',
  rateFixedWhenOverdue: false,
  business: { marginPoints: 9, feeBands: [{ fee: 40 }], legalBasis: '§ 288 Abs. 2 und 5 BGB' },
  consumer: { marginPoints: 5, legalBasis: '§ 288 Abs. 1 BGB' },
};

/**
 * United Kingdom, Late Payment of Commercial Debts (Interest) Act 1998 (business to business
 * only). Rate: 8 points over the Bank of England base rate in force on 31 December (for debts
 * that become overdue January-June) or 30 June (July-December), fixed for the life of the debt
 * (Late Payment of Commercial Debts (Rate of Interest) (No. 3) Order 2002). Fixed sums, s. 5A:
 * GBP 40 below GBP 1,000, GBP 70 below GBP 10,000, GBP 100 from GBP 10,000.
 * Base-rate history (Bank of England, Official Bank Rate): 3.50 % from 15 Dec 2022, 5.00 % from
 * 22 Jun 2023, 5.25 % from 3 Aug 2023, 4.75 % from 7 Nov 2024, 4.25 % from 8 May 2025,
 * 3.75 % from 18 Dec 2025, held at 3.75 % at the 18 June 2026 meeting.
 * Each step below is the rate on the 31 Dec / 30 Jun before it.
 */
const unitedKingdom: LateInterestTable = {
  currency: 'GBP',
  referenceName: 'Bank of England base rate (31 Dec / 30 Jun)',
  reference: [
    { from: '2023-01-01', percent: 3.5 },
    { from: '2023-07-01', percent: 5.0 },
    { from: '2024-01-01', percent: 5.25 },
    { from: '2024-07-01', percent: 5.25 },
    { from: '2025-01-01', percent: 4.75 },
    { from: '2025-07-01', percent: 4.25 },
    { from: '2026-01-01', percent: 3.75 },
    { from: '2026-07-01', percent: 3.75 },
  ],
  knownUntil: '2026-12-31',
  rateFixedWhenOverdue: true,
  business: {
    marginPoints: 8,
    feeBands: [{ below: 1000, fee: 40 }, { below: 10000, fee: 70 }, { fee: 100 }],
    legalBasis: 'Late Payment of Commercial Debts (Interest) Act 1998',
  },
};

/**
 * EU Late Payment Directive 2011/7/EU (fallback for EUR debts outside Germany, business to
 * business only). Art. 2(6)/(7): the reference rate is the ECB main refinancing rate in force on
 * 1 January / 1 July for the following half-year; Art. 4: 8 points over it; Art. 6: at least
 * EUR 40 compensation. ECB main refinancing rate: 2.50 % from 21 Dec 2022, 4.00 % from
 * 21 Jun 2023, 4.50 % from 20 Sep 2023, 4.25 % from 12 Jun 2024, 3.15 % from 18 Dec 2024,
 * 2.15 % from 11 Jun 2025, unchanged at the February 2026 meeting. The table ends at
 * 30 June 2026 for want of a source for 1 July 2026.
 */
const europeanUnion: LateInterestTable = {
  currency: 'EUR',
  referenceName: 'ECB main refinancing rate (1 Jan / 1 Jul)',
  reference: [
    { from: '2023-01-01', percent: 2.5 },
    { from: '2023-07-01', percent: 4.0 },
    { from: '2024-01-01', percent: 4.5 },
    { from: '2024-07-01', percent: 4.25 },
    { from: '2025-01-01', percent: 3.15 },
    { from: '2025-07-01', percent: 2.15 },
    { from: '2026-01-01', percent: 2.15 },
  ],
  knownUntil: '2026-06-30',
  rateFixedWhenOverdue: false,
  business: { marginPoints: 8, feeBands: [{ fee: 40 }], legalBasis: 'Directive 2011/7/EU' },
};

export const defaultLateInterestTables: LateInterestTables = {
  DE: germany,
  UK: unitedKingdom,
  EU: europeanUnion,
};
