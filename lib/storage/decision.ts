/**
 * What the person decided about a thread and the follow-ups they inserted: kept on each tracked
 * thread's record, and laid over the core's analysis when the thread is shown.
 */
import type { Stage } from '../core/index';

/** What the person decided about a thread; it overrides what the analysis suggests. */
export type Decision =
  | { kind: 'hold'; since: string } // "Mahnstopp": never suggest a follow-up until released
  | { kind: 'snooze'; until: string } // YYYY-MM-DD
  | { kind: 'paid'; date: string }
  | { kind: 'not_invoice' };

export interface FollowUpRecord {
  stage: Stage;
  /** ISO date-time the person inserted the draft. */
  date: string;
}
