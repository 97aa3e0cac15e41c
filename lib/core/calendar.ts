/**
 * Calendar arithmetic on plain Y-M-D strings and instants with a fixed UTC offset. The owner's
 * time zone is taken to be the UTC offset of their invoice message: the core has no time zone
 * database and needs none, since a due day ends at midnight where the invoice was written.
 */

const DAY_MS = 86_400_000;
const OFFSET = /(?:([+-])(\d{2}):?(\d{2})|Z|GMT|UTC)\s*$/i;

/** Milliseconds since the epoch, or NaN for anything that is not a readable date. */
export function instantOf(value: unknown): number {
  if (value instanceof Date) return value.getTime();
  if (typeof value !== 'string' || value.length > 100) return Number.NaN;
  return Date.parse(value);
}

/** The UTC offset written in a date string, in minutes east of UTC (0 when absent). */
export function offsetOf(value: unknown): number {
  if (typeof value !== 'string' || value.length > 100) return 0;
  const m = OFFSET.exec(value.trim());
  if (!m || !m[1]) return 0;
  const minutes = Number(m[2]) * 60 + Number(m[3]);
  if (!Number.isFinite(minutes) || minutes > 14 * 60) return 0;
  return m[1] === '-' ? -minutes : minutes;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

export function ymd(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** True when year, month and day name a real calendar day (no 31 April, no 29 Feb 2026). */
export function isValidDay(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The calendar day (YYYY-MM-DD) an instant falls on at a UTC offset. */
export function localDay(instant: number, offsetMinutes: number): string | undefined {
  if (!Number.isFinite(instant)) return undefined;
  const d = new Date(instant + offsetMinutes * 60_000);
  if (Number.isNaN(d.getTime())) return undefined;
  return ymd(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

function dayNumber(day: string): number {
  return Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / DAY_MS;
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
