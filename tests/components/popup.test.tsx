import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startBackground } from '../../lib/background/start-background';
import { sendMessage } from '../../lib/messages';
import { openDatabase } from '../../lib/storage/database';
import { openPopupStore } from '../../lib/storage/popup-store';
import { PopupApp } from '../../components/popup/popup-app';
import { useMessages } from '../storage/fake-i18n';
import { byName, FIXTURE_NOW, freshDbName, labelAnalyzer } from '../storage/labelled-threads';
import { asExtensionPage } from '../storage/extension-page';

let background: ReturnType<typeof startBackground>;
let name: string;
beforeEach(async () => {
  useMessages('en');
  name = freshDbName();
  background = startBackground({
    roleOf: asExtensionPage,
    openDb: () => openDatabase(name),
    analyze: labelAnalyzer,
    now: () => FIXTURE_NOW,
  });
  await background.ready;
});
afterEach(() => {
  cleanup();
  background.stop();
});

const linkOf = (id: string) =>
  id.startsWith('gmail:')
    ? `https://mail.google.com/mail/u/0/#inbox/${id.slice(6)}`
    : `https://outlook.office.com/mail/inbox/id/${encodeURIComponent(id.slice(8))}`;
async function seed(names: string[]) {
  for (const name of names) {
    const { thread } = byName(name);
    await sendMessage('trackThread', { thread, link: linkOf(thread.id) });
  }
}
const seedOne = (name: string) => {
  const { thread } = byName(name);
  return sendMessage('trackThread', { thread, link: linkOf(thread.id) });
};
const rows = () => screen.queryAllByTestId('thread-row');
const silentIds = () =>
  rows()
    .filter((r) => r.dataset.status === 'silent')
    .map((r) => r.dataset.threadId);
const id = (name: string) => byName(name).thread.id;
const all = [
  'de-silent-two-reminders',
  'en-silent-three-reminders',
  'de-ooo-subject-not-human',
  'fr-silent-first-reminder',
  'en-answered-question',
  'de-waiting-not-yet-due',
  'en-paid-owner-thanks',
];

async function openPopup() {
  render(<PopupApp now={() => FIXTURE_NOW} store={openPopupStore(() => openDatabase(name))} />);
  // Wait for the whole list, not only the first page of top silent threads.
  await waitFor(() => {
    const complete = screen.queryByTestId('thread-list')?.getAttribute('aria-busy') === 'false';
    expect(complete || screen.queryByTestId('empty-state') !== null).toBe(true);
  });
}

describe('popup', () => {
  test('with nothing tracked it explains how threads get here', async () => {
    await openPopup();
    expect(screen.getByTestId('empty-state').textContent).toContain(
      'Open a conversation in Gmail or Outlook',
    );
  });

  test('silent threads come first, highest ghost score first, then answered, waiting and closed', async () => {
    await seed(all);
    await openPopup();
    const scores = rows()
      .filter((r) => r.dataset.status === 'silent')
      .map((r) => Number(r.dataset.score));
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(scores.every((s) => s > 0)).toBe(true);
    expect(rows().map((r) => r.dataset.status)).toEqual([
      'silent',
      'silent',
      'silent',
      'silent',
      'answered',
      'waiting',
      'paid',
    ]);
    expect(screen.getByTestId('silent-count').textContent).toBe('4 silent threads');
  });

  test('the top silent threads are painted from the first page before the whole list is read', async () => {
    await seed(all);
    const real = openPopupStore(() => openDatabase(name));
    render(
      <PopupApp
        now={() => FIXTURE_NOW}
        store={{ firstPage: real.firstPage, list: () => new Promise(() => {}) }}
      />,
    );
    await waitFor(() => expect(rows()).toHaveLength(4));
    expect(rows().every((r) => r.dataset.status === 'silent')).toBe(true);
    expect(screen.getByTestId('thread-list').getAttribute('aria-busy')).toBe('true');
    expect(screen.getByTestId('silent-count').textContent).toBe('4 silent threads');
    expect(screen.getByTestId('export-csv')).toHaveProperty('disabled', true);
  });

  test('a row shows customer, invoice number, amount, days overdue, last and next stage, and the reasons', async () => {
    await seed(['de-silent-two-reminders']);
    await sendMessage('recordFollowUp', {
      threadId: id('de-silent-two-reminders'),
      stage: 2,
      date: '2026-11-03T11:40:00+01:00',
    });
    await openPopup();
    const row = rows()[0]!;
    for (const text of [
      'Sabine Krüger',
      'Invoice 2026-1187',
      '€1,547.00',
      '53 days overdue',
      'last sent: reminder',
      'next: firm notice',
    ]) {
      expect(row.textContent).toContain(text);
    }
    // Each fact once: the days overdue, the amount and the reminders are not repeated as reasons.
    expect(row.textContent!.split('53 days overdue')).toHaveLength(2);
    expect(row.textContent!.split('€1,547.00')).toHaveLength(2);
  });

  test('totals outstanding per currency and status, and the overdue amounts by age', async () => {
    await seed(all);
    await openPopup();
    const totals = screen
      .getAllByTestId('outstanding-total')
      .map((b) => [b.dataset.currency, b.dataset.status, Number(b.dataset.amount)]);
    // Silent in euros: 1,547 + 5,831 + 1,440; the answered thread owes nothing here.
    expect(totals).toEqual([
      ['CHF', 'waiting', 2702.5],
      ['EUR', 'silent', 8818],
      ['GBP', 'silent', 1860],
    ]);
    const bars = screen
      .getAllByTestId('ageing-bar')
      .map((b) => [b.dataset.currency, b.dataset.bucket, Number(b.dataset.amount)]);
    // 23 and 27 days late (5,831 + 1,440), 53 days (1,547); 79 days in pounds; CHF not yet due.
    expect(bars).toEqual([
      ['EUR', '1-30', 7271],
      ['EUR', '31-60', 1547],
      ['EUR', '61-90', 0],
      ['EUR', '90+', 0],
      ['GBP', '1-30', 0],
      ['GBP', '31-60', 0],
      ['GBP', '61-90', 1860],
      ['GBP', '90+', 0],
    ]);
  });

  test('an ageing bar filters the list to its threads; pressing it again shows all', async () => {
    await seed(all);
    await openPopup();
    const before = rows().length;
    const bar = screen
      .getAllByTestId('ageing-bar')
      .find((b) => b.dataset.currency === 'EUR' && b.dataset.bucket === '31-60')!;
    await userEvent.click(bar);
    await waitFor(() => expect(rows().length).toBeLessThan(before));
    expect(bar.getAttribute('aria-pressed')).toBe('true');
    expect(rows().map((r) => r.dataset.threadId)).toEqual([id('de-silent-two-reminders')]);
    await userEvent.click(bar);
    await waitFor(() => expect(rows()).toHaveLength(before));
  });

  test('keyboard: / focuses search, the arrow keys move between rows, Enter opens the conversation', async () => {
    await seed(all);
    const created = vi.spyOn(fakeBrowser.tabs, 'create');
    vi.spyOn(window, 'close').mockImplementation(() => {});
    await openPopup();
    const user = userEvent.setup();
    await user.keyboard('/');
    expect(document.activeElement).toBe(screen.getByTestId('search'));
    expect((screen.getByTestId('search') as HTMLInputElement).value).toBe('');
    const customer = (i: number) => within(rows()[i]!).getAllByRole('button')[0];
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(customer(0));
    await user.keyboard('{ArrowDown}{ArrowDown}{ArrowUp}');
    expect(document.activeElement).toBe(customer(1));
    await user.keyboard('{Enter}');
    await waitFor(() =>
      expect(created).toHaveBeenCalledWith({ url: linkOf(rows()[1]!.dataset.threadId!) }),
    );
  });

  test('holding a thread takes it out of the silent list and off the badge; releasing brings it back', async () => {
    await seed(all);
    await openPopup();
    expect(await fakeBrowser.action.getBadgeText({})).toBe('4');
    const target = id('de-silent-two-reminders');
    const row = () => rows().find((r) => r.dataset.threadId === target)!;
    await userEvent.click(within(row()).getByTestId('hold'));
    await waitFor(() => expect(row().dataset.status).toBe('on_hold'));
    expect(silentIds()).not.toContain(target);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('3');
    await userEvent.click(within(row()).getByTestId('hold'));
    await waitFor(() => expect(row().dataset.status).toBe('silent'));
    expect(await fakeBrowser.action.getBadgeText({})).toBe('4');
  });

  test('snoozing until a chosen date sets the thread aside until that day', async () => {
    await seed(all);
    await openPopup();
    const target = id('en-silent-three-reminders');
    const row = () => rows().find((r) => r.dataset.threadId === target)!;
    await userEvent.click(within(row()).getByTestId('snooze'));
    const date = within(row()).getByTestId('snooze-date') as HTMLInputElement;
    expect(date.value).toBe('2026-11-27');
    await userEvent.clear(date);
    await userEvent.type(date, '2026-12-04');
    await userEvent.click(within(row()).getByTestId('snooze-confirm'));
    await waitFor(() => expect(row().dataset.status).toBe('snoozed'));
    expect(row().textContent).toContain('snoozed until Dec 4, 2026');
    expect((await seedOne('en-silent-three-reminders')).decision).toEqual({
      kind: 'snooze',
      until: '2026-12-04',
    });
    await userEvent.click(within(row()).getByTestId('undo-decision'));
    await waitFor(() => expect(row().dataset.status).toBe('silent'));
  });

  test.each([
    ['mark paid', 'mark-paid', 'paid'],
    ['not an invoice', 'not-invoice', 'not_invoice'],
  ])(
    '%s moves the thread out of the silent section, and undo restores it',
    async (_label, button, status) => {
      await seed(all);
      await openPopup();
      const target = id('en-silent-three-reminders');
      const row = () => rows().find((r) => r.dataset.threadId === target)!;
      await userEvent.click(within(row()).getByTestId(button));
      await waitFor(() => expect(row().dataset.status).toBe(status));
      await userEvent.click(within(row()).getByTestId('undo-decision'));
      await waitFor(() => expect(row().dataset.status).toBe('silent'));
    },
  );

  test.each<[string, (u: ReturnType<typeof userEvent.setup>) => Promise<void>, string[]]>([
    [
      'client Outlook',
      (u) => u.selectOptions(screen.getByTestId('filter-client'), 'outlook'),
      ['de-ooo-subject-not-human', 'de-waiting-not-yet-due'],
    ],
    [
      'status answered',
      (u) => u.selectOptions(screen.getByTestId('filter-status'), 'answered'),
      ['en-answered-question'],
    ],
    [
      'search by invoice number',
      (u) => u.type(screen.getByTestId('search'), '2026-1187'),
      ['de-silent-two-reminders'],
    ],
    [
      'search by customer, any case',
      (u) => u.type(screen.getByTestId('search'), 'SABINE'),
      ['de-silent-two-reminders'],
    ],
  ])('filtering by %s', async (_label, act, expected) => {
    await seed(all);
    await openPopup();
    await act(userEvent.setup());
    await waitFor(() =>
      expect(
        rows()
          .map((r) => r.dataset.threadId)
          .sort(),
      ).toEqual(expected.map(id).sort()),
    );
  });

  test('a thread’s own customer type reaches the sidebar’s settings for that thread only', async () => {
    await seed(['de-silent-two-reminders', 'en-silent-three-reminders']);
    await openPopup();
    const target = id('de-silent-two-reminders');
    const row = rows().find((r) => r.dataset.threadId === target)!;
    await userEvent.click(within(row).getByText('Customer and law'));
    await userEvent.selectOptions(within(row).getByLabelText('Customer'), 'consumer');
    await waitFor(async () =>
      expect((await seedOne('de-silent-two-reminders')).settings.customerType).toBe('consumer'),
    );
    expect((await seedOne('en-silent-three-reminders')).settings.customerType).toBe('business');
  });

  test('a thread’s own law (Austrian law for this one) reaches that thread only', async () => {
    await seed(['de-silent-two-reminders', 'en-silent-three-reminders']);
    await openPopup();
    const target = id('de-silent-two-reminders');
    const row = rows().find((r) => r.dataset.threadId === target)!;
    await userEvent.click(within(row).getByText('Customer and law'));
    await userEvent.selectOptions(
      within(row).getByLabelText('Law'),
      'Austria (§ 456 UGB, § 1333 ABGB)',
    );
    await waitFor(async () =>
      expect((await seedOne('de-silent-two-reminders')).settings.jurisdiction).toBe('AT'),
    );
    expect((await seedOne('en-silent-three-reminders')).settings.jurisdiction).toBe('auto');
  });

  test('clicking the customer reopens the conversation in the mail client', async () => {
    await seed(['de-silent-two-reminders']);
    const created = vi.spyOn(fakeBrowser.tabs, 'create');
    vi.spyOn(window, 'close').mockImplementation(() => {});
    await openPopup();
    await userEvent.click(within(rows()[0]!).getByRole('button', { name: 'Sabine Krüger' }));
    await waitFor(() =>
      expect(created).toHaveBeenCalledWith({ url: linkOf(id('de-silent-two-reminders')) }),
    );
  });
});
