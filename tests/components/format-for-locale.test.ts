import { expect, test } from 'vitest';
import { formatDay, formatMoney, formatNumber } from '../../components/shared/format-for-locale';

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

// The interface also speaks fr, es, it and nl: amounts, days and figures follow each of them.
test.each([
  ['fr', 1547, 'EUR', '1\u202f547,00\u00a0€'],
  ['es', 1547, 'EUR', '1547,00\u00a0€'],
  ['it', 1547, 'EUR', '1547,00\u00a0€'],
  ['nl', 1547, 'EUR', '€\u00a01.547,00'],
])('money in %s: %s %s', (language, amount, currency, expected) => {
  expect(formatMoney(language, amount, currency)).toBe(expected);
});

test.each([
  ['fr', '2026-12-23', '23 déc. 2026'],
  ['es', '2026-12-23', '23 dic 2026'],
  ['it', '2026-12-23', '23 dic 2026'],
  ['nl', '2026-12-23', '23 dec 2026'],
])('day in %s: %s', (language, day, expected) => {
  expect(formatDay(language, day)).toBe(expected);
});

test.each([
  ['en', 12.5, 1, '12.5'],
  ['de', 12.5, 1, '12,5'],
  ['fr', 2.15, 2, '2,15'],
  ['nl', 1234.5, 2, '1.234,50'],
])('figure in %s: %s', (language, value, decimals, expected) => {
  expect(formatNumber(language, value, decimals)).toBe(expected);
});
