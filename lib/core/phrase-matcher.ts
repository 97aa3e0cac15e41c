/**
 * Word-level phrase matching in one pass: text is split once into lower-case words, and each
 * phrase set is indexed by its first word, so matching costs one map lookup per word however
 * many phrases a set holds (no per-phrase scan of the text, no backtracking regex).
 */

/** Lower-case words of a text and where each starts and ends in it. */
export interface Tokens {
  words: string[];
  starts: number[];
  ends: number[];
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Splits lower-case text into words (letters and digits; everything else separates). */
export function tokenize(lower: string): Tokens {
  const words: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(lower); m !== null; m = WORD.exec(lower)) {
    words.push(m[0]);
    starts.push(m.index);
    ends.push(m.index + m[0].length);
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

interface Entry<T> {
  words: string[];
  tag: T;
}

const NUMBER = '{n}';

/** A day count in a term phrase: one to three ASCII digits. */
function isSmallNumber(word: string): boolean {
  if (word.length > 3) return false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return word.length > 0;
}

/** A set of phrases, each with a tag (e.g. its language), matched word by word. */
export class PhraseSet<T> {
  private readonly byFirst = new Map<string, Entry<T>[]>();

  constructor(phrases: Iterable<readonly [string, T]>) {
    for (const [phrase, tag] of phrases) {
      const words = phrase
        .toLowerCase()
        .split(/\s+/)
        .flatMap((part) => (part === NUMBER ? [NUMBER] : tokenize(part).words));
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
    const candidates = [this.byFirst.get(word), isSmallNumber(word) ? this.byFirst.get(NUMBER) : undefined];
    for (const list of candidates) {
      if (!list) continue;
      for (const entry of list) {
        if (i + entry.words.length > to) continue;
        let n: number | undefined;
        let ok = true;
        for (let k = 0; k < entry.words.length; k++) {
          const want = entry.words[k];
          const got = words[i + k] as string;
          if (want === NUMBER) {
            if (!isSmallNumber(got)) {
              ok = false;
              break;
            }
            n = Number(got);
          } else if (want !== got) {
            ok = false;
            break;
          }
        }
        if (ok) return { start: i, end: i + entry.words.length, tag: entry.tag, n };
      }
    }
    return undefined;
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
export function phraseSetOf<L>(langs: readonly L[], pick: (lang: L) => readonly string[]): PhraseSet<number> {
  const pairs: [string, number][] = [];
  langs.forEach((lang, i) => {
    for (const phrase of pick(lang)) pairs.push([phrase, i]);
  });
  return new PhraseSet(pairs);
}
