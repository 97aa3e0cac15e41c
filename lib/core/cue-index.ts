/**
 * Cues read from subjects, attachment names and header lines, merged from every language in
 * ./languages and indexed once (lazily). Body cues are in ./cue-scan.ts, read in one pass.
 * A thread may mix languages (an English subject over a German body), so detection always
 * reads all of them; the tag on each phrase says which language it came from.
 */
import { languages } from './languages';
import type { LanguageCues } from './languages';
import { PhraseSet, phraseSetOf } from './phrase-matcher';

export interface CueIndex {
  invoiceWords: PhraseSet<number>;
  notInvoiceWords: PhraseSet<number>;
  invoiceFileNames: string[];
  notInvoiceFileNames: string[];
  numberFillers: Set<string>;
  months: Map<string, number>;
  autoReplySubjects: PhraseSet<number>;
  bounceSubjects: PhraseSet<number>;
  quoteIntros: { lead: string; verb: string }[];
  quoteSeparators: PhraseSet<number>;
  quoteHeaderFrom: Set<string>;
  quoteHeaderSent: Set<string>;
  replyPrefixes: Set<string>;
  /** Invoice words as raw lower-case strings, for reading the number that follows one. */
  invoiceWordList: string[];
}

const all = (pick: (lang: LanguageCues) => readonly string[]): string[] =>
  languages.flatMap((l) => [...pick(l)]);

function buildCueIndex(): CueIndex {
  const months = new Map<string, number>();
  for (const lang of languages)
    for (const [name, month] of Object.entries(lang.months)) months.set(name, month);
  return {
    invoiceWords: phraseSetOf(languages, (l) => l.invoiceWords),
    notInvoiceWords: phraseSetOf(languages, (l) => l.notInvoiceWords),
    invoiceFileNames: all((l) => l.invoiceFileNames),
    notInvoiceFileNames: all((l) => l.notInvoiceFileNames),
    numberFillers: new Set(all((l) => l.numberFillers)),
    months,
    autoReplySubjects: phraseSetOf(languages, (l) => l.autoReplySubjects),
    bounceSubjects: phraseSetOf(languages, (l) => l.bounceSubjects),
    quoteIntros: languages.map((l) => l.quoteIntro),
    quoteSeparators: phraseSetOf(languages, (l) => l.quoteSeparators),
    quoteHeaderFrom: new Set(all((l) => l.quoteHeaderFrom)),
    quoteHeaderSent: new Set(all((l) => l.quoteHeaderSent)),
    replyPrefixes: new Set(all((l) => l.replyPrefixes)),
    invoiceWordList: all((l) => l.invoiceWords).filter((w) => !w.includes(' ')),
  };
}

/** Built once when the core loads; read-only from then on. */
const CUE_INDEX: CueIndex = /* @__PURE__ */ buildCueIndex();

export function cueIndex(): CueIndex {
  return CUE_INDEX;
}
