/**
 * Outlook's reading pane shows each message's time in the UI locale, in the browser's time
 * zone, e.g. "Mon 9/14/2026 4:22 PM" (en-US), "Mon 14/09/2026 16:22" (en-GB) or
 * "Mo 14.09.2026 16:22" (de-DE). The core wants ISO 8601 with an offset, so the reader turns the
 * shown wall-clock time into an instant using the browser's own offset for that date.
 */
import { toLocalIso } from '../local-iso';

const DOTTED = /(\d{1,2})\.(\d{1,2})\.(\d{4})/; // de: D.M.YYYY
const SLASHED = /(\d{1,2})\/(\d{1,2})\/(\d{4})/; // en: M/D/YYYY with AM/PM, D/M/YYYY without
const ISO_DAY = /(\d{4})-(\d{2})-(\d{2})/;
const TIME = /(\d{1,2}):(\d{2})(?:\s*([AaPp])\.?\s*[Mm]\.?)?/;

/** Parses an Outlook date line; undefined when it names no full calendar date. */
export function parseOutlookDate(text: string): string | undefined {
  const clean = text.replace(/\s+/g, ' ').trim();
  const time = TIME.exec(clean.replace(DOTTED, ' ').replace(SLASHED, ' ').replace(ISO_DAY, ' '));
  let hour = time ? Number(time[1]) : 0;
  const minute = time ? Number(time[2]) : 0;
  const meridiem = time?.[3]?.toLowerCase();
  if (meridiem === 'p' && hour < 12) hour += 12;
  if (meridiem === 'a' && hour === 12) hour = 0;

  let year: number, month: number, day: number;
  const dotted = DOTTED.exec(clean);
  const slashed = SLASHED.exec(clean);
  const iso = ISO_DAY.exec(clean);
  if (dotted) [day, month, year] = [Number(dotted[1]), Number(dotted[2]), Number(dotted[3])];
  else if (slashed && meridiem)
    [month, day, year] = [Number(slashed[1]), Number(slashed[2]), Number(slashed[3])];
  else if (slashed)
    [day, month, year] = [Number(slashed[1]), Number(slashed[2]), Number(slashed[3])];
  else if (iso) [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else return undefined;

  const local = new Date(year, month - 1, day, hour, minute);
  if (local.getMonth() !== month - 1 || local.getDate() !== day || hour > 23 || minute > 59)
    return undefined;
  return toLocalIso(local);
}
