/** The extension's spool under fake-indexeddb: what goes in comes back, per bucket, in order. */
import { openDB } from 'idb';
import { describe, expect, test, vi } from 'vitest';
import type { MailMessage } from '../../lib/core/index';
import { openIdbSpool, SPOOL_DB_PREFIX } from '../../lib/import/idb-spool';
import { IdIndex } from '../../lib/import/id-index';
import { spoolDatabases } from './spool-test-kit';

const message = (id: string, extra: Partial<MailMessage> = {}): MailMessage => ({
  id,
  from: { name: 'Anna Schmidt', email: 'anna@schmidt-design.de' },
  to: [{ email: 'p.lang@lang-architektur.de' }],
  cc: [],
  date: '2026-10-01T09:00:00+02:00',
  ...extra,
});

describe('the IndexedDB spool', () => {
  test.each<[string, [number, MailMessage][][], number[], Record<number, string[]>]>([
    [
      'one bucket, two appends: read back in the order appended',
      [
        [[1, message('a')]],
        [
          [1, message('b')],
          [1, message('c')],
        ],
      ],
      [1],
      { 1: ['a', 'b', 'c'] },
    ],
    [
      'interleaved buckets stay apart',
      [
        [
          [1, message('a')],
          [2, message('x')],
          [1, message('b')],
        ],
      ],
      [2, 1],
      { 1: ['a', 'b'], 2: ['x'] },
    ],
    ['a bucket never written reads as empty', [[[1, message('a')]]], [1, 7], { 1: ['a'], 7: [] }],
  ])('%s', async (_label, appends, buckets, expected) => {
    const spool = await openIdbSpool();
    for (const batch of appends)
      await spool.append(batch.map(([bucket, m]) => ({ bucket, message: m })));
    const read = await spool.read(buckets);
    expect(Object.fromEntries([...read].map(([b, list]) => [b, list.map((m) => m.id)]))).toEqual(
      expected,
    );
    await spool.clear();
  });

  test('a message comes back exactly as it went in: text, umlauts, attachments, headers', async () => {
    const spool = await openIdbSpool();
    const m = message('re-2026-063@schmidt-design.de', {
      subject: 'Rechnung RE-2026-063 – Möbel',
      text: 'über 3.570,00 € \u{1F4B6}\n> zitiert',
      attachments: [{ name: 'Rechnung RE-2026-063.pdf', mimeType: 'application/pdf' }],
      headers: { 'auto-submitted': 'no', references: '<a@b> <c@d>' },
    });
    await spool.append([{ bucket: 3, message: m }]);
    expect((await spool.read([3])).get(3)).toEqual([m]);
    await spool.clear();
  });

  test('clearing deletes its database; the store’s own database is never touched', async () => {
    const store = await openDB('unghost', 1, {
      upgrade: (db) => void db.createObjectStore('threads'),
    });
    await store.put('threads', { id: 'import:1' }, 'import:1');
    const spool = await openIdbSpool();
    await spool.append([{ bucket: 1, message: message('a') }]);
    expect(await spoolDatabases()).toHaveLength(1);
    await spool.clear();
    expect(await spoolDatabases()).toEqual([]);
    expect(await store.get('threads', 'import:1')).toEqual({ id: 'import:1' });
    store.close();
  });

  test('a new import deletes the spool a closed page left behind, but not one still in use', async () => {
    const abandoned = await openDB(`${SPOOL_DB_PREFIX}crashed`, 1, {
      upgrade: (db) => void db.createObjectStore('messages', { autoIncrement: true }),
    });
    abandoned.close();
    const running = await openIdbSpool();
    await running.append([{ bucket: 1, message: message('a') }]);
    const next = await openIdbSpool();
    await vi.waitFor(async () =>
      expect(await spoolDatabases()).not.toContain(`${SPOOL_DB_PREFIX}crashed`),
    );
    // The running import still reads and writes its spool.
    await running.append([{ bucket: 1, message: message('b') }]);
    expect((await running.read([1])).get(1)!.map((m) => m.id)).toEqual(['a', 'b']);
    await running.clear();
    await next.clear();
    await vi.waitFor(async () => expect(await spoolDatabases()).toEqual([]));
  });
});

describe('the message-id index', () => {
  test.each([
    ['a few ids', 5],
    ['enough ids to grow the table several times', 20_000],
  ])('%s: every id finds its value, unknown ids find none', (_label, count) => {
    const index = new IdIndex();
    for (let i = 0; i < count; i++) index.set(`<${i}@mail.example>`, i * 2 + 1);
    expect(index.size).toBe(count);
    for (let i = 0; i < count; i++) expect(index.get(`<${i}@mail.example>`)).toBe(i * 2 + 1);
    expect(index.get(`<${count}@mail.example>`)).toBeUndefined();
    expect(index.get('')).toBeUndefined();
  });

  test('setting an id again replaces its value and adds no entry', () => {
    const index = new IdIndex();
    index.set('a@x', 4);
    index.set('a@x', 9);
    expect([index.get('a@x'), index.size]).toEqual([9, 1]);
  });
});
