import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import type { ImporterReport } from '../../lib/import/mailbox-importer';
import { ImportSummary } from '../../components/import/import-summary';
import { useMessages } from '../storage/fake-i18n';

afterEach(cleanup);

const report = (over: Partial<ImporterReport>): ImporterReport => ({
  files: 1,
  messages: 10,
  duplicates: 0,
  drafts: 0,
  bulk: 0,
  threads: 2,
  problems: [],
  ownerCandidates: [],
  cancelled: false,
  ...over,
});
const tally = { stored: 2, silent: 1, failed: 0 };

describe('the import summary names what was left out', () => {
  test.each([
    ['en', 3, 'Newsletters and other list mail that named none of the conversations, left out: 3'],
    [
      'de',
      1,
      'Newsletter und andere Listen-Mails, die keine der Unterhaltungen nennen, ausgelassen: 1',
    ],
  ] as const)('bulk mail, %s', (lang, bulk, text) => {
    useMessages(lang);
    render(<ImportSummary report={report({ bulk })} tally={tally} />);
    expect(screen.getByTestId('import-summary-bulk').textContent).toBe(text);
  });

  test('no bulk mail, no line', () => {
    useMessages('en');
    render(<ImportSummary report={report({ bulk: 0 })} tally={tally} />);
    expect(screen.queryByTestId('import-summary-bulk')).toBeNull();
  });

  test.each([
    [
      'skipped',
      'export.mbox, message 4 “Re: Rechnung 1” was skipped: its date is impossible (such as 31 February, an offset beyond 14 hours or the year 0000); the date it was received is used when it has one',
    ],
    [
      'partial',
      'export.mbox, message 4 “Re: Rechnung 1” was imported incompletely: its date is impossible (such as 31 February, an offset beyond 14 hours or the year 0000); the date it was received is used when it has one',
    ],
  ] as const)('an impossible date, %s', (outcome, text) => {
    useMessages('en');
    const problems = [
      {
        file: 'export.mbox',
        message: 4,
        subject: 'Re: Rechnung 1',
        reason: 'bad-date' as const,
        outcome,
      },
    ];
    render(<ImportSummary report={report({ problems })} tally={tally} />);
    expect(screen.getByTestId('import-problems').textContent).toBe(text);
  });
});
