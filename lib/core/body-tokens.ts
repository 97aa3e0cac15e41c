/**
 * Words of a message body as offsets into its lower-cased text plus a 30-bit hash of each
 * word's characters: no string is copied out per word. Cue matching looks hashes up and then
 * confirms a candidate by comparing characters in place (`tokenIs`).
 */
import { isWordCode } from './phrase-matcher';

/** Words of a lower-case text as offsets and hashes (no word strings). */
export interface BodyTokens {
  starts: Int32Array;
  ends: Int32Array;
  hashes: Int32Array;
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

/** Int32 slots that the words of a text of `length` characters may need (see `hashTokens`). */
export function tokenSpace(length: number): number {
  // At most one word per two characters (a letter and a separator), three arrays each.
  return 3 * ((length >> 1) + 1);
}

/**
 * One buffer for the token arrays of every message of one analysis: its bodies are read
 * together and die together, so each thread costs one allocation instead of three growing
 * arrays per message. The analysis sizes it from its messages' lengths (`tokenSpace`) and owns
 * it; nothing is shared between analyses. A request past the end (a body re-read after
 * composing its accents) gets an array of its own.
 */
export class TokenArena {
  private readonly buffer: Int32Array;
  private cursor = 0;

  constructor(capacity: number) {
    this.buffer = new Int32Array(Math.max(0, Math.min(capacity, MAX_ARENA)));
  }

  reserve(size: number): { buffer: Int32Array; at: number } {
    if (this.cursor + size > this.buffer.length) return { buffer: new Int32Array(size), at: 0 };
    const at = this.cursor;
    this.cursor += size;
    return { buffer: this.buffer, at };
  }
}

/** Larger threads fall back to arrays per body rather than one huge allocation (16 MB). */
const MAX_ARENA = 4 * 1024 * 1024;

export function hashTokens(lower: string, arena?: TokenArena): BodyTokens {
  const n = lower.length;
  const max = (n >> 1) + 1;
  const space = tokenSpace(n);
  const { buffer, at } = arena ? arena.reserve(space) : { buffer: new Int32Array(space), at: 0 };
  const s0 = at;
  const e0 = at + max;
  const h0 = at + 2 * max;
  let count = 0;
  let start = -1;
  let h = 0;
  let combining = false;
  for (let i = 0; i < n; i++) {
    const c = lower.charCodeAt(i);
    let inWord: boolean;
    // ASCII first: almost every character of a mail is, and none is a combining mark.
    if (c < 128) inWord = ASCII_WORD[c] === 1;
    else {
      if (c >= 0x300 && c <= 0x36f) combining = true;
      inWord = isWordCode(lower, i, c);
    }
    if (inWord) {
      if (start < 0) {
        start = i;
        h = 0;
      }
      h = (Math.imul(h, 31) + c) | 0;
    } else if (start >= 0) {
      buffer[s0 + count] = start;
      buffer[e0 + count] = i;
      buffer[h0 + count] = h & HASH_MASK;
      count++;
      start = -1;
    }
  }
  if (start >= 0) {
    buffer[s0 + count] = start;
    buffer[e0 + count] = n;
    buffer[h0 + count] = h & HASH_MASK;
    count++;
  }
  return {
    starts: buffer.subarray(s0, s0 + count),
    ends: buffer.subarray(e0, e0 + count),
    hashes: buffer.subarray(h0, h0 + count),
    combining,
  };
}

/** Is token i the word `word` (hash, length, then the characters themselves)? */
export function tokenIs(
  lower: string,
  tokens: BodyTokens,
  i: number,
  word: string,
  hash = wordHash(word),
): boolean {
  const start = tokens.starts[i] as number;
  return (
    tokens.hashes[i] === hash &&
    (tokens.ends[i] as number) - start === word.length &&
    lower.startsWith(word, start)
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
