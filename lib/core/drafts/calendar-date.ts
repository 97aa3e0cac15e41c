/**
 * Calendar dates as YYYY-MM-DD strings. Drafts and late interest count whole days on the
 * owner's calendar, so a time of day never shifts a deadline or an interest day.
 */
const ymdPattern = /^(\d{4})-(\d{2})-(\d{2})/;

/**
 * The calendar date of an instant. An ISO string keeps the date it was written with (its own
 * offset is the writer's clock); a Date is read in the runtime's time zone, which in the
 * extension is the owner's.
 */
export function toCalendarDate(value: Date | string): string | undefined {
  if (typeof value === 'string') {
    const match = ymdPattern.exec(value.trim());
    if (!match) return undefined;
    const [, y, m, d] = match;
    const check = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
    return check.getUTCDate() === Number(d) && check.getUTCMonth() === Number(m) - 1
      ? `${y}-${m}-${d}`
      : undefined;
  }
  if (Number.isNaN(value.getTime())) return undefined;
  return ymd(value.getFullYear(), value.getMonth() + 1, value.getDate());
}

/** Midnight UTC of a YYYY-MM-DD date: a neutral anchor for day arithmetic and formatting. */
export function calendarDateToUtc(date: string): Date {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
}

export function addDays(date: string, days: number): string {
  const t = calendarDateToUtc(date);
  t.setUTCDate(t.getUTCDate() + days);
  return ymd(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round(
    (calendarDateToUtc(to).getTime() - calendarDateToUtc(from).getTime()) / 86_400_000,
  );
}

function ymd(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
