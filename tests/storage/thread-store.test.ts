import { beforeEach, describe, expect, test } from 'vitest';
import { openDatabase, type UnghostDb } from '../../lib/storage/database';
import { saveSettings } from '../../lib/storage/settings-store';
import * as store from '../../lib/storage/thread-store';
import { byName, FIXTURE_NOW, freshDbName, labelAnalyzer } from './labelled-threads';

let db: UnghostDb;
beforeEach(async () => {
  db = await openDatabase(freshDbName());
});

const link = (id: string) => `https://mail.google.com/mail/u/0/#inbox/${id.split(':')[1]}`;
const track = (name: string, now = FIXTURE_NOW, analyze = labelAnalyzer) => {
  const { thread } = byName(name);
  return store.trackThread(db, { thread, link: link(thread.id) }, now, analyze);
};

describe('tracking a thread the sidebar read', () => {
  test.each([
    ['a silent invoice', 'de-silent-two-reminders', true],
    ['an answered invoice', 'en-answered-question', true],
    ['a paid invoice', 'en-paid-owner-thanks', true],
    ['a quote (Angebot)', 'de-not-invoice-angebot', false],
    ['a bill the owner received', 'de-not-invoice-supplier-rechnung', false],
  ])('%s is stored: %s', async (_label, name, stored) => {
    await track(name);
    expect(await db.count('threads')).toBe(stored ? 1 : 0);
    expect(await db.count('contents')).toBe(stored ? 1 : 0);
  });

  test('the record holds customer, invoice facts, analysis and a link that reopens it', async () => {
    const { thread } = byName('de-silent-two-reminders');
    await track('de-silent-two-reminders');
    const record = await db.get('threads', thread.id);
    expect(record).toMatchObject({
      client: 'gmail',
      link: link(thread.id),
      customer: { name: 'Sabine Krüger', email: 's.krueger@zahnarzt-krueger.de' },
      analysis: { status: 'silent', invoice: { number: '2026-1187', amount: 1547 }, stage: 3 },
      followUps: [],
      overrides: {},
    });
    expect((await db.get('contents', thread.id))?.thread).toEqual(thread);
  });

  test('a thread already tracked is refreshed even when it no longer reads as an invoice', async () => {
    await track('en-answered-question');
    const { thread } = byName('en-answered-question');
    await store.trackThread(db, { thread, link: link(thread.id) }, FIXTURE_NOW, () => ({
      status: 'not_invoice',
      ghostScore: 0,
      reasons: [],
    }));
    expect((await db.get('threads', thread.id))?.analysis.status).toBe('not_invoice');
  });

  test.each([
    ['another site', 'https://evil.example/phish'],
    ['a script URL', 'javascript:alert(1)'],
    ['no link at all', ''],
  ])('a link to %s is not kept', async (_label, bad) => {
    const { thread } = byName('de-silent-two-reminders');
    await store.trackThread(db, { thread, link: bad }, FIXTURE_NOW, labelAnalyzer);
    expect((await db.get('threads', thread.id))?.link).toBe('');
  });

  test('the sidebar gets the settings with the thread’s own overrides, its decision and follow-ups', async () => {
    const { thread } = byName('de-silent-two-reminders');
    await saveSettings(db, { ownerName: 'Markus Lehmann', customerType: 'business' });
    await track('de-silent-two-reminders');
    await store.setOverrides(
      db,
      { threadId: thread.id, overrides: { customerType: 'consumer' } },
      FIXTURE_NOW,
    );
    await store.setDecision(
      db,
      { threadId: thread.id, decision: { kind: 'snooze', until: '2026-12-01' } },
      FIXTURE_NOW,
    );
    await store.recordFollowUp(
      db,
      { threadId: thread.id, stage: 3, date: '2026-11-20T10:05:00+01:00' },
      FIXTURE_NOW,
    );
    const { state } = await track('de-silent-two-reminders');
    expect(state.settings).toMatchObject({ ownerName: 'Markus Lehmann', customerType: 'consumer' });
    expect(state.decision).toEqual({ kind: 'snooze', until: '2026-12-01' });
    expect(state.followUps).toEqual([{ stage: 3, date: '2026-11-20T10:05:00+01:00' }]);
  });
});

describe('decisions and follow-ups', () => {
  test.each([
    ['hold', { kind: 'hold', since: '2026-11-20' }],
    ['snooze', { kind: 'snooze', until: '2026-12-01' }],
    ['paid', { kind: 'paid', date: '2026-11-19' }],
    ['not an invoice', { kind: 'not_invoice' }],
  ] as const)('%s is stored, and released again with null', async (_label, decision) => {
    const { thread } = byName('de-silent-two-reminders');
    await track('de-silent-two-reminders');
    await store.setDecision(db, { threadId: thread.id, decision }, FIXTURE_NOW);
    expect((await db.get('threads', thread.id))?.decision).toEqual(decision);
    await store.setDecision(db, { threadId: thread.id, decision: null }, FIXTURE_NOW);
    expect((await db.get('threads', thread.id))?.decision).toBeUndefined();
  });

  test('follow-ups are kept in date order', async () => {
    const { thread } = byName('de-silent-two-reminders');
    await track('de-silent-two-reminders');
    await store.recordFollowUp(
      db,
      { threadId: thread.id, stage: 4, date: '2026-11-25T09:00:00Z' },
      FIXTURE_NOW,
    );
    await store.recordFollowUp(
      db,
      { threadId: thread.id, stage: 3, date: '2026-11-20T09:00:00Z' },
      FIXTURE_NOW,
    );
    expect((await db.get('threads', thread.id))?.followUps.map((f) => f.stage)).toEqual([3, 4]);
  });

  test.each([
    [
      'a decision',
      () =>
        store.setDecision(
          db,
          { threadId: 'gmail:unknown', decision: { kind: 'not_invoice' } },
          FIXTURE_NOW,
        ),
    ],
    [
      'a follow-up',
      () =>
        store.recordFollowUp(
          db,
          { threadId: 'gmail:unknown', stage: 1, date: '2026-11-20' },
          FIXTURE_NOW,
        ),
    ],
  ])('%s on an untracked thread is refused and stores nothing', async (_label, act) => {
    await expect(act()).rejects.toThrow('not tracked');
    expect(await db.count('threads')).toBe(0);
  });
});

describe('crash safety', () => {
  test('an analysis that throws mid-write leaves the last good record and content', async () => {
    const { thread } = byName('de-silent-two-reminders');
    await track('de-silent-two-reminders');
    const before = await db.get('threads', thread.id);
    const changed = { ...thread, subject: 'changed' };
    await expect(
      store.trackThread(db, { thread: changed, link: '' }, FIXTURE_NOW, () => {
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await db.get('threads', thread.id)).toEqual(before);
    expect((await db.get('contents', thread.id))?.thread.subject).toBe(thread.subject);
  });
});

describe('daily re-analysis', () => {
  test('days overdue grow with the days that passed, for every stored thread', async () => {
    await track('de-silent-two-reminders');
    await track('en-silent-three-reminders');
    const tenDaysLater = new Date(FIXTURE_NOW.getTime() + 10 * 86_400_000);
    expect(await store.reanalyseAll(db, tenDaysLater, labelAnalyzer)).toBe(2);
    const overdue = (await store.listRecords(db)).map((r) => [r.id, r.analysis.daysOverdue]);
    expect(Object.fromEntries(overdue)).toEqual({
      [byName('de-silent-two-reminders').thread.id]: 63,
      [byName('en-silent-three-reminders').thread.id]:
        (byName('en-silent-three-reminders').expect.daysOverdue ?? 0) + 10,
    });
  });

  test('a thread whose analysis throws keeps its last analysis; the others move on', async () => {
    await track('de-silent-two-reminders');
    await track('en-silent-three-reminders');
    const brokenId = byName('en-silent-three-reminders').thread.id;
    const later = new Date(FIXTURE_NOW.getTime() + 86_400_000);
    await store.reanalyseAll(db, later, (thread, opts) => {
      if (thread.id === brokenId) throw new Error('boom');
      return labelAnalyzer(thread, opts);
    });
    const records = Object.fromEntries(
      (await store.listRecords(db)).map((r) => [r.id, r.analysis.daysOverdue]),
    );
    expect(records[brokenId]).toBe(byName('en-silent-three-reminders').expect.daysOverdue);
    expect(records[byName('de-silent-two-reminders').thread.id]).toBe(54);
  });
});
