import { describe, expect, test } from 'vitest';
import { defaultSettings, type Settings } from '../../lib/core/index';
import { validateSettings } from '../../lib/storage/validate-settings';

const base: Settings = { ...defaultSettings, payment: {} };

describe('settings validation', () => {
  test.each<[string, Partial<Settings>, { field: string; key: string }[]]>([
    [
      'a bad IBAN',
      { payment: { iban: 'DE89 3704 0044 0532 0130 01' } },
      [{ field: 'payment.iban', key: 'options_error_iban' }],
    ],
    [
      'a negative stage gate',
      { minDaysOverdue: [0, -3, 28, 42] },
      [{ field: 'minDaysOverdue.1', key: 'options_error_gate' }],
    ],
    [
      'gates out of order',
      { minDaysOverdue: [0, 30, 28, 42] },
      [{ field: 'minDaysOverdue', key: 'options_error_gates_order' }],
    ],
    [
      'a fractional payment term',
      { defaultTermDays: 14.5 },
      [{ field: 'defaultTermDays', key: 'options_error_term' }],
    ],
    [
      'a deadline of zero days',
      { deadlineDays: 0 },
      [{ field: 'deadlineDays', key: 'options_error_deadline' }],
    ],
    [
      'an alias that is no address',
      { aliases: ['anna@schmidt.de', 'not an address'] },
      [{ field: 'aliases.1', key: 'options_error_alias' }],
    ],
    [
      'a payment link that is not https',
      { payment: { paymentLink: 'http://pay.example/anna' } },
      [{ field: 'payment.paymentLink', key: 'options_error_payment_link' }],
    ],
    [
      'instalments beyond 24',
      { payment: { instalments: 36 } },
      [{ field: 'payment.instalments', key: 'options_error_instalments' }],
    ],
    [
      'an unknown jurisdiction',
      { jurisdiction: 'XX' as Settings['jurisdiction'] },
      [{ field: 'jurisdiction', key: 'options_error_choice' }],
    ],
  ])('%s is refused with a message on its field', (_label, change, errors) => {
    const check = validateSettings({ ...base, ...change });
    expect(check).toEqual({ ok: false, errors });
  });

  test.each<[string, Partial<Settings>, Partial<Settings>]>([
    ['the defaults', {}, {}],
    [
      'an IBAN as printed is stored normalised',
      { payment: { iban: 'de89 3704 0044 0532 0130 00' } },
      { payment: { iban: 'DE89370400440532013000' } },
    ],
    [
      'blank text fields mean "not set"',
      { ownerName: '  ', signature: '', payment: { iban: '' } },
      { payment: {} },
    ],
    ['names are trimmed', { ownerName: '  Anna Schmidt ' }, { ownerName: 'Anna Schmidt' }],
    [
      'equal gates are allowed',
      { minDaysOverdue: [0, 14, 14, 42] },
      { minDaysOverdue: [0, 14, 14, 42] },
    ],
  ])('%s passes', (_label, change, expected) => {
    const check = validateSettings({ ...base, ...change });
    expect(check.ok).toBe(true);
    if (check.ok) expect(check.settings).toEqual({ ...base, ...expected });
  });

  test('every problem is reported at once, one message per field', () => {
    const check = validateSettings({ ...base, deadlineDays: -1, payment: { iban: 'XX00' } });
    expect(check.ok ? [] : check.errors.map((e) => e.field)).toEqual([
      'deadlineDays',
      'payment.iban',
    ]);
  });
});
