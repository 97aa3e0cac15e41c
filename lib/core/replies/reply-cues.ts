import type { DisputeTopic, LanguageCode } from '../results';

/**
 * What the reply reader knows about one language, as data (docs/rules.md §3 "Reply kinds").
 * Phrases are words split like the rest of the core ("we've" is the words we, ve). A phrase of
 * several words matches when all its words occur in one sentence, in any order, close together
 * (at most two other words in between), so "Habe den Betrag heute überwiesen" and "Überwiesen
 * habe ich" need no separate entries; pronouns are never required. A word of six letters or
 * more also matches with one typing slip (one letter missing, extra, wrong or swapped).
 * `{n}` stands for a number, in digits or in words.
 */
export interface ReplyCues {
  code: LanguageCode;
  /**
   * The money has been paid, sent or ordered, in a tense that means done ("überwiesen",
   * "payment sent"). Also read in every message by the one-pass body scan, word for word in
   * this order, to find payment cues in older replies and the owner's own "payment received".
   */
  paid: readonly string[];
  /** Commits to pay later, on its own ("we'll pay", "pagheremo", "zahlung erfolgt"). */
  promise: readonly string[];
  /** Paying in a tense that is not done yet ("zahlen", "pay"): a promise with a time or a future word. */
  payVerbs: readonly string[];
  /** Words of the future ("will", "werden", "nächste"): before a paid phrase they make it a promise. */
  future: readonly string[];
  /** Negation: a paid phrase or promise next to one says the opposite ("not", "noch nicht"). */
  negations: readonly string[];
  /** Condition: a paid phrase next to one did not happen ("if", "falls", "sobald"). */
  conditions: readonly string[];
  /** Contests the invoice; by what it contests, `general` when it does not say. */
  dispute: Readonly<Record<DisputeTopic | 'general', readonly string[]>>;
  /** Asks to pay in parts (always an instalment request, even with a promise). */
  instalment: readonly string[];
  /**
   * Asks for more time, or says money is short: an instalment request unless the reply also
   * promises a payment ("cash flow is tight, we'll pay on the 30th" is a promise).
   */
  moreTime: readonly string[];
  /** Names the parts of a plan ("Raten", "payments"): a number right before one is the count. */
  instalmentUnits: readonly string[];
  /** Has not received the invoice, or needs a copy, a corrected one, an order number, ... */
  invoiceRequest: readonly string[];
  /** Time words: with a pay verb they make a promise ("we pay next week"). */
  time: readonly string[];
  // Dates in words (docs/rules.md §3 "Promise date"); phrases matched word for word in order.
  /** Weekday names, 1 = Monday ... 7 = Sunday. */
  weekdays: Readonly<Record<string, number>>;
  today: readonly string[];
  tomorrow: readonly string[];
  dayAfterTomorrow: readonly string[];
  /** Friday of the reply's own week. */
  thisWeek: readonly string[];
  /** Friday of the next week. */
  nextWeek: readonly string[];
  /** Last day of the month (of the next month when the reply is on its last day). */
  endOfMonth: readonly string[];
  /** Last day of the next month. */
  nextMonth: readonly string[];
  /** The 15th. */
  midMonth: readonly string[];
  /** "in {n} days": reply day + n. */
  inDays: readonly string[];
  /** "in {n} weeks": reply day + 7n. */
  inWeeks: readonly string[];
  /** Words before a day of the month written alone: "on the {n}", "am {n}", "le {n}". */
  dayOfMonth: readonly string[];
  /** Numbers in words, cardinal and ordinal, 1-31 (compounds joined by `numberJoiners`). */
  numbers: Readonly<Record<string, number>>;
  /** Words between tens and units ("vingt et un", "treinta y uno"). */
  numberJoiners: readonly string[];
  /** Letters after a day in digits that make it an ordinal ("20th", "1er", "15e"). */
  ordinalSuffixes: readonly string[];
}
