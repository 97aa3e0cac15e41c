import type { LanguageCode } from '../results';

/**
 * Everything the analysis knows about one language, as data. Phrases are matched word by
 * word, case-insensitively, after splitting on anything that is not a letter or digit, so
 * "n'ai pas" and "n’ai pas" both read as the words n, ai, pas. In `termPhrases`, `{n}` stands
 * for a number of days.
 */
export interface LanguageCues {
  code: LanguageCode;
  /** Frequent short words that tell this language from the others (language detection). */
  commonWords: readonly string[];
  /** Words that name an invoice (subject, body). */
  invoiceWords: readonly string[];
  /** Lower-case fragments of attachment names that look like an invoice. */
  invoiceFileNames: readonly string[];
  /** Quote, offer, estimate, receipt, payment confirmation, order confirmation, newsletter. */
  notInvoiceWords: readonly string[];
  /** Lower-case fragments of attachment names that are not an invoice. */
  notInvoiceFileNames: readonly string[];
  /** Words before an invoice number that are not part of it ("Nr.", "n°"). */
  numberFillers: readonly string[];
  /** A line with one of these labels carries the invoice total. */
  totalLabels: readonly string[];
  /** Bank details: IBAN, sort code, ... */
  paymentDetailWords: readonly string[];
  /** A date after one of these is the due date. */
  dueDatePhrases: readonly string[];
  /** Payment terms relative to the invoice date; `{n}` is the number of days. */
  termPhrases: readonly string[];
  /** Month names and abbreviations, lower-case, 1-12. */
  months: Readonly<Record<string, number>>;
  /** Subject phrases of automatic replies (out of office, auto-reply). */
  autoReplySubjects: readonly string[];
  /** Subject phrases of delivery failure reports. */
  bounceSubjects: readonly string[];
  /** Body phrases of an out-of-office reply. */
  outOfOfficePhrases: readonly string[];
  /** A date after one of these in an out-of-office reply is the return date. */
  returnDatePhrases: readonly string[];
  /** Quote header "On <date>, <name> wrote:" as its first word and its verb. */
  quoteIntro: { lead: string; verb: string };
  /** Separator lines before quoted or forwarded history ("Original Message"). */
  quoteSeparators: readonly string[];
  /** Header block labels of quoted history: From: ... Sent: ... */
  quoteHeaderFrom: readonly string[];
  quoteHeaderSent: readonly string[];
  /** Reply and forward subject prefixes ("Re", "AW", "WG"). */
  replyPrefixes: readonly string[];
  /** Formal vs informal address; absent where the language has no such distinction. */
  register?: {
    /** Matched case-sensitively: German formal "Sie" is capitalised. */
    formalWords: readonly string[];
    informalWords: readonly string[];
    formalGreetings: readonly string[];
    /** Greeting words that are informal when followed by a first name, not a title. */
    informalGreetings: readonly string[];
    titles: readonly string[];
  };
}
