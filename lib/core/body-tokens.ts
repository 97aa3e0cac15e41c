/**
 * Words of a message body as offsets into its lower-cased text plus a 30-bit hash of each
 * word's characters: no string is copied out per word. Cue matching looks hashes up and then
 * confirms a candidate by comparing characters in place (`tokenIs`).
 */
import { isWordCode } from './phrase-matcher';

/** Words of a lower-case text as offsets and hashes (no word strings). */
export interface BodyTokens {
  starts: number[];
  ends: number[];
  hashes: number[];
  /** The text holds combining marks ("e\u0301"): normalise to NFC and tokenise again. */
  combining: boolean;
}

/** Hashes are kept to 30 bits so that they stay small integers (no boxed numbers in V8). */
export const HASH_MASK = 0x3fffffff;

export function wordHash(word: string): number {
  let h = 0;
  for (let i = 0; i < word.length; i++) h = (Math.imul(h, 31) + word.charCodeAt(i)) | 0;
  return h & HASH_MASK;
}

/** ASCII letters and digits (the text is lower-case already, so no A-Z). */
const ASCII_WORD = new Uint8Array(128);
for (let c = 48; c <= 57; c++) ASCII_WORD[c] = 1;
for (let c = 97; c <= 122; c++) ASCII_WORD[c] = 1;

export function hashTokens(lower: string): BodyTokens {
  const starts: number[] = [];
  const ends: number[] = [];
  const hashes: number[] = [];
  const n = lower.length;
  let start = -1;
  let h = 0;
  let combining = false;
  for (let i = 0; i < n; i++) {
    const c = lower.charCodeAt(i);
    if (c >= 0x300 && c <= 0x36f) combining = true;
    const inWord = c < 128 ? ASCII_WORD[c] === 1 : isWordCode(lower, i, c);
    if (inWord) {
      if (start < 0) {
        start = i;
        h = 0;
      }
      h = (Math.imul(h, 31) + c) | 0;
    } else if (start >= 0) {
      starts.push(start);
      ends.push(i);
      hashes.push(h & HASH_MASK);
      start = -1;
    }
  }
  if (start >= 0) {
    starts.push(start);
    ends.push(n);
    hashes.push(h & HASH_MASK);
  }
  return { starts, ends, hashes, combining };
}

/** Is token i the word `word` (hash, length, then the characters themselves)? */
export function tokenIs(lower: string, tokens: BodyTokens, i: number, word: string, hash = wordHash(word)): boolean {
  const start = tokens.starts[i] as number;
  return (
    tokens.hashes[i] === hash && (tokens.ends[i] as number) - start === word.length && lower.startsWith(word, start)
  );
}

/** Token i as a day count of one to three digits, or -1. */
export function smallNumber(lower: string, tokens: BodyTokens, i: number): number {
  const start = tokens.starts[i] as number;
  const end = tokens.ends[i] as number;
  if (end - start > 3) return -1;
  let n = 0;
  for (let k = start; k < end; k++) {
    const c = lower.charCodeAt(k);
    if (c < 48 || c > 57) return -1;
    n = n * 10 + (c - 48);
  }
  return n;
}

