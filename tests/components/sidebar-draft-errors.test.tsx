/**
 * The sidebar with input the draft cannot use: a stored setting that is not valid gives a
 * short, clear line and the rest of the sidebar keeps working.
 */
import { cleanup, screen } from '@testing-library/react';
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
