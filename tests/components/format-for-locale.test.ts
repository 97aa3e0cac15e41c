import { expect, test } from 'vitest';
import { formatDay, formatMoney } from '../../components/shared/format-for-locale';

test.each([
  ['en-US', 1547, 'EUR', '€1,547.00'],
  ['de-DE', 1547, 'EUR', '1.547,00\u00a0€'],
  ['en-GB', 12.5, undefined, '€12.50'],
  ['en-GB', 12.5, '', '€12.50'],
  ['en-GB', undefined, 'EUR', ''],
  ['en-GB', 1547, 'NOPE1', '1,547.00 NOPE1'],
])('money in %s: %s %s', (language, amount, currency, expected) => {
  expect(formatMoney(language, amount, currency)).toBe(expected);
});

test.each([
  ['en-GB', '2026-12-23', '23 Dec 2026'],
  ['de-DE', '2026-12-23', '23.12.2026'],
  ['en-US', '2026-12-23T00:30:00+14:00', 'Dec 23, 2026'],
  ['en-GB', 'soon', 'soon'],
])('day in %s: %s', (language, day, expected) => {
  expect(formatDay(language, day)).toBe(expected);
});
