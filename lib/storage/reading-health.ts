/**
 * Reading health: how well the sidebar could read each mail client lately, for the options
 * page and for bug reports. It holds hook names, counts and dates, never mail content: a hook
 * that stopped matching shows here before anyone files a bug.
 */
import * as v from 'valibot';
import { WEBMAIL_CLIENTS, type WebmailClient } from '../core/index';

export type ReadingResult = 'full' | 'partial' | 'unreadable';

/** Kept per client: the last RECENT readings are what "lately" means. */
export const RECENT = 100;

const hookName = v.pipe(v.string(), v.maxLength(80), v.regex(/^(gmail|outlook)\.[A-Za-z]+$/));

/** What a content script reports after reading a conversation (validated: the page is hostile). */
export const readingReportSchema = v.object({
  client: v.picklist(WEBMAIL_CLIENTS),
  result: v.picklist(['full', 'partial', 'unreadable']),
  found: v.pipe(
    v.record(hookName, v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(20))),
    v.check((r) => Object.keys(r).length <= 100),
  ),
  missing: v.pipe(v.array(hookName), v.maxLength(100)),
});
export type ReadingReport = v.InferOutput<typeof readingReportSchema>;

export interface ClientHealth {
  client: WebmailClient;
  /** The last RECENT readings, oldest first. */
  recent: Array<{ at: string; result: ReadingResult }>;
  /** Hooks found: which alternative matched, and when last. */
  found: Record<string, { alternative: number; at: string }>;
  /** Hooks looked for that matched nothing, and when last. */
  missing: Record<string, string>;
}

export function emptyHealth(client: ClientHealth['client']): ClientHealth {
  return { client, recent: [], found: {}, missing: {} };
}

/** Counts of the recent readings by result. */
export function countResults(health: ClientHealth): Record<ReadingResult, number> {
  const counts = { full: 0, partial: 0, unreadable: 0 };
  for (const r of health.recent) counts[r.result]++;
  return counts;
}
