/**
 * The ghost score ranks silent threads, 0-100 (docs/rules.md §4). It is 0 for every status but
 * `silent`; a silent thread scores
 *
 *   1                                        (silent at all)
 * + min(50, floor(daysOverdue * 50 / 120))   (days overdue; full weight at 120 days)
 * + min(25, floor(unansweredFollowUps * 25 / 4))  (reminders sent into silence; full at 4)
 * + amount points, 0-15: floor(5 * log10(amount / 100)) clamped to 0..15
 *                                          (100 -> 0, 1,000 -> 5, 10,000 -> 10, 100,000 -> 15)
 * + 9 when the customer has not answered the invoice at all, or 5 when only automatic
 *   replies came back (someone is away; less alarming than nothing)
 * + 10 when the customer promised to pay by a day and did not (a broken promise)
 *
 * capped at 100. Every term is non-decreasing in its input, so the score never falls as days
 * overdue or unanswered reminders grow. 100 needs all of: 120+ days overdue, 4+ reminders,
 * 100,000+ in the invoice currency and no reply ever. Each term that adds points is returned
 * as a reason, so the person sees why ("42 days overdue, 2 reminders unanswered").
 */
import { toCalendarDate } from './drafts/calendar-date';
import { formatterFor, languagePack, type DraftLanguage } from './drafts/languages/lookup';
import type { ScoreReason, ThreadStatus } from './results';

export interface GhostInputs {
  status: ThreadStatus;
  daysOverdue: number;
  unansweredFollowUps: number;
  amount?: number;
  noHumanReply: boolean;
  autoReplies: number;
  /** The latest human reply promised payment by `date`, and its grace has passed. */
  brokenPromise?: { date: string; daysSince: number };
}

function count(n: unknown): number {
  return typeof n === 'number' && Number.isFinite(n) && n > 0 ? Math.floor(n) : 0;
}

export function ghostScore(inputs: GhostInputs): { score: number; reasons: ScoreReason[] } {
  if (inputs.status !== 'silent') return { score: 0, reasons: [] };
  const days = count(inputs.daysOverdue);
  const followUps = count(inputs.unansweredFollowUps);
  const amount =
    typeof inputs.amount === 'number' && Number.isFinite(inputs.amount) ? inputs.amount : 0;
  const candidates: ScoreReason[] = [
    { code: 'days_overdue', value: days, points: Math.min(50, Math.floor((days * 50) / 120)) },
    {
      code: 'unanswered_follow_ups',
      value: followUps,
      points: Math.min(25, Math.floor((followUps * 25) / 4)),
    },
    {
      code: 'amount',
      value: amount,
      points:
        amount > 100 ? Math.min(15, Math.max(0, Math.floor(5 * Math.log10(amount / 100)))) : 0,
    },
  ];
  if (inputs.noHumanReply) {
    candidates.push(
      inputs.autoReplies > 0
        ? { code: 'auto_replies_only', value: inputs.autoReplies, points: 5 }
        : { code: 'no_reply_ever', value: 0, points: 9 },
    );
  }
  if (inputs.brokenPromise) {
    const { date, daysSince } = inputs.brokenPromise;
    candidates.push({ code: 'promise_broken', value: count(daysSince), points: 10, date });
  }
  const reasons = candidates.filter((r) => r.points > 0);
  const total = 1 + reasons.reduce((sum, r) => sum + r.points, 0);
  return { score: Math.max(1, Math.min(100, total)), reasons };
}

/** One reason as the person reads it, in a draft language: "42 days overdue" / "42 Tage überfällig". */
export function describeReason(reason: ScoreReason, lang: DraftLanguage): string {
  // Counts are whole and never negative; an amount is rounded to whole units.
  const value =
    reason.code === 'amount' ? Math.round(Number(reason.value) || 0) : count(reason.value);
  // A day is passed on only when it is a real calendar day (the pack formats it).
  const date = typeof reason.date === 'string' ? toCalendarDate(reason.date) : undefined;
  const { date: _given, ...rest } = reason;
  return languagePack(lang).describeReason(
    { ...rest, value, ...(date ? { date } : {}) },
    formatterFor(lang),
  );
}
