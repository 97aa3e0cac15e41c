/**
 * The four follow-up stages as data (docs/rules.md §5). Drafts, their checks and the escalation
 * read what a stage allows from here instead of comparing stage numbers: a stage that gains or
 * changes a rule changes one row.
 */
export type Stage = 1 | 2 | 3 | 4;

export interface StageRow {
  stage: Stage;
  /** warm check-in, polite reminder, firm notice, final notice. */
  tone: 'warm' | 'polite' | 'firm' | 'final';
  /** Greeting and sign-off are the formal ones ("Dear", "Mit freundlichen Grüßen"). */
  formal: boolean;
  /** Other payment routes (IBAN, link) and a payment plan are offered. */
  offersPaymentRoutes: boolean;
  /** A new deadline, written as a calendar date. */
  setsDeadline: boolean;
  /** Interest, fees, costs and paused work may be stated (with the law's figures). */
  consequencesAllowed: boolean;
  /** A collection agency or a lawyer may be named. */
  thirdPartyAllowed: boolean;
  /** Default minimum days overdue before the stage may be suggested (`settings.minDaysOverdue`). */
  dayGate: number;
}

export const STAGE_TABLE: Readonly<Record<Stage, Readonly<StageRow>>> = {
  1: {
    stage: 1,
    tone: 'warm',
    formal: false,
    offersPaymentRoutes: false,
    setsDeadline: false,
    consequencesAllowed: false,
    thirdPartyAllowed: false,
    dayGate: 0,
  },
  2: {
    stage: 2,
    tone: 'polite',
    formal: false,
    offersPaymentRoutes: true,
    setsDeadline: false,
    consequencesAllowed: false,
    thirdPartyAllowed: false,
    dayGate: 14,
  },
  3: {
    stage: 3,
    tone: 'firm',
    formal: true,
    offersPaymentRoutes: true,
    setsDeadline: true,
    consequencesAllowed: true,
    thirdPartyAllowed: false,
    dayGate: 28,
  },
  4: {
    stage: 4,
    tone: 'final',
    formal: true,
    offersPaymentRoutes: true,
    setsDeadline: true,
    consequencesAllowed: true,
    thirdPartyAllowed: true,
    dayGate: 42,
  },
};

/** Every stage, first to last. */
export const STAGES: readonly Stage[] = [1, 2, 3, 4];
