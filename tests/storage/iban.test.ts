import { describe, expect, test } from 'vitest';
import { isValidIban, normalizeIban } from '../../lib/storage/iban';

describe('IBAN check (ISO 13616 mod-97)', () => {
  test.each([
    ['a German IBAN as printed, with spaces', 'DE89 3704 0044 0532 0130 00', true],
    ['a German IBAN in lower case without spaces', 'de89370400440532013000', true],
    ['a British IBAN', 'GB82 WEST 1234 5698 7654 32', true],
    ['a Swiss IBAN', 'CH93 0076 2011 6238 5295 7', true],
    ['a French IBAN with letters in the account', 'FR14 2004 1010 0505 0001 3M02 606', true],
    ['one digit changed', 'DE89 3704 0044 0532 0130 01', false],
    ['two digits swapped', 'DE89 3704 0044 0523 0130 00', false],
    ['a country code that is digits', '1289 3704 0044 0532 0130 00', false],
    ['far too short', 'DE89 3704', false],
    ['punctuation inside', 'DE89-3704-0044-0532-0130-00', false],
    ['empty', '', false],
  ])('%s', (_label, iban, valid) => {
    expect(isValidIban(iban)).toBe(valid);
  });

  test('normalising strips spaces and upper-cases', () => {
    expect(normalizeIban(' de89 3704 0044\t0532 0130 00 ')).toBe('DE89370400440532013000');
  });
});
