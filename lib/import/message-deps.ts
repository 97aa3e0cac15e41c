/** ImportPanel's deps over the background's typed messages (the extension's own pages only). */
import { openIdbSpool } from './idb-spool';
import { sendMessage } from '../messages';
import { inPageImporter, type ImportDeps } from './mailbox-importer';
import { workerImporter, type WorkerLike } from './worker-importer';

export const messageDeps: ImportDeps = {
  async loadOwner() {
    const settings = await sendMessage('getSettings', undefined);
    return {
      ...(settings.ownerName ? { name: settings.ownerName } : {}),
      emails: settings.aliases,
    };
  },
  async saveOwner(owner) {
    const settings = await sendMessage('getSettings', undefined);
    const aliases = [...new Set([...settings.aliases, ...owner.emails])];
    await sendMessage('saveSettings', {
      aliases,
      ...(settings.ownerName || !owner.name ? {} : { ownerName: owner.name }),
    });
  },
  storeBatch: (batch) => sendMessage('importThreads', batch),
  // In a worker: off the page's thread, and there postal-mime may use an in-memory Blob (twice
  // as fast in Chromium). Messages wait in IndexedDB, not in memory. Where there is no Worker
  // (the unit tests' DOM), in the page, with the same spool.
  importer:
    typeof Worker === 'function'
      ? workerImporter(
          () =>
            new Worker(new URL('./import-worker.ts', import.meta.url), {
              type: 'module',
            }) as unknown as WorkerLike,
        )
      : inPageImporter(openIdbSpool),
};
