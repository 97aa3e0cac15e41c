/**
 * The draft languages. Adding one is a folder `languages/<code>/` exporting a `LanguagePack`
 * (language-pack.ts) and its entry below; settings, the options page, the settings schema, the
 * drafts, the ghost-score reasons and the `auto` late-payment law all read this list (through
 * lookup.ts), and the draft tests run every pack in it.
 */
import type { LanguageCode } from '../../results';
import type { LanguagePack } from '../language-pack';
import { german } from './de';
import { english } from './en';
import { spanish } from './es';
import { french } from './fr';
import { dutch } from './nl';
import { italian } from './it';

export const DRAFT_LANGUAGES = [
  english,
  german,
  spanish,
  italian,
  french,
  dutch,
] as const satisfies readonly LanguagePack<LanguageCode>[];

/** A language Unghost writes drafts in: `'en' | 'de' | ...`, from the list above. */
export type DraftLanguage = (typeof DRAFT_LANGUAGES)[number]['code'];
