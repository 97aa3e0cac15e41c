/**
 * The sidebar says what the customer's reply means, in words and in the person's language, and
 * carries the reading on the status element for end-to-end tests.
 */
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { ThreadSummary } from '../../components/sidebar/thread-summary';
import type { Translate } from '../../components/sidebar/sidebar-types';
import type { ThreadAnalysis } from '../../lib/core/index';
import { format, loadMessages } from '../storage/fake-i18n';

const translate =
  (lang: string): Translate =>
  (key, subs) =>
    format(loadMessages(lang), key, subs?.map(String)) || key;

const base: ThreadAnalysis = {
  status: 'answered',
  ghostScore: 0,
  reasons: [],
  invoice: { number: 'INV-7', amount: 1428, currency: 'EUR', dueDate: '2026-11-01' },
};

afterEach(cleanup);

describe.each([
  [
    'en',
    [
      [
        'a promise with its day',
        { status: 'promised', replyKind: 'promise', promisedDate: '2026-11-14' },
        'Promised to pay by Nov 14, 2026',
      ],
      [
        'a broken promise',
        {
          status: 'silent',
          replyKind: 'promise',
          promisedDate: '2026-11-14',
          promiseBroken: true,
        },
        'Promised to pay by Nov 14, 2026; not kept',
      ],
      [
        'a dispute of the hours',
        { status: 'disputed', replyKind: 'dispute', disputeTopic: 'hours' },
        'Disputes the hours',
      ],
      [
        'a dispute of no named kind',
        { status: 'disputed', replyKind: 'dispute' },
        'Disputes the invoice',
      ],
      [
        'instalments with their number',
        { replyKind: 'instalment_request', instalmentsAsked: 3 },
        'Asked to pay in 3 parts',
      ],
      [
        'a request for the invoice',
        { replyKind: 'invoice_request' },
        'Asked for the invoice again or a corrected one',
      ],
      [
        'a partial payment',
        { replyKind: 'payment_sent', paidAmount: 500, outstandingAmount: 928 },
        'Paid €500.00 of €1,428.00; €928.00 outstanding',
      ],
      [
        'an absence with its return day',
        { status: 'waiting', returnDate: '2026-10-09', resumeOn: '2026-10-10' },
        'Out of office until Oct 9, 2026; follow up on Oct 10, 2026',
      ],
    ],
  ],
  [
    'de',
    [
      [
        'a promise with its day',
        { status: 'promised', replyKind: 'promise', promisedDate: '2026-11-14' },
        'Zahlung bis 14.11.2026 zugesagt',
      ],
      [
        'a partial payment',
        { replyKind: 'payment_sent', paidAmount: 500, outstandingAmount: 928 },
        '500,00\u00a0€ von 1.428,00\u00a0€ bezahlt; 928,00\u00a0€ offen',
      ],
    ],
  ],
] as [string, [string, Partial<ThreadAnalysis>, string][]][])('%s', (lang, cases) => {
  test.each(cases)('%s', (_label, reading, words) => {
    render(<ThreadSummary analysis={{ ...base, ...reading }} t={translate(lang)} locale={lang} />);
    expect(screen.getByTestId('reply-meaning').textContent).toContain(words);
    const status = screen.getByTestId('thread-status');
    expect(status.dataset.status).toBe(reading.status ?? 'answered');
    expect(status.dataset.replyKind).toBe(reading.replyKind);
    expect(status.dataset.promisedDate).toBe(reading.promisedDate);
  });
});

test('a reply that asks for nothing in particular adds no line', () => {
  render(
    <ThreadSummary analysis={{ ...base, replyKind: 'other' }} t={translate('en')} locale="en" />,
  );
  expect(screen.queryByTestId('reply-meaning')).toBeNull();
});

test.each(['en', 'de', 'fr', 'es', 'it', 'nl'])(
  'the new statuses and a broken promise have words in %s',
  (lang) => {
    for (const status of ['promised', 'disputed'] as const) {
      render(<ThreadSummary analysis={{ ...base, status }} t={translate(lang)} locale={lang} />);
      expect(screen.getByTestId('thread-status').textContent).not.toMatch(/sidebar_/);
      cleanup();
    }
    render(
      <ThreadSummary
        analysis={{
          ...base,
          status: 'silent',
          ghostScore: 40,
          reasons: [{ code: 'promise_broken', value: 5, points: 10, date: '2026-11-14' }],
        }}
        t={translate(lang)}
        locale={lang}
      />,
    );
    expect(screen.getByTestId('ghost-score').textContent).toContain('2026');
    expect(screen.getByTestId('ghost-score').textContent).not.toMatch(/sidebar_/);
  },
);
