import { defineContentScript } from 'wxt/utils/define-content-script';

export default defineContentScript({
  matches: ['https://mail.google.com/*'],
  main() {
    // The Gmail sidebar is mounted here by the Gmail issue.
  },
});
