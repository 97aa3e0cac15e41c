/*
 * The demo in Outlook's dark theme: ?theme=dark (e.g. /mail/inbox?theme=dark). Outlook's Fluent
 * theme sets its colour tokens inline on <html>, and a dark theme inverts them (`--black` is
 * #FFFFFF, `--white` #000000); the end of style.css gives the demo the colours.
 */
(function () {
  'use strict';
  if (new URLSearchParams(location.search).get('theme') !== 'dark') return;
  var root = document.documentElement;
  root.setAttribute('data-demo-theme', 'dark');
  root.style.setProperty('--black', '#FFFFFF');
  root.style.setProperty('--white', '#000000');
})();
