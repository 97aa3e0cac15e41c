/** One popup row: what the person sees of a tracked thread today. */
import type { InvoiceFacts, MailClientName } from '../core/index';
import type { Decision } from './decision';
import { applyDecision, type ThreadView } from '../views/apply-decision';
import type { ThreadOverrides, ThreadRecord } from './thread-record';

export interface ThreadSummary {
  id: string;
  client: MailClientName;
  link: string;
  subject?: string;
  customer: { name?: string; email?: string };
  invoice?: InvoiceFacts;
  language?: string;
  daysOverdue?: number;
  daysSilent?: number;
  /** Reminders the owner sent into silence, by any means (read from the thread). */
  unansweredFollowUps?: number;
  /** What is left of the invoice amount after a partial payment (issue 15). */
  outstandingAmount?: number;
  /** ISO day the customer promised to pay by, kept or broken. */
  promisedDate?: string;
  /** ISO date-time of the latest follow-up the person inserted. */
  lastFollowUpDate?: string;
  decision?: Decision;
  overrides: ThreadOverrides;
  searchText: string;
  view: ThreadView;
}

export function summarize(record: ThreadRecord, now: Date): ThreadSummary {
  const { analysis } = record;
  return {
    id: record.id,
    client: record.client,
    link: record.link,
    subject: record.subject,
    customer: record.customer,
    invoice: analysis.invoice,
    language: analysis.language,
    daysOverdue: analysis.daysOverdue,
    daysSilent: analysis.daysSilent,
    unansweredFollowUps: analysis.unansweredFollowUps,
    outstandingAmount: analysis.outstandingAmount,
    promisedDate: analysis.promisedDate,
    lastFollowUpDate: record.followUps.at(-1)?.date,
    decision: record.decision,
    overrides: record.overrides,
    searchText: record.searchText,
    view: applyDecision(analysis, record.decision, record.followUps, now),
  };
}
