/**
 * Calendar arithmetic on plain Y-M-D strings and instants with a fixed UTC offset. The owner's
 * time zone is taken to be the UTC offset of their invoice message: the core has no time zone
 * database and needs none, since a due day ends at midnight where the invoice was written.
 */

const DAY_MS = 86_400_000;
const OFFSET = /(?:([+-])(\d{2}):?(\d{2})|Z|GMT|UTC)\s*$/i;

/** Digits at s[i..i+len) as a number, or -1. */
function digitsAt(s: string, i: number, len: number): number {
  let n = 0;
  for (let k = i; k < i + len; k++) {
    const c = s.charCodeAt(k);
    if (c < 48 || c > 57) return -1;
    n = n * 10 + (c - 48);
  }
  return n;
}

/**
 * "2026-10-01T09:12:00+02:00" (what adapters write) read by hand: it is on every message, and
 * Date.parse is several times slower. Anything else goes to Date.parse.
 */
function parseIso(s: string): number {
  if (s.length < 20 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45 || s.charCodeAt(10) !== 84)
    return Number.NaN;
  const y = digitsAt(s, 0, 4);
  const mo = digitsAt(s, 5, 2);
  const d = digitsAt(s, 8, 2);
  const h = digitsAt(s, 11, 2);
  const mi = digitsAt(s, 14, 2);
  const sec = s.charCodeAt(16) === 58 ? digitsAt(s, 17, 2) : -1;
  if (
    y < 0 ||
    mo < 1 ||
    mo > 12 ||
    d < 1 ||
    d > 31 ||
    h < 0 ||
    h > 23 ||
    mi < 0 ||
    mi > 59 ||
    sec < 0 ||
    sec > 59
  ) {
    return Number.NaN;
  }
  // The offset is read in place: this runs on every message, and a slice per date is garbage.
  let offset: number;
  const sign = s.charCodeAt(19);
  if (s.length === 20 && sign === 90 /* Z */) offset = 0;
  else if (s.length === 25 && (sign === 43 || sign === 45) && s.charCodeAt(22) === 58) {
    const oh = digitsAt(s, 20, 2);
    const om = digitsAt(s, 23, 2);
    if (oh < 0 || om < 0) return Number.NaN;
    offset = (sign === 45 ? -1 : 1) * (oh * 60 + om);
  } else return Number.NaN;
  if (!isValidDay(y, mo, d)) return Number.NaN;
  return Date.UTC(y, mo - 1, d, h, mi, sec) - offset * 60_000;
}

/** Milliseconds since the epoch, or NaN for anything that is not a readable date. */
export function instantOf(value: unknown): number {
  if (value instanceof Date) return value.getTime();
  if (typeof value !== 'string' || value.length > 100) return Number.NaN;
  const fast = parseIso(value);
  return Number.isNaN(fast) ? Date.parse(value) : fast;
}

/** The UTC offset written in a date string, in minutes east of UTC (0 when absent). */
export function offsetOf(value: unknown): number {
  if (typeof value !== 'string' || value.length > 100) return 0;
  // Fast path for the "+02:00" ending adapters write: the only match the pattern below can find.
  const n = value.length;
  const sign = value.charCodeAt(n - 6);
  if (n >= 6 && (sign === 43 || sign === 45) && value.charCodeAt(n - 3) === 58) {
    const oh = digitsAt(value, n - 5, 2);
    const om = digitsAt(value, n - 2, 2);
    if (oh >= 0 && om >= 0) {
      const minutes = oh * 60 + om;
      if (minutes > 14 * 60) return 0;
      return sign === 45 ? -minutes : minutes;
    }
  }
  const m = OFFSET.exec(value.trim());
  if (!m || !m[1]) return 0;
  const minutes = Number(m[2]) * 60 + Number(m[3]);
  if (!Number.isFinite(minutes) || minutes > 14 * 60) return 0;
  return m[1] === '-' ? -minutes : minutes;
}

function pad(n: number, width = 2): string {
  // Days and months are the common case: no padStart call for them.
  if (width === 2 && n >= 0 && n < 10 && Number.isInteger(n)) return `0${n}`;
  return String(n).padStart(width, '0');
}

export function ymd(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** True when year, month and day name a real calendar day (no 31 April, no 29 Feb 2026). */
export function isValidDay(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return false;
  // Month lengths by arithmetic: a Date per check was garbage on every date read.
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const length =
    month === 2
      ? leap
        ? 29
        : 28
      : month === 4 || month === 6 || month === 9 || month === 11
        ? 30
        : 31;
  return day <= length;
}

/** The calendar day (YYYY-MM-DD) an instant falls on at a UTC offset. */
export function localDay(instant: number, offsetMinutes: number): string | undefined {
  if (!Number.isFinite(instant)) return undefined;
  const d = new Date(instant + offsetMinutes * 60_000);
  if (Number.isNaN(d.getTime())) return undefined;
  return ymd(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

function dayNumber(day: string): number {
  return Date.UTC(digitsAt(day, 0, 4), digitsAt(day, 5, 2) - 1, digitsAt(day, 8, 2)) / DAY_MS;
}

export function addDays(day: string, days: number): string {
  const d = new Date((dayNumber(day) + days) * DAY_MS);
  return ymd(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** Whole calendar days from day `a` to day `b` (negative when b is earlier). */
export function daysBetween(a: string, b: string): number {
  return Math.round(dayNumber(b) - dayNumber(a));
}

/** The instant the day ends (next midnight) at a UTC offset. */
export function endOfDay(day: string, offsetMinutes: number): number {
  return (dayNumber(day) + 1) * DAY_MS - offsetMinutes * 60_000;
}
