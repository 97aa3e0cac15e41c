/**
 * Outlook on the web: picks the Outlook client and mounts the Unghost sidebar beside the
 * reading pane. Reading, navigation and inserting live in lib/mail-clients/outlook; the
 * sidebar is the shared components/sidebar.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { mountSidebar } from '../../components/sidebar/mount-sidebar';
import type { Settings } from '../../lib/core/index';
import { GuardedContext } from '../../lib/content/guarded-context';
import { sendMessage } from '../../lib/messages';
import { createOutlookClient } from '../../lib/mail-clients/outlook/outlook-client';

export default defineContentScript({
  matches: [
    'https://outlook.office.com/mail/*',
    'https://outlook.office365.com/mail/*',
    'https://outlook.live.com/mail/*',
    'https://outlook.cloud.microsoft/mail/*', // Microsoft 365's newer address for the same app
  ],
  cssInjectionMode: 'manual', // the sidebar inlines its CSS into its shadow root
  // Announce nothing to the page: it could answer with "a newer script started" (guarded-context.ts).
  noScriptStartedPostMessage: true,
  runAt: 'document_idle',
  async main() {
    // Not WXT's context: one the page cannot invalidate (lib/content/guarded-context.ts).
    const ctx = new GuardedContext('outlook');
    // Work accounts show the owner's own messages by name only; the settings' name and
    // aliases resolve them. Without an answer from the background, Outlook's page alone counts.
    // Not awaited: the sidebar mounts at once; reads after the answer use the hints.
    let settings: Partial<Settings> = {};
    sendMessage('getSettings', undefined)
      .then((answer) => (settings = answer))
      .catch(() => undefined); // background not ready: read with what the page shows
    const client = createOutlookClient(document, {
      aliases: () => settings.aliases ?? [],
      ownerName: () => settings.ownerName,
    });
    await mountSidebar(ctx, client);
  },
});
