/**
 * The core wants ISO 8601 dates with the sender's own offset ("2026-10-01T09:12:00+02:00"):
 * due dates are counted in local days, so "+02:00" must not collapse into "Z".
 */
const OFFSET = /([+-])(\d{2})(\d{2})\s*(?:\([^)]*\))?\s*$/;

export function toIsoWithOffset(header: string | undefined): string | undefined {
  if (!header) return undefined;
  const ms = Date.parse(header.replace(/\([^)]*\)\s*$/, '').trim());
  if (Number.isNaN(ms)) return undefined;
  const m = OFFSET.exec(header);
  const minutes = m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
  if (Math.abs(minutes) > 14 * 60) return new Date(ms).toISOString().replace('.000Z', 'Z');
  const local = new Date(ms + minutes * 60_000).toISOString().slice(0, 19);
  const abs = Math.abs(minutes);
  const sign = minutes < 0 ? '-' : '+';
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** A Received header ends in "; <date>": the best stand-in when a message has no Date. */
export function dateFromReceived(received: string | undefined): string | undefined {
  const at = received?.lastIndexOf(';') ?? -1;
  return at >= 0 ? toIsoWithOffset(received!.slice(at + 1).trim()) : undefined;
}
