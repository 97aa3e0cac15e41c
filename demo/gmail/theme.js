/*
 * The demo in Gmail's dark theme: ?theme=dark (e.g. /mail/u/0/?theme=dark#inbox/18f1a2b3c4d5e601).
 * Gmail marks its dark theme only by its colours (no class or attribute), so the end of
 * demo.css changes only colours; the extension reads the theme from them.
 */
(function () {
  'use strict';
  if (new URLSearchParams(location.search).get('theme') === 'dark')
    document.documentElement.setAttribute('data-demo-theme', 'dark');
})();
