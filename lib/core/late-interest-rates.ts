/**
 * Statutory late-payment rates, shipped as dated DATA (docs/rules.md §6: "Rates are data the user
 * can see and update"). The options page shows these tables and may save an edited copy; the
 * calculation in late-interest.ts takes whichever tables it is given.
 *
 * Each table lists the reference rate by the date it took effect. Past the last entry the last
 * value is carried forward and the calculation says so (`assumedAfter`), because a new value is
 * published every half-year and this file cannot know it in advance. A figure that could not be
 * confirmed from its publication carries `unconfirmed` (why, and how it was derived) and counts
 * as assumed from its first day: a draft then states the legal rule, never the figure.
 *
 * Every table names its source: the statute, and the official page or gazette that publishes
 * the rate. The date range a table covers runs from its first step to `knownUntil`.
 */

/** A reference rate (percent a year) in force from `from` (YYYY-MM-DD) until the next step. */
export interface RateStep {
  from: string;
  percent: number;
  /** Where this figure was published, when it is not the table's own rate page. */
  source?: string;
  /** Set when the figure was not seen in its publication: why, and how it was derived. */
  unconfirmed?: string;
}

/** Fixed compensation for a debt below `below` (in the table's currency); the last band has none. */
export interface FeeBand {
  below?: number;
  fee: number;
}

/** The statute and the official page that publishes the rate (a URL or a gazette reference). */
export interface LawSource {
  statute: string;
  ratePage: string;
}

/** A rate of its own for one customer type (a national legal rate, or a rate fixed by statute). */
export interface RateSeries {
  referenceName: string;
  /** Oldest first. A statutory fixed rate is one step with a `knownUntil` far ahead. */
  reference: RateStep[];
  knownUntil: string;
  source: LawSource;
}

/** Collection-cost scales computed from the amount (lib/core/law/collection-costs.ts). */
export type CostScale = 'nl-wik' | 'be-consumer';

export interface LateInterestTerms {
  /** Percentage points over the reference rate. */
  marginPoints: number;
  /** Fixed compensation per invoice; absent where the law gives none (e.g. consumers in DE). */
  feeBands?: FeeBand[];
  /**
   * Costs by a scale of the amount instead of a fixed sum: NL (Besluit vergoeding voor
   * buitengerechtelijke incassokosten), BE consumers (Book XIX CDE caps). Whether they may be
   * charged yet is for `legalStepsForNotice` (lib/core/law/legal-steps.ts) to say.
   */
  costScale?: CostScale;
  /** The law as a person would cite it. */
  legalBasis: string;
  /** The rate these terms follow when it is not the table's reference (consumers' legal rates). */
  ownReference?: RateSeries;
  /**
   * When interest starts: the day after the due date (`due`, default), or only after a reminder
   * (`reminder`: FR and ES consumers from the formal demand, CH from the Mahnung, BE consumers
   * after the free reminder's term), `waitDays` after the day after it was sent.
   */
  interestFrom?: { after: 'due' } | { after: 'reminder'; waitDays: number };
  /** Interest is added to the debt after each full year of delay (NL, art. 6:119 lid 2 BW). */
  compoundsYearly?: boolean;
}

export interface LateInterestTable {
  /** Currency of the fees and of the fee-band thresholds. */
  currency: 'EUR' | 'GBP' | 'CHF';
  /** What the reference rate is called, for the options page. */
  referenceName: string;
  /** Reference-rate history, oldest first. */
  reference: RateStep[];
  /** Last day the newest entry is known to be valid (the day before the next scheduled change). */
  knownUntil: string;
  /**
   * UK and IE: the rate is fixed for the whole debt by the reference rate in force when it became
   * overdue. Elsewhere the rate follows every half-yearly change during the delay.
   */
  rateFixedWhenOverdue: boolean;
  business: LateInterestTerms;
  /** Absent where the law gives consumers no statutory late-payment figure. */
  consumer?: LateInterestTerms;
  /** Absent only in tables saved before sources were recorded. */
  source?: LawSource;
}

/** Every law Unghost has a table for, in the order the options page lists them. */
export const LATE_INTEREST_JURISDICTIONS = [
  'DE',
  'AT',
  'CH',
  'FR',
  'BE',
  'NL',
  'ES',
  'IT',
  'IE',
  'UK',
  'EU',
] as const;
export type LateInterestJurisdiction = (typeof LATE_INTEREST_JURISDICTIONS)[number];
/**
 * The tables by law. DE, UK and EU are always present; a copy saved by an older version lacks
 * the others, and the calculation then takes the shipped table for them.
 */
export type LateInterestTables = Record<'DE' | 'UK' | 'EU', LateInterestTable> &
  Partial<Record<LateInterestJurisdiction, LateInterestTable>>;

const ECB_PAGE =
  'https://www.ecb.europa.eu/stats/policy_and_exchange_rates/key_ecb_interest_rates/html/index.en.html';

/**
 * ECB main refinancing rate in force on 1 January / 1 July (its most recent operation before
 * that day): 2.50 % from 21 Dec 2022, 4.00 % from 21 Jun 2023, 4.50 % from 20 Sep 2023, 4.25 %
 * from 12 Jun 2024, 3.15 % from 18 Dec 2024, 2.15 % from 11 Jun 2025; unchanged at the December
 * 2025 and February 2026 meetings. No source for the rate on 1 July 2026 was found (searched
 * 2026-12-05), so every table built on it ends on 30 June 2026.
 */
function ecbHalfYears(): RateStep[] {
  return [
    { from: '2023-01-01', percent: 2.5 },
    { from: '2023-07-01', percent: 4.0 },
    { from: '2024-01-01', percent: 4.5 },
    { from: '2024-07-01', percent: 4.25 },
    { from: '2025-01-01', percent: 3.15 },
    { from: '2025-07-01', percent: 2.15 },
    { from: '2026-01-01', percent: 2.15 },
  ];
}
const ECB_KNOWN_UNTIL = '2026-06-30';
const ECB_NAME = 'ECB main refinancing rate (1 Jan / 1 Jul)';

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
  source: {
    statute: '§ 288 BGB with § 247 BGB (Basiszinssatz)',
    ratePage:
      'Deutsche Bundesbank, announcement in the Bundesanzeiger (bundesbank.de, Basiszinssatz)',
  },
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
  source: {
    statute:
      'Late Payment of Commercial Debts (Interest) Act 1998, s. 5A; Late Payment of Commercial Debts (Rate of Interest) (No. 3) Order 2002',
    ratePage: 'https://www.bankofengland.co.uk/monetary-policy/the-interest-rate-bank-rate',
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
  referenceName: ECB_NAME,
  reference: ecbHalfYears(),
  knownUntil: ECB_KNOWN_UNTIL,
  rateFixedWhenOverdue: false,
  business: { marginPoints: 8, feeBands: [{ fee: 40 }], legalBasis: 'Directive 2011/7/EU' },
  source: {
    statute:
      'Directive 2011/7/EU on combating late payment in commercial transactions, Art. 2, 4, 6',
    ratePage: ECB_PAGE,
  },
};

/** A rate a statute fixes outright (AT consumers, CH): one step, valid until the law changes. */
function statutoryRate(percent: number, referenceName: string, source: LawSource): RateSeries {
  return {
    referenceName,
    reference: [{ from: '2000-01-01', percent }],
    knownUntil: '9999-12-31',
    source,
  };
}

/**
 * Austria. Business to business: § 456 UGB, 9.2 points over the Basiszinssatz of the
 * Oesterreichische Nationalbank in force on the first day of each half-year; § 458 UGB: EUR 40
 * flat fee. Consumers: § 1333 Abs. 1 with § 1000 Abs. 1 ABGB, 4 % a year, no flat fee.
 * The Basiszinssatz follows the ECB main refinancing rate in steps of at least 0.5 points
 * (1. Euro-Justiz-Begleitgesetz): 1.88 % from 1 Jan 2023, 3.38 % from 21 Jun 2023, 3.88 % from
 * 20 Sep 2023, 3.03 % from 18 Sep 2024, 2.53 % from 18 Dec 2024, 2.03 % from 12 Mar 2025,
 * 1.53 % from 11 Jun 2025 (OeNB announcements); the ECB held its rate into 2026.
 */
const austria: LateInterestTable = {
  currency: 'EUR',
  referenceName: 'Basiszinssatz der OeNB (1 Jan / 1 Jul)',
  reference: [
    { from: '2023-01-01', percent: 1.88 },
    { from: '2023-07-01', percent: 3.38 },
    { from: '2024-01-01', percent: 3.88 },
    { from: '2024-07-01', percent: 3.88 },
    {
      from: '2025-01-01',
      percent: 2.53,
      unconfirmed:
        'The OeNB announcement of the December 2024 step was not found; 2.53 % follows from 3.03 % less the 0.5-point ECB step of 18 Dec 2024 and is consistent with the announced 2.03 % -> 1.53 % of June 2025.',
    },
    { from: '2025-07-01', percent: 1.53 },
    { from: '2026-01-01', percent: 1.53 },
  ],
  knownUntil: ECB_KNOWN_UNTIL,
  rateFixedWhenOverdue: false,
  business: { marginPoints: 9.2, feeBands: [{ fee: 40 }], legalBasis: '§ 456 und § 458 UGB' },
  consumer: {
    marginPoints: 0,
    legalBasis: '§ 1333 ABGB',
    ownReference: statutoryRate(4, 'gesetzlicher Zinssatz (§ 1000 Abs. 1 ABGB)', {
      statute: '§ 1333 Abs. 1 und § 1000 Abs. 1 ABGB',
      ratePage: 'https://www.ris.bka.gv.at (ABGB § 1000)',
    }),
  },
  source: {
    statute: '§ 456, § 458 UGB',
    ratePage:
      'https://www.oenb.at/en/Statistics/Standardized-Tables/interest-rates-and-exchange-rates/Base-and-Reference-Rates/Base-and-Reference-Rates-of-the-Oesterreichische-Nationalbank.html',
  },
};

/**
 * Switzerland, Obligationenrecht Art. 102 and 104: a debtor is in default once reminded
 * (Mahnung) unless a day of payment was agreed; default interest is 5 % a year, for businesses
 * and consumers alike, with no flat fee. The calculation counts from the day after the first
 * reminder, the cautious reading for an invoice whose due date the customer never signed.
 */
const switzerland: LateInterestTable = {
  currency: 'CHF',
  referenceName: 'Verzugszins OR Art. 104 (5 %)',
  reference: [{ from: '2000-01-01', percent: 5 }],
  knownUntil: '9999-12-31',
  rateFixedWhenOverdue: false,
  business: {
    marginPoints: 0,
    legalBasis: 'Art. 102 und 104 OR',
    interestFrom: { after: 'reminder', waitDays: 0 },
  },
  consumer: {
    marginPoints: 0,
    legalBasis: 'Art. 102 und 104 OR',
    interestFrom: { after: 'reminder', waitDays: 0 },
  },
  source: {
    statute: 'Obligationenrecht (SR 220) Art. 102, 104',
    ratePage: 'https://www.fedlex.admin.ch/eli/cc/27/317_321_377/de',
  },
};

/**
 * France. Business to business: Code de commerce L441-10 II, the ECB rate of its most recent
 * refinancing operation in force on 1 January / 1 July + 10 points, and the indemnité
 * forfaitaire pour frais de recouvrement of EUR 40 (D441-5). Consumers: the taux de l'intérêt
 * légal (Code monétaire et financier L313-2, D313-1-A), from the mise en demeure (Code civil
 * art. 1231-6). The half-yearly arrêté publishes two rates; the one that applies depends on the
 * CREDITOR: "créances des personnes physiques n'agissant pas pour des besoins professionnels"
 * (4.47, 6.82, 8.01, 8.16, 7.21, 6.65, 6.67 % for 2023 H1 to 2026 H1) is for private creditors,
 * so an invoicing professional claims the rate "pour tous les autres cas", listed below.
 */
const france: LateInterestTable = {
  currency: 'EUR',
  referenceName: 'Taux BCE (1er janvier / 1er juillet)',
  reference: ecbHalfYears(),
  knownUntil: ECB_KNOWN_UNTIL,
  rateFixedWhenOverdue: false,
  business: {
    marginPoints: 10,
    feeBands: [{ fee: 40 }],
    legalBasis: 'article L441-10 du Code de commerce',
  },
  consumer: {
    marginPoints: 0,
    legalBasis: 'article 1231-6 du Code civil',
    interestFrom: { after: 'reminder', waitDays: 0 },
    ownReference: {
      referenceName: "Taux de l'intérêt légal (autres cas)",
      reference: [
        { from: '2023-01-01', percent: 2.06, source: 'Arrêté du 22 décembre 2022' },
        { from: '2023-07-01', percent: 4.22, source: 'Arrêté ECOT2317028A du 27 juin 2023' },
        { from: '2024-01-01', percent: 5.07, source: 'Arrêté du 21 décembre 2023' },
        {
          from: '2024-07-01',
          percent: 4.92,
          unconfirmed:
            'Recalled from the arrêté of June 2024 (8.16 % / 4.92 %); its text was not found when this table was written.',
        },
        { from: '2025-01-01', percent: 3.71, source: 'Arrêté du 17 décembre 2024' },
        { from: '2025-07-01', percent: 2.76, source: 'Arrêté ECOT2516925A du 19 juin 2025' },
        {
          from: '2026-01-01',
          percent: 2.62,
          source: 'Arrêté du 15 décembre 2025, JORF n° 0302 du 26 décembre 2025',
        },
      ],
      knownUntil: '2026-06-30',
      source: {
        statute: 'Code monétaire et financier L313-2, D313-1-A',
        ratePage:
          "Journal officiel (legifrance.gouv.fr), arrêté semestriel fixant le taux de l'intérêt légal",
      },
    },
  },
  source: {
    statute: 'Code de commerce L441-10, D441-5',
    ratePage: ECB_PAGE,
  },
};

/**
 * Belgium. Business to business: law of 2 August 2002 on late payment in commercial
 * transactions, art. 5: the ECB rate + 8 points ROUNDED UP TO THE NEXT HALF POINT, published
 * each half-year by the FPS Finance in the Moniteur belge; art. 6: EUR 40 flat fee. The table
 * holds the published rate itself (margin 0). Consumers: Book XIX of the Code of Economic Law
 * (law of 4 May 2023, in force 1 Sept 2023, for every overdue debt from 1 Dec 2023): a free first
 * reminder stating the costs, 14 days before anything else may be charged, costs capped by
 * art. XIX.4 (lib/core/law/collection-costs.ts). Without a clause in the contract only the legal
 * rate (taux d'intérêt légal, set yearly) is due; a contractual rate may not exceed the
 * business rate above.
 */
const belgium: LateInterestTable = {
  currency: 'EUR',
  referenceName: 'Taux de la loi du 2 août 2002 / intrestvoet handelstransacties',
  reference: [
    { from: '2023-01-01', percent: 10.5 },
    {
      from: '2023-07-01',
      percent: 12,
      unconfirmed:
        'The Moniteur belge notice was not found; 12 % is the statutory formula (ECB 4.00 + 8, rounded up to the half point).',
    },
    { from: '2024-01-01', percent: 12.5 },
    { from: '2024-07-01', percent: 12.5 },
    { from: '2025-01-01', percent: 11.5 },
    { from: '2025-07-01', percent: 10.5 },
    {
      from: '2026-01-01',
      percent: 10.5,
      unconfirmed:
        'Announced as unchanged but not yet published when last checked; 10.5 % is the statutory formula (ECB 2.15 + 8, rounded up).',
    },
  ],
  knownUntil: ECB_KNOWN_UNTIL,
  rateFixedWhenOverdue: false,
  business: {
    marginPoints: 0,
    feeBands: [{ fee: 40 }],
    legalBasis: 'loi du 2 août 2002 concernant la lutte contre le retard de paiement',
  },
  consumer: {
    marginPoints: 0,
    costScale: 'be-consumer',
    legalBasis: 'livre XIX du Code de droit économique',
    interestFrom: { after: 'reminder', waitDays: 14 },
    ownReference: {
      referenceName: "Taux d'intérêt légal / wettelijke intrestvoet",
      reference: [
        { from: '2023-01-01', percent: 5.25, source: 'Avis, Moniteur belge du 31 janvier 2023' },
        { from: '2024-01-01', percent: 5.75, source: 'Avis, Moniteur belge du 23 février 2024' },
        { from: '2025-01-01', percent: 4.5 },
        { from: '2026-01-01', percent: 4.5 },
      ],
      knownUntil: '2026-12-31',
      source: {
        statute: 'loi du 5 mai 1865 relative au prêt à intérêt, art. 2',
        ratePage: 'Moniteur belge (ejustice.just.fgov.be), avis annuel du SPF Finances',
      },
    },
  },
  source: {
    statute: 'loi du 2 août 2002, art. 5 et 6; Code de droit économique, livre XIX',
    ratePage: 'Moniteur belge (ejustice.just.fgov.be), avis semestriel du SPF Finances',
  },
};

/**
 * Netherlands. Business to business: wettelijke handelsrente, art. 6:119a and 6:120 lid 2 BW,
 * the ECB rate + 8 points per half-year; collection costs (art. 6:96 BW with the Besluit
 * vergoeding voor buitengerechtelijke incassokosten) by the scale, at least EUR 40. Consumers:
 * wettelijke rente, art. 6:119 BW, set by decree per half-year (ECB rate at the end of April /
 * October + 2.25, rounded to a whole percent); the same cost scale, but only after a
 * "veertiendagenbrief" (art. 6:96 lid 6 BW). Both compound yearly.
 */
const netherlands: LateInterestTable = {
  currency: 'EUR',
  referenceName: 'ECB-herfinancieringsrente (1 jan / 1 jul)',
  reference: ecbHalfYears(),
  knownUntil: ECB_KNOWN_UNTIL,
  rateFixedWhenOverdue: false,
  business: {
    marginPoints: 8,
    costScale: 'nl-wik',
    legalBasis: 'artikel 6:119a en 6:96 BW',
    compoundsYearly: true,
  },
  consumer: {
    marginPoints: 0,
    costScale: 'nl-wik',
    legalBasis: 'artikel 6:119 en 6:96 BW',
    interestFrom: { after: 'reminder', waitDays: 0 },
    compoundsYearly: true,
    ownReference: {
      referenceName: 'Wettelijke rente niet-handelstransacties',
      reference: [
        { from: '2023-01-01', percent: 4 },
        { from: '2023-07-01', percent: 6 },
        { from: '2024-01-01', percent: 7 },
        { from: '2024-07-01', percent: 7 },
        { from: '2025-01-01', percent: 6 },
        {
          from: '2025-07-01',
          percent: 5,
          unconfirmed:
            'The decree was not found; 5 % is the published method (ECB 2.40 at the end of April 2025 + 2.25, rounded).',
        },
        {
          from: '2026-01-01',
          percent: 4,
          unconfirmed:
            'The decree was not found; 4 % is the published method (ECB 2.15 at the end of October 2025 + 2.25, rounded).',
        },
      ],
      knownUntil: '2026-06-30',
      source: {
        statute: 'artikel 6:119 en 6:120 lid 1 BW; Besluit vaststelling wettelijke rente',
        ratePage:
          'https://www.rijksoverheid.nl/onderwerpen/schulden/vraag-en-antwoord/hoogte-wettelijke-rente',
      },
    },
  },
  source: {
    statute:
      'artikel 6:96, 6:119a, 6:120 BW; Besluit vergoeding voor buitengerechtelijke incassokosten',
    ratePage:
      'https://www.rijksoverheid.nl/onderwerpen/schulden/vraag-en-antwoord/hoogte-wettelijke-rente',
  },
};

/**
 * Spain. Business to business: Ley 3/2004, art. 7 and 8: the ECB rate of its last main
 * operation before the half-year + 8 points, published each half-year in the BOE by the
 * Secretaría General del Tesoro (BOE-A-2025-13217 for 2025 H2: 10.15 %; BOE-A-2025-27201 for
 * 2026 H1); EUR 40 for collection costs. Consumers: the interés legal del dinero set yearly by
 * the budget law (3.25 % by Ley 31/2022 for 2023, carried on while that budget was extended),
 * from the demand for payment (Código Civil art. 1100, 1108).
 */
const spain: LateInterestTable = {
  currency: 'EUR',
  referenceName: 'Tipo BCE (1 de enero / 1 de julio)',
  reference: ecbHalfYears(),
  knownUntil: ECB_KNOWN_UNTIL,
  rateFixedWhenOverdue: false,
  business: { marginPoints: 8, feeBands: [{ fee: 40 }], legalBasis: 'Ley 3/2004, artículos 7 y 8' },
  consumer: {
    marginPoints: 0,
    legalBasis: 'artículos 1100 y 1108 del Código Civil',
    interestFrom: { after: 'reminder', waitDays: 0 },
    ownReference: {
      referenceName: 'Interés legal del dinero',
      reference: [
        {
          from: '2023-01-01',
          percent: 3.25,
          source: 'Ley 31/2022 de Presupuestos Generales del Estado para 2023',
        },
        { from: '2024-01-01', percent: 3.25, source: 'Presupuestos de 2023 prorrogados' },
        { from: '2025-01-01', percent: 3.25, source: 'Presupuestos de 2023 prorrogados' },
        {
          from: '2026-01-01',
          percent: 3.25,
          unconfirmed:
            'No 2026 budget law or other publication of the 2026 rate was found; 3.25 % assumes the extended budget still applies.',
        },
      ],
      knownUntil: '2026-12-31',
      source: {
        statute: 'Ley 24/1984 sobre modificación del tipo de interés legal del dinero',
        ratePage: 'https://www.boe.es (Ley de Presupuestos Generales del Estado)',
      },
    },
  },
  source: {
    statute: 'Ley 3/2004, de 29 de diciembre, artículos 7 y 8',
    ratePage: 'https://www.boe.es (Resolución semestral de la Secretaría General del Tesoro)',
  },
};

/**
 * Italy. Business to business: D.Lgs. 231/2002, art. 5 and 6: the ECB rate + 8 points per
 * half-year, published by the Ministero dell'Economia; EUR 40 flat compensation. Consumers: the
 * tasso legale of art. 1284 Codice civile, set yearly by decree (5 % for 2023, 2.5 % for 2024,
 * 2 % for 2025, 1.6 % for 2026 by DM 10 December 2025, G.U. n. 289 of 13 December 2025), owed
 * from the due date for a money debt payable at the creditor's address (art. 1182, 1219, 1224).
 */
const italy: LateInterestTable = {
  currency: 'EUR',
  referenceName: 'Tasso BCE (1° gennaio / 1° luglio)',
  reference: ecbHalfYears(),
  knownUntil: ECB_KNOWN_UNTIL,
  rateFixedWhenOverdue: false,
  business: {
    marginPoints: 8,
    feeBands: [{ fee: 40 }],
    legalBasis: 'D.Lgs. 9 ottobre 2002, n. 231, artt. 5 e 6',
  },
  consumer: {
    marginPoints: 0,
    legalBasis: 'artt. 1224 e 1284 del Codice civile',
    ownReference: {
      referenceName: 'Tasso legale (art. 1284 c.c.)',
      reference: [
        { from: '2023-01-01', percent: 5, source: 'DM 13 dicembre 2022' },
        { from: '2024-01-01', percent: 2.5, source: 'DM 29 novembre 2023' },
        { from: '2025-01-01', percent: 2, source: 'DM 10 dicembre 2024' },
        {
          from: '2026-01-01',
          percent: 1.6,
          source: 'DM 10 dicembre 2025, G.U. n. 289 del 13 dicembre 2025',
        },
      ],
      knownUntil: '2026-12-31',
      source: {
        statute: 'art. 1284 Codice civile',
        ratePage: 'Gazzetta Ufficiale (gazzettaufficiale.it), decreto annuale del MEF',
      },
    },
  },
  source: {
    statute: 'D.Lgs. 9 ottobre 2002, n. 231, artt. 5 e 6',
    ratePage: ECB_PAGE,
  },
};

/**
 * Ireland, European Communities (Late Payment in Commercial Transactions) Regulations 2012
 * (S.I. No. 580 of 2012), business to business only: the ECB rate in force on 1 January /
 * 1 July + 8 points, one rate for the whole debt (that of the half-year in which payment fell
 * due); compensation of EUR 40 below EUR 1,000, EUR 70 below EUR 10,000, EUR 100 from EUR 10,000
 * (Reg. 6).
 */
const ireland: LateInterestTable = {
  currency: 'EUR',
  referenceName: ECB_NAME,
  reference: ecbHalfYears(),
  knownUntil: ECB_KNOWN_UNTIL,
  rateFixedWhenOverdue: true,
  business: {
    marginPoints: 8,
    feeBands: [{ below: 1000, fee: 40 }, { below: 10000, fee: 70 }, { fee: 100 }],
    legalBasis:
      'the European Communities (Late Payment in Commercial Transactions) Regulations 2012',
  },
  source: {
    statute:
      'S.I. No. 580 of 2012, Reg. 2, 5, 6 (https://www.irishstatutebook.ie/eli/2012/si/580/made/en/print)',
    ratePage:
      'https://enterprise.gov.ie/en/What-We-Do/Supports-for-SMEs/Late-Payments/Late-Payment-in-Commercial-Transactions/',
  },
};

/** The table for a law: the person's copy when it has one, else the shipped one. */
export function tableFor(
  tables: LateInterestTables | undefined,
  jurisdiction: LateInterestJurisdiction,
): LateInterestTable {
  return tables?.[jurisdiction] ?? defaultLateInterestTables[jurisdiction];
}

export const defaultLateInterestTables: Record<LateInterestJurisdiction, LateInterestTable> = {
  DE: germany,
  AT: austria,
  CH: switzerland,
  FR: france,
  BE: belgium,
  NL: netherlands,
  ES: spain,
  IT: italy,
  IE: ireland,
  UK: unitedKingdom,
  EU: europeanUnion,
};

/* The result of `computeLateInterest` (late-interest.ts), here so the draft languages can word it
   without depending on the calculation. */

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
  /** What the margin is counted over ("ECB main refinancing rate", "Tasso legale", ...). */
  referenceName: string;
  /** Days of delay counted: from the day interest starts to `until`, both included. */
  days: number;
  /** Interest in the debt's currency, rounded to cents (simple; NL adds it to the debt yearly). */
  interest: number;
  /** Fixed compensation where the law gives one without a prior letter, in `feeCurrency`. */
  flatFee?: number;
  feeCurrency: string;
  legalBasis: string;
  periods: LateInterestPeriod[];
  /**
   * First day for which the table had no published (or no confirmed) rate: the last known one
   * was carried on, so `ratePercent` and `interest` are estimates. Drafts then state the margin,
   * not the figure.
   */
  assumedAfter?: string;
  /**
   * The law counts interest only from a reminder and none was sent: nothing has accrued, and the
   * notice being drafted starts it (from the day after it is sent).
   */
  awaitsReminder?: true;
}
