/** "Forget everything": every tracked thread, decision, follow-up and setting, in one transaction. */
import type { UnghostDb } from './database';

export async function forgetEverything(db: UnghostDb): Promise<void> {
  const tx = db.transaction(['threads', 'contents', 'settings'], 'readwrite');
  await Promise.all([tx.objectStore('threads').clear(), tx.objectStore('contents').clear(), tx.objectStore('settings').clear()]);
  await tx.done;
}
