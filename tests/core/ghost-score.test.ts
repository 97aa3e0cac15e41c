import { describe, expect, test } from 'vitest';
import { escalationStage } from '../../lib/core/escalation';
import { describeReason, ghostScore, type GhostInputs } from '../../lib/core/ghost-score';
import type { ThreadStatus } from '../../lib/core/results';

const silent = (over: Partial<GhostInputs> = {}): GhostInputs => ({
  status: 'silent',
  daysOverdue: 30,
  unansweredFollowUps: 1,
  amount: 2000,
  noHumanReply: false,
  autoReplies: 0,
  ...over,
});
const score = (over: Partial<GhostInputs> = {}) => ghostScore(silent(over)).score;

describe('ghost score (docs/rules.md §4)', () => {
  test.each<ThreadStatus>(['not_invoice', 'paid', 'bounced', 'answered', 'waiting'])(
    'is 0 for a %s thread',
    (status) => {
      expect(ghostScore(silent({ status, daysOverdue: 400, unansweredFollowUps: 9 }))).toEqual({
        score: 0,
        reasons: [],
      });
    },
  );

  test.each([
    ['due yesterday, nothing else', { daysOverdue: 0, unansweredFollowUps: 0, amount: 0 }],
    ['tiny amount', { daysOverdue: 1, unansweredFollowUps: 0, amount: 5 }],
    [
      'garbage inputs',
      { daysOverdue: Number.NaN, unansweredFollowUps: -3, amount: Number.POSITIVE_INFINITY },
    ],
  ])('is at least 1 for any silent thread: %s', (_name, over) => {
    expect(score(over)).toBeGreaterThanOrEqual(1);
  });

  test('never decreases as days overdue grow (0..400, every profile)', () => {
    for (const followUps of [0, 1, 3, 6]) {
      for (const noHumanReply of [false, true]) {
        let previous = 0;
        for (let days = 0; days <= 400; days++) {
          const s = score({ daysOverdue: days, unansweredFollowUps: followUps, noHumanReply });
          expect(s).toBeGreaterThanOrEqual(previous);
          previous = s;
        }
      }
    }
  });

  test('never decreases as unanswered follow-ups grow (0..20, every profile)', () => {
    for (const days of [0, 10, 45, 200]) {
      let previous = 0;
      for (let n = 0; n <= 20; n++) {
        const s = score({ daysOverdue: days, unansweredFollowUps: n });
        expect(s).toBeGreaterThanOrEqual(previous);
        previous = s;
      }
    }
  });

  test('stays within 0..100 and reaches 100 only in the extreme case', () => {
    const extreme = score({
      daysOverdue: 365,
      unansweredFollowUps: 6,
      amount: 250_000,
      noHumanReply: true,
    });
    expect(extreme).toBe(100);
    expect(
      score({ daysOverdue: 10_000, unansweredFollowUps: 100, amount: 1e9, noHumanReply: false }),
    ).toBeLessThan(100);
    expect(
      score({ daysOverdue: 365, unansweredFollowUps: 6, amount: 2_000, noHumanReply: true }),
    ).toBeLessThan(100);
    expect(
      score({ daysOverdue: 60, unansweredFollowUps: 6, amount: 250_000, noHumanReply: true }),
    ).toBeLessThan(100);
  });

  test('a typical month-overdue invoice with one reminder sits in the lower half', () => {
    expect(score()).toBeGreaterThan(10);
    expect(score()).toBeLessThan(50);
  });

  test('every input that moved the score is a reason, and the points add up', () => {
    const { score: s, reasons } = ghostScore(
      silent({ daysOverdue: 42, unansweredFollowUps: 2, amount: 5000, noHumanReply: true }),
    );
    expect(reasons.map((r) => [r.code, r.value])).toEqual([
      ['days_overdue', 42],
      ['unanswered_follow_ups', 2],
      ['amount', 5000],
      ['no_reply_ever', 0],
    ]);
    expect(1 + reasons.reduce((sum, r) => sum + r.points, 0)).toBe(s);
  });

  test('only automatic replies weigh less than no reply at all', () => {
    expect(score({ noHumanReply: true, autoReplies: 2 })).toBeLessThan(
      score({ noHumanReply: true, autoReplies: 0 }),
    );
    expect(score({ noHumanReply: true, autoReplies: 2 })).toBeGreaterThan(
      score({ noHumanReply: false }),
    );
  });
});

describe('reasons read as the person sees them', () => {
  test.each([
    [{ code: 'days_overdue', value: 42, points: 17 }, '42 days overdue', '42 Tage überfällig'],
    [{ code: 'days_overdue', value: 1, points: 0 }, '1 day overdue', '1 Tag überfällig'],
    [
      { code: 'unanswered_follow_ups', value: 2, points: 12 },
      '2 reminders unanswered',
      '2 Erinnerungen unbeantwortet',
    ],
    [
      { code: 'unanswered_follow_ups', value: 1, points: 6 },
      '1 reminder unanswered',
      '1 Erinnerung unbeantwortet',
    ],
    [{ code: 'amount', value: 12500, points: 10 }, '12,500 outstanding', 'Offener Betrag 12.500'],
    [
      { code: 'no_reply_ever', value: 0, points: 9 },
      'No reply since the invoice',
      'Keine Antwort seit der Rechnung',
    ],
    [
      { code: 'auto_replies_only', value: 2, points: 5 },
      'Only automatic replies',
      'Nur automatische Antworten',
    ],
    [
      { code: 'promise_broken', value: 6, points: 10, date: '2026-11-14' },
      'Promise of 14 November 2026 not kept',
      'Zahlungszusage zum 14. November 2026 nicht eingehalten',
    ],
    [
      { code: 'promise_broken', value: 6, points: 10, date: 'soon' },
      'Promise of a payment not kept',
      'Zahlungszusage nicht eingehalten',
    ],
  ] as const)('%o', (reason, en, de) => {
    expect([describeReason(reason, 'en'), describeReason(reason, 'de')]).toEqual([en, de]);
  });
});

describe('escalation stage (docs/rules.md §5): one step per unanswered follow-up, held back by day gates', () => {
  const gates = [0, 14, 28, 42];
  test.each([
    [0, 10, 1],
    [1, 20, 2],
    [1, 10, 1],
    [2, 53, 3],
    [2, 20, 2],
    [3, 79, 4],
    [3, 15, 2],
    [3, 30, 3],
    [3, 41, 3],
    [3, 42, 4],
    [9, 100, 4],
    [0, 400, 1],
  ])('%i unanswered, %i days overdue → stage %i', (followUps, days, stage) => {
    expect(escalationStage(followUps, days, gates)).toBe(stage);
  });

  test('custom gates from the settings apply', () => {
    expect(escalationStage(3, 20, [0, 7, 14, 21])).toBe(3);
    expect(escalationStage(3, 21, [0, 7, 14, 21])).toBe(4);
  });
});
