/**
 * Backup: everything the store holds as one JSON file, and its import. An import is checked
 * whole before anything is touched; a damaged or foreign file is refused with a reason and the
 * store stays as it was. An accepted file replaces the store in one transaction.
 */
import * as v from 'valibot';
import { DB_VERSION, SETTINGS_KEY, type UnghostDb } from './database';
import type { LateInterestTables } from '../core/index';
import { safeMailLink } from './mail-link';
import { checkRateTables, RATE_TABLES_KEY } from './rate-tables-store';
import { backupSchema } from './backup-schema';
import type { StoredSettings } from './stored-settings';
import { searchTextOf, type ThreadContent, type ThreadRecord } from './thread-record';
import { validateSettings } from './validate-settings';

export const BACKUP_FORMAT = 'unghost-backup';
export const BACKUP_VERSION = 1;

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  exportedAt: string;
  /** The database version the data was written by; informative. */
  schemaVersion: number;
  settings?: StoredSettings;
  /** The person's edited rate tables; absent when they use the shipped ones. */
  lateInterestTables?: LateInterestTables;
  threads: ThreadRecord[];
  contents: ThreadContent[];
}

export async function exportBackup(db: UnghostDb, now: Date): Promise<Backup> {
  const tx = db.transaction(['threads', 'contents', 'settings', 'rateTables'], 'readonly');
  const [settings, tables, threads, contents] = await Promise.all([
    tx.objectStore('settings').get(SETTINGS_KEY),
    tx.objectStore('rateTables').get(RATE_TABLES_KEY),
    tx.objectStore('threads').getAll(),
    tx.objectStore('contents').getAll(),
  ]);
  await tx.done;
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now.toISOString(),
    schemaVersion: DB_VERSION,
    settings,
    ...(tables ? { lateInterestTables: tables } : {}),
    threads,
    contents,
  };
}

/** Why a backup file was refused: an i18n key (options_backup_error_*). */
export class BackupError extends Error {
  constructor(readonly key: string) {
    super(key);
    this.name = 'BackupError';
  }
}

/** Parses and checks a backup file's text; throws BackupError, never touches the store. */
export function parseBackup(text: string): Backup {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new BackupError('options_backup_error_not_json');
  }
  if (
    !json ||
    typeof json !== 'object' ||
    (json as { format?: unknown }).format !== BACKUP_FORMAT
  ) {
    throw new BackupError('options_backup_error_foreign');
  }
  if ((json as { version?: unknown }).version !== BACKUP_VERSION)
    throw new BackupError('options_backup_error_version');
  const parsed = v.safeParse(backupSchema, json);
  if (!parsed.success) throw new BackupError('options_backup_error_damaged');
  const backup = parsed.output as unknown as Backup;
  if (backup.settings && !validateSettings(backup.settings).ok)
    throw new BackupError('options_backup_error_damaged');
  if (backup.lateInterestTables && checkRateTables(backup.lateInterestTables))
    throw new BackupError('options_backup_error_damaged');
  const contentIds = new Set(backup.contents.map((c) => c.id));
  if (!backup.threads.every((t) => contentIds.has(t.id)))
    throw new BackupError('options_backup_error_damaged');
  return backup;
}

/** Replaces everything stored with the backup, in one transaction. Returns the thread count. */
export async function importBackup(db: UnghostDb, text: string): Promise<number> {
  const backup = parseBackup(text);
  const tx = db.transaction(['threads', 'contents', 'settings', 'rateTables', 'meta'], 'readwrite');
  const threads = tx.objectStore('threads');
  const contents = tx.objectStore('contents');
  const settings = tx.objectStore('settings');
  const rateTables = tx.objectStore('rateTables');
  // Derived data goes too; the background rebuilds it from what was imported.
  await Promise.all([
    threads.clear(),
    contents.clear(),
    settings.clear(),
    rateTables.clear(),
    tx.objectStore('meta').clear(),
  ]);
  const writes: Promise<unknown>[] = [];
  if (backup.settings) writes.push(settings.put(backup.settings, SETTINGS_KEY));
  if (backup.lateInterestTables)
    writes.push(rateTables.put(backup.lateInterestTables, RATE_TABLES_KEY));
  for (const t of backup.threads) {
    // Links are re-checked: a hand-edited backup must not smuggle in another site.
    writes.push(
      threads.put({
        ...t,
        link: safeMailLink(t.link),
        overrides: t.overrides ?? {},
        searchText: searchTextOf(t),
      }),
    );
  }
  for (const c of backup.contents) writes.push(contents.put(c));
  await Promise.all(writes);
  await tx.done;
  return backup.threads.length;
}
