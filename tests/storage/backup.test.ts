import { beforeEach, describe, expect, test } from 'vitest';
import { exportBackup, importBackup } from '../../lib/storage/backup';
import { openDatabase, SETTINGS_KEY, type UnghostDb } from '../../lib/storage/database';
import { saveSettings } from '../../lib/storage/settings-store';
import { analyzeThread } from '../../lib/core/index';
import {
  setDecision,
  setReplyCorrection,
  trackThread,
  type Analyzer,
} from '../../lib/storage/thread-store';
import { invoiceThread } from '../core/thread-builder';
import { byName, FIXTURE_NOW, freshDbName, labelAnalyzer } from './labelled-threads';

let db: UnghostDb;
const names = ['de-silent-two-reminders', 'en-answered-question', 'en-paid-owner-thanks'];

beforeEach(async () => {
  db = await openDatabase(freshDbName());
  for (const name of names) {
    const { thread } = byName(name);
    await trackThread(
      db,
      { thread, link: `https://mail.google.com/mail/u/0/#inbox/${thread.id.slice(6)}` },
      FIXTURE_NOW,
      labelAnalyzer,
    );
  }
  await setDecision(
    db,
    { threadId: byName(names[0]!).thread.id, decision: { kind: 'hold', since: '2026-11-20' } },
    FIXTURE_NOW,
  );
  await saveSettings(db, {
    ownerName: 'Anna Schmidt',
    payment: { iban: 'DE89370400440532013000' },
  });
});

async function snapshot(target: UnghostDb) {
  return {
    threads: await target.getAll('threads'),
    contents: await target.getAll('contents'),
    settings: await target.get('settings', SETTINGS_KEY),
  };
}

describe('backup', () => {
  test('an exported backup imported into an empty profile restores everything', async () => {
    const text = JSON.stringify(await exportBackup(db, FIXTURE_NOW));
    const other = await openDatabase(freshDbName());
    expect(await importBackup(other, text)).toBe(3);
    expect(await snapshot(other)).toEqual(await snapshot(db));
  });

  test('an import replaces what was stored', async () => {
    const text = JSON.stringify(await exportBackup(db, FIXTURE_NOW));
    const other = await openDatabase(freshDbName());
    const { thread } = byName('en-silent-three-reminders');
    await trackThread(other, { thread, link: '' }, FIXTURE_NOW, labelAnalyzer);
    await importBackup(other, text);
    expect((await other.getAllKeys('threads')).sort()).toEqual(
      names.map((n) => byName(n).thread.id).sort(),
    );
  });

  const damage: [string, (b: Record<string, unknown>) => unknown, string][] = [
    [
      'not JSON at all',
      () => '{"format": "unghost-backup", "versi',
      'options_backup_error_not_json',
    ],
    [
      'some other app’s JSON',
      () => ({ accounts: [], exportedBy: 'other' }),
      'options_backup_error_foreign',
    ],
    ['a JSON array', () => [1, 2, 3], 'options_backup_error_foreign'],
    [
      'a backup from a future format version',
      (b) => ({ ...b, version: 99 }),
      'options_backup_error_version',
    ],
    [
      'a thread without its content',
      (b) => ({ ...b, contents: (b.contents as unknown[]).slice(1) }),
      'options_backup_error_damaged',
    ],
    [
      'a thread with an unknown status',
      (b) => ({
        ...b,
        threads: (b.threads as { analysis: object }[]).map((t) => ({
          ...t,
          analysis: { ...t.analysis, status: 'lost' },
        })),
      }),
      'options_backup_error_damaged',
    ],
    [
      'settings with a bad IBAN',
      (b) => ({ ...b, settings: { ...(b.settings as object), payment: { iban: 'DE00 0000' } } }),
      'options_backup_error_damaged',
    ],
    ['a bare JSON null', () => null, 'options_backup_error_foreign'],
  ];

  test.each(damage)('%s is refused and nothing stored is touched', async (_label, corrupt, key) => {
    const backup = (await exportBackup(db, FIXTURE_NOW)) as unknown as Record<string, unknown>;
    const damaged = corrupt(backup);
    const text = typeof damaged === 'string' ? damaged : JSON.stringify(damaged);
    const target = await openDatabase(freshDbName());
    const { thread } = byName('en-silent-three-reminders');
    await trackThread(target, { thread, link: '' }, FIXTURE_NOW, labelAnalyzer);
    const before = await snapshot(target);
    await expect(importBackup(target, text)).rejects.toMatchObject({ key });
    expect(await snapshot(target)).toEqual(before);
  });

  test('a hand-edited link to another site is dropped on import', async () => {
    const backup = await exportBackup(db, FIXTURE_NOW);
    backup.threads[0]!.link = 'https://evil.example/';
    const other = await openDatabase(freshDbName());
    await importBackup(other, JSON.stringify(backup));
    expect((await other.get('threads', backup.threads[0]!.id))?.link).toBe('');
  });
});

describe('a backup of every status the core gives', () => {
  test('promised and disputed threads, with the person’s correction, survive export and import', async () => {
    const core: Analyzer = (t, o) => analyzeThread(t, o);
    const source = await openDatabase(freshDbName());
    const invoice = 'Attached: invoice INV-9.\nTotal: 1.428,00 €\nDue date: 15/10/2026';
    const at = '2026-11-02T10:00:00+01:00';
    const now = new Date('2026-11-04T10:00:00+01:00');
    for (const [id, text] of [
      ['test:promise', "We'll pay on Friday."],
      ['test:dispute', 'The hours seem too high.'],
    ] as const) {
      const thread = {
        ...invoiceThread({
          text: invoice,
          attachments: ['invoice.pdf'],
          replies: [{ text, date: at }],
        }),
        id,
      };
      await trackThread(source, { thread, link: '' }, now, core);
    }
    await setReplyCorrection(
      source,
      { threadId: 'test:promise', correction: { replyDate: at, promisedDate: '2026-11-20' } },
      now,
      core,
    );
    const statuses = async (target: UnghostDb) =>
      (await target.getAll('threads')).map((r) => [r.id, r.analysis.status, r.correction]);
    expect(await statuses(source)).toEqual([
      ['test:dispute', 'disputed', undefined],
      ['test:promise', 'promised', { replyDate: at, promisedDate: '2026-11-20' }],
    ]);
    const other = await openDatabase(freshDbName());
    expect(await importBackup(other, JSON.stringify(await exportBackup(source, now)))).toBe(2);
    expect(await statuses(other)).toEqual(await statuses(source));
  });
});
