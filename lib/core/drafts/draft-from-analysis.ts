import { legalStepsForNotice } from '../law/legal-steps';
import type { LateInterestTables } from '../late-interest-rates';
import type { MailThread } from '../mail-thread';
import type { DraftKind, FollowUpDraft, ThreadAnalysis } from '../results';
import { safeLine, safeLines, safeName, safeSubject } from '../safe-text';
import { defaultSettings, resolveSettings, type Settings } from '../settings';
import { findAddressee, parseGreeting } from './addressee';
import { addDays, daysBetween, toCalendarDate } from './calendar-date';
import type { DraftInput } from './draft-input';
import { instalmentPlan } from './instalment-plan';
import type { DraftFacts } from './language-pack';
import { FALLBACK_DRAFT_LANGUAGE, isDraftLanguage } from './languages/lookup';
import { renderDraft } from './render';
import { STAGE_TABLE, type Stage } from './stage-table';

export interface DraftOptions {
  /** Defaults to the current time; tests and the background pass it explicitly. */
  now?: Date | string;
  settings?: Partial<Settings>;
  /**
   * The stage the person picked by hand; else the analysis's suggestion, else 1. A stage other
   * than the suggestion always gives that stage's reminder; otherwise the draft is the one that
   * fits what the customer wrote (`draftKindFor`).
   */
  stage?: Stage;
  /**
   * The thread's analysis at the same `now` and settings, when the caller already has it (the
   * sidebar does): draftFollowUp then skips analysing the thread again.
   */
  analysis?: ThreadAnalysis;
  /** Overrides `settings.lateInterestTables` (the person's edited tables); the shipped ones by default. */
  lateInterestTables?: LateInterestTables;
}

/**
 * Decides every fact of the draft once, language-independent (amounts, interest, the law's
 * letter, the instalment plan, which draft fits), then renders it in the thread's language.
 */
export function draftFromAnalysis(
  thread: MailThread,
  analysis: ThreadAnalysis,
  opts: DraftOptions = {},
): FollowUpDraft {
  return renderDraft(draftInputFor(thread, analysis, opts));
}

export function draftInputFor(
  thread: MailThread,
  analysis: ThreadAnalysis,
  opts: DraftOptions = {},
): DraftInput {
  const settings = resolveSettings(opts.settings);
  // Settings come from storage and the options form: anything unreadable falls back to the default.
  const deadlineDays = wholeNumberIn(settings.deadlineDays, 1, 365) ?? defaultSettings.deadlineDays;
  const instalments = wholeNumberIn(settings.payment.instalments, 2, 60);
  const payment = { ...settings.payment, instalments };
  const today = toCalendarDate(opts.now ?? new Date()) ?? (toCalendarDate(new Date()) as string);
  const stage = opts.stage ?? analysis.stage ?? 1;
  const language = isDraftLanguage(analysis.language)
    ? analysis.language
    : isDraftLanguage(settings.defaultLanguage)
      ? settings.defaultLanguage
      : FALLBACK_DRAFT_LANGUAGE;
  const { dueDate: statedDue, ...known } = analysis.invoice ?? {};
  const dueDate = statedDue ? toCalendarDate(statedDue) : undefined;
  const invoice = { ...known, ...(dueDate ? { dueDate } : {}) };
  const daysOverdue =
    wholeNumberIn(analysis.daysOverdue, 0, 100_000) ??
    (dueDate ? Math.max(0, daysBetween(dueDate, today)) : 0);
  const partial = partialPayment(analysis, invoice.amount);
  // What is still owed: drafts after a partial payment ask for the rest, not the whole.
  const owed = partial?.outstandingAmount ?? invoice.amount;
  const plan =
    owed !== undefined
      ? instalmentPlan(
          owed,
          wholeNumberIn(settings.instalmentCount, 2, 24) ?? defaultSettings.instalmentCount,
          today,
        )
      : undefined;
  const kind = draftKindFor(analysis, opts.stage, { plan: plan !== undefined });
  let deadline = addDays(today, deadlineDays);
  const steps =
    kind === 'stage' &&
    STAGE_TABLE[stage].consequencesAllowed &&
    owed !== undefined &&
    Number.isFinite(owed) &&
    invoice.currency &&
    dueDate
      ? legalStepsForNotice({
          jurisdiction: settings.jurisdiction,
          customerType: settings.customerType,
          stage,
          amount: owed,
          currency: invoice.currency,
          dueDate,
          today,
          language: analysis.language,
          deadline,
          tables: opts.lateInterestTables ?? settings.lateInterestTables,
        })
      : undefined;
  // A letter the law asks for (NL, BE consumers) states its own term: the draft's deadline is it.
  if (steps && (steps.costs.kind === 'announce' || steps.costs.kind === 'wait'))
    deadline = steps.costs.notice.payBy > deadline ? steps.costs.notice.payBy : deadline;
  // The person's own signature block or name, else the name the mail page shows for the
  // account, used only when it looks like a name (the page is not the person).
  const signature =
    safeLines(settings.signature, 200) ||
    safeLine(settings.ownerName) ||
    safeName(thread.owner?.name);
  const collectionAgency = safeLine(settings.collectionAgency);
  const promisedDate = analysis.promisedDate ? toCalendarDate(analysis.promisedDate) : undefined;
  const agreedWork = kind === 'dispute' ? agreedWorkOf(thread, analysis) : undefined;
  const facts: DraftFacts = {
    kind,
    register: analysis.register ?? settings.defaultRegister,
    stage,
    today,
    deadline,
    threadSubject: safeSubject(thread.subject),
    addressee: findAddressee(thread, analysis.invoiceMessageIndex, [
      ...(thread.owner?.emails ?? []),
      ...settings.aliases,
    ]),
    invoice,
    daysOverdue,
    unansweredFollowUps: wholeNumberIn(analysis.unansweredFollowUps, 0, 1000) ?? 0,
    ...(steps?.interest ? { lateInterest: steps.interest } : {}),
    ...(steps
      ? {
          legal: {
            costs: steps.costs,
            interestStartsWithThisNotice: steps.interestStartsWithThisNotice,
          },
        }
      : {}),
    payment,
    ...(collectionAgency ? { collectionAgency } : {}),
    ...(signature ? { signature } : {}),
    ...(promisedDate ? { promisedDate } : {}),
    ...(analysis.promiseBroken === true && promisedDate ? { promiseBroken: true } : {}),
    ...(partial ?? {}),
    ...(kind === 'instalment_plan' && plan ? { instalments: plan } : {}),
    ...(kind === 'dispute' && analysis.disputeTopic ? { disputeTopic: analysis.disputeTopic } : {}),
    ...(agreedWork ? { agreedWork } : {}),
  };
  return { ...facts, language };
}

/**
 * Which draft fits the thread (docs/rules.md §6): a promise gets a thank-you, a dispute a
 * clarification, a request to pay in parts a plan, a request for the invoice the invoice again,
 * a partial payment thanks and the rest asked for; anything else (a broken promise included,
 * which the stage's reminder names) the stage's reminder. A stage the person picked other than
 * the suggested one is always that stage's reminder.
 */
export function draftKindFor(
  analysis: ThreadAnalysis,
  pickedStage: Stage | undefined,
  can: { plan: boolean },
): DraftKind {
  if (pickedStage !== undefined && pickedStage !== (analysis.stage ?? 1)) return 'stage';
  const kind = replyDraftKind(analysis);
  return kind === 'instalment_plan' && !can.plan ? 'stage' : (kind ?? 'stage');
}

/**
 * The draft that answers what the customer wrote, when the thread calls for one (a promise, a
 * dispute, or an answer asking for parts or the invoice, or paying part); undefined when the
 * next draft is a stage's reminder, or none is due.
 */
export function replyDraftKind(analysis: ThreadAnalysis): DraftKind | undefined {
  if (analysis.status === 'promised') return 'promise_thanks';
  if (analysis.status === 'disputed') return 'dispute';
  if (analysis.status !== 'answered') return undefined;
  if (analysis.replyKind === 'instalment_request') return 'instalment_plan';
  if (analysis.replyKind === 'invoice_request') return 'invoice_resend';
  if (partialPayment(analysis, analysis.invoice?.amount)) return 'partial_payment';
  return undefined;
}

/** Paid and outstanding amounts, when the customer named a part of the invoice as paid. */
function partialPayment(
  analysis: ThreadAnalysis,
  invoiceAmount: number | undefined,
): { paidAmount: number; outstandingAmount: number } | undefined {
  const paid = analysis.paidAmount;
  const outstanding = analysis.outstandingAmount;
  if (typeof paid !== 'number' || typeof outstanding !== 'number') return undefined;
  if (!(paid > 0) || !(outstanding > 0) || !Number.isFinite(paid + outstanding)) return undefined;
  if (invoiceAmount !== undefined && outstanding >= invoiceAmount) return undefined;
  return { paidAmount: paid, outstandingAmount: outstanding };
}

/**
 * What the owner's invoice message says was agreed and delivered: the paragraph that names the
 * invoice number (else the first after the greeting), as one safe line of at most 300
 * characters: the owner's own words, quoted back.
 */
function agreedWorkOf(thread: MailThread, analysis: ThreadAnalysis): string | undefined {
  const message = Array.isArray(thread.messages)
    ? thread.messages[analysis.invoiceMessageIndex ?? -1]
    : undefined;
  const text = typeof message?.text === 'string' ? message.text.slice(0, 5_000) : undefined;
  if (!text) return undefined;
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => !line.startsWith('>'));
  const first = lines.findIndex((line) => line.length > 0);
  if (first >= 0 && parseGreeting(lines[first])) lines.splice(first, 1);
  const paragraphs = lines
    .join('\n')
    .split(/\n{2,}/)
    .map((p) => p.replace(/\n/g, ' ').trim())
    .filter((p) => p.length > 0);
  const number = analysis.invoice?.number;
  const chosen = (number && paragraphs.find((p) => p.includes(number))) || paragraphs[0];
  const line = safeLine(chosen, 300);
  return line.length >= 10 ? line : undefined;
}

function wholeNumberIn(value: unknown, min: number, max: number): number | undefined {
  const n = typeof value === 'number' ? Math.round(value) : Number.NaN;
  return Number.isFinite(n) && n >= min && n <= max ? n : undefined;
}
