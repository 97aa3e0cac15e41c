/**
 * What one draft language is: a folder under `languages/<code>/` exporting a `LanguagePack`, listed
 * in `languages/registry.ts`. The core decides every fact once (amounts, interest, costs, the
 * law's letter, the instalment plan, dates) and hands them over as `DraftFacts`; a pack only
 * words them. A pack imports nothing but these types (and pure helpers such as calendar-date):
 * the registry, settings and results derive their language types from the packs.
 */
import type { CostsVerdict } from '../law/legal-types';
import type { LateInterestJurisdiction, LateInterestResult } from '../late-interest-rates';
import type { DisputeTopic, DraftKind, InvoiceFacts, ScoreReason } from '../results';
import type { Addressee } from './addressee';
import type { DraftLocale, Formatter } from './format-for-language';
import type { Stage, StageRow } from './stage-table';

/** Formal or informal address (Sie/du, vous/tu, usted/tú, Lei/tu, u/je). */
export type Register = 'formal' | 'informal';

export interface PaymentDetails {
  /** Shown in drafts from stage 2 on as "another payment route". */
  iban?: string;
  paymentLink?: string;
  /** Offer to split the amount into this many instalments at stage 2 (0 or absent: no offer). */
  instalments?: number;
}

/** One part of a payment plan: its day (YYYY-MM-DD) and amount in the invoice currency. */
export interface Instalment {
  date: string;
  amount: number;
}

/** What the law says for a stage-3 or stage-4 notice (law/legal-steps.ts), decided by the core. */
export interface LegalFacts {
  /** Costs to charge now, the letter this notice must be (NL, BE consumers), or none. */
  costs: CostsVerdict;
  /** Interest waits for a reminder and this notice starts it (FR/ES consumers, CH). */
  interestStartsWithThisNotice: boolean;
}

/**
 * Everything a follow-up text is made of, already decided: the pack only writes sentences.
 * Absent facts stay absent here and the sentences leave them out (docs/rules.md §6: never a
 * placeholder).
 */
export interface DraftFacts {
  /** Which draft: a stage reminder, or the answer to what the customer wrote (docs/rules.md §6). */
  kind?: DraftKind;
  /** The pack's register for this thread (one of `pack.registers`). */
  register: Register;
  stage: Stage;
  /** Today on the owner's calendar, YYYY-MM-DD. */
  today: string;
  /** The new (stage 3) or final (stage 4) deadline, YYYY-MM-DD. */
  deadline: string;
  /** The thread's subject as the client shows it; may be empty. */
  threadSubject?: string;
  addressee?: Addressee;
  invoice: InvoiceFacts;
  daysOverdue: number;
  /** Owner reminders already sent into silence. */
  unansweredFollowUps: number;
  /** Statutory interest and fees, where the law gives a figure (stages that allow consequences). */
  lateInterest?: LateInterestResult;
  /** Costs and the law's letter, where the stage allows consequences and the law says something. */
  legal?: LegalFacts;
  payment: PaymentDetails;
  collectionAgency?: string;
  /** A signature block, or the owner's name. */
  signature?: string;
  /** The day the customer promised to pay by (kind `promise_thanks`, or a broken promise). */
  promisedDate?: string;
  /** The promise's day has passed with its grace: the reminder names it. */
  promiseBroken?: boolean;
  /** Paid so far when the customer paid part (in the invoice currency). */
  paidAmount?: number;
  /** Still owed after a partial payment; drafts ask for this instead of the full amount. */
  outstandingAmount?: number;
  /** The proposed plan (kind `instalment_plan`): dates and amounts summing to what is owed. */
  instalments?: Instalment[];
  /** What the dispute contests, when the reply says it. */
  disputeTopic?: DisputeTopic;
  /** The owner's own words from the invoice message about what was agreed and delivered. */
  agreedWork?: string;
}

/** What a pack's functions get: the facts, the stage's row, the formatter and the register picker. */
export interface DraftContext extends DraftFacts {
  row: StageRow;
  f: Formatter;
  /** The formal or the informal wording, by the thread's register. */
  t(formal: string, informal: string): string;
  /** An amount in the invoice currency, formatted; undefined when the currency is unknown. */
  money(amount: number | undefined): string | undefined;
}

type Paragraphs = (c: DraftContext) => string[];

export interface LanguagePack<Code extends string = string> {
  /** ISO 639-1, as `LanguageCode` in results.ts names it. */
  readonly code: Code;
  /** The language's own name, as the options page lists it ("English", "Deutsch", "Français"). */
  readonly name: string;
  /** Intl locales for money, dates and rates. */
  readonly locale: DraftLocale;
  /** The registers it writes, the default first ('formal' only for English). */
  readonly registers: readonly [Register, ...Register[]];
  /** The law `auto` applies to a euro invoice in this language (DE for German, else EU). */
  readonly euroJurisdiction: LateInterestJurisdiction;
  greeting(c: DraftContext): string;
  signOff(c: DraftContext): string;
  /** Subject when the thread has none, e.g. "Invoice INV-7". */
  fallbackSubject(c: DraftContext): string;
  /** The body paragraphs of each stage (docs/rules.md §5 must / must-not lists). */
  readonly stages: Readonly<Record<Stage, Paragraphs>>;
  /** The drafts for what the customer wrote back (docs/rules.md §6). */
  readonly states: {
    /** A short thank-you confirming `promisedDate`; no reminder. */
    promiseThanks: Paragraphs;
    /** One paragraph put before a stage's body: "You said you would pay by 14 November." */
    brokenPromise(c: DraftContext): string;
    /** Acknowledges, restates `agreedWork`, offers a call or a corrected invoice; no pressure. */
    dispute: Paragraphs;
    /** Proposes `instalments`, each with its date and amount. */
    instalmentPlan: Paragraphs;
    /** Number, amount, due date, payment details; says the PDF is attached again. */
    invoiceResend: Paragraphs;
    /** Thanks for `paidAmount` and asks for `outstandingAmount`. */
    partialPayment: Paragraphs;
  };
  /**
   * A ghost-score reason as the person reads it: "42 days overdue". `value` comes whole and
   * checked, `date` (when present) is a real YYYY-MM-DD day, ready for `f.date`.
   */
  describeReason(reason: ScoreReason, f: Formatter): string;
}
