/**
 * Gmail shows each message's full date and time in the `title` of its date element, written in
 * the UI language: "Mon, Oct 12, 2026, 10:15 AM" (en-US), "Mon, 12 Oct 2026, 10:15" (en-GB),
 * "Mo., 12. Okt. 2026, 10:15" (de), "mar. 13 oct. 2026, 10:15" (fr), "12 okt. 2026 10:15" (nl).
 * The time is the browser's local time, so the result carries the local offset.
 */
import { toLocalIso } from '../local-iso';

/** Month-name prefixes (accents stripped, lower case) in en, de, fr, es, it, nl. */
const MONTH_PREFIXES: Array<[string, number]> = [
  ['janv', 1],
  ['jan', 1],
  ['ene', 1],
  ['gen', 1],
  ['fev', 2],
  ['feb', 2],
  ['mar', 3],
  ['mrt', 3],
  ['apr', 4],
  ['avr', 4],
  ['abr', 4],
  ['may', 5],
  ['mai', 5],
  ['mag', 5],
  ['mei', 5],
  ['juin', 6],
  ['jun', 6],
  ['giu', 6],
  ['juil', 7],
  ['jul', 7],
  ['lug', 7],
  ['aout', 8],
  ['aug', 8],
  ['ago', 8],
  ['sep', 9],
  ['set', 9],
  ['oct', 10],
  ['okt', 10],
  ['ott', 10],
  ['nov', 11],
  ['dec', 12],
  ['dez', 12],
  ['dic', 12],
];

function monthOf(token: string | undefined): number | undefined {
  if (!token || !/^\p{L}/u.test(token)) return undefined;
  const plain = token.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  return MONTH_PREFIXES.find(([prefix]) => plain.startsWith(prefix))?.[1];
}

const isDay = (t: string | undefined): boolean => !!t && /^\d{1,2}$/.test(t) && +t >= 1 && +t <= 31;

function findDate(tokens: string[]): { year: number; month: number; day: number } | undefined {
  // Numeric forms: 12.10.2026 or 2026-10-12 arrive as one token each.
  for (const t of tokens) {
    const dmy = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(t);
    if (dmy) return { day: +dmy[1]!, month: +dmy[2]!, year: +dmy[3]! };
    const ymd = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
    if (ymd) return { year: +ymd[1]!, month: +ymd[2]!, day: +ymd[3]! };
  }
  const yearAt = tokens.findIndex((t) => /^\d{4}$/.test(t));
  if (yearAt < 0) return undefined;
  const year = +tokens[yearAt]!;
  // Day before month ("12 Okt", "mar 13 oct") wins over month before day ("Oct 12").
  for (let i = 0; i < yearAt; i++) {
    const month = monthOf(tokens[i + 1]);
    if (isDay(tokens[i]) && month) return { year, month, day: +tokens[i]! };
  }
  for (let i = 0; i < yearAt; i++) {
    const month = monthOf(tokens[i]);
    if (month && isDay(tokens[i + 1])) return { year, month, day: +tokens[i + 1]! };
  }
  return undefined;
}

/** Parses a Gmail date title into ISO 8601 with the local offset; undefined if it is not one. */
export function parseGmailDate(title: string): string | undefined {
  const text = title.replace(/[\s\u202f\u00a0]+/g, ' ').trim();
  const tokens = text
    .split(/[\s,]+/)
    .map((t) => t.replace(/\.$/, ''))
    .filter(Boolean);
  const date = findDate(tokens.filter((t) => !/^\d{1,2}:\d{2}/.test(t)));
  const time = /(\d{1,2}):(\d{2})(?::\d{2})?\s*([ap])?\.?\s?m?\.?/i.exec(
    text.replace(/^[^]*?\d{4}/, ''),
  );
  if (!date || !time) return undefined;
  let hours = +time[1]!;
  const meridiem = time[3]?.toLowerCase();
  if (meridiem === 'p' && hours < 12) hours += 12;
  if (meridiem === 'a' && hours === 12) hours = 0;
  const d = new Date(date.year, date.month - 1, date.day, hours, +time[2]!);
  if (d.getMonth() !== date.month - 1 || hours > 23 || +time[2]! > 59) return undefined;
  return toLocalIso(d);
}
