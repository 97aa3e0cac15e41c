import { defineConfig } from 'wxt';
import tailwindcss from '@tailwindcss/vite';
import { shadowRootProperties } from './scripts/shadow-root-css';

/** The mail clients Unghost lives in; nothing else is ever requested. */
export const MAIL_HOSTS = [
  'https://mail.google.com/*',
  'https://outlook.office.com/*',
  'https://outlook.office365.com/*',
  'https://outlook.live.com/*',
  'https://outlook.cloud.microsoft/*',
];

export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [tailwindcss()],
    // The sidebar's stylesheet goes into a shadow root: keep Tailwind's @property rules out of
    // the mail client's document (scripts/shadow-root-css.ts).
    css: {
      postcss: { plugins: [shadowRootProperties((file) => file.includes('/components/sidebar/'))] },
    },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    host_permissions: MAIL_HOSTS,
    permissions: ['storage', 'alarms'],
    // Firefox needs a fixed add-on id for storage and IndexedDB to survive reinstalls, and
    // addons.mozilla.org asks every new add-on what data it collects: none (no server at all).
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'unghost@unghost.invalid',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  hooks: {
    // Content scripts load into every mail tab: they render the shared sidebar with preact/compat
    // (the React 19 runtime alone is 65 KB gzipped). Extension pages keep React.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((e) => e.type === 'content-script')) return;
      // ASCII-only output (\u escapes): Chromium then keeps the script's source, which lives in
      // the mail page's heap as long as the tab is open, at one byte per character, not two.
      const output = config.build?.rollupOptions?.output;
      if (output && !Array.isArray(output)) output.charset = 'ascii';
      config.resolve ??= {};
      config.resolve.alias = [
        { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
        { find: /^react-dom$/, replacement: 'preact/compat' },
        { find: /^react\/jsx-runtime$/, replacement: 'preact/jsx-runtime' },
        { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/jsx-runtime' },
        { find: /^react$/, replacement: 'preact/compat' },
        ...(Array.isArray(config.resolve.alias)
          ? config.resolve.alias
          : Object.entries(config.resolve.alias ?? {}).map(([find, replacement]) => ({
              find,
              replacement: replacement as string,
            }))),
      ];
    },
  },
  // `npm run dev` opens the demo Gmail. Which browser binary it starts, and flags only one
  // machine needs (--no-sandbox as root), go in a gitignored web-ext.config.ts (see README).
  webExt: {
    startUrls: ['https://mail.google.com/mail/u/0/'],
  },
});
