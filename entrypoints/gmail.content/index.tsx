/**
 * Gmail: picks the Gmail client and mounts the Unghost sidebar beside the open conversation.
 * Everything else (reading, following navigation, inserting) lives in lib/mail-clients/gmail
 * and components/sidebar.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { mountSidebar } from '../../components/sidebar/mount-sidebar';
import { createGmailClient } from '../../lib/mail-clients/gmail/gmail-client';

export default defineContentScript({
  matches: ['https://mail.google.com/*'],
  cssInjectionMode: 'manual', // the sidebar inlines its CSS into its shadow root
  runAt: 'document_idle',
  async main(ctx) {
    await mountSidebar(ctx, createGmailClient(document));
  },
});
