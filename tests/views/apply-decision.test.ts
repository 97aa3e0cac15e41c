import { describe, expect, test } from 'vitest';
import type { ThreadAnalysis } from '../../lib/core/results';
import type { Decision, FollowUpRecord } from '../../lib/storage/decision';
import { applyDecision, type DisplayStatus } from '../../lib/views/apply-decision';

const silent: ThreadAnalysis = {
  status: 'silent',
  ghostScore: 64,
  stage: 3,
  daysOverdue: 53,
  reasons: [{ code: 'days_overdue', value: 53, points: 50 }],
};
const answered: ThreadAnalysis = { status: 'answered', ghostScore: 0, reasons: [] };
const now = new Date(2026, 10, 20, 10, 0); // 20 Nov 2026, local time
const sent: FollowUpRecord[] = [
  { stage: 1, date: '2026-10-12T10:15:00+02:00' },
  { stage: 2, date: '2026-11-03T11:40:00+01:00' },
];

describe('a decision laid over the analysis', () => {
  test.each<
    [string, ThreadAnalysis, Decision | undefined, DisplayStatus, number, number | undefined]
  >([
    ['no decision: a silent thread keeps score and stage', silent, undefined, 'silent', 64, 3],
    [
      'hold ("Mahnstopp"): not silent, nothing suggested',
      silent,
      { kind: 'hold', since: '2026-11-01' },
      'on_hold',
      0,
      undefined,
    ],
    ['marked paid', silent, { kind: 'paid', date: '2026-11-19' }, 'paid', 0, undefined],
    ['not an invoice', silent, { kind: 'not_invoice' }, 'not_invoice', 0, undefined],
    [
      'snoozed until tomorrow',
      silent,
      { kind: 'snooze', until: '2026-11-21' },
      'snoozed',
      0,
      undefined,
    ],
    [
      'a snooze that ends today is over',
      silent,
      { kind: 'snooze', until: '2026-11-20' },
      'silent',
      64,
      3,
    ],
    [
      'a snooze that ended last week is over',
      silent,
      { kind: 'snooze', until: '2026-11-13' },
      'silent',
      64,
      3,
    ],
    ['an answered thread has no score or stage', answered, undefined, 'answered', 0, undefined],
  ])('%s', (_label, analysis, decision, status, score, stage) => {
    const view = applyDecision(analysis, decision, sent, now);
    expect([view.status, view.ghostScore, view.stage]).toEqual([status, score, stage]);
    expect(view.reasons.length > 0).toBe(score > 0);
  });

  test('the last stage sent is the latest follow-up, whatever the decision', () => {
    expect(applyDecision(silent, { kind: 'hold', since: '2026-11-01' }, sent, now).lastStage).toBe(
      2,
    );
    expect(applyDecision(silent, undefined, [], now).lastStage).toBeUndefined();
  });
});
