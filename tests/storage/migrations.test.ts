import { describe, expect, test } from 'vitest';
import { defaultLateInterestTables } from '../../lib/core/index';
import { DB_VERSION, openDatabase, SETTINGS_KEY, type UnghostDb } from '../../lib/storage/database';
import { byName, freshDbName } from './labelled-threads';

/** A record as version 1 wrote it: no search text, no overrides. */
const v1Record = (name: string, extra: object = {}) => {
  const l = byName(name);
  return {
    id: l.thread.id,
    client: l.thread.client,
    link: `https://mail.google.com/mail/u/0/#inbox/${l.thread.id.split(':')[1]}`,
    subject: l.thread.subject,
    customer: { name: 'Sabine Krüger', email: 's.krueger@zahnarzt-krueger.de' },
    analysis: { ...l.expect, ghostScore: 40, reasons: [] },
    analyzedAt: '2026-11-20T09:00:00.000Z',
    firstSeenAt: '2026-11-01T09:00:00.000Z',
    updatedAt: '2026-11-20T09:00:00.000Z',
    followUps: [{ stage: 2, date: '2026-11-03T11:40:00+01:00' }],
    ...extra,
  };
};

interface MigrationCase {
  label: string;
  /** The migration under test upgrades `to - 1` to `to`. */
  to: number;
  fill: (db: UnghostDb) => Promise<void>;
  check: (db: UnghostDb) => Promise<void>;
}

const cases: MigrationCase[] = [
  {
    label: '1: an empty profile gets the thread, content and settings stores',
    to: 1,
    fill: async () => {},
    check: async (db) => {
      expect([...db.objectStoreNames].sort()).toEqual(['contents', 'settings', 'threads']);
      expect(await db.count('threads')).toBe(0);
    },
  },
  {
    label: '2: every thread keeps all it had and gains its search text, overrides and client index',
    to: 2,
    fill: async (db) => {
      const raw = db as unknown as import('idb').IDBPDatabase<unknown>;
      await raw.put(
        'threads',
        v1Record('de-silent-two-reminders', { decision: { kind: 'hold', since: '2026-11-10' } }),
      );
      await raw.put('threads', v1Record('en-answered-question'));
      await raw.put('contents', {
        id: byName('en-answered-question').thread.id,
        thread: byName('en-answered-question').thread,
      });
      await raw.put('settings', { ownerName: 'Markus Lehmann', defaultTermDays: 30 }, SETTINGS_KEY);
    },
    check: async (db) => {
      const held = await db.get('threads', byName('de-silent-two-reminders').thread.id);
      expect(held).toEqual({
        ...v1Record('de-silent-two-reminders', { decision: { kind: 'hold', since: '2026-11-10' } }),
        overrides: {},
        searchText:
          'sabine krüger s.krueger@zahnarzt-krueger.de rechnung nr. 2026-1187 – netzwerk und server praxis 2026-1187',
      });
      expect(await db.count('threads')).toBe(2);
      expect(await db.getAllKeysFromIndex('threads', 'by-client', 'gmail')).toHaveLength(2);
      expect((await db.get('contents', byName('en-answered-question').thread.id))?.thread).toEqual(
        byName('en-answered-question').thread,
      );
      expect(await db.get('settings', SETTINGS_KEY)).toEqual({
        ownerName: 'Markus Lehmann',
        defaultTermDays: 30,
      });
    },
  },
  {
    label:
      "3: a store for the popup's first frame is added; threads, contents and settings are kept",
    to: 3,
    fill: async (db) => {
      const l = byName('en-answered-question');
      await db.put('threads', {
        ...v1Record('en-answered-question'),
        overrides: { customerType: 'consumer' },
        searchText: 'x',
      } as never);
      await db.put('contents', { id: l.thread.id, thread: l.thread });
      await db.put('settings', { ownerName: 'Markus Lehmann' } as never, SETTINGS_KEY);
    },
    check: async (db) => {
      const l = byName('en-answered-question');
      expect([...db.objectStoreNames].sort()).toEqual(['contents', 'meta', 'settings', 'threads']);
      expect(await db.get('threads', l.thread.id)).toEqual({
        ...v1Record('en-answered-question'),
        overrides: { customerType: 'consumer' },
        searchText: 'x',
      });
      expect((await db.get('contents', l.thread.id))?.thread).toEqual(l.thread);
      expect(await db.get('settings', SETTINGS_KEY)).toEqual({ ownerName: 'Markus Lehmann' });
    },
  },
  {
    label:
      "4: every stored thread's messages with text are remembered by id; threads, contents, settings and meta are kept",
    to: 4,
    fill: async (db) => {
      const l = byName('de-silent-two-reminders');
      await db.put('threads', {
        ...v1Record('de-silent-two-reminders'),
        overrides: {},
        searchText: 'x',
      } as never);
      await db.put('contents', { id: l.thread.id, thread: l.thread });
      await db.put('settings', { ownerName: 'Markus Lehmann' } as never, SETTINGS_KEY);
    },
    check: async (db) => {
      const l = byName('de-silent-two-reminders');
      expect([...db.objectStoreNames].sort()).toEqual([
        'contents',
        'health',
        'messages',
        'meta',
        'settings',
        'threads',
      ]);
      expect((await db.get('contents', l.thread.id))?.thread).toEqual(l.thread);
      expect(await db.get('threads', l.thread.id)).toEqual({
        ...v1Record('de-silent-two-reminders'),
        overrides: {},
        searchText: 'x',
      });
      expect(await db.get('settings', SETTINGS_KEY)).toEqual({ ownerName: 'Markus Lehmann' });
      const remembered = await db.getAllFromIndex('messages', 'by-thread', l.thread.id);
      expect(remembered.map((m) => [m.id, m.text, m.source])).toEqual(
        l.thread.messages.map((m) => [m.id, m.text, 'read']),
      );
    },
  },
  {
    label: '5: edited rate tables move from the settings store to their own; the settings stay',
    to: 5,
    fill: async (db) => {
      const raw = db as unknown as import('idb').IDBPDatabase<unknown>;
      await raw.put('settings', { ownerName: 'Markus Lehmann' }, SETTINGS_KEY);
      await raw.put(
        'settings',
        { ...defaultLateInterestTables, edited: 'yes' },
        'lateInterestTables',
      );
    },
    check: async (db) => {
      expect([...db.objectStoreNames]).toContain('rateTables');
      expect(await db.get('rateTables', 'lateInterestTables')).toEqual({
        ...defaultLateInterestTables,
        edited: 'yes',
      });
      expect(await db.getAllKeys('settings')).toEqual([SETTINGS_KEY]);
      expect(await db.get('settings', SETTINGS_KEY)).toEqual({ ownerName: 'Markus Lehmann' });
    },
  },
  {
    label: '5: a profile that never edited its rate tables keeps none',
    to: 5,
    fill: async (db) => {
      await db.put('settings', { ownerName: 'Markus Lehmann' } as never, SETTINGS_KEY);
    },
    check: async (db) => {
      expect(await db.count('rateTables')).toBe(0);
      expect(await db.get('settings', SETTINGS_KEY)).toEqual({ ownerName: 'Markus Lehmann' });
    },
  },
  {
    label: '6: a store for the sweeps, empty; tracked threads and settings stay',
    to: 6,
    fill: async (db) => {
      await db.put('settings', { ownerName: 'Markus Lehmann' } as never, SETTINGS_KEY);
    },
    check: async (db) => {
      expect([...db.objectStoreNames]).toContain('sweeps');
      expect(await db.count('sweeps')).toBe(0);
      expect(await db.get('settings', SETTINGS_KEY)).toEqual({ ownerName: 'Markus Lehmann' });
    },
  },
];

describe('schema migrations', () => {
  test('every migration has an upgrade test', () => {
    expect([...new Set(cases.map((c) => c.to))]).toEqual(
      Array.from({ length: DB_VERSION }, (_, i) => i + 1),
    );
  });

  test.each(cases)('$label', async ({ to, fill, check }) => {
    const name = freshDbName();
    if (to > 1) {
      const previous = await openDatabase(name, to - 1);
      await fill(previous);
      previous.close();
    }
    const upgraded = await openDatabase(name, to);
    expect(upgraded.version).toBe(to);
    await check(upgraded);
    upgraded.close();
  });

  test('a populated version-1 database opens at the current version with nothing lost', async () => {
    const name = freshDbName();
    const v1 = await openDatabase(name, 1);
    await cases[1]!.fill(v1);
    v1.close();
    const current = await openDatabase(name);
    expect(current.version).toBe(DB_VERSION);
    expect(await current.count('threads')).toBe(2);
    expect(await current.count('contents')).toBe(1);
    current.close();
  });
});
