import { describe, expect, test } from 'vitest';
import type { DisplayStatus } from '../../lib/views/apply-decision';
import {
  ageingBucket,
  inAgeingBar,
  moneyOverview,
  type MoneyInput,
} from '../../lib/views/money-overview';

const thread = (
  status: DisplayStatus,
  amount: number | undefined,
  currency: string | undefined,
  daysOverdue?: number,
  outstandingAmount?: number,
): MoneyInput => ({
  view: { status },
  invoice: { amount, currency },
  daysOverdue,
  outstandingAmount,
});

describe('ageing buckets', () => {
  test.each<[string, number | undefined, string | undefined]>([
    ['not overdue (due today)', 0, undefined],
    ['no due date known', undefined, undefined],
    ['one day overdue', 1, '1-30'],
    ['30 days overdue', 30, '1-30'],
    ['31 days overdue', 31, '31-60'],
    ['60 days overdue', 60, '31-60'],
    ['61 days overdue', 61, '61-90'],
    ['90 days overdue', 90, '61-90'],
    ['91 days overdue', 91, '90+'],
    ['a year overdue', 365, '90+'],
  ])('%s', (_label, days, bucket) => {
    expect(ageingBucket(days)).toBe(bucket);
  });
});

describe('totals outstanding per currency and status', () => {
  test.each<[string, MoneyInput[], { currency: string; status: string; amount: number }[]]>([
    ['nothing tracked', [], []],
    [
      'two silent invoices in euros add up; a waiting one stands apart',
      [
        thread('silent', 1450, 'EUR', 10),
        thread('silent', 2142, 'EUR', 31),
        thread('waiting', 1190, 'EUR'),
      ],
      [
        { currency: 'EUR', status: 'silent', amount: 3592 },
        { currency: 'EUR', status: 'waiting', amount: 1190 },
      ],
    ],
    [
      'currencies are never added together, and are listed alphabetically',
      [thread('silent', 3600, 'GBP', 48), thread('silent', 1450, 'EUR', 10)],
      [
        { currency: 'EUR', status: 'silent', amount: 1450 },
        { currency: 'GBP', status: 'silent', amount: 3600 },
      ],
    ],
    [
      'promised and disputed money is outstanding, each in its own total',
      [
        thread('disputed', 500, 'EUR', 5),
        thread('promised', 800, 'EUR', 12),
        thread('promised', 200, 'EUR'),
      ],
      [
        { currency: 'EUR', status: 'disputed', amount: 500 },
        { currency: 'EUR', status: 'promised', amount: 1000 },
      ],
    ],
    [
      'a partial payment counts what is left, not the invoice amount',
      [thread('silent', 1428, 'EUR', 40, 928)],
      [{ currency: 'EUR', status: 'silent', amount: 928 }],
    ],
    [
      'paid, answered, held, snoozed, bounced and dismissed threads owe nothing here',
      [
        thread('paid', 100, 'EUR'),
        thread('answered', 100, 'EUR', 20),
        thread('on_hold', 100, 'EUR', 20),
        thread('snoozed', 100, 'EUR', 20),
        thread('bounced', 100, 'EUR', 20),
        thread('not_invoice', 100, 'EUR'),
      ],
      [],
    ],
    [
      'a thread without an amount adds nothing',
      [thread('silent', undefined, 'EUR', 20), thread('silent', undefined, undefined, 20)],
      [],
    ],
    [
      'cents add up exactly',
      [thread('silent', 0.1, 'EUR', 3), thread('silent', 0.2, 'EUR', 3)],
      [{ currency: 'EUR', status: 'silent', amount: 0.3 }],
    ],
  ])('%s', (_label, threads, totals) => {
    expect(moneyOverview(threads).totals).toEqual(totals);
  });
});

describe('the ageing chart', () => {
  test.each<[string, MoneyInput[], { currency: string; bucket: string; amount: number }[]]>([
    [
      'nothing overdue: no bars',
      [thread('waiting', 1190, 'EUR'), thread('silent', 99, 'EUR', 0)],
      [],
    ],
    [
      'the demo mailbox: two euro invoices 1-30 days late, one in each currency 31-60',
      [
        thread('silent', 1450, 'EUR', 10),
        thread('silent', 3570, 'EUR', 20),
        thread('silent', 2142, 'EUR', 31),
        thread('silent', 3600, 'GBP', 48),
        thread('answered', 960, 'EUR', 40),
      ],
      [
        { currency: 'EUR', bucket: '1-30', amount: 5020 },
        { currency: 'EUR', bucket: '31-60', amount: 2142 },
        { currency: 'EUR', bucket: '61-90', amount: 0 },
        { currency: 'EUR', bucket: '90+', amount: 0 },
        { currency: 'GBP', bucket: '1-30', amount: 0 },
        { currency: 'GBP', bucket: '31-60', amount: 3600 },
        { currency: 'GBP', bucket: '61-90', amount: 0 },
        { currency: 'GBP', bucket: '90+', amount: 0 },
      ],
    ],
    [
      'overdue promised and disputed money is aged too; a partial payment by what is left',
      [thread('promised', 800, 'USD', 75), thread('disputed', 300, 'USD', 120, 250)],
      [
        { currency: 'USD', bucket: '1-30', amount: 0 },
        { currency: 'USD', bucket: '31-60', amount: 0 },
        { currency: 'USD', bucket: '61-90', amount: 800 },
        { currency: 'USD', bucket: '90+', amount: 250 },
      ],
    ],
  ])('%s', (_label, threads, bars) => {
    expect(moneyOverview(threads).ageing).toEqual(bars);
  });

  test.each<[string, MoneyInput, boolean]>([
    ['a silent euro invoice 45 days late', thread('silent', 10, 'EUR', 45), true],
    ['the same in pounds', thread('silent', 10, 'GBP', 45), false],
    ['a euro invoice 20 days late', thread('silent', 10, 'EUR', 20), false],
    ['a held euro invoice 45 days late', thread('on_hold', 10, 'EUR', 45), false],
  ])('the bar EUR 31-60 filters the list to its threads: %s', (_label, t, shown) => {
    expect(inAgeingBar(t, { currency: 'EUR', bucket: '31-60' })).toBe(shown);
  });
});
