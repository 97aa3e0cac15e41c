/**
 * The listed threads as CSV for a spreadsheet. Cells come from mail, so each text cell is made
 * one clean line first (no line breaks, control or bidi characters; capped in length), and a
 * cell that a spreadsheet would run as a formula (=, +, -, @, tab, CR) is prefixed with an
 * apostrophe (OWASP "CSV injection").
 */
import { safeLine } from '../../lib/core/index';
import type { ThreadSummary } from '../../lib/storage/thread-summary';

/** Longest text cell (a customer's name or address, an invoice number). */
const MAX_CELL = 200;
/** The thread's link is built by the mail client, and may be long. */
const MAX_LINK = 2000;

const COLUMNS = [
  'status',
  'ghost_score',
  'customer',
  'customer_email',
  'invoice_number',
  'amount',
  'currency',
  'due_date',
  'days_overdue',
  'last_stage_sent',
  'next_stage',
  'decision',
  'client',
  'link',
];

function cell(value: string | number | undefined, max = MAX_CELL): string {
  if (value === undefined) return '';
  let text = typeof value === 'string' ? safeLine(value, max) : String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function threadsCsv(threads: readonly ThreadSummary[]): string {
  const rows = threads.map((t) =>
    [
      t.view.status,
      t.view.ghostScore,
      t.customer.name,
      t.customer.email,
      t.invoice?.number,
      t.invoice?.amount,
      t.invoice?.currency,
      t.invoice?.dueDate,
      t.daysOverdue,
      t.view.lastStage,
      t.view.stage,
      t.decision?.kind,
      t.client,
    ]
      .map((value) => cell(value))
      .concat(cell(t.link, MAX_LINK))
      .join(','),
  );
  return [COLUMNS.join(','), ...rows].join('\r\n') + '\r\n';
}
