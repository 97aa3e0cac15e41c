/**
 * Days a reply names, resolved against the reply's own day (docs/rules.md §3 "Promise date"):
 * a date ("am 14.11.", "le 3 décembre", "el veinte de noviembre"), a day of the month alone
 * ("on the 20th", "am vierzehnten": the next such day, the reply day included), a weekday (the
 * next one after the reply day), today, tomorrow, the day after, this week and next week (their
 * Friday), the end of the month (of the next month on its last day), next month (its last
 * day), mid-month (the next 15th), in N days or weeks. Numbers may be written in words.
 * Only short stretches of one reply are read here, so plain strings are fine.
 */
import { addDays, daysBetween, isValidDay, ymd } from '../calendar';
import { cueIndex } from '../cue-index';
import { findDate } from '../date-parsing';
import type { BodyTokens } from '../body-tokens';
import { PhraseSet } from '../phrase-matcher';
import { replyLanguages, type ReplyCues } from './index';

const DAY_OF_MONTH = 0;
const WEEKDAY = 1;
const IN_DAYS = 2;
const IN_WEEKS = 3;
const TOMORROW = 4;
const AFTER_TOMORROW = 5;
const TODAY = 6;
const MID_MONTH = 7;
const END_OF_MONTH = 8;
const NEXT_MONTH = 9;
const THIS_WEEK = 10;
const NEXT_WEEK = 11;

interface DateTag {
  type: number;
  /** The weekday (1 = Monday) of a WEEKDAY phrase. */
  value: number;
  lang: number;
}

function datePhrases(): PhraseSet<DateTag> {
  return DATE_PHRASES;
}

function buildDatePhrases(): PhraseSet<DateTag> {
  const list: [string, DateTag][] = [];
  replyLanguages.forEach((cues: ReplyCues, lang) => {
    const add = (type: number, words: readonly string[]) => {
      for (const w of words) list.push([w, { type, value: 0, lang }]);
    };
    add(DAY_OF_MONTH, cues.dayOfMonth);
    add(IN_DAYS, cues.inDays);
    add(IN_WEEKS, cues.inWeeks);
    add(TOMORROW, cues.tomorrow);
    add(AFTER_TOMORROW, cues.dayAfterTomorrow);
    add(TODAY, cues.today);
    add(MID_MONTH, cues.midMonth);
    add(END_OF_MONTH, cues.endOfMonth);
    add(NEXT_MONTH, cues.nextMonth);
    add(THIS_WEEK, cues.thisWeek);
    add(NEXT_WEEK, cues.nextWeek);
    for (const [name, value] of Object.entries(cues.weekdays))
      list.push([name, { type: WEEKDAY, value, lang }]);
  });
  return new PhraseSet(list);
}

/** Numbers in words of every language, with the bits of the languages each is a number in. */
function numberWordsOf(): ReadonlyMap<string, { n: number; langs: number }> {
  return NUMBER_WORDS;
}

function buildNumberWords(): Map<string, { n: number; langs: number }> {
  const map = new Map<string, { n: number; langs: number }>();
  replyLanguages.forEach((cues, lang) => {
    for (const [word, n] of Object.entries(cues.numbers)) {
      const found = map.get(word);
      if (!found) map.set(word, { n, langs: 1 << lang });
      else if (found.n === n) found.langs |= 1 << lang;
    }
  });
  return map;
}

const JOINERS = new Set(replyLanguages.flatMap((c) => c.numberJoiners));
const SUFFIXES = new Set(replyLanguages.flatMap((c) => c.ordinalSuffixes));

/**
 * A day or count written in digits ("20", "20th", "15e", "1er") or in words, with the bits of
 * the languages it is a number in (all for digits); undefined when it is no number.
 */
function numberOf(word: string): { n: number; langs: number } | undefined {
  let digits = 0;
  while (digits < word.length && word.charCodeAt(digits) >= 48 && word.charCodeAt(digits) <= 57)
    digits++;
  if (digits > 0) {
    if (digits > 3) return undefined;
    const suffix = word.slice(digits);
    if (suffix && !SUFFIXES.has(suffix)) return undefined;
    return { n: Number(word.slice(0, digits)), langs: ~0 };
  }
  return numberWordsOf().get(word);
}

interface NumberedWords {
  words: string[];
  /** Per word: bits of the languages it is a number in (0 for a word that is no number). */
  langs: number[];
}

/** Words of tokens [from, to) with numbers as digits ("twenty first" → "21", "vingt et un" → "21"). */
function numberedWords(lower: string, tokens: BodyTokens, from: number, to: number): NumberedWords {
  const words: string[] = [];
  for (let i = from; i < to; i++) words.push(lower.slice(tokens.starts[i], tokens.ends[i]));
  const out: NumberedWords = { words: [], langs: [] };
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    const number = numberOf(word);
    if (number === undefined) {
      out.words.push(word);
      out.langs.push(0);
      continue;
    }
    let { n, langs } = number;
    if (n === 10 || n === 20 || n === 30) {
      const skip = JOINERS.has(words[i + 1] ?? '') ? 2 : 1;
      const next = words[i + skip];
      const unit = next === undefined || !/\D/.test(next) ? undefined : numberOf(next);
      if (unit && unit.n >= 1 && unit.n <= 9 && n + unit.n <= 31 && unit.langs & langs) {
        n += unit.n;
        langs &= unit.langs;
        i += skip;
      }
    }
    out.words.push(String(n));
    out.langs.push(langs);
  }
  return out;
}

function parts(day: string): [number, number, number] {
  return [Number(day.slice(0, 4)), Number(day.slice(5, 7)), Number(day.slice(8, 10))];
}

/** 1 = Monday ... 7 = Sunday. */
function weekday(day: string): number {
  const [y, m, d] = parts(day);
  return ((new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7) + 1;
}

function lastOfMonth(year: number, month: number): string {
  let d = 31;
  while (!isValidDay(year, month, d)) d--;
  return ymd(year, month, d);
}

function nextMonthOf(year: number, month: number): [number, number] {
  return month === 12 ? [year + 1, 1] : [year, month + 1];
}

/** The next day-of-month `day`, the reference day included (months without it are skipped). */
function nextDayOfMonth(reference: string, day: number): string | undefined {
  if (day < 1 || day > 31) return undefined;
  let [y, m] = parts(reference);
  const today = parts(reference)[2];
  if (day < today) [y, m] = nextMonthOf(y, m);
  for (let k = 0; k < 12; k++) {
    if (isValidDay(y, m, day)) return ymd(y, m, day);
    [y, m] = nextMonthOf(y, m);
  }
  return undefined;
}

/** A day and month without a year: the first such day no more than 60 days before the reference. */
function dayAndMonth(reference: string, month: number, day: number): string | undefined {
  const year = Number(reference.slice(0, 4));
  for (const y of [year, year + 1]) {
    if (isValidDay(y, month, day) && daysBetween(reference, ymd(y, month, day)) >= -60)
      return ymd(y, month, day);
  }
  return undefined;
}

/** "20 de noviembre", "vingt novembre", "November twentieth" in numbered words. */
function wordsDate(words: readonly string[], reference: string): string | undefined {
  const months = cueIndex().months;
  for (let i = 0; i < words.length; i++) {
    const month = months.get(words[i] as string);
    if (month === undefined) continue;
    const before = [words[i - 1], words[i - 2]];
    if (before[0] === 'de' || before[0] === 'of' || before[0] === 'del') before.shift();
    const after = words[i + 1];
    for (const w of [before[0], after]) {
      if (w === undefined || !/^\d{1,2}$/.test(w)) continue;
      const date = dayAndMonth(reference, month, Number(w));
      if (date) return date;
    }
  }
  return undefined;
}

const RANK = [0, 2, 3, 3, 4, 4, 5, 6, 7, 8, 9, 10];

/**
 * The day named in tokens [from, to) of a body, resolved against `reference` (YYYY-MM-DD), or
 * undefined. `bareDay`: a number right
 * at the start is a day of the month ("back on 5th", "dal 5" after the phrase before it).
 */
export function namedDay(
  lower: string,
  tokens: BodyTokens,
  from: number,
  to: number,
  reference: string,
  bareDay = false,
): string | undefined {
  if (to <= from) return undefined;
  const text = lower.slice(
    tokens.starts[from],
    Math.min(lower.length, (tokens.ends[to - 1] as number) + 1),
  );
  const written = findDate(text, { reference });
  if (written) return written.date;
  const { words, langs } = numberedWords(lower, tokens, from, to);
  const inWords = wordsDate(words, reference);
  if (inWords) return inWords;
  if (bareDay && /^\d{1,2}$/.test(words[0] ?? '')) {
    const day = nextDayOfMonth(reference, Number(words[0]));
    if (day) return day;
  }
  let best: { tag: DateTag; n?: number } | undefined;
  let nextWeek = false;
  for (const match of datePhrases().findAll(words)) {
    const { tag } = match;
    // A number in words counts in its own language only ("due" is 2 in Italian, not English).
    let ownNumbers = true;
    for (let k = match.start; k < match.end; k++)
      if (langs[k] !== 0 && !((langs[k] as number) & (1 << tag.lang))) ownNumbers = false;
    if (!ownNumbers) continue;
    if (tag.type === NEXT_WEEK) nextWeek = true;
    if (tag.type === DAY_OF_MONTH && (match.n === undefined || match.n < 1 || match.n > 31))
      continue;
    if (!best || (RANK[tag.type] as number) < (RANK[best.tag.type] as number))
      best = { tag, n: match.n };
  }
  if (!best) return undefined;
  const [y, m] = parts(reference);
  const n = best.n ?? 1;
  switch (best.tag.type) {
    case DAY_OF_MONTH:
      return nextDayOfMonth(reference, n);
    case WEEKDAY: {
      const today = weekday(reference);
      if (nextWeek) return addDays(reference, 7 - today + best.tag.value);
      return addDays(reference, (best.tag.value - today + 7) % 7 || 7);
    }
    case IN_DAYS:
      return addDays(reference, n);
    case IN_WEEKS:
      return addDays(reference, 7 * n);
    case TOMORROW:
      return addDays(reference, 1);
    case AFTER_TOMORROW:
      return addDays(reference, 2);
    case TODAY:
      return reference;
    case MID_MONTH:
      return nextDayOfMonth(reference, 15);
    case END_OF_MONTH: {
      const last = lastOfMonth(y, m);
      if (last !== reference) return last;
      const [ny, nm] = nextMonthOf(y, m);
      return lastOfMonth(ny, nm);
    }
    case NEXT_MONTH: {
      const [ny, nm] = nextMonthOf(y, m);
      return lastOfMonth(ny, nm);
    }
    case THIS_WEEK: {
      const friday = addDays(reference, 5 - weekday(reference));
      return friday < reference ? reference : friday;
    }
    case NEXT_WEEK:
      return addDays(reference, 7 - weekday(reference) + 5);
    default:
      return undefined;
  }
}

/**
 * The day a promise names: first in its own sentence, then anywhere in the reply; with no day
 * named, the reply day + 7 (docs/rules.md §3).
 */
export function promisedDay(
  lower: string,
  tokens: BodyTokens,
  sentence: [number, number] | undefined,
  reference: string,
): string {
  const count = Math.min(tokens.hashes.length, 400);
  if (sentence) {
    const day = namedDay(lower, tokens, sentence[0], sentence[1], reference);
    if (day) return day;
  }
  return namedDay(lower, tokens, 0, count, reference) ?? addDays(reference, 7);
}

/** Built once when the core loads (after every table above); read-only from then on. */
const DATE_PHRASES = /* @__PURE__ */ buildDatePhrases();
const NUMBER_WORDS: ReadonlyMap<string, { n: number; langs: number }> =
  /* @__PURE__ */ buildNumberWords();
