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
    ['a line break', 'Max\nMüller', '"Max\nMüller"'],
  ])('a customer name with %s cannot run or break the sheet', (_label, name, cell) => {
    const line = threadsCsv([row(name)]).split('\r\n')[1]!;
    expect(line.startsWith(`silent,64,${cell},`)).toBe(true);
  });
});
