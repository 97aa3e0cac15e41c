/**
 * What the law lets a stage-3 or stage-4 notice say (docs/rules.md §6, "The law per country"):
 * whether costs may be charged yet, which letter must come first, the computed costs and the
 * interest. Pure: the drafts call it with the thread's facts and the dates of earlier letters.
 *
 * Two laws ask for a letter before costs: a Dutch consumer must first get a
 * "veertiendagenbrief" (art. 6:96 lid 6 BW: the exact costs, 14 days counted from the day after
 * receipt), a Belgian consumer a free first reminder (Book XIX CDE: the costs it will cost, 14
 * days from the day after it was e-mailed). Until that letter was sent and its term ran out,
 * the notice IS that letter: it names the costs and charges none.
 */
import { addDays, daysBetween, toCalendarDate } from '../drafts/calendar-date';
import {
  computeLateInterest,
  resolveJurisdiction,
  termsFor,
  type LateInterestResult,
} from '../late-interest';
import {
  tableFor,
  type LateInterestJurisdiction,
  type LateInterestTables,
  type LateInterestTerms,
} from '../late-interest-rates';
import type { CustomerType, Jurisdiction, Stage } from '../settings';
import { belgianConsumerCostCap, dutchCollectionCosts } from './collection-costs';
import type { CostNotice, CostNoticeKind, CostsVerdict } from './legal-types';

export type { CostNotice, CostNoticeKind, CostNoticePart, CostsVerdict } from './legal-types';

export interface LegalStepsInput {
  /** The owner's law: the thread's override, else the setting. */
  jurisdiction: Jurisdiction;
  customerType: CustomerType;
  stage: Stage;
  amount: number;
  /** ISO 4217 code of the debt. */
  currency: string;
  /** The invoice's due date (YYYY-MM-DD). */
  dueDate: string;
  /** The day the notice is written. */
  today: Date | string;
  /** The thread's language (only `auto` reads it). */
  language?: string;
  /** The deadline the draft states (YYYY-MM-DD); a letter with a legal term never states less. */
  deadline?: string;
  tables?: LateInterestTables;
  /**
   * The day the owner's first reminder after the due date was sent: where interest waits for a
   * reminder (FR, ES and NL consumers, CH), it runs from the day after.
   */
  firstReminderSentOn?: string;
  /**
   * The day the letter that named the costs was sent (NL consumers: the veertiendagenbrief; BE
   * consumers: the free first reminder), usually the date of the stage-3 follow-up.
   */
  costNoticeSentOn?: string;
}

export interface LegalSteps {
  jurisdiction: LateInterestJurisdiction | undefined;
  customerType: CustomerType;
  costs: CostsVerdict;
  /** Interest as the law counts it today; undefined where it gives none (or before stage 3). */
  interest: LateInterestResult | undefined;
  /**
   * Interest waits for a reminder and none was sent: this notice starts it, from the day after
   * it is sent (FR and ES consumers: mise en demeure / reclamación; CH: Mahnung).
   */
  interestStartsWithThisNotice: boolean;
}

/** Days the debtor has after the day of receipt, by law, in both countries. */
const TERM_DAYS = 14;
/** One day of slack for a draft sent the day after it was written. */
const SENDING_SLACK_DAYS = 1;

/**
 * The law's steps for a notice at `stage` (only 3 and 4 state consequences; 1 and 2 get
 * `{ costs: none, interest: undefined }`, docs/rules.md §5).
 */
export function legalStepsForNotice(input: LegalStepsInput): LegalSteps {
  const jurisdiction = resolveJurisdiction(input.jurisdiction, input.currency, input.language);
  const none: LegalSteps = {
    jurisdiction,
    customerType: input.customerType,
    costs: { kind: 'none' },
    interest: undefined,
    interestStartsWithThisNotice: false,
  };
  const today = toCalendarDate(input.today);
  const dueDate = toCalendarDate(input.dueDate);
  if (input.stage < 3 || !jurisdiction || !today || !dueDate) return none;
  const terms = termsFor(tableFor(input.tables, jurisdiction), input.customerType);
  if (!terms) return none;

  const noticeKind = costNoticeKind(jurisdiction, input.customerType);
  const reminder =
    noticeKind === 'be-free-reminder' ? input.costNoticeSentOn : firstReminder(input);
  const interest = computeLateInterest({
    amount: input.amount,
    currency: input.currency,
    dueDate,
    until: today,
    customerType: input.customerType,
    jurisdiction,
    tables: input.tables,
    ...(reminder ? { reminderSentOn: reminder } : {}),
  });
  const costs = noticeKind
    ? gatedCosts(noticeKind, terms, input, dueDate, today)
    : ungatedCosts(terms, interest, input.amount, input.currency);
  return {
    ...none,
    costs,
    interest,
    interestStartsWithThisNotice: interest?.awaitsReminder === true,
  };
}

function firstReminder(input: LegalStepsInput): string | undefined {
  return input.firstReminderSentOn ?? input.costNoticeSentOn;
}

function costNoticeKind(
  jurisdiction: LateInterestJurisdiction,
  customerType: CustomerType,
): CostNoticeKind | undefined {
  if (customerType !== 'consumer') return undefined;
  if (jurisdiction === 'NL') return 'nl-veertiendagenbrief';
  if (jurisdiction === 'BE') return 'be-free-reminder';
  return undefined;
}

/** Costs the law gives without a prior letter: the fixed sum, or the Dutch scale for businesses. */
function ungatedCosts(
  terms: LateInterestTerms,
  interest: LateInterestResult | undefined,
  amount: number,
  currency: string,
): CostsVerdict {
  if (terms.costScale === 'nl-wik' && currency.toUpperCase() === 'EUR')
    return charge(dutchCollectionCosts(amount), 'EUR', terms.legalBasis, false);
  if (interest?.flatFee !== undefined)
    return charge(interest.flatFee, interest.feeCurrency, terms.legalBasis, false);
  return { kind: 'none' };
}

function gatedCosts(
  kind: CostNoticeKind,
  terms: LateInterestTerms,
  input: LegalStepsInput,
  dueDate: string,
  today: string,
): CostsVerdict {
  // The scales are in euros; the core converts nothing.
  if (input.currency.toUpperCase() !== 'EUR') return { kind: 'none' };
  const costs =
    kind === 'nl-veertiendagenbrief'
      ? dutchCollectionCosts(input.amount)
      : belgianConsumerCostCap(input.amount);
  const requiresContractClause = kind === 'be-free-reminder';
  const sent = input.costNoticeSentOn ? toCalendarDate(input.costNoticeSentOn) : undefined;
  // A letter sent before the debt was due does not count.
  const earlierLetter = sent !== undefined && sent > dueDate && sent < today;
  const writtenOn = earlierLetter ? sent : today;
  // An earlier letter drafted here stated the same term: costs only after the day it named.
  const minimum = addDays(writtenOn, TERM_DAYS + SENDING_SLACK_DAYS);
  const deadline = input.deadline ? toCalendarDate(input.deadline) : undefined;
  const payBy = !earlierLetter && deadline && deadline > minimum ? deadline : minimum;
  const notice: CostNotice = {
    kind,
    amountDue: input.amount,
    costs,
    currency: 'EUR',
    payBy,
    costsFrom: addDays(payBy, 1),
    requiresContractClause,
    mustState: ['amount_due', 'costs', 'pay_by'],
    legalBasis: kind === 'nl-veertiendagenbrief' ? 'artikel 6:96 lid 6 BW' : terms.legalBasis,
  };
  if (!earlierLetter) return { kind: 'announce', notice };
  if (daysBetween(notice.costsFrom, today) < 0) return { kind: 'wait', notice };
  return charge(costs, 'EUR', notice.legalBasis, requiresContractClause);
}

function charge(
  amount: number,
  currency: string,
  legalBasis: string,
  requiresContractClause: boolean,
): CostsVerdict {
  return { kind: 'charge', amount, currency, legalBasis, requiresContractClause };
}
