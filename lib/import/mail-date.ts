/**
 * The core wants ISO 8601 dates with the sender's own offset ("2026-10-01T09:12:00+02:00"):
 * due dates are counted in local days, so "+02:00" must not collapse into "Z".
 *
 * Dates are read strictly: Date.parse rolls "31 Feb 2026" over into 3 March, takes "+9999" as
 * an offset and reads the year 0000 as 2000. A date no calendar has is called impossible, so
 * that the import names it as a problem of its message instead of filing it on another day.
 */
const OFFSET = /([+-])(\d{2})(\d{2})\s*(?:\([^)]*\))?\s*$/;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** The widest offsets in use: UTC-12:00 and UTC+14:00. */
const MAX_OFFSET_MINUTES = 14 * 60;

/** RFC 5322 ("Tue, 1 Sep 2026 11:12:00 +0200"), ISO 8601 and asctime ("Tue Sep  1 11:12:00 2026"). */
const RFC =
  /^\s*(?:[a-z]+\s*,?\s*)?(\d{1,2})[\s-]+([a-z]+)\.?[\s-]+(\d{2,4})\s+(\d{1,2}):(\d{1,2})(?::(\d{1,2}))?(?:\s|$)/i;
const ISO = /^\s*(\d{4})-(\d{2})-(\d{2})(?:[t\s](\d{2}):(\d{2})(?::(\d{2}))?)?/i;
const ASCTIME =
  /^\s*[a-z]+\s+([a-z]+)\s+(\d{1,2})\s+(\d{1,2}):(\d{1,2})(?::(\d{1,2}))?\s+(\d{4})(?:\s|$)/i;

interface Fields {
  year: string;
  month: number;
  day: string;
  hour?: string;
  minute?: string;
  second?: string;
}

const monthOf = (name: string) => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;

function fieldsOf(header: string): Fields | undefined {
  let m = RFC.exec(header);
  if (m && monthOf(m[2]!) > 0)
    return {
      day: m[1]!,
      month: monthOf(m[2]!),
      year: m[3]!,
      hour: m[4],
      minute: m[5],
      second: m[6],
    };
  m = ISO.exec(header);
  if (m)
    return { year: m[1]!, month: Number(m[2]), day: m[3]!, hour: m[4], minute: m[5], second: m[6] };
  m = ASCTIME.exec(header);
  if (m && monthOf(m[1]!) > 0)
    return {
      month: monthOf(m[1]!),
      day: m[2]!,
      hour: m[3],
      minute: m[4],
      second: m[5],
      year: m[6]!,
    };
  return undefined;
}

/** Why the date cannot be, or undefined when it can. Two-digit years are read as RFC 5322 says. */
function impossibility(f: Fields): string | undefined {
  // Four digits: RFC 5322 wants 1900 or later; "0000" is no year mail was sent in.
  const year =
    f.year.length === 4
      ? Number(f.year)
      : f.year.length === 3
        ? 1900 + Number(f.year)
        : Number(f.year) + (Number(f.year) < 50 ? 2000 : 1900);
  if (year < 1900) return 'year';
  if (f.month < 1 || f.month > 12) return 'month';
  const days = new Date(Date.UTC(year, f.month, 0)).getUTCDate();
  if (Number(f.day) < 1 || Number(f.day) > days) return 'day';
  if (Number(f.hour ?? 0) > 23 || Number(f.minute ?? 0) > 59 || Number(f.second ?? 0) > 60)
    return 'time';
  return undefined;
}

export type MailDate = { iso: string } | { impossible: string };

/**
 * The date a header states, or why it is impossible (`impossible`: 'year', 'month', 'day',
 * 'time' or 'offset'); undefined when there is none or it cannot be read at all.
 */
export function readMailDate(header: string | undefined): MailDate | undefined {
  if (!header) return undefined;
  const fields = fieldsOf(header);
  const wrong = fields && impossibility(fields);
  if (wrong) return { impossible: wrong };
  const m = OFFSET.exec(header);
  if (m && (Number(m[3]) > 59 || Number(m[2]) * 60 + Number(m[3]) > MAX_OFFSET_MINUTES))
    return { impossible: 'offset' };
  const ms = Date.parse(header.replace(/\([^)]*\)\s*$/, '').trim());
  if (Number.isNaN(ms)) return undefined;
  const minutes = m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
  const local = new Date(ms + minutes * 60_000).toISOString().slice(0, 19);
  const abs = Math.abs(minutes);
  const sign = minutes < 0 ? '-' : '+';
  return {
    iso: `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`,
  };
}

/** The ISO date, or undefined when there is none or it is unreadable or impossible. */
export function toIsoWithOffset(header: string | undefined): string | undefined {
  const date = readMailDate(header);
  return date && 'iso' in date ? date.iso : undefined;
}

/** A Received header ends in "; <date>": the best stand-in when a message has no Date. */
export function dateFromReceived(received: string | undefined): string | undefined {
  const at = received?.lastIndexOf(';') ?? -1;
  return at >= 0 ? toIsoWithOffset(received!.slice(at + 1).trim()) : undefined;
}
