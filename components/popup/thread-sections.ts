/**
 * How the popup groups and orders threads: silent ones first, ranked by ghost score, then the
 * ones where the person must act (answered), then those still in time (waiting), then what the
 * person put aside, then the closed ones.
 */
import type { DisplayStatus } from '../../lib/views/apply-decision';
import type { ThreadSummary } from '../../lib/storage/thread-summary';

export type SectionId = 'silent' | 'answered' | 'waiting' | 'set_aside' | 'bounced' | 'closed';

export const SECTION_ORDER: SectionId[] = [
  'silent',
  'answered',
  'waiting',
  'set_aside',
  'bounced',
  'closed',
];

const sectionOfStatus: Record<DisplayStatus, SectionId> = {
  silent: 'silent',
  answered: 'answered',
  disputed: 'answered',
  waiting: 'waiting',
  promised: 'waiting',
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

export function groupThreads(
  threads: readonly ThreadSummary[],
): { id: SectionId; threads: ThreadSummary[] }[] {
  const groups = new Map<SectionId, ThreadSummary[]>(SECTION_ORDER.map((id) => [id, []]));
  for (const t of threads) groups.get(sectionOf(t))!.push(t);
  return SECTION_ORDER.map((id) => ({
    id,
    threads: groups.get(id)!.sort(id === 'silent' || id === 'answered' ? byScore : byDueDate),
  })).filter((g) => g.threads.length > 0);
}

export interface ThreadFilter {
  client: 'all' | ThreadSummary['client'];
  status: 'all' | DisplayStatus;
  search: string;
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
      words.every((w) => t.searchText.includes(w)),
  );
}
