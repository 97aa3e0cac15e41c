import { describe, expect, test } from 'vitest';
import {
  parseRecipientLine,
  parseShownAddress,
} from '../../lib/mail-clients/outlook/outlook-address';
import { parseOutlookDate } from '../../lib/mail-clients/outlook/outlook-date';

describe('Outlook date lines become instants in the browser time zone', () => {
  test.each<[string, string, [number, number, number, number, number] | undefined]>([
    ['en-US afternoon', 'Mon 10/12/2026 2:47 PM', [2026, 10, 12, 14, 47]],
    ['en-US just after midnight', 'Tue 11/10/2026 12:05 AM', [2026, 11, 10, 0, 5]],
    ['en-US noon', 'Tue 11/10/2026 12:30 PM', [2026, 11, 10, 12, 30]],
    ['en-GB day first without AM/PM', 'Mon 12/10/2026 14:47', [2026, 10, 12, 14, 47]],
    ['German', 'Mo 12.10.2026 14:47', [2026, 10, 12, 14, 47]],
    ['German single-digit day', 'Do 1.10.2026 09:12', [2026, 10, 1, 9, 12]],
    ['ISO day', '2026-10-12 14:47', [2026, 10, 12, 14, 47]],
    ['a relative day has no calendar date', 'Yesterday 2:47 PM', undefined],
    ['an impossible date', 'Mo 31.02.2026 10:00', undefined],
    ['empty text', '', undefined],
  ])('%s: "%s"', (_label, text, expected) => {
    const parsed = parseOutlookDate(text);
    if (!expected) return expect(parsed).toBeUndefined();
    const [y, mo, d, h, mi] = expected;
    expect(parsed).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00[+-]\d{2}:\d{2}$/);
    expect(Date.parse(parsed!)).toBe(new Date(y, mo - 1, d, h, mi).getTime());
  });
});

describe('people as Outlook shows them', () => {
  test.each([
    [
      'name and address',
      'Sabine Krüger <S.Krueger@Praxis.de>',
      { name: 'Sabine Krüger', email: 's.krueger@praxis.de' },
    ],
    ['bare address', 'max@mueller-gmbh.de', { email: 'max@mueller-gmbh.de' }],
    ['name only (same organisation)', 'Anna Schmidt', { name: 'Anna Schmidt', email: '' }],
    [
      'quoted name',
      '"Müller, Max" <max@mueller-gmbh.de>',
      { name: 'Müller, Max', email: 'max@mueller-gmbh.de' },
    ],
  ])('%s', (_label, text, expected) => {
    expect(parseShownAddress(text)).toEqual(expected);
  });

  test.each([
    [
      'English To line',
      'To: Jane Doe <jane@x.com>; Tom',
      'to',
      [
        { name: 'Jane Doe', email: 'jane@x.com' },
        { name: 'Tom', email: '' },
      ],
    ],
    [
      'German An line',
      'An: Max Müller <max@x.de>',
      'to',
      [{ name: 'Max Müller', email: 'max@x.de' }],
    ],
    ['Cc line', 'Cc: accounts@x.com', 'cc', [{ email: 'accounts@x.com' }]],
    ['empty line', 'An: ', 'to', []],
  ])('%s', (_label, text, kind, people) => {
    expect(parseRecipientLine(text)).toEqual({ kind, people });
  });
});
