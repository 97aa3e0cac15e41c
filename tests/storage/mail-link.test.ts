import { expect, test } from 'vitest';
import { safeMailLink } from '../../lib/storage/mail-link';

test.each([
  ['Gmail', 'https://mail.google.com/mail/u/0/#inbox/18f1a2b3c4d5e603', true],
  ['Outlook work account', 'https://outlook.office.com/mail/inbox/id/AAQkADU0', true],
  ['Outlook on office365.com', 'https://outlook.office365.com/mail/inbox/id/AAQkADU0', true],
  ['Outlook personal account', 'https://outlook.live.com/mail/0/inbox/id/AQMkADAw', true],
  [
    'Outlook at outlook.cloud.microsoft',
    'https://outlook.cloud.microsoft/mail/inbox/id/AAQkAGMy',
    true,
  ],
  ['a look-alike host', 'https://outlook.cloud.microsoft.example.com/mail/', false],
  ['plain http', 'http://outlook.cloud.microsoft/mail/', false],
  ['a script URL', 'javascript:alert(1)', false],
])('a link back to %s (%s) is allowed: %s', (_label, link, allowed) => {
  expect(safeMailLink(link)).toBe(allowed ? link : '');
});
