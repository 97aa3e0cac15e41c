import type { DraftFacts } from './language-pack';
import type { DraftLanguage } from './languages/lookup';

/**
 * A follow-up fully decided: the facts (language-pack.ts) and the registered language that
 * words them. `renderDraft` turns it into text.
 */
export interface DraftInput extends DraftFacts {
  language: DraftLanguage;
}
