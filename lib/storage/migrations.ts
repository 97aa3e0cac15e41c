/**
 * Numbered schema migrations: migrations[n] upgrades version n to n + 1. Never edit a shipped
 * one; add the next. Each has a test in tests/storage/migrations.test.ts that upgrades a filled
 * database of the previous version and checks nothing was lost.
 *
 * Migrations are written against untyped stores on purpose: they must keep working on the
 * shapes of their own time, not on today's types.
 */
import type { IDBPDatabase, IDBPTransaction } from 'idb';

type Tx = IDBPTransaction<unknown, string[], 'versionchange'>;
export type Migration = (db: IDBPDatabase<unknown>, tx: Tx) => Promise<void> | void;

export const migrations: Migration[] = [
  // 0 -> 1: threads (small listing records), their content for re-analysis, and settings.
  (db) => {
    db.createObjectStore('threads', { keyPath: 'id' });
    db.createObjectStore('contents', { keyPath: 'id' });
    db.createObjectStore('settings');
  },
  // 1 -> 2: the popup filters by client and searches customer, subject and invoice number.
  // Precompute the search text once per write instead of per keystroke over 1,000 records,
  // and index the client.
  async (_db, tx) => {
    const threads = tx.objectStore('threads');
    threads.createIndex('by-client', 'client');
    let cursor = await threads.openCursor();
    while (cursor) {
      const r = cursor.value as {
        customer?: { name?: string; email?: string };
        subject?: string;
        analysis?: { invoice?: { number?: string } };
        overrides?: object;
      };
      const searchText = [
        r.customer?.name,
        r.customer?.email,
        r.subject,
        r.analysis?.invoice?.number,
      ]
        .filter(Boolean)
        .join(' ')
        .toLowerCase();
      await cursor.update({ ...r, searchText, overrides: r.overrides ?? {} });
      cursor = await cursor.continue();
    }
  },
  // 2 -> 3: a small store for derived data the popup paints its first frame from (the top
  // silent threads), so that opening it with 1,000 threads does not wait for all of them.
  // Nothing to move: the background fills it on its next refresh.
  (db) => {
    db.createObjectStore('meta');
  },
  // 3 -> 4: messages seen whole, by thread and message id, so a later visit that shows them
  // collapsed still reads them; seeded from every stored thread's content, so nothing a thread
  // held is lost. And a small store for reading health (hook names and counts, no mail).
  async (db, tx) => {
    const messages = db.createObjectStore('messages', { keyPath: ['threadId', 'id'] });
    messages.createIndex('by-thread', 'threadId');
    messages.createIndex('by-seen', 'seenAt');
    db.createObjectStore('health', { keyPath: 'client' });
    let cursor = await tx.objectStore('contents').openCursor();
    const seenAt = new Date(0).toISOString();
    while (cursor) {
      const { id: threadId, thread } = cursor.value as {
        id: string;
        thread?: { messages?: Array<{ id?: unknown; text?: unknown }> };
      };
      for (const m of thread?.messages ?? []) {
        if (typeof m.id === 'string' && m.id && typeof m.text === 'string')
          await messages.put({ ...m, threadId, source: 'read', seenAt });
      }
      cursor = await cursor.continue();
    }
  },
  // 4 -> 5: the edited rate tables leave the settings store (where they sat under a key of their
  // own, typed as settings) for a store of their own. Moved as they are, in the same
  // versionchange transaction: a failure leaves version 4 with the tables where they were.
  async (db, tx) => {
    db.createObjectStore('rateTables');
    const settings = tx.objectStore('settings');
    const tables: unknown = await settings.get('lateInterestTables');
    if (tables !== undefined) {
      await tx.objectStore('rateTables').put(tables, 'lateInterestTables');
      await settings.delete('lateInterestTables');
    }
  },
  // 5 -> 6: the sweeps ("Find my open invoices"), one per mail client, so a sweep resumes after
  // the browser restarts. A new store: nothing existing changes.
  (db) => {
    db.createObjectStore('sweeps', { keyPath: 'client' });
  },
];
