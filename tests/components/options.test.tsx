import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsApp } from '../../components/options/options-app';
import { startBackground } from '../../lib/background/start-background';
import { sendMessage } from '../../lib/messages';
import { openDatabase } from '../../lib/storage/database';
import { useMessages } from '../storage/fake-i18n';
import { byName, FIXTURE_NOW, freshDbName, labelAnalyzer } from '../storage/labelled-threads';
import { asExtensionPage } from '../storage/extension-page';

let background: ReturnType<typeof startBackground>;
beforeEach(async () => {
  useMessages('en');
  const name = freshDbName();
  background = startBackground({
    roleOf: asExtensionPage,
    openDb: () => openDatabase(name),
    analyze: labelAnalyzer,
    now: () => FIXTURE_NOW,
  });
  await background.ready;
  await sendMessage('saveSettings', {
    ownerName: 'Anna Schmidt',
    payment: { iban: 'DE89370400440532013000' },
  });
});
afterEach(() => {
  cleanup();
  background.stop();
});

async function openOptions() {
  render(<OptionsApp />);
  await screen.findByTestId('setting-ownerName');
  await screen.findByTestId('rate-tables');
}
const field = (key: string) => screen.getByTestId(`setting-${key}`) as HTMLInputElement;
async function replace(key: string, value: string) {
  await userEvent.clear(field(key));
  if (value) await userEvent.type(field(key), value);
}

describe('options page', () => {
  test('shows the stored settings', async () => {
    await openOptions();
    expect(field('ownerName').value).toBe('Anna Schmidt');
    expect(field('iban').value).toBe('DE89370400440532013000');
    expect(field('gate-2').value).toBe('14');
  });

  test.each([
    ['a bad IBAN', 'iban', 'DE89 3704 0044 0532 0130 01', 'This is not a valid IBAN.'],
    ['a negative stage gate', 'gate-2', '-3', 'Enter a whole number of days from 0 to 365.'],
    [
      'a gate below the one before',
      'gate-3',
      '7',
      'Each stage needs at least as many days overdue as the stage before it.',
    ],
    [
      'a payment link without https',
      'paymentLink',
      'http://pay.example/anna',
      'must be a full address starting with https://',
    ],
    [
      'a payment term in words',
      'defaultTermDays',
      'two weeks',
      'Enter a payment term from 0 to 365 days.',
    ],
  ])(
    '%s gets a clear message, and nothing is saved, not even the valid fields',
    async (_label, key, value, message) => {
      await openOptions();
      await replace('ownerName', 'Changed Name');
      await replace(key, value);
      await userEvent.click(screen.getByTestId('save-settings'));
      expect((await screen.findByTestId('field-error')).textContent).toContain(message);
      expect(screen.getByTestId('save-status').textContent).toContain('Nothing was saved');
      expect(field(key).getAttribute('aria-invalid')).toBe(
        key.startsWith('gate-3') ? 'false' : 'true',
      );
      expect((await sendMessage('getSettings', undefined)).ownerName).toBe('Anna Schmidt');
    },
  );

  test('valid changes are saved, with the IBAN normalised', async () => {
    await openOptions();
    await replace('ownerName', 'Anna Schmidt-Berg');
    await replace('iban', 'gb82 west 1234 5698 7654 32');
    await replace('gate-4', '60');
    await userEvent.selectOptions(field('customerType'), 'consumer');
    await userEvent.click(screen.getByTestId('save-settings'));
    expect((await screen.findByTestId('save-status')).textContent).toContain('Saved.');
    expect(await sendMessage('getSettings', undefined)).toMatchObject({
      ownerName: 'Anna Schmidt-Berg',
      payment: { iban: 'GB82WEST12345698765432' },
      minDaysOverdue: [0, 14, 28, 60],
      customerType: 'consumer',
    });
  });

  test.each([
    ['NL', 'Netherlands (art. 6:96 and 6:119 BW)'],
    ['CH', 'Switzerland (Art. 104 OR)'],
    ['IE', 'Ireland (Late Payment Regulations 2012)'],
  ])(
    'the owner’s country %s can be chosen as the late-payment law, and is saved',
    async (code, label) => {
      await openOptions();
      const select = field('jurisdiction') as unknown as HTMLSelectElement;
      expect([...select.options].map((o) => o.value)).toEqual([
        'auto',
        'DE',
        'AT',
        'CH',
        'FR',
        'BE',
        'NL',
        'ES',
        'IT',
        'IE',
        'UK',
        'EU',
        'none',
      ]);
      await userEvent.selectOptions(select, label);
      await userEvent.click(screen.getByTestId('save-settings'));
      expect((await screen.findByTestId('save-status')).textContent).toContain('Saved.');
      expect((await sendMessage('getSettings', undefined)).jurisdiction).toBe(code);
    },
  );

  test('every law’s table is shown with its source, and a consumer legal rate can be added', async () => {
    await openOptions();
    for (const law of ['DE', 'AT', 'CH', 'FR', 'BE', 'NL', 'ES', 'IT', 'IE', 'UK', 'EU'])
      expect(screen.getByTestId(`rate-table-${law}`).textContent).toContain('Rate published by');
    // The Dutch legal rate from 1 July 2025 was derived, not seen published: it says so.
    expect(screen.getByTestId('rate-table-NL-consumer').textContent).toContain('(not confirmed)');
    await userEvent.selectOptions(screen.getByTestId('rate-law'), 'IT, consumers');
    await userEvent.type(screen.getByTestId('rate-from'), '2027-01-01');
    await userEvent.type(screen.getByTestId('rate-percent'), '1,25');
    await userEvent.click(screen.getByTestId('add-rate'));
    expect((await screen.findByTestId('rates-status')).textContent).toContain('Rate saved');
    const { tables } = await sendMessage('getRateTables', undefined);
    expect(tables.IT?.consumer?.ownReference?.reference.at(-1)).toEqual({
      from: '2027-01-01',
      percent: 1.25,
    });
    expect(tables.IT?.consumer?.ownReference?.knownUntil).toBe('2027-01-01');
  });

  test.each([
    ['a file that is not JSON', 'hello, world', 'it is not readable JSON'],
    ['another app’s JSON', '{"contacts": []}', 'This file is not an Unghost backup.'],
    [
      'a backup from a future version',
      '{"format": "unghost-backup", "version": 7}',
      'comes from a newer version',
    ],
  ])(
    'importing %s is refused with a message, and the store is untouched',
    async (_label, text, message) => {
      const { thread } = byName('de-silent-two-reminders');
      await sendMessage('trackThread', { thread, link: '' });
      await openOptions();
      await userEvent.upload(
        screen.getByTestId('backup-file'),
        new File([text], 'backup.json', { type: 'application/json' }),
      );
      expect((await screen.findByTestId('backup-status')).textContent).toContain(message);
      expect(await sendMessage('listThreads', undefined)).toHaveLength(1);
      expect((await sendMessage('getSettings', undefined)).ownerName).toBe('Anna Schmidt');
    },
  );

  test('a backup imported through the page restores threads and settings into the form', async () => {
    const { thread } = byName('de-silent-two-reminders');
    await sendMessage('trackThread', { thread, link: '' });
    const backup = JSON.stringify(await sendMessage('exportBackup', undefined));
    await sendMessage('forgetEverything', undefined);
    await openOptions();
    expect(field('ownerName').value).toBe('');
    await userEvent.upload(
      screen.getByTestId('backup-file'),
      new File([backup], 'backup.json', { type: 'application/json' }),
    );
    expect((await screen.findByTestId('backup-status')).textContent).toBe(
      'Backup imported: 1 threads.',
    );
    await waitFor(() => expect(field('ownerName').value).toBe('Anna Schmidt'));
    expect(await sendMessage('listThreads', undefined)).toHaveLength(1);
  });

  test('the privacy section says where data lives, and "forget everything" asks first, then deletes it all', async () => {
    const { thread } = byName('de-silent-two-reminders');
    await sendMessage('trackThread', { thread, link: '' });
    await openOptions();
    expect(screen.getByTestId('privacy').textContent).toContain('only in this browser profile');
    await userEvent.click(screen.getByTestId('forget-everything'));
    expect(await sendMessage('listThreads', undefined)).toHaveLength(1);
    await userEvent.click(screen.getByTestId('confirm-forget'));
    await screen.findByTestId('forget-status');
    expect(await sendMessage('listThreads', undefined)).toEqual([]);
    await waitFor(() => expect(field('ownerName').value).toBe(''));
  });

  test('a newly published reference rate is added to the table and used from then on; reset restores the shipped one', async () => {
    await openOptions();
    await userEvent.selectOptions(screen.getByTestId('rate-law'), 'DE');
    await userEvent.type(screen.getByTestId('rate-from'), '2026-07-01');
    await userEvent.type(screen.getByTestId('rate-percent'), '1,52');
    await userEvent.type(screen.getByTestId('rate-known-until'), '2026-12-31');
    await userEvent.click(screen.getByTestId('add-rate'));
    expect((await screen.findByTestId('rates-status')).textContent).toContain('Rate saved');
    // Shown as the reader writes dates and figures (the UI language here is en).
    expect(screen.getByTestId('rate-table-DE').textContent).toContain('Jul 1, 20261.52');
    const { tables, edited } = await sendMessage('getRateTables', undefined);
    expect([edited, tables.DE.reference.at(-1), tables.DE.knownUntil]).toEqual([
      true,
      { from: '2026-07-01', percent: 1.52 },
      '2026-12-31',
    ]);
    await userEvent.click(screen.getByTestId('reset-rates'));
    await waitFor(async () =>
      expect((await sendMessage('getRateTables', undefined)).edited).toBe(false),
    );
  });

  test.each([
    ['a rate in words', '2026-07-01', 'one percent', 'Enter the rate in percent'],
    ['no date', '', '1.5', 'Enter the date the rate took effect'],
  ])(
    '%s is refused with a message and the tables stay as they were',
    async (_label, from, percent, message) => {
      await openOptions();
      if (from) await userEvent.type(screen.getByTestId('rate-from'), from);
      await userEvent.type(screen.getByTestId('rate-percent'), percent);
      await userEvent.click(screen.getByTestId('add-rate'));
      expect((await screen.findByTestId('rates-status')).textContent).toContain(message);
      expect((await sendMessage('getRateTables', undefined)).edited).toBe(false);
    },
  );
});

describe('reading health', () => {
  test('shows per client what was read fully, partly or not at all, and the hooks missing lately', async () => {
    await sendMessage('reportReading', {
      client: 'gmail',
      result: 'full',
      found: { 'gmail.messageBody': 0 },
      missing: [],
    });
    await sendMessage('reportReading', {
      client: 'gmail',
      result: 'partial',
      found: {},
      missing: ['gmail.attachmentName'],
    });
    await openOptions();
    const gmail = await screen.findByText(/1 read fully, 1 partly, 0 not readable/);
    expect(gmail.dataset).toMatchObject({ full: '1', partial: '1', unreadable: '0' });
    expect(screen.getByText('gmail.attachmentName')).toBeTruthy();
    const outlook = screen
      .getAllByTestId('health-client')
      .find((el) => el.dataset.client === 'outlook')!;
    expect(outlook.textContent).toContain('No conversation read here yet.');
  });

  test('"Copy diagnostics" copies counts and hook names, never mail', async () => {
    const user = userEvent.setup();
    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ version: '0.1.0' } as never);
    const { thread } = byName('de-silent-two-reminders');
    await sendMessage('trackThread', { thread, link: '' });
    await sendMessage('reportReading', {
      client: 'gmail',
      result: 'full',
      found: { 'gmail.messageBody': 0 },
      missing: [],
    });
    await openOptions();
    await user.click(await screen.findByTestId('copy-diagnostics'));
    await screen.findByText(/Diagnostics copied/);
    const copied = await navigator.clipboard.readText();
    expect(JSON.parse(copied).unghost).toBe('0.1.0');
    expect(JSON.parse(copied).clients[0]).toMatchObject({
      client: 'gmail',
      lately: { full: 1, partial: 0, unreadable: 0 },
      found: { 'gmail.messageBody': { alternative: 0 } },
    });
    for (const m of thread.messages) expect(copied).not.toContain(m.text!.slice(0, 20));
    expect(copied).not.toContain(thread.subject!);
  });
});
