/**
 * The person's decision on a thread, laid over the core's analysis. The one place that says
 * what a held, snoozed, paid or dismissed thread looks like, used by the popup, the badge and
 * the sidebar alike.
 */
import type { ScoreReason, Stage, ThreadAnalysis, ThreadStatus } from '../core/index';
import type { Decision, FollowUpRecord } from '../storage/decision';

/**
 * The core's statuses plus the two a decision adds. 'promised' and 'disputed' are the statuses
 * issue 15 adds to the core (named here until ThreadStatus names them; then they are redundant).
 */
export type DisplayStatus = ThreadStatus | 'promised' | 'disputed' | 'on_hold' | 'snoozed';

export interface ThreadView {
  status: DisplayStatus;
  /** 0 unless the thread is silent and no decision holds it back. */
  ghostScore: number;
  reasons: ScoreReason[];
  /** The suggested next stage; absent whenever no follow-up should be suggested. */
  stage?: Stage;
  /** The stage of the latest follow-up the person inserted. */
  lastStage?: Stage;
  /** YYYY-MM-DD a snooze ends (the thread comes back that day). */
  snoozedUntil?: string;
}

/** YYYY-MM-DD of `now` in the browser's time zone: the person's calendar day. */
export function localDay(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

const quiet = (status: DisplayStatus, lastStage?: Stage): ThreadView => ({
  status,
  ghostScore: 0,
  reasons: [],
  lastStage,
});

export function applyDecision(
  analysis: ThreadAnalysis,
  decision: Decision | undefined,
  followUps: readonly FollowUpRecord[],
  now: Date,
): ThreadView {
  const lastStage = followUps.length ? followUps[followUps.length - 1]!.stage : undefined;
  switch (decision?.kind) {
    case 'hold':
      return quiet('on_hold', lastStage); // "Mahnstopp": nothing is suggested until released
    case 'paid':
      return quiet('paid', lastStage);
    case 'not_invoice':
      return quiet('not_invoice', lastStage);
    case 'snooze':
      // The snooze covers the days before `until`; on that day the thread is back.
      if (localDay(now) < decision.until)
        return { ...quiet('snoozed', lastStage), snoozedUntil: decision.until };
      break;
  }
  const silent = analysis.status === 'silent';
  return {
    status: analysis.status,
    ghostScore: silent ? analysis.ghostScore : 0,
    reasons: silent ? analysis.reasons : [],
    stage: silent ? analysis.stage : undefined,
    lastStage,
  };
}
