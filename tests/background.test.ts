import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { openDB } from 'idb';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { REANALYSIS_ALARM } from '../lib/background/daily-reanalysis';
import { SPOOL_DB_PREFIX } from '../lib/import/idb-spool';
import { startBackground } from '../lib/background/start-background';
import { sendMessage } from '../lib/messages';
import { openDatabase } from '../lib/storage/database';
import { useMessages } from './storage/fake-i18n';
import { byName, FIXTURE_NOW, freshDbName, labelAnalyzer } from './storage/labelled-threads';
import { asExtensionPage } from './storage/extension-page';

let clock = FIXTURE_NOW;
let background: ReturnType<typeof startBackground>;

beforeEach(async () => {
  useMessages('en');
  clock = FIXTURE_NOW;
  const name = freshDbName();
  background = startBackground({
    roleOf: asExtensionPage,
    openDb: () => openDatabase(name),
    analyze: labelAnalyzer,
    now: () => clock,
  });
  await background.ready;
});
afterEach(() => background.stop());

const badge = () => fakeBrowser.action.getBadgeText({});
const track = (name: string) => {
  const { thread } = byName(name);
  return sendMessage('trackThread', {
    thread,
    link: `https://mail.google.com/mail/u/0/#inbox/${thread.id.slice(6)}`,
  });
};
const silentNames = [
  'de-silent-two-reminders',
  'en-silent-three-reminders',
  'fr-silent-first-reminder',
];

describe('background, through the typed messages', () => {
  test('tracked silent threads are counted on the toolbar badge', async () => {
    expect(await badge()).toBe('');
    for (const name of [...silentNames, 'en-answered-question', 'de-not-invoice-angebot'])
      await track(name);
    expect(await badge()).toBe('3');
    const listed = await sendMessage('listThreads', undefined);
    expect(listed.map((t) => t.view.status).sort()).toEqual([
      'answered',
      'silent',
      'silent',
      'silent',
    ]);
  });

  test.each([
    ['hold', { kind: 'hold', since: '2026-11-20' }],
    ['snooze for a week', { kind: 'snooze', until: '2026-11-27' }],
    ['mark paid', { kind: 'paid', date: '2026-11-20' }],
    ['not an invoice', { kind: 'not_invoice' }],
  ] as const)(
    '%s takes a thread off the badge, and releasing it puts it back',
    async (_label, decision) => {
      for (const name of silentNames) await track(name);
      const threadId = byName(silentNames[0]!).thread.id;
      await sendMessage('setDecision', { threadId, decision });
      expect(await badge()).toBe('2');
      await sendMessage('setDecision', { threadId, decision: null });
      expect(await badge()).toBe('3');
    },
  );

  test('trackThread answers with the decision and follow-ups the sidebar must respect', async () => {
    await track(silentNames[0]!);
    const threadId = byName(silentNames[0]!).thread.id;
    await sendMessage('setDecision', { threadId, decision: { kind: 'hold', since: '2026-11-20' } });
    await sendMessage('recordFollowUp', { threadId, stage: 3, date: '2026-11-20T10:00:00+01:00' });
    const state = await track(silentNames[0]!);
    expect(state.decision).toEqual({ kind: 'hold', since: '2026-11-20' });
    expect(state.followUps).toEqual([{ stage: 3, date: '2026-11-20T10:00:00+01:00' }]);
  });

  test('invalid settings are refused with a readable message and nothing is saved', async () => {
    await sendMessage('saveSettings', { ownerName: 'Anna Schmidt' });
    await expect(
      sendMessage('saveSettings', { ownerName: 'Someone else', payment: { iban: 'DE00 1234' } }),
    ).rejects.toThrow(
      'payment.iban: This is not a valid IBAN. Check it against your bank statement.',
    );
    expect((await sendMessage('getSettings', undefined)).ownerName).toBe('Anna Schmidt');
  });

  test('the daily alarm is set, and when it fires silence has grown', async () => {
    await track(silentNames[0]!);
    expect(await fakeBrowser.alarms.get(REANALYSIS_ALARM)).toMatchObject({
      periodInMinutes: 24 * 60,
    });
    clock = new Date(FIXTURE_NOW.getTime() + 5 * 86_400_000);
    await fakeBrowser.alarms.onAlarm.trigger({
      name: REANALYSIS_ALARM,
      scheduledTime: clock.getTime(),
      periodInMinutes: 24 * 60,
      persistAcrossSessions: false,
    });
    await vi.waitFor(async () => {
      const [thread] = await sendMessage('listThreads', undefined);
      expect(thread?.daysOverdue).toBe(53 + 5);
    });
  });

  test('a foreign backup file is refused with a message, and the tracked threads stay', async () => {
    for (const name of silentNames) await track(name);
    await expect(sendMessage('importBackup', { text: '{"hello": "world"}' })).rejects.toThrow(
      'This file is not an Unghost backup. Nothing was changed.',
    );
    expect(await sendMessage('listThreads', undefined)).toHaveLength(3);
  });

  test('export, forget everything, and import again restores the list and the badge', async () => {
    for (const name of silentNames) await track(name);
    const backup = await sendMessage('exportBackup', undefined);
    await sendMessage('forgetEverything', undefined);
    expect(await sendMessage('listThreads', undefined)).toEqual([]);
    expect(await badge()).toBe('');
    expect(await sendMessage('importBackup', { text: JSON.stringify(backup) })).toEqual({
      threads: 3,
    });
    expect(await badge()).toBe('3');
  });

  test('forget everything also deletes the message spool a closed import page left behind', async () => {
    const left = await openDB(`${SPOOL_DB_PREFIX}left-behind`, 1, {
      upgrade: (db) => void db.createObjectStore('messages', { autoIncrement: true }),
    });
    await left.add('messages', { bucket: 1, message: { subject: 'Rechnung RE-7' } });
    left.close();
    const spools = async () =>
      (await indexedDB.databases()).filter((d) => d.name?.startsWith(SPOOL_DB_PREFIX));
    expect(await spools()).toHaveLength(1);
    await sendMessage('forgetEverything', undefined);
    await vi.waitFor(async () => expect(await spools()).toEqual([]));
  });
});

describe('what the sidebar reports: sent messages and reading health', () => {
  const sent = {
    threadId: 'gmail:18f1a2b3c4d5e601',
    subject: 'Invoice INV-1',
    text: 'Please find attached invoice INV-1.',
    attachments: [{ name: 'INV-1.pdf' }],
    to: [{ email: 'c@client.example' }],
    date: '2026-11-20T09:00:00.000Z',
  };

  test('a message sent from the client is read back when its conversation shows it collapsed', async () => {
    await sendMessage('rememberSent', { sent });
    // Not an invoice to the analyser here, but read incompletely: the capture is laid over it.
    const state = await sendMessage('trackThread', {
      link: '',
      thread: {
        id: sent.threadId,
        client: 'gmail',
        subject: sent.subject,
        owner: { emails: ['anna@studio.example'] },
        messages: [
          {
            id: 'x1',
            from: { email: 'anna@studio.example' },
            date: '2026-11-20T09:00:40.000Z',
            preview: 'Please find',
          },
        ],
      },
    });
    expect(state.remembered?.map((m) => [m.source, m.text])).toEqual([['sent', sent.text]]);
  });

  test.each([
    ['a thread id of another kind', { ...sent, threadId: 'import:x' }],
    ['a text over 100,000 characters', { ...sent, text: 'x'.repeat(100_001) }],
    ['a date that is no date', { ...sent, date: 'yesterday' }],
    [
      '51 attachments',
      { ...sent, attachments: Array.from({ length: 51 }, () => ({ name: 'a.pdf' })) },
    ],
  ])('a sent message with %s is refused', async (_label, bad) => {
    await expect(sendMessage('rememberSent', { sent: bad as never })).rejects.toThrow();
  });

  test('reading reports add up per client, with the hooks found and missed, and nothing else', async () => {
    await sendMessage('reportReading', {
      client: 'gmail',
      result: 'full',
      found: { 'gmail.messageBody': 0 },
      missing: [],
    });
    await sendMessage('reportReading', {
      client: 'gmail',
      result: 'partial',
      found: { 'gmail.messageBody': 1 },
      missing: ['gmail.attachmentName'],
    });
    await sendMessage('reportReading', {
      client: 'outlook',
      result: 'unreadable',
      found: {},
      missing: ['outlook.messageTime'],
    });
    const health = await sendMessage('getReadingHealth', undefined);
    expect(health).toEqual([
      {
        client: 'gmail',
        recent: [
          { at: FIXTURE_NOW.toISOString(), result: 'full' },
          { at: FIXTURE_NOW.toISOString(), result: 'partial' },
        ],
        found: { 'gmail.messageBody': { alternative: 1, at: FIXTURE_NOW.toISOString() } },
        missing: { 'gmail.attachmentName': FIXTURE_NOW.toISOString() },
      },
      {
        client: 'outlook',
        recent: [{ at: FIXTURE_NOW.toISOString(), result: 'unreadable' }],
        found: {},
        missing: { 'outlook.messageTime': FIXTURE_NOW.toISOString() },
      },
    ]);
  });

  test.each([
    ['an unknown client', { client: 'yahoo', result: 'full', found: {}, missing: [] }],
    [
      'a hook name carrying text',
      { client: 'gmail', result: 'full', found: { 'Dear Ms Linton, pay to': 0 }, missing: [] },
    ],
    ['an unknown result', { client: 'gmail', result: 'great', found: {}, missing: [] }],
  ])('a reading report with %s is refused and stores nothing', async (_label, bad) => {
    await expect(sendMessage('reportReading', bad as never)).rejects.toThrow();
    expect(
      (await sendMessage('getReadingHealth', undefined)).every((h) => h.recent.length === 0),
    ).toBe(true);
  });
});
