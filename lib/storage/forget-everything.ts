/** "Forget everything": every tracked thread, decision, follow-up and setting, in one transaction. */
import type { UnghostDb } from './database';

export async function forgetEverything(db: UnghostDb): Promise<void> {
  const tx = db.transaction(['threads', 'contents', 'settings', 'meta'], 'readwrite');
  await Promise.all([...tx.objectStoreNames].map((name) => tx.objectStore(name).clear()));
  await tx.done;
}
