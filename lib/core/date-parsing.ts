/**
 * Finds calendar dates written in a short piece of text (one line, a few hundred characters at
 * most), in every format the supported languages use: ISO, "15.10.2026", "20/10/2026",
 * "15 October 2026", "15. Oktober 2026", "5 de noviembre de 2026", "October 15, 2026", and
 * day-month without a year ("due 2 September"), whose year is inferred from a reference day.
 * Impossible dates (31.04., 29.02. in a common year) are not dates.
 */
import { cueIndex } from './cue-index';
import { daysBetween, isValidDay, ymd } from './calendar';

export interface FoundDate {
  /** YYYY-MM-DD */
  date: string;
  /** Where the date starts and ends in the text. */
  index: number;
  end: number;
}

export interface DateContext {
  /** YYYY-MM-DD the text was written: fills in a missing year. */
  reference?: string;
  /** Read an ambiguous "10/11/2026" as month/day (US) rather than day/month. */
  monthFirst?: boolean;
}

/** Texts longer than this are cut: a date belongs right after its phrase. */
const MAX_TEXT = 300;

const ISO = /(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/g;
const NUMERIC = /(?<![\d.])(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})(?![\d])/g;
const DAY_MONTH_NO_YEAR = /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(?![\d])/g;
const DAY_NAME =
  /(?<![\p{L}\d])(\d{1,2})(?:er|st|nd|rd|th|º|°)?\.?\s{0,3}(?:de\s{1,3})?(\p{L}{3,10})\.?(?:,?\s{0,3}(?:de\s{1,3}|del\s{1,3})?(\d{4}))?/gu;
const NAME_DAY =
  /(?<![\p{L}])(\p{L}{3,10})\.?\s{1,3}(\d{1,2})(?:st|nd|rd|th)?(?!\d)(?:,?\s{1,3}(\d{4}))?/gu;

function fullYear(y: string | undefined): number | undefined {
  if (y === undefined) return undefined;
  const n = Number(y);
  return y.length === 2 ? 2000 + n : n;
}

/** A date without a year is the first such day no more than 60 days before the reference. */
function withYear(
  month: number,
  day: number,
  year: number | undefined,
  reference?: string,
): string | undefined {
  if (year !== undefined) return isValidDay(year, month, day) ? ymd(year, month, day) : undefined;
  if (!reference) return undefined;
  const refYear = Number(reference.slice(0, 4));
  for (const y of [refYear, refYear + 1]) {
    if (!isValidDay(y, month, day)) continue;
    const date = ymd(y, month, day);
    if (daysBetween(reference, date) >= -60) return date;
  }
  return undefined;
}

type Reader = (m: RegExpExecArray, ctx: DateContext) => string | undefined;

const readers: [RegExp, Reader][] = [
  [ISO, (m) => withYear(Number(m[2]), Number(m[3]), Number(m[1]))],
  [
    NUMERIC,
    (m, ctx) => {
      const a = Number(m[1]);
      const b = Number(m[3]);
      const year = fullYear(m[4]);
      // Day first unless that is impossible, or the writer is American and it is ambiguous.
      const monthFirst =
        (a <= 12 && b > 12) || (ctx.monthFirst === true && m[2] === '/' && a <= 12 && b <= 12);
      return monthFirst ? withYear(a, b, year) : withYear(b, a, year);
    },
  ],
  [DAY_MONTH_NO_YEAR, (m, ctx) => withYear(Number(m[2]), Number(m[1]), undefined, ctx.reference)],
  [
    DAY_NAME,
    (m, ctx) => {
      const month = cueIndex().months.get(m[2] as string);
      return month ? withYear(month, Number(m[1]), fullYear(m[3]), ctx.reference) : undefined;
    },
  ],
  [
    NAME_DAY,
    (m, ctx) => {
      const month = cueIndex().months.get(m[1] as string);
      return month ? withYear(month, Number(m[2]), fullYear(m[3]), ctx.reference) : undefined;
    },
  ],
];

/** The first date written in `text` (lower-case), or undefined. */
export function findDate(text: string, ctx: DateContext = {}): FoundDate | undefined {
  const s = text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text;
  if (!/\d/.test(s)) return undefined;
  let best: FoundDate | undefined;
  // A date right at the start cannot be beaten: stop there ("zahlbar bis 15.10.2026").
  let first = 0;
  while (
    first < s.length &&
    (s.charCodeAt(first) === 32 || s.charCodeAt(first) === 58 || s.charCodeAt(first) === 9)
  )
    first++;
  for (const [pattern, read] of readers) {
    if (best && best.index <= first) break;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(s); m !== null; m = pattern.exec(s)) {
      if (best && m.index >= best.index) break;
      const date = read(m, ctx);
      if (date) {
        best = { date, index: m.index, end: m.index + m[0].length };
        break;
      }
      // A failed read ("12 hours") may hide a real date starting inside it.
      pattern.lastIndex = m.index + 1;
    }
  }
  return best;
}
