/**
 * Reads what one reply means (docs/rules.md §3 "Reply kinds"): payment sent, a promise, a
 * dispute, a request to pay in parts, a request for the invoice, or something else. One pass
 * over the words a message body already has (offsets and hashes, ../body-tokens.ts): each word
 * is looked up by its hash in one index of every language's reply phrases, and a word of five
 * letters or more that is no phrase word is tried with one typing slip through hashes of its
 * one-letter deletions, so no word string is built unless a candidate must be confirmed.
 *
 * Phrases match within one sentence, their words in any order and close together. A payment
 * phrase does not count when its clause negates or conditions it ("noch nicht überwiesen",
 * "if you have already paid") or when its sentence is a question; a future word in its clause
 * makes it a promise ("der Betrag wird nächste Woche überwiesen"). After the phrase the clause
 * ends at a comma, a dash or a line break: "Habe überwiesen – der Betrag sollte in den nächsten
 * Tagen eingehen" reports a payment. A verb of paying not yet done ("zahlen", "pay") is a
 * promise with a time or a future word in its sentence ("We betalen volgende week").
 *
 * Kinds rank: instalment_request (a promise that asks for parts is one; one that asks for more
 * time or says money is short only without a promise or a payment), dispute,
 * payment_sent, invoice_request (a promise made "once we have the corrected invoice" waits on
 * the owner), promise, other.
 */
import { BitSet16 } from '../bit-set';
import { HASH_MASK, tokenIs as tokenIsShared, wordHash, type BodyTokens } from '../body-tokens';
import { languages } from '../languages';
import { phraseWords } from '../phrase-matcher';
import type { DisputeTopic, ReplyKind } from '../results';
import { replyLanguages, type ReplyCues } from './index';

// Bound once: module bindings can be getters where modules are loaded one by one, and these
// run for every word of a reply.
const tokenIs = tokenIsShared;
const MASK = HASH_MASK;

const PAID = 0;
const PROMISE = 1;
const PAY_VERB = 2;
const FUTURE = 3;
const NEGATION = 4;
const CONDITION = 5;
const DISPUTE = 6;
const INSTALMENT = 7;
const INVOICE_REQUEST = 8;
const TIME = 9;
const UNIT = 10;
const MORE_TIME = 11;

/** Roles that can make a sentence say something (the others only modify what it says). */
const DECISIVE = new Uint8Array(12);
for (const role of [PAID, PROMISE, PAY_VERB, DISPUTE, INSTALMENT, MORE_TIME, INVOICE_REQUEST])
  DECISIVE[role] = 1;

/** Dispute topics by precedence when a reply names several; `general` says none. */
const TOPICS = ['not_owed', 'scope', 'hours', 'quality', 'amount', 'general'] as const;
const GENERAL = TOPICS.length - 1;

/** Words read per reply: a reply says what it means near its start, not in its footer. */
const MAX_TOKENS = 400;
/** Words tried with a typing slip: the first ones, where the message itself is. */
const FUZZY_TOKENS = 40;
/** At most this many other words between the words of one phrase. */
const PHRASE_GAP = 2;

interface Entry {
  role: number;
  tag: number;
  /** Index into TOPICS for disputes, else -1. */
  topic: number;
  size: number;
  /** The phrase's words and their hashes. */
  words: string[];
  hashes: number[];
  /**
   * The word the phrase is found by (its longest): only it is indexed, the others are checked
   * around it, so "the" or "de" in a phrase never makes every sentence a candidate.
   */
  anchor: number;
}
interface WordRef {
  entry: Entry;
  slot: number;
}
interface VocabWord {
  word: string;
  hash: number;
  refs: WordRef[];
}
interface ReplyIndex {
  words: Map<number, VocabWord[]>;
  filter: BitSet16;
  /** Every word of every phrase, anchors or not: such a word is never read as a slip of another. */
  known: BitSet16;
  /** Anchors of the phrases that can decide what a reply means (not negations, times, ...). */
  decisiveFilter: BitSet16;
  /** Hashes of phrase words with one letter deleted (words of six letters or more). */
  deletions: Map<number, VocabWord[]>;
  /** Low and high bits of those hashes: a deletion of an ordinary word rarely passes both. */
  deletionFilter: BitSet16;
  deletionFilterHigh: BitSet16;
}

/** Roles whose words are tried with a typing slip (not the short function words). */
const FUZZY_ROLES = new Set([
  PAID,
  PROMISE,
  PAY_VERB,
  DISPUTE,
  INSTALMENT,
  MORE_TIME,
  INVOICE_REQUEST,
]);

function listsOf(cues: ReplyCues): [number, number, readonly string[]][] {
  const lists: [number, number, readonly string[]][] = [
    [PAID, -1, cues.paid],
    [PROMISE, -1, cues.promise],
    [PAY_VERB, -1, cues.payVerbs],
    [FUTURE, -1, cues.future],
    [NEGATION, -1, cues.negations],
    [CONDITION, -1, cues.conditions],
    [INSTALMENT, -1, cues.instalment],
    [MORE_TIME, -1, cues.moreTime],
    [INVOICE_REQUEST, -1, cues.invoiceRequest],
    [TIME, -1, cues.time],
    [UNIT, -1, cues.instalmentUnits],
  ];
  TOPICS.forEach((topic, i) => lists.push([DISPUTE, i, cues.dispute[topic]]));
  // Month names and days in words also say when ("el veinte de noviembre", "il quindici").
  const language = languages[replyLanguages.indexOf(cues)];
  const months = Object.keys(language?.months ?? {}).filter((m) => m.length >= 4);
  const days = Object.keys(cues.numbers).filter((w) => w.length >= 5);
  lists.push([TIME, -1, [...months, ...days]]);
  return lists;
}

function vocabWord(map: Map<number, VocabWord[]>, word: string, hash: number): VocabWord {
  let list = map.get(hash);
  if (!list) map.set(hash, (list = []));
  let found = list.find((w) => w.word === word);
  if (!found) list.push((found = { word, hash, refs: [] }));
  return found;
}

function buildIndex(): ReplyIndex {
  const words = new Map<number, VocabWord[]>();
  const filter = new BitSet16();
  const known = new BitSet16();
  const decisiveFilter = new BitSet16();
  const frequency = new Map<string, number>();
  for (const cues of replyLanguages)
    for (const [, , list] of listsOf(cues))
      for (const phrase of list)
        for (const w of new Set(phraseWords(phrase))) frequency.set(w, (frequency.get(w) ?? 0) + 1);
  replyLanguages.forEach((cues, tag) => {
    for (const [role, topic, list] of listsOf(cues)) {
      for (const phrase of list) {
        const parts = phraseWords(phrase);
        if (parts.length === 0) continue;
        // The word fewest phrases share ("received" in "never received the invoice", not
        // "invoice"), then the longest: the rarer the anchor, the fewer sentences are checked.
        // Short words ("lo", "the", "de") are frequent in any mail: never the anchor if avoidable.
        const rank = (w: string) => (frequency.get(w) ?? 0) + (w.length <= 3 ? 1000 : 0);
        let anchor = 0;
        parts.forEach((w, k) => {
          const a = parts[anchor] as string;
          if (rank(w) < rank(a) || (rank(w) === rank(a) && w.length > a.length)) anchor = k;
        });
        const hashes = parts.map(wordHash);
        for (const h of hashes) known.add(h);
        const entry: Entry = { role, tag, topic, size: parts.length, words: parts, hashes, anchor };
        const hash = hashes[anchor] as number;
        filter.add(hash);
        if (DECISIVE[role] === 1) decisiveFilter.add(hash);
        vocabWord(words, parts[anchor] as string, hash).refs.push({ entry, slot: anchor });
      }
    }
  });
  const deletions = new Map<number, VocabWord[]>();
  const deletionFilter = new BitSet16();
  const deletionFilterHigh = new BitSet16();
  for (const list of words.values()) {
    for (const w of list) {
      if (w.word.length < 6 || !w.refs.some((r) => FUZZY_ROLES.has(r.entry.role))) continue;
      for (let j = 0; j < w.word.length; j++) {
        const hash = wordHash(w.word.slice(0, j) + w.word.slice(j + 1));
        deletionFilter.add(hash);
        deletionFilterHigh.add(hash >>> 14);
        const bucket = deletions.get(hash) ?? [];
        if (!bucket.includes(w)) bucket.push(w);
        deletions.set(hash, bucket);
      }
    }
  }
  // A language's most common words are spelt as meant: never tried as a slip of a phrase word.
  for (const lang of languages) for (const w of lang.commonWords) known.add(wordHash(w));
  return { words, filter, known, decisiveFilter, deletions, deletionFilter, deletionFilterHigh };
}

/** Built once when the core loads; read-only from then on. */
const INDEX: ReplyIndex = /* @__PURE__ */ buildIndex();

/** What one reply says. */
export interface ReplyReading {
  kind: ReplyKind;
  /** A payment phrase counts (negation, condition, future and questions considered). */
  paid: boolean;
  /** Character range of the sentence that reports the payment (where its amount is named). */
  paidSentence?: [number, number];
  /** Token range of the sentence that makes the promise (where its date is named). */
  promiseSentence?: [number, number];
  disputeTopic?: DisputeTopic;
  instalmentsAsked?: number;
}

// ---- Sentences -----------------------------------------------------------------------------

const GAP_NONE = 0;
const GAP_CLAUSE = 1;
const GAP_SENTENCE = 2;
const GAP_QUESTION = 3;

/** Is lower[at] (a dot) right after a day of the month in digits, "14." or "14.11."? */
function afterDay(lower: string, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && lower.charCodeAt(k) >= 48 && lower.charCodeAt(k) <= 57) k--;
  const digits = at - 1 - k;
  if (digits < 1 || digits > 2) return false;
  const before = k >= 0 ? lower.charCodeAt(k) : 32;
  return before === 32 || before === 46 || before === 10;
}

/** What the text between two words, lower[from, to), does to the sentence. */
function gapKind(lower: string, from: number, to: number): number {
  // Most words are apart by one space.
  if (to - from === 1 && lower.charCodeAt(from) === 32) return GAP_NONE;
  let result = GAP_NONE;
  let newlines = 0;
  for (let i = from; i < to; i++) {
    const c = lower.charCodeAt(i);
    if (c === 63 /* ? */) return GAP_QUESTION;
    if (c === 33 /* ! */ || c === 59 /* ; */) result = GAP_SENTENCE;
    else if (c === 10) {
      if (++newlines >= 2) result = GAP_SENTENCE;
      else if (result === GAP_NONE) result = GAP_CLAUSE;
    } else if (c === 46 /* . */) {
      const next = i + 1 < to ? lower.charCodeAt(i + 1) : 32;
      // "am 14.11. angewiesen", "am 14. November": the dot of a day does not end the sentence.
      if ((next === 32 || next === 10 || next === 13 || next === 9) && !afterDay(lower, i))
        result = GAP_SENTENCE;
    } else if (result === GAP_NONE) {
      // A comma, colon, bracket, or a dash with a space beside it ("überwiesen – der Betrag").
      if (c === 44 || c === 58 || c === 40 || c === 41) result = GAP_CLAUSE;
      else if (c === 0x2013 || c === 0x2014 || c === 45) {
        const before = i > from ? lower.charCodeAt(i - 1) : 0;
        const after = i + 1 < to ? lower.charCodeAt(i + 1) : 0;
        if (before === 32 || after === 32 || c !== 45) result = GAP_CLAUSE;
      }
    }
  }
  return result;
}

// ---- Words ---------------------------------------------------------------------------------

const POW31 = new Int32Array(33);
POW31[0] = 1;
for (let i = 1; i < POW31.length; i++) POW31[i] = Math.imul(POW31[i - 1] as number, 31);

function exactWord(
  ix: ReplyIndex,
  lower: string,
  tokens: BodyTokens,
  i: number,
): VocabWord | undefined {
  const hash = tokens.hashes[i] as number;
  if (!ix.filter.has(hash)) return undefined;
  const list = ix.words.get(hash);
  if (!list) return undefined;
  for (const w of list) if (tokenIs(lower, tokens, i, w.word, hash)) return w;
  return undefined;
}

/** At most one edit (insert, delete, substitute, swap two neighbours) between a and b. */
function oneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

function confirm(
  list: VocabWord[] | undefined,
  lower: string,
  start: number,
  end: number,
): VocabWord | undefined {
  if (!list) return undefined;
  const word = lower.slice(start, end);
  for (const w of list) {
    if (w.word.length < 6 && end - start < 6) continue;
    if (w.refs.some((r) => FUZZY_ROLES.has(r.entry.role)) && oneEdit(word, w.word)) return w;
  }
  return undefined;
}

/** A phrase word written with one slip ("überwiessen", "instalmnets"), or undefined. */
function fuzzyWord(
  ix: ReplyIndex,
  lower: string,
  tokens: BodyTokens,
  i: number,
  prefix: number[],
): VocabWord | undefined {
  const start = tokens.starts[i] as number;
  const end = tokens.ends[i] as number;
  const len = end - start;
  if (len < 5 || len > 24) return undefined;
  let h = 0;
  for (let k = 0; k < len; k++) {
    const c = lower.charCodeAt(start + k);
    if (c >= 48 && c <= 57) return undefined;
    prefix[k] = h;
    h = (Math.imul(h, 31) + c) | 0;
  }
  prefix[len] = h;
  // The word is a phrase word with one letter missing.
  const own = h & MASK;
  if (ix.deletionFilter.has(own) && ix.deletionFilterHigh.has(own >>> 14)) {
    const found = confirm(ix.deletions.get(own), lower, start, end);
    if (found) return found;
  }
  for (let j = 0; j < len; j++) {
    // Hash of the word without letter j: prefix · 31^(rest) + the rest.
    const rest = len - 1 - j;
    const tail = (h - Math.imul(prefix[j + 1] as number, POW31[rest] as number)) | 0;
    const del = ((Math.imul(prefix[j] as number, POW31[rest] as number) + tail) | 0) & MASK;
    // One letter too many, or one wrong or swapped (both lose a letter at the same place).
    if (ix.filter.has(del)) {
      const found = confirm(ix.words.get(del), lower, start, end);
      if (found) return found;
    }
    if (ix.deletionFilter.has(del) && ix.deletionFilterHigh.has(del >>> 14)) {
      const found = confirm(ix.deletions.get(del), lower, start, end);
      if (found) return found;
    }
  }
  return undefined;
}

function cachedFuzzyWord(
  s: Scratch,
  ix: ReplyIndex,
  lower: string,
  tokens: BodyTokens,
  i: number,
): VocabWord | undefined {
  const slipCache = s.slipCache;
  const len = (tokens.ends[i] as number) - (tokens.starts[i] as number);
  if (len < 5 || len > 24) return undefined;
  const hash = tokens.hashes[i] as number;
  let list = slipCache.get(hash);
  if (list) {
    for (const c of list) if (tokenIs(lower, tokens, i, c.word, hash)) return c.found ?? undefined;
  } else {
    list = [];
    slipCache.set(hash, list);
  }
  const found = fuzzyWord(ix, lower, tokens, i, s.prefix);
  const start = tokens.starts[i] as number;
  list.push({ word: lower.slice(start, start + len), found: found ?? null });
  return found;
}

// ---- Phrases within a sentence --------------------------------------------------------------

/**
 * What one reading of a reply works in, owned by that reading: nothing is kept from one reply to
 * the next. Its lists start empty and grow: most replies decide nothing and use none of them.
 */
class Scratch {
  /** The phrase words of the sentence being read. */
  readonly hitEntries: Entry[] = [];
  readonly hitTokens: number[] = [];
  hitCount = 0;
  /** Words are tried with a typing slip. */
  slips = false;
  /** Tokens of the words naming parts of a plan. */
  readonly unitTokens: number[] = [];
  /** Clause number of each token read. */
  readonly clauses: number[] = [];
  /** Where `phraseAround` found a phrase: start and end token, first and last clause. */
  readonly found: number[] = [0, 0, 0, 0];
  /** Tokens of the anchors of deciding phrases. */
  readonly anchors: number[] = [];
  /** Prefix hashes of the word tried for a slip. */
  readonly prefix: number[] = [];
  private slipWords?: Map<number, { word: string; found: VocabWord | null }[]>;
  /** Words already tried for a slip in this reply, and what they turned out to be. */
  get slipCache(): Map<number, { word: string; found: VocabWord | null }[]> {
    return (this.slipWords ??= new Map());
  }
}
interface Match {
  entry: Entry;
  start: number;
  end: number;
  clauseFrom: number;
  clauseTo: number;
}

/** Token i is `word` with one slip (the word has six letters or more). */
function slipOf(lower: string, tokens: BodyTokens, i: number, word: string): boolean {
  const start = tokens.starts[i] as number;
  const len = (tokens.ends[i] as number) - start;
  if (Math.abs(len - word.length) > 1) return false;
  return oneEdit(lower.slice(start, start + len), word);
}

/**
 * The other words of a phrase found by its anchor at `token`: each the nearest within reach,
 * all of them inside tokens [from, to) and close together. Fills `found`.
 */
function phraseAround(
  s: Scratch,
  entry: Entry,
  token: number,
  lower: string,
  tokens: BodyTokens,
  from: number,
  to: number,
): boolean {
  const { clauses, found, slips } = s;
  const reach = entry.size + PHRASE_GAP;
  const lo = Math.max(from, token - reach);
  const hi = Math.min(to, token + reach + 1);
  let start = token;
  let end = token + 1;
  let clauseFrom = clauses[token] as number;
  let clauseTo = clauseFrom;
  for (let slot = 0; slot < entry.size; slot++) {
    if (slot === entry.anchor) continue;
    const word = entry.words[slot] as string;
    const hash = entry.hashes[slot] as number;
    let best = -1;
    for (let d = 1; d < reach + 1 && best < 0; d++) {
      if (token - d >= lo && tokenIs(lower, tokens, token - d, word, hash)) best = token - d;
      else if (token + d < hi && tokenIs(lower, tokens, token + d, word, hash)) best = token + d;
    }
    // The other words of a phrase may carry a slip too ("virement efectué").
    for (let d = 1; d < reach + 1 && best < 0 && slips && word.length >= 6; d++) {
      if (token - d >= lo && slipOf(lower, tokens, token - d, word)) best = token - d;
      else if (token + d < hi && slipOf(lower, tokens, token + d, word)) best = token + d;
    }
    if (best < 0) return false;
    start = Math.min(start, best);
    end = Math.max(end, best + 1);
    clauseFrom = Math.min(clauseFrom, clauses[best] as number);
    clauseTo = Math.max(clauseTo, clauses[best] as number);
  }
  if (end - start > entry.size + PHRASE_GAP) return false;
  found[0] = start;
  found[1] = end;
  found[2] = clauseFrom;
  found[3] = clauseTo;
  return true;
}

/**
 * The phrases found in one sentence, tokens [from, to): each anchor hit with the phrase's other
 * words, nearest first, close to it in the same sentence.
 */
function matchesOf(
  s: Scratch,
  lower: string,
  tokens: BodyTokens,
  from: number,
  to: number,
): Match[] {
  const { hitEntries, hitTokens, hitCount, clauses, found } = s;
  const out: Match[] = [];
  for (let h = 0; h < hitCount; h++) {
    const entry = hitEntries[h] as Entry;
    const token = hitTokens[h] as number;
    let start = token;
    let end = token + 1;
    let clauseFrom = clauses[token] as number;
    let clauseTo = clauseFrom;
    if (entry.size > 1) {
      if (!phraseAround(s, entry, token, lower, tokens, from, to)) continue;
      start = found[0] as number;
      end = found[1] as number;
      clauseFrom = found[2] as number;
      clauseTo = found[3] as number;
    }
    out.push({ entry, start, end, clauseFrom, clauseTo });
  }
  return out;
}

/**
 * Is there a word of `role` in the language `tag` (a negation, a condition, a future word) in the clauses
 * [clauseFrom, clauseTo] (the whole sentence when clauseFrom is -1)?
 */
function near(
  matches: readonly Match[],
  role: number,
  tag: number,
  m: Match,
  clauseFrom: number,
  clauseTo: number,
  beforeOnly = false,
): boolean {
  for (const x of matches) {
    if (x.entry.role !== role || x.entry.tag !== tag || x === m) continue;
    if (beforeOnly && x.start >= m.start) continue;
    if (clauseFrom < 0 || (x.clauseTo >= clauseFrom && x.clauseFrom <= clauseTo)) return true;
  }
  return false;
}

interface Accumulated {
  paid: boolean;
  promise: boolean;
  /** Whether the reply disputes, and the topic of the first sentence that names one. */
  dispute: boolean;
  topic: number;
  instalment: boolean;
  moreTime: boolean;
  invoiceRequest: boolean;
  paidSentence?: [number, number];
  promiseSentence?: [number, number];
}

function sentenceHasDate(lower: string, tokens: BodyTokens, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const start = tokens.starts[i] as number;
    const end = tokens.ends[i] as number;
    const c = lower.charCodeAt(start);
    if (c < 48 || c > 57 || end - start > 4) continue;
    const after = lower.charCodeAt(end);
    // "14.11.", "20/11", "am 14." or an ordinal day "20th", "15e".
    if (after === 46 || after === 47) return true;
    const last = lower.charCodeAt(end - 1);
    if (last > 57) return true;
  }
  return false;
}

function judgeSentence(
  matches: readonly Match[],
  question: boolean,
  lower: string,
  tokens: BodyTokens,
  from: number,
  to: number,
  acc: Accumulated,
): void {
  if (matches.length === 0) return;
  let hasTime = false;
  for (const m of matches) if (m.entry.role === TIME) hasTime = true;
  if (!hasTime) hasTime = sentenceHasDate(lower, tokens, from, to);
  let promise = false;
  let topic = -1;
  for (const m of matches) {
    const { role, tag } = m.entry;
    const { clauseFrom, clauseTo } = m;
    if (role === PAID) {
      const negated = near(matches, NEGATION, tag, m, clauseFrom, clauseTo);
      const conditioned = near(matches, CONDITION, tag, m, clauseFrom, clauseTo);
      const future = near(matches, FUTURE, tag, m, clauseFrom, clauseTo);
      if (!negated && !conditioned && !future && !question) {
        if (!acc.paid)
          // Up to the next sentence: a currency sign after the last word belongs to it.
          acc.paidSentence = [
            tokens.starts[from] as number,
            to < tokens.starts.length ? (tokens.starts[to] as number) : lower.length,
          ];
        acc.paid = true;
      } else if (
        !conditioned &&
        (future || (negated && (hasTime || near(matches, FUTURE, tag, m, -1, -1))))
      )
        promise = true;
    } else if (role === PROMISE || role === PAY_VERB) {
      if (near(matches, NEGATION, tag, m, clauseFrom, clauseTo)) continue;
      // "Once it is paid, ..." promises nothing; "we'll pay once we have it" does.
      if (near(matches, CONDITION, tag, m, clauseFrom, clauseTo, true)) continue;
      if (question && !hasTime) continue;
      if (role === PAY_VERB && !hasTime && !near(matches, FUTURE, tag, m, -1, -1)) continue;
      promise = true;
    } else if (role === DISPUTE) {
      acc.dispute = true;
      topic = topic < 0 ? m.entry.topic : Math.min(topic, m.entry.topic);
    } else if (role === INSTALMENT) acc.instalment = true;
    else if (role === MORE_TIME) acc.moreTime = true;
    else if (role === INVOICE_REQUEST) acc.invoiceRequest = true;
  }
  // The customer's first point is the one they make first; within a sentence, by precedence.
  if (acc.topic < 0 || acc.topic === GENERAL) {
    if (topic >= 0 && (acc.topic < 0 || topic !== GENERAL)) acc.topic = topic;
  }
  if (promise) {
    if (!acc.promise) acc.promiseSentence = [from, to];
    acc.promise = true;
  }
}

// ---- Instalment count ----------------------------------------------------------------------

/** Numbers in words, every language's, first language first. */
const NUMBER_WORDS: ReadonlyMap<string, number> = /* @__PURE__ */ numberWordsOf();

function numberWordsOf(): Map<string, number> {
  const words = new Map<string, number>();
  for (const cues of replyLanguages)
    for (const [w, n] of Object.entries(cues.numbers)) if (!words.has(w)) words.set(w, n);
  return words;
}

function numberAt(lower: string, tokens: BodyTokens, i: number): number | undefined {
  if (i < 0) return undefined;
  const word = lower.slice(tokens.starts[i] as number, tokens.ends[i] as number);
  if (/^\d{1,2}$/.test(word)) return Number(word);
  return NUMBER_WORDS.get(word);
}

function instalmentCount(
  units: readonly number[],
  lower: string,
  tokens: BodyTokens,
): number | undefined {
  for (const i of units) {
    // "in 3 Raten", "into three payments", "in drie gelijke termijnen": the number before.
    for (const back of [1, 2]) {
      const n = numberAt(lower, tokens, i - back);
      if (n !== undefined && n >= 2 && n <= 24) return n;
    }
  }
  return undefined;
}

// ---- Reading -------------------------------------------------------------------------------

/** The phrase word at token i (with a typing slip when `slips` allows), or undefined. */
function wordAt(
  s: Scratch,
  ix: ReplyIndex,
  lower: string,
  tokens: BodyTokens,
  i: number,
): VocabWord | undefined {
  const word = exactWord(ix, lower, tokens, i);
  if (word || !s.slips || i >= FUZZY_TOKENS || ix.known.has(tokens.hashes[i] as number))
    return word;
  return cachedFuzzyWord(s, ix, lower, tokens, i);
}

/** The reading of a reply that decides nothing: shared, read-only. */
const OTHER: ReplyReading = Object.freeze({ kind: 'other', paid: false });

/** Anchors of deciding phrases read in a reply at most. */
const MAX_ANCHORS = 64;

/**
 * The anchors of phrases that can decide what the reply means, in tokens [0, count), into
 * `anchors`; how many.
 */
function findAnchors(
  s: Scratch,
  ix: ReplyIndex,
  lower: string,
  tokens: BodyTokens,
  count: number,
): number {
  const { hashes } = tokens;
  const { anchors, slips } = s;
  let found = 0;
  for (let i = 0; i < count && found < MAX_ANCHORS; i++) {
    // Word for word, only the anchors of deciding phrases pass the filter: most words stop here.
    if (!slips && !ix.decisiveFilter.has(hashes[i] as number)) continue;
    if (slips && i >= FUZZY_TOKENS) break;
    const word = wordAt(s, ix, lower, tokens, i);
    if (!word) continue;
    for (const ref of word.refs) {
      if (DECISIVE[ref.entry.role] !== 1) continue;
      // A phrase whose other words are nowhere near cannot match in any sentence.
      if (ref.entry.size === 1 || phraseAround(s, ref.entry, i, lower, tokens, 0, count)) {
        anchors[found++] = i;
        break;
      }
    }
  }
  return found;
}

/** The gap after token i (the text's end after the last one). */
function gapAfter(lower: string, tokens: BodyTokens, i: number, count: number): number {
  const end = tokens.ends[i] as number;
  return i + 1 < count
    ? gapKind(lower, end, tokens.starts[i + 1] as number)
    : gapKind(lower, end, Math.min(lower.length, end + 20));
}

/**
 * Reads one body (lower-case text and its tokens). `fuzzy`: also try words with a typing slip
 * (the latest reply). `at`: read only the sentences holding these tokens (the payment cues the
 * body scan found in an older message), word for word.
 */
export function readReply(
  lower: string,
  tokens: BodyTokens,
  fuzzy = true,
  at?: readonly number[],
): ReplyReading {
  const ix = INDEX;
  const count = Math.min(tokens.hashes.length, MAX_TOKENS);
  const s = new Scratch();
  const { anchors, unitTokens, clauses, hitEntries, hitTokens } = s;
  let found = 0;
  if (at) {
    for (const t of at) if (t < count && found < MAX_ANCHORS) anchors[found++] = t;
  } else {
    // First only the anchors of deciding phrases, word for word: most replies hold none, and
    // are done. A reply that holds none so has its first words read again with typing slips.
    found = findAnchors(s, ix, lower, tokens, count);
    if (found === 0 && fuzzy) {
      s.slips = true;
      found = findAnchors(s, ix, lower, tokens, count);
    }
  }
  if (found === 0) return OTHER;
  const acc: Accumulated = {
    paid: false,
    promise: false,
    dispute: false,
    topic: -1,
    instalment: false,
    moreTime: false,
    invoiceRequest: false,
  };
  // Then each sentence holding an anchor, in order: its clauses and phrases, judged.
  let done = 0;
  for (let a = 0; a < found; a++) {
    const anchor = anchors[a] as number;
    if (anchor < done) continue;
    let start = anchor;
    while (start > done && gapAfter(lower, tokens, start - 1, count) < GAP_SENTENCE) start--;
    let end = anchor + 1;
    let endGap = gapAfter(lower, tokens, anchor, count);
    while (end < count && endGap < GAP_SENTENCE) endGap = gapAfter(lower, tokens, end++, count);
    s.hitCount = 0;
    let clause = 0;
    for (let i = start; i < end; i++) {
      if (i > start && gapAfter(lower, tokens, i - 1, count) === GAP_CLAUSE) clause++;
      clauses[i] = clause;
      const word = wordAt(s, ix, lower, tokens, i);
      if (!word) continue;
      for (const ref of word.refs) {
        if (ref.entry.role === UNIT) unitTokens.push(i);
        else if (s.hitCount < MAX_TOKENS) {
          hitEntries[s.hitCount] = ref.entry;
          hitTokens[s.hitCount++] = i;
        }
      }
    }
    const question = endGap === GAP_QUESTION;
    judgeSentence(
      matchesOf(s, lower, tokens, start, end),
      question,
      lower,
      tokens,
      start,
      end,
      acc,
    );
    done = end;
  }
  const reading: ReplyReading = { kind: 'other', paid: acc.paid };
  if (acc.paidSentence) reading.paidSentence = acc.paidSentence;
  if (acc.instalment || (acc.moreTime && !acc.promise && !acc.paid)) {
    reading.kind = 'instalment_request';
    const n = instalmentCount(unitTokens, lower, tokens);
    if (n !== undefined) reading.instalmentsAsked = n;
  } else if (acc.dispute) {
    reading.kind = 'dispute';
    const topic = TOPICS[acc.topic];
    if (topic && topic !== 'general') reading.disputeTopic = topic;
  } else if (acc.paid) reading.kind = 'payment_sent';
  else if (acc.invoiceRequest) reading.kind = 'invoice_request';
  else if (acc.promise) reading.kind = 'promise';
  if (acc.promiseSentence) reading.promiseSentence = acc.promiseSentence;
  return reading;
}
