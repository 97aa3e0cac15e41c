/**
 * The background's side of an import: each conversation goes through the same trackThread as
 * a conversation the sidebar read (stored if it is an invoice thread or already tracked; the
 * same id again replaces it, so importing an export twice doubles nothing).
 */
import type { ThreadStatus } from '../core/index';
import type { UnghostDb } from '../storage/database';
import { trackThread, type Analyzer } from '../storage/thread-store';
import type { ImportBatch } from './import-mailbox';

export interface ImportedThreadOutcome {
  id: string;
  /** Absent: not an invoice thread, not stored. 'error': the analysis failed, nothing stored. */
  status?: ThreadStatus | 'error';
  /** Not stored again: the mail client's copy under this id was already tracked. */
  sameAs?: string;
}

async function firstTracked(db: UnghostDb, ids: string[]) {
  for (const id of ids) {
    const record = await db.get('threads', id);
    if (record) return record;
  }
  return undefined;
}

/** Retires threads that merged into another; only untouched import threads may go. */
async function forgetReplaced(db: UnghostDb, id: string): Promise<void> {
  const tx = db.transaction(['threads', 'contents'], 'readwrite');
  const record = await tx.objectStore('threads').get(id);
  if (record && record.client === 'import' && !record.decision && record.followUps.length === 0) {
    await Promise.all([
      tx.objectStore('threads').delete(id),
      tx.objectStore('contents').delete(id),
    ]);
  }
  await tx.done;
}

export async function storeImportedThreads(
  db: UnghostDb,
  batch: ImportBatch,
  now: Date,
  analyze: Analyzer,
): Promise<ImportedThreadOutcome[]> {
  for (const id of batch.replacedIds) if (id.startsWith('import:')) await forgetReplaced(db, id);
  const outcomes: ImportedThreadOutcome[] = [];
  for (const { thread, link, sameAs } of batch.threads) {
    // This door is for imported mail only: it must not overwrite what a mail client tracked.
    if (thread.client !== 'import' || !thread.id.startsWith('import:')) continue;
    try {
      // The sidebar already tracks this conversation, live: a second, imported copy would
      // only show it twice in the list.
      const tracked = await firstTracked(db, sameAs ?? []);
      if (tracked) {
        outcomes.push({ id: thread.id, status: tracked.analysis.status, sameAs: tracked.id });
        continue;
      }
      const { record } = await trackThread(db, { thread, link }, now, analyze);
      outcomes.push(record ? { id: thread.id, status: record.analysis.status } : { id: thread.id });
    } catch {
      outcomes.push({ id: thread.id, status: 'error' });
    }
  }
  return outcomes;
}
