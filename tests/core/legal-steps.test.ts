/**
 * What a stage-3/4 notice may say under each law: the costs it may charge, the letter that must
 * come first (a Dutch consumer's veertiendagenbrief, a Belgian consumer's free reminder), the
 * scales those costs follow, and Switzerland's reminder rule. Figures worked out by hand.
 */
import { describe, expect, test } from 'vitest';
import { belgianConsumerCostCap, dutchCollectionCosts } from '../../lib/core/law/collection-costs';
import { missingFromCostNotice } from '../../lib/core/law/cost-notice-check';
import {
  legalStepsForNotice,
  type CostNotice,
  type LegalStepsInput,
} from '../../lib/core/law/legal-steps';

const base: LegalStepsInput = {
  jurisdiction: 'NL',
  customerType: 'consumer',
  stage: 3,
  amount: 1000,
  currency: 'EUR',
  dueDate: '2026-10-15',
  today: '2026-11-01',
};

describe('the Dutch collection-cost scale (WIK / BIK), band by band', () => {
  test.each([
    { amount: 100, costs: 40, why: '15 % = 15.00, below the 40 € minimum' },
    { amount: 266.67, costs: 40, why: '15 % = 40.0005, rounds to 40.00' },
    { amount: 1000, costs: 150, why: '15 % of 1,000' },
    { amount: 2500, costs: 375, why: '15 % of 2,500: the first band full' },
    { amount: 3000, costs: 425, why: '375 + 10 % of 500' },
    { amount: 5000, costs: 625, why: '375 + 10 % of 2,500' },
    { amount: 7500, costs: 750, why: '625 + 5 % of 2,500' },
    { amount: 10000, costs: 875, why: '625 + 5 % of 5,000' },
    { amount: 200000, costs: 2775, why: '875 + 1 % of 190,000' },
    { amount: 1000000, costs: 6775, why: '2,775 + 0.5 % of 800,000 = 6,775, the maximum' },
    { amount: 1500000, costs: 6775, why: 'capped at 6,775' },
  ])('$amount € → $costs € ($why)', ({ amount, costs }) => {
    expect(dutchCollectionCosts(amount)).toBe(costs);
  });
});

describe('the Belgian consumer cost caps (Book XIX CEL, art. XIX.4)', () => {
  test.each([
    { amount: 100, cap: 20, why: 'up to 150 €: 20 €' },
    { amount: 150, cap: 20, why: '150 € exactly is still the first band' },
    { amount: 150.01, cap: 30, why: '30 € + 10 % of 0.01' },
    { amount: 400, cap: 55, why: '30 € + 10 % of 250' },
    { amount: 500, cap: 65, why: '30 € + 10 % of 350' },
    { amount: 1000, cap: 90, why: '65 € + 5 % of 500' },
    { amount: 38200, cap: 1950, why: '65 € + 5 % of 37,700' },
    { amount: 40000, cap: 2000, why: '65 € + 5 % of 39,500 = 2,040, capped at 2,000 €' },
  ])('$amount € → at most $cap € ($why)', ({ amount, cap }) => {
    expect(belgianConsumerCostCap(amount)).toBe(cap);
  });
});

describe('costs a stage-3/4 notice may charge, announce or must wait for', () => {
  test.each([
    {
      name: 'NL consumer, no letter yet: this notice must be the veertiendagenbrief naming 150 € (15 % of 1,000), pay by 1 Nov + 15 days',
      input: {},
      costs: {
        kind: 'announce',
        notice: {
          kind: 'nl-veertiendagenbrief',
          costs: 150,
          payBy: '2026-11-16',
          costsFrom: '2026-11-17',
        },
      },
    },
    {
      name: 'NL consumer, a later deadline in the draft: the letter names that one',
      input: { deadline: '2026-11-20' },
      costs: { kind: 'announce', notice: { payBy: '2026-11-20', costsFrom: '2026-11-21' } },
    },
    {
      name: 'NL consumer, stage 4 with no letter before: stage 4 must itself be the letter',
      input: { stage: 4 },
      costs: { kind: 'announce', notice: { kind: 'nl-veertiendagenbrief' } },
    },
    {
      name: 'NL consumer, letter sent 25 Oct, today 1 Nov: its 14 days (+1) still run to 9 Nov',
      input: { stage: 4, costNoticeSentOn: '2026-10-25' },
      costs: { kind: 'wait', notice: { payBy: '2026-11-09', costsFrom: '2026-11-10' } },
    },
    {
      name: 'NL consumer, letter sent 10 Oct... before the due date: does not count',
      input: { stage: 4, costNoticeSentOn: '2026-10-10' },
      costs: { kind: 'announce' },
    },
    {
      name: 'NL consumer, letter sent 16 Oct, today 1 Nov (the first day after its term): 150 € may be charged',
      input: { stage: 4, costNoticeSentOn: '2026-10-16' },
      costs: { kind: 'charge', amount: 150, currency: 'EUR' },
    },
    {
      name: 'NL business: the scale at once, no letter needed (1,000 € → 150 €)',
      input: { customerType: 'business' },
      costs: { kind: 'charge', amount: 150, requiresContractClause: false },
    },
    {
      name: 'NL business: at least 40 € (100 € → 40 €)',
      input: { customerType: 'business', amount: 100 },
      costs: { kind: 'charge', amount: 40 },
    },
    {
      name: 'BE consumer, no reminder yet: this notice is the free reminder naming at most 90 € (65 + 5 % of 500), if the contract has the clause',
      input: { jurisdiction: 'BE' },
      costs: {
        kind: 'announce',
        notice: {
          kind: 'be-free-reminder',
          costs: 90,
          requiresContractClause: true,
          payBy: '2026-11-16',
        },
      },
    },
    {
      name: 'BE consumer, free reminder sent 16 Oct: the capped costs may be charged from 1 Nov',
      input: { jurisdiction: 'BE', stage: 4, costNoticeSentOn: '2026-10-16' },
      costs: { kind: 'charge', amount: 90, requiresContractClause: true },
    },
    {
      name: 'BE business: the 40 € of the 2002 act',
      input: { jurisdiction: 'BE', customerType: 'business' },
      costs: { kind: 'charge', amount: 40 },
    },
    {
      name: 'FR business: the 40 € indemnité',
      input: { jurisdiction: 'FR', customerType: 'business' },
      costs: { kind: 'charge', amount: 40 },
    },
    { name: 'FR consumer: no costs', input: { jurisdiction: 'FR' }, costs: { kind: 'none' } },
    {
      name: 'ES business: 40 €',
      input: { jurisdiction: 'ES', customerType: 'business' },
      costs: { kind: 'charge', amount: 40 },
    },
    { name: 'IT consumer: no costs', input: { jurisdiction: 'IT' }, costs: { kind: 'none' } },
    {
      name: 'AT business: 40 € (§ 458 UGB)',
      input: { jurisdiction: 'AT', customerType: 'business' },
      costs: { kind: 'charge', amount: 40 },
    },
    { name: 'AT consumer: no costs', input: { jurisdiction: 'AT' }, costs: { kind: 'none' } },
    {
      name: 'CH: no flat fee, business or consumer',
      input: { jurisdiction: 'CH', currency: 'CHF', customerType: 'business' },
      costs: { kind: 'none' },
    },
    {
      name: 'IE 12,000 €: 100 €',
      input: { jurisdiction: 'IE', customerType: 'business', amount: 12000 },
      costs: { kind: 'charge', amount: 100 },
    },
    {
      name: 'stage 2 names no consequences at all',
      input: { stage: 2, customerType: 'business' },
      costs: { kind: 'none' },
    },
    { name: 'jurisdiction none', input: { jurisdiction: 'none' }, costs: { kind: 'none' } },
    {
      name: 'an unreadable due date: nothing is claimed',
      input: { dueDate: 'soon' },
      costs: { kind: 'none' },
    },
    {
      name: 'NL consumer owing dollars: the euro scale gives no figure',
      input: { currency: 'USD' },
      costs: { kind: 'none' },
    },
  ] satisfies { name: string; input: Partial<LegalStepsInput>; costs: object }[])(
    '$name',
    ({ input, costs }) => {
      expect(legalStepsForNotice({ ...base, ...input }).costs).toMatchObject(costs);
    },
  );
});

describe('interest the notice may state', () => {
  test('Switzerland: with no reminder sent, this notice is the Mahnung that starts the 5 %', () => {
    const steps = legalStepsForNotice({ ...base, jurisdiction: 'CH', currency: 'CHF' });
    expect(steps.interestStartsWithThisNotice).toBe(true);
    expect(steps.interest).toMatchObject({ ratePercent: 5, interest: 0, days: 0 });
  });

  test('Switzerland: after a reminder on 16 Oct, 5 % runs from 17 Oct: CHF 1,000 × 5 % × 16 / 365 = 2.19', () => {
    const steps = legalStepsForNotice({
      ...base,
      jurisdiction: 'CH',
      currency: 'CHF',
      firstReminderSentOn: '2026-10-16',
    });
    expect(steps.interestStartsWithThisNotice).toBe(false);
    expect(steps.interest).toMatchObject({ days: 16, interest: 2.19 });
  });

  test('Belgian consumer: interest waits for the free reminder’s term like the costs', () => {
    const steps = legalStepsForNotice({
      ...base,
      jurisdiction: 'BE',
      costNoticeSentOn: '2026-10-20',
    });
    expect(steps.interest).toMatchObject({ days: 0, interest: 0 });
    expect(steps.costs.kind).toBe('wait');
  });

  test('a UK consumer has neither interest nor costs under the 1998 act', () => {
    const steps = legalStepsForNotice({ ...base, jurisdiction: 'UK', currency: 'GBP' });
    expect(steps).toMatchObject({ interest: undefined, costs: { kind: 'none' } });
  });
});

describe('a veertiendagenbrief or free reminder is checked for the parts the law requires', () => {
  const notice: CostNotice = {
    kind: 'nl-veertiendagenbrief',
    amountDue: 1000,
    costs: 150,
    currency: 'EUR',
    payBy: '2026-11-16',
    costsFrom: '2026-11-17',
    requiresContractClause: false,
    mustState: ['amount_due', 'costs', 'pay_by'],
    legalBasis: 'artikel 6:96 lid 6 BW',
  };

  test.each([
    {
      name: 'a complete Dutch letter',
      text: 'Het openstaande bedrag van € 1.000,00 is nog niet betaald. Betaalt u uiterlijk 16 november 2026, dan komen er geen kosten bij. Anders brengen wij € 150,00 aan incassokosten in rekening.',
      missing: [],
    },
    {
      name: 'the date written as numbers',
      text: 'Bedrag € 1.000,00; betaal vóór of op 16-11-2026; daarna incassokosten van € 150,00.',
      missing: [],
    },
    {
      name: '"14 days" without a date is not enough',
      text: 'Bedrag € 1.000,00. Betaal binnen 14 dagen, anders rekenen wij € 150,00 aan kosten.',
      missing: ['pay_by'],
    },
    {
      name: 'costs stated as a percentage instead of the exact amount',
      text: 'Bedrag € 1.000,00. Betaal uiterlijk 16 november 2026, anders rekenen wij 15% incassokosten.',
      missing: ['costs'],
    },
    {
      name: 'a French Belgian reminder',
      text: 'Le montant de 1 000,00 € reste dû. Sans paiement au plus tard le 16 novembre 2026, une indemnité de 150,00 € sera réclamée.',
      missing: [],
    },
    {
      name: 'nothing of it',
      text: 'Wij verzoeken u vriendelijk om te betalen.',
      missing: ['amount_due', 'costs', 'pay_by'],
    },
  ])('$name', ({ text, missing }) => {
    expect(missingFromCostNotice(text, notice)).toEqual(missing);
  });
});
