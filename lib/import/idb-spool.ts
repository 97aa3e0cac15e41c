/**
 * The extension's MessageSpool: IndexedDB in the page that runs the import, in a database of
 * its own per import (never the store's `unghost` database), deleted when the import is done.
 * A page closed mid-import leaves its database behind; the next import deletes it.
 */
import { deleteDB, openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { MailMessage } from '../core/index';
import type { MessageSpool, SpooledMessage } from './message-spool';

export const SPOOL_DB_PREFIX = 'unghost-import-spool-';

interface SpoolSchema extends DBSchema {
  messages: { key: number; value: SpooledMessage; indexes: { 'by-bucket': number } };
}

/**
 * Deletes the spools of earlier imports (before each import, and on "forget everything"). Not
 * awaited: a database another tab's import still has open is deleted only once that import
 * closes it (IndexedDB holds the delete back), so a running import loses nothing.
 */
export async function forgetAbandonedSpools(): Promise<void> {
  const all = (await indexedDB.databases?.().catch(() => [])) ?? [];
  for (const { name } of all)
    if (name?.startsWith(SPOOL_DB_PREFIX)) void deleteDB(name).catch(() => undefined);
}

class IdbSpool implements MessageSpool {
  constructor(
    private readonly db: IDBPDatabase<SpoolSchema>,
    readonly name: string,
  ) {}

  async append(entries: readonly SpooledMessage[]): Promise<void> {
    // Relaxed: a spool that does not survive a crash is deleted anyway; no disk flush per batch.
    const tx = this.db.transaction('messages', 'readwrite', { durability: 'relaxed' });
    await Promise.all([...entries.map((e) => tx.store.add(e)), tx.done]);
  }

  async read(buckets: readonly number[]): Promise<Map<number, MailMessage[]>> {
    const tx = this.db.transaction('messages');
    const index = tx.store.index('by-bucket');
    const [lists] = await Promise.all([Promise.all(buckets.map((b) => index.getAll(b))), tx.done]);
    // Keys grow with each add, and getAll on an index returns equal keys in key order.
    return new Map(buckets.map((b, i) => [b, lists[i]!.map((r) => r.message)]));
  }

  async clear(): Promise<void> {
    this.db.close();
    await deleteDB(this.name);
  }
}

export async function openIdbSpool(): Promise<MessageSpool> {
  await forgetAbandonedSpools();
  const name = `${SPOOL_DB_PREFIX}${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
  const db = await openDB<SpoolSchema>(name, 1, {
    upgrade(db) {
      db.createObjectStore('messages', { autoIncrement: true }).createIndex('by-bucket', 'bucket');
    },
  });
  return new IdbSpool(db, name);
}
