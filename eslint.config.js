import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * lib/core is the product's pure logic: it imports nothing outside lib/core (no aliases, no
 * relative path that climbs out of it) and no browser, UI or storage API.
 */
const pureCore = (climbOut) => ({
  'no-restricted-imports': [
    'error',
    {
      patterns: [
        {
          group: [climbOut, '@/*', '~/*', '@@/*', '~~/*'],
          message: 'lib/core imports nothing outside lib/core.',
        },
        {
          group: ['wxt', 'wxt/*', 'webextension-polyfill', '#imports', 'react', 'react-dom', 'idb'],
          message: 'lib/core is pure: no browser, UI or storage APIs.',
        },
      ],
    },
  ],
});

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'test-results/**', 'screenshots/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  // Playwright fixtures declare their dependencies with object patterns, empty ones included.
  { files: ['tests/e2e/**/*.ts'], rules: { 'no-empty-pattern': 'off' } },
  // The demo mailboxes are plain browser scripts loaded by demo/<client>/index.html, no build.
  {
    files: ['demo/**/*.js'],
    languageOptions: {
      sourceType: 'script',
      globals: Object.fromEntries(
        [
          'window',
          'document',
          'location',
          'history',
          'navigator',
          'Node',
          'Event',
          'InputEvent',
          'URLSearchParams',
          'setTimeout',
          'clearTimeout',
          'console',
        ].map((g) => [g, 'readonly']),
      ),
    },
  },
  { files: ['lib/core/*.ts'], rules: pureCore('../*') },
  { files: ['lib/core/*/**/*.ts'], rules: pureCore('../../*') },
);
