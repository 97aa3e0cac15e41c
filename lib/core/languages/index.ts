/**
 * The languages the analysis reads. To add one: copy `en.ts` to `<code>.ts`, translate every
 * list (keep the shape `LanguageCues` asks for), add the code to `LanguageCode` in
 * ../results.ts, and list the new object in `languages` below. Nothing else changes: every
 * cue list is merged from this array, and `detectLanguage` scores each entry's common words.
 */
import type { LanguageCode } from '../results';
import { tokenize } from '../phrase-matcher';
import type { LanguageCues } from './language-cues';
import { en } from './en';
import { de } from './de';
import { fr } from './fr';
import { es } from './es';
import { it } from './it';
import { nl } from './nl';

export type { LanguageCues } from './language-cues';

export const languages: readonly LanguageCues[] = [en, de, fr, es, it, nl];

/**
 * The word for an invoice in each language the core reads (the first of its invoice words):
 * what the sweep asks a mail client's own search for.
 */
export const INVOICE_SEARCH_WORDS: readonly string[] = languages.map((l) => l.invoiceWords[0]!);

function buildWordIndex(): Map<string, number[]> {
  const index = new Map<string, number[]>();
  languages.forEach((lang, i) => {
    for (const word of lang.commonWords) {
      const list = index.get(word) ?? [];
      if (!list.includes(i)) list.push(i);
      index.set(word, list);
    }
  });
  return index;
}

/** Languages by common word; built once when the core loads, read-only from then on. */
const COMMON_WORD_INDEX = /* @__PURE__ */ buildWordIndex();

/**
 * The language whose common words occur most often in `words` (lower-case tokens). Undefined
 * when no language scores at all or two tie for first place. Reads at most the first 2,000
 * words: that is plenty to tell languages apart and keeps huge bodies cheap.
 */
export function detectLanguage(words: readonly string[]): LanguageCode | undefined {
  return languageFromCounts(countCommonWords(words, new Array<number>(languages.length).fill(0)));
}

/** The language with the most common-word hits; undefined on no hits or a tie. */
export function languageFromCounts(scores: readonly number[]): LanguageCode | undefined {
  let best = -1;
  let bestScore = 0;
  let tie = false;
  scores.forEach((score, i) => {
    if (score > bestScore) {
      best = i;
      bestScore = score;
      tie = false;
    } else if (score === bestScore && score > 0) tie = true;
  });
  return best < 0 || tie ? undefined : languages[best]?.code;
}

/** Adds the common-word hits of `words` to `scores` (one slot per language). */
export function countCommonWords(words: readonly string[], scores: number[]): number[] {
  const index = COMMON_WORD_INDEX;
  const limit = Math.min(words.length, 2000);
  for (let i = 0; i < limit; i++) {
    const hits = index.get(words[i] as string);
    if (hits) for (const l of hits) scores[l] = (scores[l] ?? 0) + 1;
  }
  return scores;
}

/** Detects the language of a piece of text (convenience for callers with a string). */
export function detectTextLanguage(text: string): LanguageCode | undefined {
  return detectLanguage(tokenize(text.toLowerCase()).words);
}
