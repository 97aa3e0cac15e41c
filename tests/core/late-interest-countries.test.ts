/**
 * Late interest under each country's law, for businesses and consumers, on fixed dates. Every
 * expected figure was worked out by hand: amount × rate × days / 365 per stretch at one rate
 * (the computation is written next to each case), rounded to cents at the end.
 */
import { describe, expect, test } from 'vitest';
import { computeLateInterest, type LateInterestInput } from '../../lib/core/late-interest';
import {
  defaultLateInterestTables,
  LATE_INTEREST_JURISDICTIONS,
  type LateInterestTables,
} from '../../lib/core/late-interest-rates';

const base: LateInterestInput = {
  amount: 1000,
  currency: 'EUR',
  dueDate: '2025-09-30',
  until: '2025-10-30',
  customerType: 'business',
  jurisdiction: 'FR',
};

describe('interest and fixed sums per jurisdiction and customer type', () => {
  test.each([
    {
      name: 'FR business: 1,000 € × (ECB 2.15 + 10 = 12.15 %) × 30 / 365 = 9.99 €, indemnité 40 €',
      input: {},
      expected: { ratePercent: 12.15, days: 30, interest: 9.99, flatFee: 40 },
    },
    {
      name: 'FR consumer from the mise en demeure of 10 Oct: 1,000 € × 2.76 % × 20 days (11-30 Oct) / 365 = 1.51 €, no fee',
      input: { customerType: 'consumer', reminderSentOn: '2025-10-10' },
      expected: { ratePercent: 2.76, days: 20, interest: 1.51, flatFee: undefined },
    },
    {
      name: 'FR consumer across 1 Jan 2026: 2,000 € × (2.76 % × 15 + 2.62 % × 15) / 365 = 4.42 €',
      input: {
        customerType: 'consumer',
        amount: 2000,
        dueDate: '2025-12-01',
        reminderSentOn: '2025-12-16',
        until: '2026-01-15',
      },
      expected: { ratePercent: 2.62, days: 30, interest: 4.42 },
    },
    {
      name: 'ES business: 1,000 € × (2.15 + 8 = 10.15 %) × 30 / 365 = 8.34 €, 40 €',
      input: { jurisdiction: 'ES' },
      expected: { ratePercent: 10.15, days: 30, interest: 8.34, flatFee: 40 },
    },
    {
      name: 'ES consumer from the demand of 15 Oct: 1,000 € × 3.25 % × 15 / 365 = 1.34 €',
      input: { jurisdiction: 'ES', customerType: 'consumer', reminderSentOn: '2025-10-15' },
      expected: { ratePercent: 3.25, days: 15, interest: 1.34, flatFee: undefined },
    },
    {
      name: 'IT business: 1,000 € × 10.15 % × 30 / 365 = 8.34 €, 40 €',
      input: { jurisdiction: 'IT' },
      expected: { ratePercent: 10.15, interest: 8.34, flatFee: 40 },
    },
    {
      name: 'IT consumer across 1 Jan 2026, from the due date: 10,000 € × (2 % × 15 + 1.6 % × 15) / 365 = 14.79 €',
      input: {
        jurisdiction: 'IT',
        customerType: 'consumer',
        amount: 10000,
        dueDate: '2025-12-16',
        until: '2026-01-15',
      },
      expected: { ratePercent: 1.6, days: 30, interest: 14.79, flatFee: undefined },
    },
    {
      name: 'NL business: 1,000 € × 10.15 % × 30 / 365 = 8.34 €; costs come from the WIK scale, not a fixed sum',
      input: { jurisdiction: 'NL' },
      expected: { ratePercent: 10.15, interest: 8.34, flatFee: undefined },
    },
    {
      name: 'NL business over a year compounds: year 1 10,000 € × (12.25 % × 184 + 11.15 % × 181) / 365 = 1,170.45 €, then 11,170.45 € × 10.15 % × 31 / 365 = 96.30 €',
      input: { jurisdiction: 'NL', amount: 10000, dueDate: '2024-06-30', until: '2025-07-31' },
      expected: { days: 396, interest: 1266.75 },
    },
    {
      name: 'NL consumer from the reminder of 10 Mar 2025: 1,000 € × 6 % × 30 / 365 = 4.93 €',
      input: {
        jurisdiction: 'NL',
        customerType: 'consumer',
        dueDate: '2025-02-28',
        reminderSentOn: '2025-03-10',
        until: '2025-04-09',
      },
      expected: { ratePercent: 6, days: 30, interest: 4.93, assumedAfter: undefined },
    },
    {
      name: 'BE business on the published rate: 1,000 € × 10.5 % × 30 / 365 = 8.63 €, 40 €',
      input: { jurisdiction: 'BE' },
      expected: { ratePercent: 10.5, marginPoints: 0, interest: 8.63, flatFee: 40 },
    },
    {
      name: 'BE business across 1 Jul 2025: 1,000 € × (11.5 % × 15 + 10.5 % × 15) / 365 = 9.04 €',
      input: { jurisdiction: 'BE', dueDate: '2025-06-15', until: '2025-07-15' },
      expected: { ratePercent: 10.5, days: 30, interest: 9.04 },
    },
    {
      name: 'BE consumer: nothing during the free reminder’s 14 days (2-15 Oct), then 1,000 € × 4.5 % × 15 (16-30 Oct) / 365 = 1.85 €',
      input: { jurisdiction: 'BE', customerType: 'consumer', reminderSentOn: '2025-10-01' },
      expected: { ratePercent: 4.5, days: 15, interest: 1.85, flatFee: undefined },
    },
    {
      name: 'AT business: 1,000 € × (Basiszinssatz 1.53 + 9.2 = 10.73 %) × 30 / 365 = 8.82 €, 40 € (§ 458 UGB)',
      input: { jurisdiction: 'AT' },
      expected: { ratePercent: 10.73, days: 30, interest: 8.82, flatFee: 40 },
    },
    {
      name: 'AT consumer: 1,000 € × 4 % × 30 / 365 = 3.29 €, no fee',
      input: { jurisdiction: 'AT', customerType: 'consumer' },
      expected: { ratePercent: 4, days: 30, interest: 3.29, flatFee: undefined },
    },
    {
      name: 'CH business from the Mahnung of 10 Oct: CHF 5,000 × 5 % × 30 (11 Oct-9 Nov) / 365 = 20.55, no fee',
      input: {
        jurisdiction: 'CH',
        currency: 'CHF',
        amount: 5000,
        reminderSentOn: '2025-10-10',
        until: '2025-11-09',
      },
      expected: {
        ratePercent: 5,
        days: 30,
        interest: 20.55,
        flatFee: undefined,
        feeCurrency: 'CHF',
      },
    },
    {
      name: 'CH consumer: the same 5 % from the same reminder',
      input: {
        jurisdiction: 'CH',
        customerType: 'consumer',
        currency: 'CHF',
        amount: 5000,
        reminderSentOn: '2025-10-10',
        until: '2025-11-09',
      },
      expected: { ratePercent: 5, interest: 20.55, flatFee: undefined },
    },
    {
      name: 'IE: 5,000 € at the rate of the half-year it fell due, 3.15 + 8 = 11.15 % for all 30 days across 1 Jul: 45.82 €, 70 €',
      input: { jurisdiction: 'IE', amount: 5000, dueDate: '2025-06-15', until: '2025-07-15' },
      expected: { ratePercent: 11.15, days: 30, interest: 45.82, flatFee: 70 },
    },
  ] satisfies { name: string; input: Partial<LateInterestInput>; expected: object }[])(
    '$name',
    ({ input, expected }) => {
      const result = computeLateInterest({ ...base, ...input });
      expect(result).toBeDefined();
      for (const [key, value] of Object.entries(expected))
        expect(result?.[key as keyof typeof result], key).toEqual(value);
    },
  );
});

describe('interest that waits for a reminder (FR, ES, NL and BE consumers, Switzerland)', () => {
  test.each([
    { name: 'Swiss debt with no reminder yet', input: { jurisdiction: 'CH', currency: 'CHF' } },
    {
      name: 'Swiss "reminder" sent before the due date is no Mahnung',
      input: { jurisdiction: 'CH', currency: 'CHF', reminderSentOn: '2025-09-20' },
    },
    { name: 'French consumer with no mise en demeure', input: { customerType: 'consumer' } },
    {
      name: 'Spanish consumer with no demand',
      input: { jurisdiction: 'ES', customerType: 'consumer' },
    },
    {
      name: 'Belgian consumer whose free reminder’s 14 days still run (sent 20 Oct)',
      input: { jurisdiction: 'BE', customerType: 'consumer', reminderSentOn: '2025-10-20' },
      running: true,
    },
  ] satisfies { name: string; input: Partial<LateInterestInput>; running?: boolean }[])(
    '$name: nothing has accrued',
    ({ input, running }) => {
      const result = computeLateInterest({ ...base, ...input });
      expect(result).toMatchObject({ days: 0, interest: 0, periods: [] });
      // A reminder whose term still runs has been sent: only a missing one awaits.
      expect(result?.awaitsReminder).toBe(running ? undefined : true);
    },
  );

  test('a reminder starts interest from the day after it, not from the due date', () => {
    const early = computeLateInterest({
      ...base,
      jurisdiction: 'CH',
      currency: 'CHF',
      reminderSentOn: '2025-10-01',
    });
    const late = computeLateInterest({
      ...base,
      jurisdiction: 'CH',
      currency: 'CHF',
      reminderSentOn: '2025-10-20',
    });
    expect(early?.periods[0]?.from).toBe('2025-10-02');
    expect(late?.periods[0]?.from).toBe('2025-10-21');
    expect(late?.days).toBe(10);
  });
});

describe('no figure where the law gives none', () => {
  test.each([
    {
      name: 'an Irish consumer (the 2012 regulations are business to business)',
      input: { jurisdiction: 'IE', customerType: 'consumer' },
    },
    {
      name: 'Swiss francs under auto (the owner chooses CH)',
      input: { jurisdiction: 'auto', currency: 'CHF' },
    },
  ] satisfies { name: string; input: Partial<LateInterestInput> }[])('$name', ({ input }) => {
    expect(computeLateInterest({ ...base, ...input })).toBeUndefined();
  });
});

describe('dated data with sources', () => {
  const all = LATE_INTEREST_JURISDICTIONS.map((j) => [j, defaultLateInterestTables[j]] as const);

  test.each(all)('%s names its statute and where the rate is published', (_j, table) => {
    expect(table.source?.statute).toBeTruthy();
    expect(table.source?.ratePage).toBeTruthy();
    for (const terms of [table.business, table.consumer]) {
      if (terms?.ownReference) {
        expect(terms.ownReference.source.statute).toBeTruthy();
        expect(terms.ownReference.source.ratePage).toBeTruthy();
      }
    }
  });

  test.each(all)('%s: steps in date order, known at least to its last step', (_j, table) => {
    for (const series of [table, table.consumer?.ownReference].filter((s) => s !== undefined)) {
      const dates = series.reference.map((s) => s.from);
      expect(dates).toEqual([...dates].sort());
      expect(new Set(dates).size).toBe(dates.length);
      expect(series.knownUntil >= dates[dates.length - 1]!).toBe(true);
    }
  });

  test('no published ECB rate for 1 July 2026 was found: the euro tables end on 30 June 2026', () => {
    for (const j of ['FR', 'ES', 'IT', 'NL', 'IE', 'EU', 'AT', 'BE'] as const)
      expect(defaultLateInterestTables[j].knownUntil).toBe('2026-06-30');
  });

  test.each([
    {
      name: 'past 30 June 2026 a French business rate is assumed and said so',
      input: { dueDate: '2026-06-15', until: '2026-07-15' },
      assumedAfter: '2026-07-01',
    },
    {
      name: 'an unconfirmed Dutch legal rate (1 Jul 2025, derived from the method) counts as assumed',
      input: { jurisdiction: 'NL', customerType: 'consumer', reminderSentOn: '2025-10-01' },
      assumedAfter: '2025-07-01',
    },
    {
      name: 'an unconfirmed Austrian base rate in force on the first day counts as assumed',
      input: { jurisdiction: 'AT', dueDate: '2025-06-15', until: '2025-07-15' },
      assumedAfter: '2025-01-01',
    },
    {
      name: 'a confirmed Italian legal rate is not assumed',
      input: { jurisdiction: 'IT', customerType: 'consumer' },
      assumedAfter: undefined,
    },
    {
      name: 'a rate fixed by statute (CH 5 %) is never assumed',
      input: {
        jurisdiction: 'CH',
        currency: 'CHF',
        reminderSentOn: '2025-10-01',
        until: '2030-01-01',
      },
      assumedAfter: undefined,
    },
  ] satisfies { name: string; input: Partial<LateInterestInput>; assumedAfter?: string }[])(
    '$name',
    ({ input, assumedAfter }) => {
      expect(computeLateInterest({ ...base, ...input })?.assumedAfter).toBe(assumedAfter);
    },
  );

  test('a person’s copy saved before the new laws existed still computes them from the shipped tables', () => {
    const old = {
      DE: defaultLateInterestTables.DE,
      UK: defaultLateInterestTables.UK,
      EU: defaultLateInterestTables.EU,
    } satisfies LateInterestTables;
    expect(computeLateInterest({ ...base, tables: old })?.interest).toBe(9.99);
  });

  test('a legal rate the person adds for consumers is used', () => {
    const tables: LateInterestTables = structuredClone(defaultLateInterestTables);
    const series = tables.FR!.consumer!.ownReference!;
    series.reference.push({ from: '2026-07-01', percent: 3 });
    series.knownUntil = '2026-12-31';
    // 1,000 € × 3 % × 30 / 365 = 2.47 €, and no longer assumed.
    const result = computeLateInterest({
      ...base,
      tables,
      customerType: 'consumer',
      dueDate: '2026-07-31',
      reminderSentOn: '2026-08-01',
      until: '2026-08-31',
    });
    expect(result).toMatchObject({ interest: 2.47, ratePercent: 3 });
    expect(result?.assumedAfter).toBeUndefined();
  });
});
