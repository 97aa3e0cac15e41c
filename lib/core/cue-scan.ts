/**
 * One pass over a message's words finds every body cue of every language at once. Words are
 * never copied out as strings: the tokenizer records each word's offsets in the lower-cased
 * text and a 32-bit hash of its characters, the cue index is keyed by that hash, and a
 * candidate is confirmed by comparing characters in place. A mail of n characters costs O(n)
 * and allocates three number arrays, however many phrases the language files hold.
 *
 * The result is what invoice detection, due dates, payment cues, out-of-office detection,
 * language and register detection read, so a body is never scanned twice.
 */
import { languages } from './languages';
import type { LanguageCues } from './languages';
import { isWordCode, NUMBER, phraseWords, type PhraseMatch } from './phrase-matcher';

export const BODY_CUES = [
  'invoiceWords',
  'notInvoiceWords',
  'totalLabels',
  'paymentDetailWords',
  'dueDatePhrases',
  'termPhrases',
  'outOfOfficePhrases',
  'returnDatePhrases',
  'paymentCues',
] as const satisfies readonly (keyof LanguageCues)[];
export type BodyCue = (typeof BODY_CUES)[number];

/** Words of a lower-case text as offsets and hashes (no word strings). */
export interface BodyTokens {
  starts: number[];
  ends: number[];
  hashes: number[];
}

export interface CueHits {
  /** Matches per cue, tagged with the index of their language in `languages`. */
  cues: Record<BodyCue, PhraseMatch<number>[]>;
  /** Lower-case register words; tag = language index * 2 + (0 formal, 1 informal). */
  register: PhraseMatch<number>[];
  /** Common-word count per language (language detection). */
  common: number[];
}

export function wordHash(word: string): number {
  let h = 0;
  for (let i = 0; i < word.length; i++) h = (Math.imul(h, 31) + word.charCodeAt(i)) | 0;
  return h;
}

export function hashTokens(lower: string): BodyTokens {
  const starts: number[] = [];
  const ends: number[] = [];
  const hashes: number[] = [];
  let start = -1;
  let h = 0;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (isWordCode(lower, i, c)) {
      if (start < 0) {
        start = i;
        h = 0;
      }
      h = (Math.imul(h, 31) + c) | 0;
    } else if (start >= 0) {
      starts.push(start);
      ends.push(i);
      hashes.push(h);
      start = -1;
    }
  }
  if (start >= 0) {
    starts.push(start);
    ends.push(lower.length);
    hashes.push(h);
  }
  return { starts, ends, hashes };
}

/** Is token i the word `word` (hash, length, then the characters themselves)? */
export function tokenIs(lower: string, tokens: BodyTokens, i: number, word: string, hash = wordHash(word)): boolean {
  const start = tokens.starts[i] as number;
  return (
    tokens.hashes[i] === hash && (tokens.ends[i] as number) - start === word.length && lower.startsWith(word, start)
  );
}

/** Token i as a day count of one to three digits, or -1. */
function smallNumber(lower: string, tokens: BodyTokens, i: number): number {
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

interface HashedEntry {
  words: string[];
  hashes: number[];
  tag: number;
}
interface KindEntries {
  /** Index into BODY_CUES, or BODY_CUES.length for register words. */
  kind: number;
  entries: HashedEntry[];
}
interface Slot {
  kinds: KindEntries[];
  common: number[];
}

/** Matches kept per cue and message: enough for every reader, bounded for hostile text. */
const MAX_HITS = 64;
const REGISTER = BODY_CUES.length;
const NUMBER_KEY = wordHash(NUMBER);

let index: Map<number, Slot> | undefined;

function slotOf(map: Map<number, Slot>, key: number): Slot {
  let slot = map.get(key);
  if (!slot) {
    slot = { kinds: [], common: [] };
    map.set(key, slot);
  }
  return slot;
}

function addPhrase(map: Map<number, Slot>, kind: number, phrase: string, tag: number): void {
  const words = phraseWords(phrase);
  if (words.length === 0) return;
  const hashes = words.map(wordHash);
  const slot = slotOf(map, hashes[0] as number);
  let group = slot.kinds.find((k) => k.kind === kind);
  if (!group) {
    group = { kind, entries: [] };
    slot.kinds.push(group);
  }
  group.entries.push({ words, hashes, tag });
  // Longest phrase first, so "payment due" wins over "due" at the same place.
  group.entries.sort((a, b) => b.words.length - a.words.length);
}

function buildIndex(): Map<number, Slot> {
  const map = new Map<number, Slot>();
  languages.forEach((lang, tag) => {
    BODY_CUES.forEach((cue, kind) => {
      for (const phrase of lang[cue]) addPhrase(map, kind, phrase, tag);
    });
    for (const word of lang.register?.formalWords ?? []) addPhrase(map, REGISTER, word, tag * 2);
    for (const word of lang.register?.informalWords ?? []) addPhrase(map, REGISTER, word, tag * 2 + 1);
    for (const word of lang.commonWords) {
      const slot = slotOf(map, wordHash(word));
      if (!slot.common.includes(tag)) slot.common.push(tag);
    }
  });
  return map;
}

function matchHashed(lower: string, tokens: BodyTokens, entries: readonly HashedEntry[], i: number): PhraseMatch<number> | undefined {
  const count = tokens.hashes.length;
  for (const entry of entries) {
    const len = entry.words.length;
    if (i + len > count) continue;
    let n: number | undefined;
    let k = 0;
    for (; k < len; k++) {
      const want = entry.words[k] as string;
      if (want === NUMBER) {
        const value = smallNumber(lower, tokens, i + k);
        if (value < 0) break;
        n = value;
      } else if (!tokenIs(lower, tokens, i + k, want, entry.hashes[k])) break;
    }
    if (k === len) return { start: i, end: i + len, tag: entry.tag, n };
  }
  return undefined;
}

/** Shared by every cue without matches, so a quiet message allocates no lists. */
const NONE: readonly PhraseMatch<number>[] = Object.freeze([]);

function scanSlot(slot: Slot, lower: string, tokens: BodyTokens, i: number, common: number[], lists: PhraseMatch<number>[][]): void {
  for (const tag of slot.common) common[tag] = (common[tag] ?? 0) + 1;
  for (const group of slot.kinds) {
    let list = lists[group.kind] as PhraseMatch<number>[];
    if (list.length >= (group.kind === REGISTER ? MAX_HITS * 8 : MAX_HITS)) continue;
    const match = matchHashed(lower, tokens, group.entries, i);
    if (!match) continue;
    if (list === NONE) lists[group.kind] = list = [];
    list.push(match);
  }
}

export function scanCues(lower: string, tokens: BodyTokens): CueHits {
  index ??= buildIndex();
  const lists = new Array<PhraseMatch<number>[]>(REGISTER + 1).fill(NONE as PhraseMatch<number>[]);
  const common = new Array<number>(languages.length).fill(0);
  const numberSlot = index.get(NUMBER_KEY);
  const { hashes } = tokens;
  for (let i = 0; i < hashes.length; i++) {
    const slot = index.get(hashes[i] as number);
    if (slot) scanSlot(slot, lower, tokens, i, common, lists);
    if (numberSlot && smallNumber(lower, tokens, i) >= 0) scanSlot(numberSlot, lower, tokens, i, common, lists);
  }
  const cues = {} as CueHits['cues'];
  BODY_CUES.forEach((cue, kind) => {
    cues[cue] = lists[kind] as PhraseMatch<number>[];
  });
  return { cues, register: lists[REGISTER] as PhraseMatch<number>[], common };
}
