/**
 * Word-level phrase matching in one pass: text is split once into lower-case words, and each
 * phrase set is indexed by its first word, so matching costs one map lookup per word however
 * many phrases a set holds (no per-phrase scan of the text, no backtracking regex).
 */
import { BitSet16 } from './bit-set';

/** Lower-case words of a text and where each starts and ends in it. */
export interface Tokens {
  words: string[];
  starts: number[];
  ends: number[];
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
/** Non-ASCII UTF-16 code units looked up so far, and which of them are letters or digits. */
const lookedUp = new BitSet16();
const wordCodes = new BitSet16();

export function isWordCode(text: string, i: number, c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
  if (!lookedUp.has(c)) {
    lookedUp.add(c);
    if (WORD_CHAR.test(text[i] as string)) wordCodes.add(c);
  }
  return wordCodes.has(c);
}

/**
 * Splits lower-case text into words (letters and digits; everything else separates). A plain
 * loop over char codes: no regex match objects, one string per word.
 */
export function tokenize(lower: string): Tokens {
  const words: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const n = lower.length;
  let start = -1;
  for (let i = 0; i < n; i++) {
    const inWord = isWordCode(lower, i, lower.charCodeAt(i));
    if (inWord && start < 0) start = i;
    else if (!inWord && start >= 0) {
      words.push(lower.slice(start, i));
      starts.push(start);
      ends.push(i);
      start = -1;
    }
  }
  if (start >= 0) {
    words.push(lower.slice(start));
    starts.push(start);
    ends.push(n);
  }
  return { words, starts, ends };
}

/** A phrase found in a token list: token indices [start, end) and the number `{n}` stood for. */
export interface PhraseMatch<T> {
  start: number;
  end: number;
  tag: T;
  n?: number;
}

export interface Entry<T> {
  words: string[];
  tag: T;
}

export const NUMBER = '{n}';

/** A phrase as the words it is matched by; `{n}` stays a wildcard for a number. */
export function phraseWords(phrase: string): string[] {
  return phrase
    .toLowerCase()
    .split(/\s+/)
    .flatMap((part) => (part === NUMBER ? [NUMBER] : tokenize(part).words));
}

/** A day count in a term phrase: one to three ASCII digits. */
export function isSmallNumber(word: string): boolean {
  if (word.length > 3) return false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return word.length > 0;
}

/** The first (longest) entry of `list` whose words occur at words[i...], before `to`. */
export function matchEntries<T>(
  list: readonly Entry<T>[],
  words: readonly string[],
  i: number,
  to: number,
): PhraseMatch<T> | undefined {
  for (const entry of list) {
    const len = entry.words.length;
    if (i + len > to) continue;
    let n: number | undefined;
    let k = 0;
    for (; k < len; k++) {
      const want = entry.words[k] as string;
      const got = words[i + k] as string;
      if (want === NUMBER) {
        if (!isSmallNumber(got)) break;
        n = Number(got);
      } else if (want !== got) break;
    }
    if (k === len) return { start: i, end: i + len, tag: entry.tag, n };
  }
  return undefined;
}

/** A set of phrases, each with a tag (e.g. its language), matched word by word. */
export class PhraseSet<T> {
  private readonly byFirst = new Map<string, Entry<T>[]>();

  constructor(phrases: Iterable<readonly [string, T]>) {
    for (const [phrase, tag] of phrases) {
      const words = phraseWords(phrase);
      const first = words[0];
      if (first === undefined) continue;
      const list = this.byFirst.get(first) ?? [];
      list.push({ words, tag });
      this.byFirst.set(first, list);
    }
    // Longest phrase first, so "payment due" wins over "due" at the same place.
    for (const list of this.byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  }

  private matchAt(words: readonly string[], i: number, to: number): PhraseMatch<T> | undefined {
    const word = words[i] as string;
    const list = this.byFirst.get(word);
    const found = list ? matchEntries(list, words, i, to) : undefined;
    if (found || !isSmallNumber(word)) return found;
    const numberFirst = this.byFirst.get(NUMBER);
    return numberFirst ? matchEntries(numberFirst, words, i, to) : undefined;
  }

  /** Every match in words[from, to), left to right, at most `limit`. */
  findAll(words: readonly string[], from = 0, to = words.length, limit = 50): PhraseMatch<T>[] {
    const found: PhraseMatch<T>[] = [];
    for (let i = from; i < to && found.length < limit; i++) {
      const match = this.matchAt(words, i, to);
      if (match) {
        found.push(match);
        i = match.end - 1;
      }
    }
    return found;
  }

  /** The first match in words[from, to). */
  find(words: readonly string[], from = 0, to = words.length): PhraseMatch<T> | undefined {
    for (let i = from; i < to; i++) {
      const match = this.matchAt(words, i, to);
      if (match) return match;
    }
    return undefined;
  }

  has(words: readonly string[], from = 0, to = words.length): boolean {
    return this.find(words, from, to) !== undefined;
  }
}

/** Phrases of every language for one cue, tagged with the index of their language. */
export function phraseSetOf<L>(
  langs: readonly L[],
  pick: (lang: L) => readonly string[],
): PhraseSet<number> {
  const pairs: [string, number][] = [];
  langs.forEach((lang, i) => {
    for (const phrase of pick(lang)) pairs.push([phrase, i]);
  });
  return new PhraseSet(pairs);
}
