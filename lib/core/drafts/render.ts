import type { FollowUpDraft, MissingFact } from '../results';
import type { DraftInput } from './draft-input';
import type { DraftContext, LanguagePack } from './language-pack';
import { formatterFor, languagePack, registerFor } from './languages/lookup';
import { STAGE_TABLE } from './stage-table';

// A reply keeps the thread's subject; any reply/forward prefix the client added is not doubled.
const replyPrefix = /^\s*(?:(?:re|aw|antw|sv|wg|fw|fwd)\s*:\s*)+/i;

/**
 * The follow-up text for fully decided input: greeting, the paragraphs of the stage or of the
 * state the customer's reply asks for, sign-off and signature. Facts the input lacks are
 * reported in `missing` so the sidebar can ask for them; the text itself never holds a
 * placeholder.
 */
export function renderDraft(input: DraftInput): FollowUpDraft {
  const pack = languagePack(input.language);
  const c = contextFor(input);
  const signature = input.signature?.trim();
  const body = bodyOf(c, pack);
  const blocks = [
    pack.greeting(c),
    // A paragraph after the first starts a sentence; only the first may go on after the
    // greeting's comma in lower case (German "ich hoffe, ...").
    ...body.map((p, i) => (i === 0 ? p : p.charAt(0).toUpperCase() + p.slice(1))),
    signature ? `${pack.signOff(c)}\n${signature}` : pack.signOff(c),
  ];
  const baseSubject =
    input.threadSubject?.replace(replyPrefix, '').trim() || pack.fallbackSubject(c);
  return {
    language: input.language,
    kind: input.kind ?? 'stage',
    stage: input.stage,
    subject: `Re: ${baseSubject}`,
    text: blocks.join('\n\n'),
    missing: missingFacts(input),
  };
}

function bodyOf(c: DraftContext, pack: LanguagePack): string[] {
  const { states } = pack;
  switch (c.kind ?? 'stage') {
    case 'promise_thanks':
      return states.promiseThanks(c);
    case 'dispute':
      return states.dispute(c);
    case 'instalment_plan':
      return states.instalmentPlan(c);
    case 'invoice_resend':
      return states.invoiceResend(c);
    case 'partial_payment':
      return states.partialPayment(c);
    case 'stage': {
      const body = pack.stages[c.stage](c);
      return c.promiseBroken && c.promisedDate ? [states.brokenPromise(c), ...body] : body;
    }
  }
}

function contextFor(input: DraftInput): DraftContext {
  const f = formatterFor(input.language, input.invoice.currency);
  const register = registerFor(input.language, input.register);
  const currency = input.invoice.currency;
  return {
    ...input,
    register,
    row: STAGE_TABLE[input.stage] ?? STAGE_TABLE[1],
    f,
    t: (formal, informal) => (register === 'informal' ? informal : formal),
    money: (amount) =>
      amount !== undefined && Number.isFinite(amount) && currency
        ? f.money(amount, currency)
        : undefined,
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
