import { describe, expect, test } from 'vitest';
import { parseGmailDate } from '../../lib/mail-clients/gmail/parse-gmail-date';

/** Local wall-clock time, as Gmail shows it in the browser's zone. */
const local = (y: number, m: number, d: number, h: number, min: number) =>
  new Date(y, m - 1, d, h, min).getTime();

describe('Gmail date titles in the UI languages people use', () => {
  test.each([
    ['en-US, morning', 'Mon, Oct 5, 2026, 9:12 AM', local(2026, 10, 5, 9, 12)],
    [
      'en-US, afternoon with a narrow no-break space',
      'Tue, Oct 6, 2026, 4:40\u202fPM',
      local(2026, 10, 6, 16, 40),
    ],
    ['en-US, noon', 'Thu, Nov 5, 2026, 12:00 PM', local(2026, 11, 5, 12, 0)],
    ['en-US, midnight', 'Fri, Nov 6, 2026, 12:05 AM', local(2026, 11, 6, 0, 5)],
    ['en-US, older "at" form', 'Mon, Oct 5, 2026 at 9:12 AM', local(2026, 10, 5, 9, 12)],
    ['en-GB', 'Mon, 5 Oct 2026, 09:12', local(2026, 10, 5, 9, 12)],
    ['de', 'Mo., 12. Okt. 2026, 10:15', local(2026, 10, 12, 10, 15)],
    ['de, September as "Sept."', 'Mo., 14. Sept. 2026, 16:22', local(2026, 9, 14, 16, 22)],
    ['de, März with umlaut', 'Di., 3. März 2026, 08:00', local(2026, 3, 3, 8, 0)],
    ['de, numeric', '12.10.2026, 10:15', local(2026, 10, 12, 10, 15)],
    [
      'fr, weekday "mar." is Tuesday, not March',
      'mar. 13 oct. 2026, 10:15',
      local(2026, 10, 13, 10, 15),
    ],
    ['fr, juillet', 'jeu. 2 juil. 2026, 14:30', local(2026, 7, 2, 14, 30)],
    ['es', 'lun, 5 oct 2026, 9:12', local(2026, 10, 5, 9, 12)],
    ['nl', 'ma 5 okt 2026 09:12', local(2026, 10, 5, 9, 12)],
  ])('%s: "%s"', (_label, title, expected) => {
    const iso = parseGmailDate(title);
    expect(iso).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00[+-]\d{2}:\d{2}$/);
    expect(new Date(iso!).getTime()).toBe(expected);
  });

  test.each([
    ['relative text only', '2 hours ago'],
    ['no year', 'Oct 5, 9:12 AM'],
    ['empty', ''],
    ['impossible day', 'Mon, Feb 31, 2026, 9:12 AM'],
  ])('%s is not a date: "%s"', (_label, title) => {
    expect(parseGmailDate(title)).toBeUndefined();
  });
});
