/**
 * A language pack added to the registry is a draft language everywhere, with nothing else to
 * change: the settings schema accepts it, the options page offers it under its own name, drafts
 * are written in it, and money and dates follow its own locale. The registry here gains a test
 * pack (the English texts with a French locale) the way a new folder would add one.
 */
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { SettingsForm } from '../../components/options/settings-form';
import {
  defaultSettings,
  describeReason,
  draftFollowUp,
  type MailThread,
  type Settings,
} from '../../lib/core/index';
import type { LanguagePack } from '../../lib/core/drafts/language-pack';
import {
  DRAFT_LANGUAGES,
  formatterFor,
  isDraftLanguage,
} from '../../lib/core/drafts/languages/lookup';
import { validateSettings } from '../../lib/storage/validate-settings';
import { useMessages } from '../storage/fake-i18n';

const TEST_CODE = 'xx';

vi.mock('../../lib/core/drafts/languages/registry', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../lib/core/drafts/languages/registry')>();
  const english = real.DRAFT_LANGUAGES[0] as LanguagePack;
  const testPack: LanguagePack = {
    ...english,
    code: 'xx',
    name: 'Testisch',
    locale: { base: 'fr-FR' },
    registers: ['formal', 'informal'],
  };
  return { ...real, DRAFT_LANGUAGES: [...real.DRAFT_LANGUAGES, testPack] };
});

beforeEach(() => useMessages('en'));
afterEach(cleanup);

const thread: MailThread = {
  id: 'gmail:registry-test',
  client: 'gmail',
  subject: 'Invoice 7',
  owner: { name: 'Anna Schmidt', emails: ['anna@example.com'] },
  messages: [
    {
      id: 'm1',
      from: { email: 'anna@example.com', name: 'Anna Schmidt' },
      to: [{ email: 'ben@client.example', name: 'Ben Carter' }],
      date: '2026-10-01T10:00:00+02:00',
      text: 'Hi Ben,\n\nplease find attached invoice 7.',
    },
  ],
};
const silent = {
  status: 'silent' as const,
  stage: 2 as const,
  ghostScore: 40,
  reasons: [],
  invoice: { number: '7', amount: 1190, currency: 'EUR', dueDate: '2026-10-15' },
  daysOverdue: 36,
};

describe('a pack added to the registry', () => {
  test('is a draft language', () => {
    expect(isDraftLanguage(TEST_CODE)).toBe(true);
  });

  test('is accepted by the settings schema, and an unknown code is not', () => {
    const check = (defaultLanguage: string) =>
      validateSettings({ ...defaultSettings, defaultLanguage }).ok;
    expect([check(TEST_CODE), check('en'), check('zz')]).toEqual([true, true, false]);
  });

  test('is offered on the options page under its own name, and saved when chosen', async () => {
    const onSave = vi.fn<(s: Settings) => Promise<void>>(async () => {});
    render(<SettingsForm settings={defaultSettings} onSave={onSave} />);
    const select = screen.getByTestId('setting-defaultLanguage') as HTMLSelectElement;
    const offered = [...select.options].map((o) => [o.value, o.textContent]);
    // Every registered language under its own name, in the registry's order, the new one last.
    expect(offered).toEqual(DRAFT_LANGUAGES.map((pack) => [pack.code, pack.name]));
    expect(offered.slice(0, 2)).toEqual([
      ['en', 'English'],
      ['de', 'Deutsch'],
    ]);
    expect(offered.at(-1)).toEqual([TEST_CODE, 'Testisch']);
    await userEvent.selectOptions(select, TEST_CODE);
    await userEvent.click(screen.getByTestId('save-settings'));
    expect(onSave).toHaveBeenCalledWith(expect.objectContaining({ defaultLanguage: TEST_CODE }));
  });

  test('formats money and dates with its own locale, not en-GB', () => {
    const f = formatterFor(TEST_CODE as never, 'EUR');
    const french = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' });
    expect(f.money(1190, 'EUR')).toBe(french.format(1190));
    expect(f.money(1190, 'EUR')).not.toBe('€1,190.00');
    expect(f.date('2026-10-15')).toBe('15 octobre 2026');
  });

  test('writes the draft when it is the default language, with its own formats', () => {
    const result = draftFollowUp(thread, {
      now: '2026-11-20T10:00:00+01:00',
      settings: { defaultLanguage: TEST_CODE as never },
      analysis: silent,
    });
    if (!result.ok) throw new Error('no draft');
    expect(result.draft.language).toBe(TEST_CODE);
    expect(result.draft.text).toContain(
      new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' }).format(1190),
    );
    expect(result.draft.text).toContain('15 octobre 2026');
  });

  test('words the ghost-score reasons with its own number format', () => {
    const reason = { code: 'amount' as const, value: 12500, points: 10 };
    expect(describeReason(reason, TEST_CODE as never)).toBe(
      `${new Intl.NumberFormat('fr-FR').format(12500)} outstanding`,
    );
  });
});
