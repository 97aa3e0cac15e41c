/**
 * Gmail: picks the Gmail client and mounts the Unghost sidebar beside the open conversation.
 * Reading, following navigation and inserting live in lib/mail-clients/gmail; the sidebar is
 * the shared components/sidebar.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { mountSidebar } from '../../components/sidebar/mount-sidebar';
import { sendMessage } from '../../lib/messages';
import { createGmailClient } from '../../lib/mail-clients/gmail/gmail-client';

export default defineContentScript({
  // Gmail's mail UI lives under /mail/ (mail.google.com/chat is Chat, not mail).
  matches: ['https://mail.google.com/mail/*'],
  cssInjectionMode: 'manual', // the sidebar inlines its CSS into its shadow root
  runAt: 'document_idle',
  async main(ctx) {
    // The owner is the signed-in account plus the aliases in the person's settings. Not
    // awaited: the sidebar mounts at once, and reads after the answer include the aliases.
    let aliases: readonly string[] = [];
    sendMessage('getSettings', undefined)
      .then((settings) => (aliases = settings.aliases))
      .catch(() => undefined); // background not ready: the account alone
    await mountSidebar(ctx, createGmailClient(document, { aliases: () => aliases }));
  },
});
