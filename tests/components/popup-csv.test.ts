import { describe, expect, test } from 'vitest';
import { threadsCsv } from '../../components/popup/threads-csv';
import type { ThreadSummary } from '../../lib/storage/thread-summary';

const row = (customer: string, number = 'RE-1'): ThreadSummary => ({
  id: 'gmail:1',
  client: 'gmail',
  link: 'https://mail.google.com/mail/u/0/#inbox/1',
  customer: { name: customer, email: 'x@example.com' },
  invoice: { number, amount: 1547, currency: 'EUR', dueDate: '2026-09-28' },
  daysOverdue: 53,
  overrides: {},
  searchText: '',
  view: { status: 'silent', ghostScore: 64, reasons: [], stage: 3, lastStage: 2 },
});

describe('CSV export', () => {
  test('a header and one line per thread with the popup’s facts', () => {
    expect(threadsCsv([row('Sabine Krüger')]).split('\r\n')).toEqual([
      'status,ghost_score,customer,customer_email,invoice_number,amount,currency,due_date,days_overdue,last_stage_sent,next_stage,decision,client,link',
      'silent,64,Sabine Krüger,x@example.com,RE-1,1547,EUR,2026-09-28,53,2,3,,gmail,https://mail.google.com/mail/u/0/#inbox/1',
      '',
    ]);
  });

  test.each([
    ['a formula', '=HYPERLINK("http://evil")', `"'=HYPERLINK(""http://evil"")"`],
    ['a plus sign', '+49 30 123', "'+49 30 123"],
    ['an at sign', '@SUM(A1)', "'@SUM(A1)"],
    ['a comma', 'Müller, Max', '"Müller, Max"'],
    ['a line break', 'Max\nMüller', 'Max Müller'],
    ['CR/LF that would start a new row', 'Max\r\n=cmd|calc,evil', '"Max =cmd|calc,evil"'],
    ['a formula behind a tab', '\t=1+1', "'=1+1"],
    ['a formula behind a bidi mark', '\u200F=1+1', "'=1+1"],
    ['a NUL', 'Max\u0000 Müller', 'Max Müller'],
    ['C1 controls', 'Max\u0085Müller\u009b', 'Max Müller'],
    ['a right-to-left override', 'Max \u202Erellüm', 'Max rellüm'],
    ['isolates and marks', '\u2066Max\u2069 \u200EMüller\u061C', 'Max Müller'],
  ])('a customer name with %s cannot run or break the sheet', (_label, name, cell) => {
    const lines = threadsCsv([row(name)]).split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[1]!.startsWith(`silent,64,${cell},`)).toBe(true);
  });

  test.each([
    ['a customer name', (s: string) => row(s), 2],
    ['an address', (s: string) => ({ ...row('Max'), customer: { name: 'Max', email: s } }), 3],
    ['an invoice number', (s: string) => row('Max', s), 4],
  ])('%s of 100,000 characters is cut to 200', (_label, make, column) => {
    const line = threadsCsv([make('x'.repeat(100_000))]).split('\r\n')[1]!;
    const cell = line.split(',')[column]!;
    expect(cell).toBe(`${'x'.repeat(199)}…`);
  });

  test('every cell comes out without control or bidi characters', () => {
    const hostile =
      'A\u0000\u0007\u001b\u007f\u0085\u009f\u202a\u202e\u2066\u2069\u200e\u200f\u061cZ';
    const csv = threadsCsv([
      { ...row(hostile, hostile), customer: { name: hostile, email: hostile }, link: hostile },
    ]);
    const unsafe =
      // eslint-disable-next-line no-control-regex -- the test looks for control characters
      /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
    expect(csv.replace(/\r\n/g, '')).not.toMatch(unsafe);
  });
});
