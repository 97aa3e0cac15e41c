/**
 * How the popup groups and orders threads: silent ones first, ranked by ghost score (broken
 * promises among them), then the ones where the person must act (disputed, answered), then
 * those still in time (promised, by the promised day; waiting, by due date), then what the
 * person put aside, then the closed ones.
 */
import type { DisplayStatus } from '../../lib/views/apply-decision';
import { inAgeingBar, type AgeingBucket } from '../../lib/views/money-overview';
import type { ThreadSummary } from '../../lib/storage/thread-summary';

export type SectionId =
  'silent' | 'disputed' | 'answered' | 'promised' | 'waiting' | 'set_aside' | 'bounced' | 'closed';

export const SECTION_ORDER: SectionId[] = [
  'silent',
  'disputed',
  'answered',
  'promised',
  'waiting',
  'set_aside',
  'bounced',
  'closed',
];

const sectionOfStatus: Record<DisplayStatus, SectionId> = {
  silent: 'silent',
  disputed: 'disputed',
  answered: 'answered',
  promised: 'promised',
  waiting: 'waiting',
  on_hold: 'set_aside',
  snoozed: 'set_aside',
  bounced: 'bounced',
  paid: 'closed',
  not_invoice: 'closed',
};

export const sectionOf = (t: ThreadSummary): SectionId => sectionOfStatus[t.view.status];

const byScore = (a: ThreadSummary, b: ThreadSummary) =>
  b.view.ghostScore - a.view.ghostScore ||
  (b.daysOverdue ?? 0) - (a.daysOverdue ?? 0) ||
  a.id.localeCompare(b.id);
const byDueDate = (a: ThreadSummary, b: ThreadSummary) =>
  (a.invoice?.dueDate ?? '').localeCompare(b.invoice?.dueDate ?? '') || a.id.localeCompare(b.id);
const byPromisedDate = (a: ThreadSummary, b: ThreadSummary) =>
  (a.promisedDate ?? '').localeCompare(b.promisedDate ?? '') || byDueDate(a, b);
const ORDER: Partial<Record<SectionId, (a: ThreadSummary, b: ThreadSummary) => number>> = {
  silent: byScore,
  answered: byScore,
  promised: byPromisedDate,
};

export function groupThreads(
  threads: readonly ThreadSummary[],
): { id: SectionId; threads: ThreadSummary[] }[] {
  const groups = new Map<SectionId, ThreadSummary[]>(SECTION_ORDER.map((id) => [id, []]));
  for (const t of threads) groups.get(sectionOf(t))!.push(t);
  return SECTION_ORDER.map((id) => ({
    id,
    threads: groups.get(id)!.sort(ORDER[id] ?? byDueDate),
  })).filter((g) => g.threads.length > 0);
}

export interface ThreadFilter {
  client: 'all' | ThreadSummary['client'];
  status: 'all' | DisplayStatus;
  search: string;
  /** A bar of the ageing chart: only the threads it counts. */
  ageing?: { currency: string; bucket: AgeingBucket };
}

export const noFilter: ThreadFilter = { client: 'all', status: 'all', search: '' };

export function filterThreads(
  threads: readonly ThreadSummary[],
  filter: ThreadFilter,
): ThreadSummary[] {
  const words = filter.search.toLowerCase().split(/\s+/).filter(Boolean);
  return threads.filter(
    (t) =>
      (filter.client === 'all' || t.client === filter.client) &&
      (filter.status === 'all' || t.view.status === filter.status) &&
      words.every((w) => t.searchText.includes(w)) &&
      (!filter.ageing || inAgeingBar(t, filter.ageing)),
  );
}
