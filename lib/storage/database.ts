/**
 * The extension's IndexedDB. Opened only in the background and the extension's own pages: a
 * content script's IndexedDB belongs to the mail provider's origin, whose scripts could read it.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { LateInterestTables } from '../core/index';
import { migrations } from './migrations';
import type { ThreadContent, ThreadRecord } from './thread-record';
import type { FirstPage } from './first-page';
import type { StoredMessage } from './stored-message';
import type { ClientHealth } from './reading-health';
import type { StoredSettings } from './stored-settings';
import type { SweepState } from './sweep-state';

export const DB_NAME = 'unghost';
/** One past the last migration's number: bump it only by adding a migration. */
export const DB_VERSION = migrations.length;

export interface UnghostSchema extends DBSchema {
  threads: { key: string; value: ThreadRecord; indexes: { 'by-client': string } };
  contents: { key: string; value: ThreadContent };
  /** Out-of-line keys; the person's settings live under SETTINGS_KEY. */
  settings: { key: string; value: StoredSettings };
  /** Derived data, rebuilt by the background from the threads (v3): never the only copy of anything. */
  meta: { key: string; value: FirstPage };
  /** Messages seen whole, by [thread id, message id] (v4): lib/storage/message-memory.ts. */
  messages: {
    key: [string, string];
    value: StoredMessage;
    indexes: { 'by-thread': string; 'by-seen': string };
  };
  /** What the sidebar could read lately, per mail client, names of hooks only (v4). */
  health: { key: string; value: ClientHealth };
  /** The person's edited late-interest rate tables under RATE_TABLES_KEY (v5; absent: shipped ones). */
  rateTables: { key: string; value: LateInterestTables };
  /** The sweep of each mail client (v6): lib/storage/sweep-state.ts. */
  sweeps: { key: string; value: SweepState };
}

export const SETTINGS_KEY = 'settings';

export type UnghostDb = IDBPDatabase<UnghostSchema>;

/**
 * Opens (and migrates) the database. `version` is for migration tests, which open an older
 * version, fill it, and upgrade it.
 */
export function openDatabase(name = DB_NAME, version = DB_VERSION): Promise<UnghostDb> {
  return openDB<UnghostSchema>(name, version, {
    async upgrade(db, oldVersion, newVersion, tx) {
      // Each migration runs inside the one versionchange transaction: if any step fails, the
      // browser aborts it and the database stays at its last good version.
      for (let v = oldVersion; v < (newVersion ?? version); v++) {
        await migrations[v]!(db as unknown as IDBPDatabase<unknown>, tx as never);
      }
    },
  });
}
