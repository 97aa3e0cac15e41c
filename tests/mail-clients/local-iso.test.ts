import { expect, test } from 'vitest';
import { parseGmailDate } from '../../lib/mail-clients/gmail/parse-gmail-date';
import { toLocalIso } from '../../lib/mail-clients/local-iso';
import { parseOutlookDate } from '../../lib/mail-clients/outlook/outlook-date';

test.each([
  [new Date(2026, 0, 5, 9, 7)],
  [new Date(2026, 6, 14, 23, 59)],
  [new Date(2026, 9, 25, 2, 30)],
])('%s: wall-clock time with the offset of that date, the same instant', (local) => {
  const iso = toLocalIso(local);
  expect(iso).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00[+-]\d{2}:\d{2}$/);
  expect(iso.slice(0, 16)).toBe(
    `${local.getFullYear()}-${String(local.getMonth() + 1).padStart(2, '0')}-` +
      `${String(local.getDate()).padStart(2, '0')}T${String(local.getHours()).padStart(2, '0')}:` +
      `${String(local.getMinutes()).padStart(2, '0')}`,
  );
  expect(new Date(iso).getTime()).toBe(local.getTime());
});

test('both clients write the same instant the same way', () => {
  expect(parseGmailDate('Mon, Sep 14, 2026, 4:22 PM')).toBe(
    parseOutlookDate('Mon 9/14/2026 4:22 PM'),
  );
});
