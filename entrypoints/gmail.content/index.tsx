/**
 * Gmail: picks the Gmail client and mounts the Unghost sidebar beside the open conversation.
 * Reading, following navigation and inserting live in lib/mail-clients/gmail; the sidebar is
 * the shared components/sidebar.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { mountSidebar } from '../../components/sidebar/mount-sidebar';
import { startSweepIfAsked } from '../../components/sweep/mount-sweep';
import { GuardedContext } from '../../lib/content/guarded-context';
import { sendMessage } from '../../lib/messages';
import { createGmailClient } from '../../lib/mail-clients/gmail/gmail-client';

export default defineContentScript({
  // Gmail's mail UI lives under /mail/ (mail.google.com/chat is Chat, not mail).
  matches: ['https://mail.google.com/mail/*'],
  cssInjectionMode: 'manual', // the sidebar inlines its CSS into its shadow root
  // Announce nothing to the page: it could answer with "a newer script started" (guarded-context.ts).
  noScriptStartedPostMessage: true,
  runAt: 'document_idle',
  async main() {
    // Not WXT's context: one the page cannot invalidate (lib/content/guarded-context.ts).
    const ctx = new GuardedContext('gmail');
    // The owner is the signed-in account plus the aliases in the person's settings. Not
    // awaited: the sidebar mounts at once, and reads after the answer include the aliases.
    let aliases: readonly string[] = [];
    sendMessage('getSettings', undefined)
      .then((settings) => (aliases = settings.aliases))
      .catch(() => undefined); // background not ready: the account alone
    const client = createGmailClient(document, { aliases: () => aliases });
    await mountSidebar(ctx, client);
    // In the sweep's own tab ("Find my open invoices"), the sweep runs here.
    void startSweepIfAsked(ctx, client);
  },
});
