/**
 * Both clients show a message's time as wall-clock time in the browser's time zone; the core
 * wants ISO 8601 with an offset. One helper for both readers.
 */

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** ISO 8601 to the minute with the browser's offset for that date, e.g. 2026-10-12T10:15:00+02:00. */
export function toLocalIso(local: Date): string {
  const offset = -local.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  const abs = Math.abs(offset);
  return (
    `${local.getFullYear()}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}` +
    `T${pad(local.getHours())}:${pad(local.getMinutes())}:00` +
    `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  );
}
