import { defineConfig } from 'wxt';
import tailwindcss from '@tailwindcss/vite';

/** The mail clients Unghost lives in; nothing else is ever requested. */
export const MAIL_HOSTS = [
  'https://mail.google.com/*',
  'https://outlook.office.com/*',
  'https://outlook.office365.com/*',
  'https://outlook.live.com/*',
];

export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [tailwindcss()] }),
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    host_permissions: MAIL_HOSTS,
    permissions: ['storage', 'alarms'],
  },
  webExt: {
    binaries: { chrome: '/usr/bin/chromium' },
    chromiumArgs: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
    startUrls: ['https://mail.google.com/mail/u/0/'],
  },
});
