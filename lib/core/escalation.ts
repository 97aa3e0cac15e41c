/**
 * The stage of the next follow-up (docs/rules.md §5): one step per unanswered follow-up, up to 4,
 * then lowered until the invoice is overdue long enough for that stage (`minDaysOverdue`, default
 * 0/14/28/42 days). Three quick reminders two weeks after the due date still get a stage-2
 * reminder, not a final notice.
 */
import type { Stage } from './settings';

export function escalationStage(
  unansweredFollowUps: number,
  daysOverdue: number,
  minDaysOverdue: readonly number[],
): Stage {
  const followUps = Number.isFinite(unansweredFollowUps)
    ? Math.max(0, Math.floor(unansweredFollowUps))
    : 0;
  let stage = Math.min(4, followUps + 1);
  while (stage > 1) {
    const gate = minDaysOverdue[stage - 1];
    if (typeof gate !== 'number' || !Number.isFinite(gate) || daysOverdue >= gate) break;
    stage--;
  }
  return stage as Stage;
}
