import type { FollowUpDraft, MissingFact } from '../results';
import { german } from './de';
import type { DraftInput, DraftLanguage } from './draft-input';
import { english } from './en';

const languages: Record<DraftInput['language'], DraftLanguage> = { en: english, de: german };

// A reply keeps the thread's subject; any reply/forward prefix the client added is not doubled.
const replyPrefix = /^\s*(?:(?:re|aw|antw|sv|wg|fw|fwd)\s*:\s*)+/i;

/**
 * The follow-up text for fully decided input: greeting, the stage's paragraphs, sign-off and
 * signature. Facts the input lacks are reported in `missing` so the sidebar can ask for them;
 * the text itself never holds a placeholder.
 */
export function renderDraft(input: DraftInput): FollowUpDraft {
  const language = languages[input.language];
  const signature = input.signature?.trim();
  const blocks = [
    language.greeting(input),
    ...language.body(input),
    signature ? `${language.signOff(input)}\n${signature}` : language.signOff(input),
  ];
  const baseSubject =
    input.threadSubject?.replace(replyPrefix, '').trim() || language.fallbackSubject(input);
  return {
    language: input.language,
    stage: input.stage,
    subject: `Re: ${baseSubject}`,
    text: blocks.join('\n\n'),
    missing: missingFacts(input),
  };
}

function missingFacts({ invoice, addressee, signature }: DraftInput): MissingFact[] {
  const missing: MissingFact[] = [];
  if (!invoice.number) missing.push('invoiceNumber');
  if (!Number.isFinite(invoice.amount) || !/^[a-z]{3}$/i.test(invoice.currency ?? ''))
    missing.push('amount');
  if (!invoice.dueDate) missing.push('dueDate');
  if (!addressee) missing.push('customerName');
  if (!signature?.trim()) missing.push('ownerName');
  return missing;
}
