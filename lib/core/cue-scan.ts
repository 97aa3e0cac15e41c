/**
 * One pass over a message's words (./body-tokens.ts) finds every body cue of every language at
 * once: the cue index is keyed by word hashes, a candidate is confirmed by comparing characters
 * in place, and a mail of n characters costs O(n) however many phrases the language files hold.
 * Invoice detection, due dates, out-of-office detection and payment cues all read the result,
 * so a body is never scanned twice.
 */
import { languages } from './languages';
import type { LanguageCues } from './languages';
import { replyLanguages } from './replies/index';
import { BitSet16 } from './bit-set';
import { HASH_MASK, smallNumber, tokenIs, wordHash, type BodyTokens } from './body-tokens';
import { NUMBER, phraseWords, type PhraseMatch } from './phrase-matcher';

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
] as const satisfies readonly (keyof LanguageCues | 'paymentCues')[];
export type BodyCue = (typeof BODY_CUES)[number];

export interface CueHits {
  /** Matches per cue, tagged with the index of their language in `languages`. */
  cues: Record<BodyCue, PhraseMatch<number>[]>;
}

interface HashedEntry {
  words: string[];
  hashes: number[];
  tag: number;
}
interface KindEntries {
  /** Index into BODY_CUES. */
  kind: number;
  entries: HashedEntry[];
}
interface Slot {
  kinds: KindEntries[];
}

/** Matches kept per cue and message: enough for every reader, bounded for hostile text. */
const MAX_HITS = 64;
const NUMBER_KEY = wordHash(NUMBER);

/**
 * Phrases are indexed by their first word when they have one word, and by their first two
 * words when they have more: "de" starts many phrases ("de retour", "de vacaciones") and is
 * among the most frequent words of French, Spanish and Dutch mail, so keying on the pair keeps
 * the common case at a failed lookup. A `{n}` word is keyed as NUMBER_KEY.
 */
interface CueIndexMaps {
  single: Map<number, Slot>;
  pairs: Map<number, Slot>;
  /** The low 16 bits of each key: most words are no cue and skip the map lookup. */
  singleFilter: BitSet16;
  pairFilter: BitSet16;
}

function pairKey(a: number, b: number): number {
  return (Math.imul(a, 0x9e3779b1) ^ b) & HASH_MASK;
}

function slotOf(map: Map<number, Slot>, key: number): Slot {
  let slot = map.get(key);
  if (!slot) {
    slot = { kinds: [] };
    map.set(key, slot);
  }
  return slot;
}

function addPhrase(maps: CueIndexMaps, kind: number, phrase: string, tag: number): void {
  const words = phraseWords(phrase);
  if (words.length === 0) return;
  const hashes = words.map(wordHash);
  const key =
    words.length === 1 ? (hashes[0] as number) : pairKey(hashes[0] as number, hashes[1] as number);
  (words.length === 1 ? maps.singleFilter : maps.pairFilter).add(key);
  const slot = slotOf(words.length === 1 ? maps.single : maps.pairs, key);
  let group = slot.kinds.find((k) => k.kind === kind);
  if (!group) {
    group = { kind, entries: [] };
    slot.kinds.push(group);
  }
  group.entries.push({ words, hashes, tag });
  // Longest phrase first, so "payment due" wins over "due" at the same place.
  group.entries.sort((a, b) => b.words.length - a.words.length);
}

function buildIndex(): CueIndexMaps {
  const maps: CueIndexMaps = {
    single: new Map(),
    pairs: new Map(),
    singleFilter: new BitSet16(),
    pairFilter: new BitSet16(),
  };
  languages.forEach((lang, tag) => {
    BODY_CUES.forEach((cue, kind) => {
      // Payment cues are the reply tables' "paid" phrases (./replies): one list for both readers.
      const list = cue === 'paymentCues' ? (replyLanguages[tag]?.paid ?? []) : lang[cue];
      for (const phrase of list) addPhrase(maps, kind, phrase, tag);
    });
  });
  return maps;
}

/** Built once when the core loads; read-only from then on. */
const INDEX = /* @__PURE__ */ buildIndex();

function matchHashed(
  lower: string,
  tokens: BodyTokens,
  entries: readonly HashedEntry[],
  i: number,
): PhraseMatch<number> | undefined {
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

function scanSlot(
  slot: Slot,
  lower: string,
  tokens: BodyTokens,
  i: number,
  lists: PhraseMatch<number>[][],
): void {
  for (const group of slot.kinds) {
    let list = lists[group.kind] as PhraseMatch<number>[];
    if (list.length >= MAX_HITS) continue;
    const match = matchHashed(lower, tokens, group.entries, i);
    if (!match) continue;
    if (list === NONE) lists[group.kind] = list = [];
    list.push(match);
  }
}

export function scanCues(lower: string, tokens: BodyTokens): CueHits {
  const { single, pairs, singleFilter, pairFilter } = INDEX;
  const lists = new Array<PhraseMatch<number>[]>(BODY_CUES.length).fill(
    NONE as PhraseMatch<number>[],
  );
  const { hashes, starts } = tokens;
  const count = hashes.length;
  // Whether token i is a number, for `{n}`: computed once per token, carried to the next.
  let isNumber =
    count > 0 && lower.charCodeAt(starts[0] as number) <= 57 && smallNumber(lower, tokens, 0) >= 0;
  for (let i = 0; i < count; i++) {
    const h = isNumber ? NUMBER_KEY : (hashes[i] as number);
    const nextIsNumber =
      i + 1 < count &&
      lower.charCodeAt(starts[i + 1] as number) <= 57 &&
      smallNumber(lower, tokens, i + 1) >= 0;
    if (i + 1 < count) {
      // Longer phrases first: their matches go into each list before a one-word match here.
      const key = pairKey(h, nextIsNumber ? NUMBER_KEY : (hashes[i + 1] as number));
      const pair = pairFilter.has(key) ? pairs.get(key) : undefined;
      if (pair) scanSlot(pair, lower, tokens, i, lists);
      if (isNumber || nextIsNumber) {
        // "{n}" in the index but a plain word in the text, or the other way round.
        const alt = pairs.get(pairKey(hashes[i] as number, hashes[i + 1] as number));
        if (alt && alt !== pair) scanSlot(alt, lower, tokens, i, lists);
      }
    }
    const word = hashes[i] as number;
    const one = singleFilter.has(word) ? single.get(word) : undefined;
    if (one) scanSlot(one, lower, tokens, i, lists);
    isNumber = nextIsNumber;
  }
  // One object literal, in BODY_CUES order: every body's hits share one shape.
  return {
    cues: {
      invoiceWords: listAt(lists, 0),
      notInvoiceWords: listAt(lists, 1),
      totalLabels: listAt(lists, 2),
      paymentDetailWords: listAt(lists, 3),
      dueDatePhrases: listAt(lists, 4),
      termPhrases: listAt(lists, 5),
      outOfOfficePhrases: listAt(lists, 6),
      returnDatePhrases: listAt(lists, 7),
      paymentCues: listAt(lists, 8),
    },
  };
}

function listAt(lists: PhraseMatch<number>[][], kind: number): PhraseMatch<number>[] {
  return lists[kind] as PhraseMatch<number>[];
}
