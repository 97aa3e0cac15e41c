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
  // Every query of a mail page goes through a named, dated hook (lib/mail-clients/dom.ts), so the
  // selector tests count it and reading health reports it. A file that must query raw says why
  // in an eslint-disable comment.
  {
    files: ['lib/mail-clients/**/*.ts'],
    ignores: ['lib/mail-clients/dom.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            'CallExpression[callee.property.name=/^(querySelector|querySelectorAll|closest|matches)$/]',
          message:
            'Query the page through a Hook and the helpers in lib/mail-clients/dom.ts (findElement, findAll, expectElement, closestHook, matchesHook, findAny, findEvery).',
        },
      ],
    },
  },
  { files: ['lib/core/*.ts'], rules: pureCore('../*') },
  { files: ['lib/core/*/**/*.ts'], rules: pureCore('../../*') },
  // Deeper folders (drafts/languages/<code>/) climb further before they leave lib/core.
  { files: ['lib/core/*/*/*.ts'], rules: pureCore('../../../*') },
  { files: ['lib/core/*/*/*/**/*.ts'], rules: pureCore('../../../../*') },
  // No state outlives an analysis: module-level bindings in lib/core are constants (tables built
  // once when the core loads); what one analysis needs as scratch space, it owns.
  {
    files: ['lib/core/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "Program > VariableDeclaration[kind!='const'], Program > ExportNamedDeclaration > VariableDeclaration[kind!='const']",
          message:
            'lib/core keeps no module-level mutable state: use a const table or pass state in.',
        },
      ],
    },
  },
);
