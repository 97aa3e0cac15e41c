import type { LateInterestResult } from '../late-interest';
import type { InvoiceFacts } from '../results';
import type { PaymentDetails, Register, Stage } from '../settings';
import type { Addressee } from './addressee';

/**
 * Everything a follow-up text is made of, already decided: the renderer only writes sentences.
 * Absent facts stay absent here and the sentences leave them out (docs/rules.md §6: never a
 * placeholder).
 */
export interface DraftInput {
  language: 'en' | 'de';
  /** German Sie (formal) or du (informal); English ignores it. */
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
  /** Statutory interest and fees, where the law gives a figure (stages 3 and 4). */
  lateInterest?: LateInterestResult;
  payment: PaymentDetails;
  collectionAgency?: string;
  /** A signature block, or the owner's name. */
  signature?: string;
}

/** The sentences of one language: greeting, body paragraphs and sign-off for a stage. */
export interface DraftLanguage {
  greeting(input: DraftInput): string;
  body(input: DraftInput): string[];
  signOff(input: DraftInput): string;
  /** Subject when the thread has none, e.g. "Invoice INV-7". */
  fallbackSubject(input: DraftInput): string;
}
