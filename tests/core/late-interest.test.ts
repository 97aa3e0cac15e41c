import { describe, expect, test } from 'vitest';
import { computeLateInterest, type LateInterestInput } from '../../lib/core/late-interest';
import {
  defaultLateInterestTables,
  type LateInterestTables,
} from '../../lib/core/late-interest-rates';

const base: LateInterestInput = {
  amount: 1000,
  currency: 'EUR',
  dueDate: '2025-09-30',
  until: '2025-10-30',
  customerType: 'business',
  jurisdiction: 'DE',
};

// Every figure below was worked out by hand: amount × (base + margin) × days / 365, per stretch.
describe('late interest figures a person could check with a calculator', () => {
  test.each([
    {
      name: 'DE B2B: 1,000 € over 30 days at 1.27 + 9 = 10.27 %, plus the 40 € flat fee',
      input: base,
      expected: {
        jurisdiction: 'DE',
        ratePercent: 10.27,
        days: 30,
        interest: 8.44,
        flatFee: 40,
        feeCurrency: 'EUR',
      },
    },
    {
      name: 'DE consumer: 5 points over base (6.27 %) and no flat fee',
      input: { ...base, customerType: 'consumer' },
      expected: {
        jurisdiction: 'DE',
        ratePercent: 6.27,
        days: 30,
        interest: 5.15,
        flatFee: undefined,
      },
    },
    {
      name: 'DE B2B across the 1 Jan 2025 change: 15 days at 12.37 % then 15 days at 11.27 %',
      input: { ...base, dueDate: '2024-12-16', until: '2025-01-15' },
      expected: { ratePercent: 11.27, days: 30, interest: 9.72, flatFee: 40 },
    },
    {
      name: 'auto: a German-language EUR invoice is German law',
      input: { ...base, jurisdiction: 'auto', language: 'de' },
      expected: { jurisdiction: 'DE', interest: 8.44 },
    },
    {
      name: 'auto: another EUR invoice falls back to the EU directive, ECB 2.15 + 8 points',
      input: {
        ...base,
        amount: 2000,
        dueDate: '2025-11-01',
        until: '2025-12-01',
        jurisdiction: 'auto',
        language: 'fr',
      },
      expected: {
        jurisdiction: 'EU',
        ratePercent: 10.15,
        days: 30,
        interest: 16.68,
        flatFee: 40,
        feeCurrency: 'EUR',
      },
    },
    {
      name: 'UK £450 over 30 days at 3.75 + 8 = 11.75 %, fixed sum £40',
      input: {
        ...base,
        amount: 450,
        currency: 'GBP',
        dueDate: '2026-09-02',
        until: '2026-10-02',
        jurisdiction: 'auto',
      },
      expected: {
        jurisdiction: 'UK',
        ratePercent: 11.75,
        days: 30,
        interest: 4.35,
        flatFee: 40,
        feeCurrency: 'GBP',
      },
    },
    {
      name: 'UK £12,000 over 60 days, fixed sum £100',
      input: {
        ...base,
        amount: 12000,
        currency: 'GBP',
        dueDate: '2026-06-15',
        until: '2026-08-14',
        jurisdiction: 'UK',
      },
      expected: { ratePercent: 11.75, days: 60, interest: 231.78, flatFee: 100 },
    },
    {
      name: 'UK rate stays fixed at the half-year the debt became overdue (12.25 % into 2026), £70',
      input: {
        ...base,
        amount: 5000,
        currency: 'GBP',
        dueDate: '2025-12-15',
        until: '2026-01-14',
        jurisdiction: 'UK',
      },
      expected: { ratePercent: 12.25, days: 30, interest: 50.34, flatFee: 70 },
    },
    {
      name: 'not overdue yet: no days, no interest, no fee',
      input: { ...base, until: '2025-09-30' },
      expected: { days: 0, interest: 0, flatFee: undefined },
    },
    {
      name: 'a time of day on the until date does not change the day count',
      input: { ...base, until: '2025-10-30T23:59:00+02:00' },
      expected: { days: 30, interest: 8.44 },
    },
  ] satisfies { name: string; input: LateInterestInput; expected: object }[])(
    '$name',
    ({ input, expected }) => {
      const result = computeLateInterest(input);
      expect(result).toBeDefined();
      for (const [key, value] of Object.entries(expected)) {
        expect(result?.[key as keyof typeof result], key).toEqual(value);
      }
    },
  );
});

describe('UK fixed sums follow the size of the debt', () => {
  test.each([
    { name: '£999.99 is below £1,000', amount: 999.99, fee: 40 },
    { name: '£1,000 exactly', amount: 1000, fee: 70 },
    { name: '£9,999.99 is below £10,000', amount: 9999.99, fee: 70 },
    { name: '£10,000 exactly', amount: 10000, fee: 100 },
  ])('$name: £$fee', ({ amount, fee }) => {
    const result = computeLateInterest({ ...base, amount, currency: 'GBP', jurisdiction: 'UK' });
    expect(result?.flatFee).toBe(fee);
  });
});

describe('no figure where the law gives none', () => {
  test.each([
    { name: 'US dollars', input: { ...base, currency: 'USD', jurisdiction: 'auto' as const } },
    {
      name: 'Swiss francs',
      input: { ...base, currency: 'CHF', jurisdiction: 'auto' as const, language: 'de' },
    },
    {
      name: 'a consumer under the UK act',
      input: {
        ...base,
        currency: 'GBP',
        jurisdiction: 'UK' as const,
        customerType: 'consumer' as const,
      },
    },
    {
      name: 'a consumer under the EU directive',
      input: { ...base, jurisdiction: 'EU' as const, customerType: 'consumer' as const },
    },
    { name: 'jurisdiction none', input: { ...base, jurisdiction: 'none' as const } },
    { name: 'an unreadable due date', input: { ...base, dueDate: 'soon' } },
    { name: 'an impossible due date', input: { ...base, dueDate: '2025-02-30' } },
    { name: 'an amount that is not a number', input: { ...base, amount: Number.NaN } },
    { name: 'a negative amount', input: { ...base, amount: -50 } },
  ])('$name', ({ input }) => {
    expect(computeLateInterest(input)).toBeUndefined();
  });
});

describe('the rate tables are data the person can update', () => {
  test('past the last published rate the last one is carried on, and the result says from when', () => {
    const result = computeLateInterest({ ...base, dueDate: '2026-06-15', until: '2026-07-15' });
    expect(result?.assumedAfter).toBe('2026-07-01');
    expect(result?.ratePercent).toBe(10.27);
  });

  test('an edited table with a newer base rate is used and the warning goes away', () => {
    const tables: LateInterestTables = structuredClone(defaultLateInterestTables);
    tables.DE.reference.push({ from: '2026-07-01', percent: 1.52 });
    tables.DE.knownUntil = '2026-12-31';
    // 16 days at 10.27 % (16-30 June) and 15 days at 10.52 % (1-15 July) on 1,000 €.
    const result = computeLateInterest({
      ...base,
      dueDate: '2026-06-14',
      until: '2026-07-15',
      tables,
    });
    expect(result?.assumedAfter).toBeUndefined();
    expect(result?.periods.map((p) => [p.from, p.to, p.days, p.ratePercent])).toEqual([
      ['2026-06-15', '2026-06-30', 16, 10.27],
      ['2026-07-01', '2026-07-15', 15, 10.52],
    ]);
    expect(result?.interest).toBe(8.83);
  });

  test.each([
    {
      name: 'a UK debt overdue within the known half-years keeps its known rate for good',
      dueDate: '2026-12-15',
      assumedAfter: undefined,
    },
    {
      name: 'a UK debt overdue after the table ends has an assumed rate',
      dueDate: '2027-01-05',
      assumedAfter: '2027-01-01',
    },
  ])('$name', ({ dueDate, assumedAfter }) => {
    const result = computeLateInterest({
      ...base,
      currency: 'GBP',
      jurisdiction: 'UK',
      dueDate,
      until: '2027-02-20',
    });
    expect(result?.assumedAfter).toBe(assumedAfter);
  });

  test('unchanged half-years are one stretch, not two', () => {
    const result = computeLateInterest({ ...base, dueDate: '2025-12-01', until: '2026-01-31' });
    expect(result?.periods).toHaveLength(1);
    expect(result?.days).toBe(61);
  });

  test('German law on a GBP debt still names its fee in euros', () => {
    const result = computeLateInterest({ ...base, currency: 'GBP', jurisdiction: 'DE' });
    expect(result).toMatchObject({ flatFee: 40, feeCurrency: 'EUR' });
  });
});
