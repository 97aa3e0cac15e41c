/**
 * "Forget everything": every tracked thread, decision, follow-up, setting, remembered message
 * reading-health count and sweep, in one transaction.
 */
import type { UnghostDb } from './database';

export async function forgetEverything(db: UnghostDb): Promise<void> {
  const tx = db.transaction(
    ['threads', 'contents', 'settings', 'rateTables', 'meta', 'messages', 'health', 'sweeps'],
    'readwrite',
  );
  await Promise.all([...tx.objectStoreNames].map((name) => tx.objectStore(name).clear()));
  await tx.done;
}
