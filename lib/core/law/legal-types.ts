/**
 * What the law lets a notice say, as plain data (legal-steps.ts computes it): the letter a law
 * asks for before costs, and whether costs may be charged. Kept apart from the computation so
 * the draft languages can word it without depending on the rate tables' code.
 */

export type CostNoticeKind = 'nl-veertiendagenbrief' | 'be-free-reminder';
/** The parts a cost notice must state that a draft can be checked for (cost-notice-check.ts). */
export type CostNoticePart = 'amount_due' | 'costs' | 'pay_by';

/** The letter the law asks for before costs, with the figures it must state. */
export interface CostNotice {
  kind: CostNoticeKind;
  /** The amount still due, which the letter names. */
  amountDue: number;
  /** The exact costs that will be charged if the debt is still unpaid after `payBy`. */
  costs: number;
  currency: 'EUR';
  /**
   * The last day to pay without costs, written in the letter as a date: 14 days counted from the
   * day after receipt (an e-mail is received the day it is sent), plus one day in case the draft
   * is sent the day after it was written; later when the draft's own deadline is later.
   */
  payBy: string;
  /** The first day the costs may be charged when still unpaid. */
  costsFrom: string;
  /** BE: the costs are the cap for a damage clause the contract must contain; none without one. */
  requiresContractClause: boolean;
  mustState: CostNoticePart[];
  legalBasis: string;
}

export type CostsVerdict =
  /** The law gives no costs here (CH; consumers in DE, AT, FR, ES, IT; `none`). */
  | { kind: 'none' }
  /** Costs this notice may claim now. */
  | {
      kind: 'charge';
      amount: number;
      currency: string;
      legalBasis: string;
      requiresContractClause: boolean;
    }
  /** This notice must be the letter the law asks for: it names the costs and charges none. */
  | { kind: 'announce'; notice: CostNotice }
  /** The letter was sent and its term still runs: no costs before `notice.costsFrom`. */
  | { kind: 'wait'; notice: CostNotice };
