/** ImportPanel's deps over the background's typed messages (the extension's own pages only). */
import { openIdbSpool } from '../../lib/import/idb-spool';
import { sendMessage } from '../../lib/messages';
import type { ImportDeps } from './use-mailbox-import';

export const messageDeps: ImportDeps = {
  async loadOwner() {
    const settings = await sendMessage('getSettings', undefined);
    return { ...(settings.ownerName ? { name: settings.ownerName } : {}), emails: settings.aliases };
  },
  async saveOwner(owner) {
    const settings = await sendMessage('getSettings', undefined);
    const aliases = [...new Set([...settings.aliases, ...owner.emails])];
    await sendMessage('saveSettings', { aliases, ...(settings.ownerName || !owner.name ? {} : { ownerName: owner.name }) });
  },
  storeBatch: (batch) => sendMessage('importThreads', batch),
  // The import's messages wait in IndexedDB in this page, not in its memory.
  openSpool: openIdbSpool,
};
