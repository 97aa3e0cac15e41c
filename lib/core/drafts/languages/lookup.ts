/**
 * Everything the core asks about the draft languages, read from the one list in registry.ts.
 */
import { formatterForLocale, type Formatter } from '../format-for-language';
import type { LanguagePack } from '../language-pack';
import { DRAFT_LANGUAGES, type DraftLanguage } from './registry';

export { DRAFT_LANGUAGES, type DraftLanguage } from './registry';

/** Every draft language's code, in the order the options page lists them. */
export const DRAFT_LANGUAGE_CODES: readonly [DraftLanguage, ...DraftLanguage[]] = [
  DRAFT_LANGUAGES[0].code,
  ...DRAFT_LANGUAGES.slice(1).map((pack) => pack.code),
];

/** The language drafts fall back to when neither the thread nor the settings name one. */
export const FALLBACK_DRAFT_LANGUAGE: DraftLanguage = DRAFT_LANGUAGES[0].code;

export function isDraftLanguage(value: unknown): value is DraftLanguage {
  return DRAFT_LANGUAGES.some((pack) => pack.code === value);
}

/** The pack of a draft language (the fallback language's for anything else). */
export function languagePack(code: unknown): LanguagePack<DraftLanguage> {
  return DRAFT_LANGUAGES.find((pack) => pack.code === code) ?? DRAFT_LANGUAGES[0];
}

/** Money, dates and rates as a draft in `language` writes them, for an invoice in `invoiceCurrency`. */
export function formatterFor(language: DraftLanguage, invoiceCurrency?: string): Formatter {
  return formatterForLocale(languagePack(language).locale, invoiceCurrency);
}

/** The register a draft in `language` uses for a thread whose owner writes `register`. */
export function registerFor(
  language: DraftLanguage,
  register: LanguagePack['registers'][number] | undefined,
): LanguagePack['registers'][number] {
  const { registers } = languagePack(language);
  return register && registers.includes(register) ? register : registers[0];
}

/** Whether the language distinguishes formal and informal address (German Sie/du, ...). */
export function hasRegisters(language: unknown): boolean {
  return isDraftLanguage(language) && languagePack(language).registers.length > 1;
}
