/**
 * The sidebar with input the draft cannot use: a stored setting that is not valid, a page that
 * shows more than a name for the owner. Each gives a short, clear line and the rest of the
 * sidebar keeps working.
 */
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test } from 'vitest';
import { defaultSettings, type MailThread, type Settings } from '../../lib/core/index';
import silentDe from '../fixtures/threads/de-silent-two-reminders.json';
import { fakeBridge, fakeClient, open, renderSidebar } from './sidebar-harness';

afterEach(cleanup);

const thread = () => structuredClone(silentDe.thread) as MailThread;
const status = () => screen.getByTestId('thread-status');

describe('a stored setting the draft cannot use is named, and the sidebar stays', () => {
  test.each<[string, Record<string, unknown>, string, RegExp]>([
    [
      'an unknown jurisdiction',
      { jurisdiction: 'XX' },
      'settings.jurisdiction',
      /\(jurisdiction\)/,
    ],
    ['payment details that are null', { payment: null }, 'settings.payment', /\(payment\)/],
    [
      'an unknown customer type',
      { customerType: 'alien' },
      'settings.customerType',
      /\(customerType\)/,
    ],
  ])('%s', async (_label, stored, field, named) => {
    const settings = { ...defaultSettings, ...stored } as unknown as Settings;
    const bridge = fakeBridge({ settings });
    renderSidebar(fakeClient(open(thread())).client, { now: silentDe.now, bridge });
    const line = await screen.findByTestId('draft-error');
    expect(line.dataset.field).toBe(field);
    expect(line.textContent).toMatch(/^No draft: a saved setting is not valid/);
    expect(line.textContent).toMatch(named);
    // The rest still shows, and nothing can be inserted.
    expect(status().dataset.status).toBe('silent');
    expect(screen.getByTestId('stage-picker')).toBeTruthy();
    expect(screen.queryByTestId('insert-draft')).toBeNull();
  });
});

describe('the owner name the page shows signs the draft only when it is a name', () => {
  test.each([
    [
      'a name with an appended IBAN line',
      'Markus Lehmann\nIBAN DE89 3704 0044 0532 0130 00',
      /IBAN DE89/,
    ],
    ['a name wrapped in a right-to-left override', '\u202EMarkus Lehmann', /\u202E/],
  ])('%s', async (_label, name, unwanted) => {
    const page = { ...thread(), owner: { name, emails: thread().owner.emails } };
    renderSidebar(fakeClient(open(page)).client, { now: silentDe.now });
    const text = (screen.getByTestId('draft-text') as HTMLTextAreaElement).value;
    expect(text).not.toMatch(unwanted);
    if (name.includes('\n')) {
      expect(screen.getByLabelText('Your name, to sign the follow-up')).toBeTruthy();
    } else {
      expect(text.endsWith('\nMarkus Lehmann')).toBe(true);
    }
  });

  test('a typed name is saved as one clean line', async () => {
    const user = userEvent.setup();
    const page = { ...thread(), owner: { emails: thread().owner.emails } };
    const { bridge } = renderSidebar(fakeClient(open(page)).client, { now: silentDe.now });
    await user.type(
      screen.getByLabelText('Your name, to sign the follow-up'),
      '  Markus\u202E Lehmann\u200F ',
    );
    await user.click(screen.getByRole('button', { name: 'Save name' }));
    expect(bridge.saveSettings).toHaveBeenCalledWith({ ownerName: 'Markus Lehmann' });
  });
});
