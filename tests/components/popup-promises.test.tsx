/**
 * Promises and disputes in the popup (issue 15): their own sections with their dates; a broken
 * promise is silent, ranks among the silent threads with its reason, and counts on the badge.
 */
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ThreadAnalysis } from '../../lib/core/index';
import { startBackground } from '../../lib/background/start-background';
import { sendMessage } from '../../lib/messages';
import { openDatabase } from '../../lib/storage/database';
import { openPopupStore } from '../../lib/storage/popup-store';
import type { Analyzer } from '../../lib/storage/thread-store';
import { PopupApp } from '../../components/popup/popup-app';
import { useMessages } from '../storage/fake-i18n';
import { byName, FIXTURE_NOW, freshDbName, labelAnalyzer } from '../storage/labelled-threads';
import { asExtensionPage } from '../storage/extension-page';

/** Issue 15's statuses, which the core's ThreadStatus names once its reading is merged. */
const status = (s: 'promised' | 'disputed') => s as ThreadAnalysis['status'];

const id = (name: string) => byName(name).thread.id;
/** How the core reads three of the labelled threads once it reads replies (issue 15). */
const readings: Record<string, Partial<ThreadAnalysis>> = {
  'fr-silent-first-reminder': {
    status: status('promised'),
    replyKind: 'promise',
    promisedDate: '2026-11-27',
    ghostScore: 0,
    reasons: [],
    stage: undefined,
  },
  'en-answered-question': { status: status('disputed'), replyKind: 'dispute' },
  'de-ooo-subject-not-human': {
    status: 'silent',
    replyKind: 'promise',
    promisedDate: '2026-11-14',
    promiseBroken: true,
    ghostScore: 97,
    reasons: [
      { code: 'days_overdue', value: 23, points: 19 },
      { code: 'promise_broken', value: 10, points: 10, date: '2026-11-14' },
    ],
  },
};
const analyze: Analyzer = (thread, opts) => {
  const base = labelAnalyzer(thread, opts) as ThreadAnalysis;
  const name = Object.keys(readings).find((n) => id(n) === thread.id);
  return name ? { ...base, ...readings[name] } : base;
};

let background: ReturnType<typeof startBackground>;
let name: string;
beforeEach(async () => {
  useMessages('en');
  name = freshDbName();
  background = startBackground({
    roleOf: asExtensionPage,
    openDb: () => openDatabase(name),
    analyze,
    now: () => FIXTURE_NOW,
  });
  await background.ready;
  for (const n of [
    'de-silent-two-reminders',
    'en-silent-three-reminders',
    'de-ooo-subject-not-human',
    'fr-silent-first-reminder',
    'en-answered-question',
  ]) {
    await sendMessage('trackThread', { thread: byName(n).thread, link: '' });
  }
  render(<PopupApp now={() => FIXTURE_NOW} store={openPopupStore(() => openDatabase(name))} />);
  await waitFor(() =>
    expect(screen.getByTestId('thread-list').getAttribute('aria-busy')).toBe('false'),
  );
});
afterEach(() => {
  cleanup();
  background.stop();
});

const section = (s: string) => screen.getByTestId(`section-${s}`);
const idsIn = (s: string) =>
  within(section(s))
    .getAllByTestId('thread-row')
    .map((r) => r.dataset.threadId);

describe('promises and disputes in the popup', () => {
  test.each([
    [
      'a promise waits in its own section, with the promised day',
      'promised',
      'fr-silent-first-reminder',
      'promised by Nov 27, 2026',
    ],
    [
      'a dispute has its own section, with the due day',
      'disputed',
      'en-answered-question',
      'due Oct 15, 2026',
    ],
    [
      'a broken promise is silent, with its reason and date',
      'silent',
      'de-ooo-subject-not-human',
      'promise of Nov 14, 2026 not kept',
    ],
  ])('%s', (_label, sectionId, thread, text) => {
    expect(idsIn(sectionId)).toContain(id(thread));
    const row = within(section(sectionId))
      .getAllByTestId('thread-row')
      .find((r) => r.dataset.threadId === id(thread))!;
    expect(row.textContent).toContain(text);
  });

  test('the broken promise ranks among the silent threads by its score (first here)', () => {
    expect(idsIn('silent')[0]).toBe(id('de-ooo-subject-not-human'));
  });

  test('the sections in order: silent, disputed (the person’s turn), promised (in time)', () => {
    expect(
      screen
        .getAllByRole('region')
        .map((r) => r.dataset.testid)
        .filter((x) => x?.startsWith('section-')),
    ).toEqual(['section-silent', 'section-disputed', 'section-promised']);
  });

  test('the badge counts the silent threads, the broken promise included', async () => {
    expect(await fakeBrowser.action.getBadgeText({})).toBe('3');
    expect(screen.getByTestId('silent-count').textContent).toBe('3 silent threads');
  });

  test('promised and disputed money has its own totals', () => {
    const totals = screen
      .getAllByTestId('outstanding-total')
      .map((b) => [b.dataset.currency, b.dataset.status, Number(b.dataset.amount)]);
    expect(totals).toContainEqual([
      'EUR',
      'promised',
      byName('fr-silent-first-reminder').expect.invoice!.amount,
    ]);
    expect(totals).toContainEqual(['EUR', 'disputed', 2460]);
  });
});
