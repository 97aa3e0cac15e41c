/**
 * "Forget everything": every tracked thread, decision, follow-up, setting, remembered message
 * and reading-health count, in one transaction.
 */
import type { UnghostDb } from './database';

export async function forgetEverything(db: UnghostDb): Promise<void> {
  const tx = db.transaction(
    ['threads', 'contents', 'settings', 'rateTables', 'meta', 'messages', 'health'],
    'readwrite',
  );
  await Promise.all([...tx.objectStoreNames].map((name) => tx.objectStore(name).clear()));
  await tx.done;
}
