import type { MailAddress } from './mail-thread';
import type { Stage } from './drafts/stage-table';

/** Every status a thread can have, in the order they are checked (docs/rules.md §3). */
export const THREAD_STATUSES = [
  'not_invoice',
  'paid',
  'bounced',
  'disputed',
  'promised',
  'answered',
  'waiting',
  'silent',
] as const;
export type ThreadStatus = (typeof THREAD_STATUSES)[number];
/** What the latest human reply from the customer's side means (docs/rules.md §3). */
export type ReplyKind =
  'payment_sent' | 'promise' | 'dispute' | 'instalment_request' | 'invoice_request' | 'other';
/** What a dispute contests, when the reply says it. */
export type DisputeTopic = 'amount' | 'hours' | 'quality' | 'scope' | 'not_owed';
export type LanguageCode = 'en' | 'de' | 'fr' | 'es' | 'it' | 'nl';

export interface InvoiceFacts {
  number?: string;
  amount?: number;
  /** ISO 4217: EUR, GBP, USD, CHF, ... */
  currency?: string;
  /** YYYY-MM-DD */
  dueDate?: string;
}

/** One input that moved the ghost score, shown to the person ("42 days overdue"). */
export interface ScoreReason {
  code:
    | 'days_overdue'
    | 'unanswered_follow_ups'
    | 'amount'
    | 'auto_replies_only'
    | 'no_reply_ever'
    | 'promise_broken';
  /** The input's value: days, count, or amount in the invoice currency. */
  value: number;
  /** Points this input added to the score. */
  points: number;
  /** ISO day the reason refers to (the promised date for 'promise_broken'). */
  date?: string;
}

export interface ThreadAnalysis {
  status: ThreadStatus;
  language?: LanguageCode;
  invoice?: InvoiceFacts;
  /** The date string of the message silence is counted from, exactly as in the thread. */
  silentSince?: string;
  daysSilent?: number;
  daysOverdue?: number;
  unansweredFollowUps?: number;
  /** The suggested stage of the next follow-up (silent threads only). */
  stage?: Stage;
  /** 0-100; 0 unless silent (docs/rules.md §4). */
  ghostScore: number;
  reasons: ScoreReason[];
  /** Register of the owner's messages (German Sie/du). */
  register?: 'formal' | 'informal';
  /** Kind of the latest human reply from the customer's side; absent when none. */
  replyKind?: ReplyKind;
  /** The date string of that reply, exactly as in the thread (what a correction names). */
  replyDate?: string;
  /** ISO day the customer promised to pay by (a promise, kept or broken). */
  promisedDate?: string;
  /** The latest human reply is a promise whose grace has passed (status is then 'silent'). */
  promiseBroken?: boolean;
  /** Sum of the amounts named by payment_sent replies smaller than the invoice (partial). */
  paidAmount?: number;
  /** Invoice amount - paidAmount, when a partial payment was named. */
  outstandingAmount?: number;
  /** Return date named by the latest out-of-office reply (ISO day). */
  returnDate?: string;
  /** returnDate + 1: while now is before it the status is 'waiting'. */
  resumeOn?: string;
  /** What a 'dispute' reply contests, when it says (for "Disputes the hours"). */
  disputeTopic?: DisputeTopic;
  /** Number of parts an instalment_request asks for, when it names one ("in 3 Raten"). */
  instalmentsAsked?: number;
  /** Index of the owner's first invoice message in thread.messages. */
  invoiceMessageIndex?: number;
  /** Recipients of the invoice message other than the owner (docs/rules.md §2 "Customer"). */
  customers?: MailAddress[];
  /** Where the due date came from: stated in the invoice, a term ("net 30"), or the default term. */
  dueDateSource?: 'stated' | 'term' | 'default';
}

/** A fact the draft needs but the thread and settings do not give. */
export type MissingFact = 'ownerName' | 'invoiceNumber' | 'amount' | 'dueDate' | 'customerName';

/**
 * Which draft fits the thread (docs/rules.md §6): a stage reminder (also after a broken promise),
 * or the answer to what the customer wrote: a thank-you for a promise, a clarification of a
 * dispute, a payment plan, the invoice sent again, thanks for a partial payment.
 */
export type DraftKind =
  'stage' | 'promise_thanks' | 'dispute' | 'instalment_plan' | 'invoice_resend' | 'partial_payment';

export interface FollowUpDraft {
  /** One of the registered draft languages (drafts/languages/registry.ts). */
  language: LanguageCode;
  kind: DraftKind;
  stage: Stage;
  subject: string;
  text: string;
  missing: MissingFact[];
}

/**
 * Why `draftFollowUp` wrote no draft. `invalid_input`: an argument is not what the type says
 * (`field` names which, e.g. "thread.subject", "settings.jurisdiction", "now"); nothing was
 * guessed. `internal`: a bug in Unghost, not in the input.
 */
export interface DraftError {
  code: 'invalid_input' | 'internal';
  field?: DraftErrorField;
}

export type DraftErrorField =
  | 'thread'
  | 'thread.subject'
  | 'thread.owner'
  | 'thread.owner.name'
  | 'thread.owner.emails'
  | 'thread.messages'
  | 'options'
  | 'now'
  | 'stage'
  | 'analysis'
  | 'lateInterestTables'
  | 'settings'
  | `settings.${SettingsField}`;

type SettingsField =
  | 'ownerName'
  | 'signature'
  | 'aliases'
  | 'defaultTermDays'
  | 'minDaysOverdue'
  | 'deadlineDays'
  | 'customerType'
  | 'jurisdiction'
  | 'payment'
  | 'collectionAgency'
  | 'defaultLanguage'
  | 'defaultRegister'
  | 'promiseGraceDays'
  | 'instalmentCount'
  | 'lateInterestTables';

/** The outcome of `draftFollowUp`: a draft, or the reason there is none. */
export type DraftResult = { ok: true; draft: FollowUpDraft } | { ok: false; error: DraftError };
