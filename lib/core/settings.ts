/**
 * The person's settings as the core needs them. Every field has a default in
 * `defaultSettings`; callers pass a partial object and the core fills the rest.
 */
import {
  LATE_INTEREST_JURISDICTIONS,
  type LateInterestJurisdiction,
  type LateInterestTables,
} from './late-interest-rates';

import type { PaymentDetails, Register } from './drafts/language-pack';
import { FALLBACK_DRAFT_LANGUAGE, type DraftLanguage } from './drafts/languages/lookup';
import { STAGE_TABLE } from './drafts/stage-table';

export type { PaymentDetails, Register } from './drafts/language-pack';
export type { DraftLanguage } from './drafts/languages/lookup';
export type { Stage } from './drafts/stage-table';
export type CustomerType = 'business' | 'consumer';
/**
 * Which late-payment law applies: the owner's country (DE, AT, CH, FR, BE, NL, ES, IT, IE, UK),
 * the EU directive, none, or `auto`, which guesses from the invoice currency and language
 * (`resolveJurisdiction` in late-interest.ts, docs/rules.md §6).
 */
export type Jurisdiction = 'auto' | LateInterestJurisdiction | 'none';
/** Every value of `Jurisdiction`, in the order the options page and the popup list them. */
export const JURISDICTIONS: readonly Jurisdiction[] = [
  'auto',
  ...LATE_INTEREST_JURISDICTIONS,
  'none',
];

export interface Settings {
  /** The person's name, used to sign drafts. Asked for in the sidebar when missing. */
  ownerName?: string;
  /** A signature block appended to drafts instead of the bare name. */
  signature?: string;
  /** Extra addresses that are the owner's own (case-insensitive). */
  aliases: string[];
  /** Payment term in days when the invoice states no due date (docs/rules.md §3). */
  defaultTermDays: number;
  /**
   * Minimum days overdue before each stage may be suggested: index 0 is stage 1
   * (docs/rules.md §5).
   */
  minDaysOverdue: [number, number, number, number];
  /** New deadline in drafts = now + deadlineDays, written as a calendar date (docs/rules.md §6). */
  deadlineDays: number;
  customerType: CustomerType;
  jurisdiction: Jurisdiction;
  payment: PaymentDetails;
  /** Named in the stage-4 notice ("our collection agency, X"); generic wording when absent. */
  collectionAgency?: string;
  /** Used when a thread's language cannot be told or has no drafts (drafts/languages/registry.ts). */
  defaultLanguage: DraftLanguage;
  /** Register (Sie/du, ...) when the owner's own messages do not tell. */
  defaultRegister: Register;
  /** Days after a promised payment date before the promise counts as broken (docs/rules.md §3). */
  promiseGraceDays: number;
  /** Instalments a payment plan proposes when the customer asks to pay in parts. */
  instalmentCount: number;
  /** The person's edited late-interest tables; the shipped, dated ones when absent. */
  lateInterestTables?: LateInterestTables;
}

export const defaultSettings: Settings = {
  aliases: [],
  defaultTermDays: 14,
  minDaysOverdue: [
    STAGE_TABLE[1].dayGate,
    STAGE_TABLE[2].dayGate,
    STAGE_TABLE[3].dayGate,
    STAGE_TABLE[4].dayGate,
  ],
  deadlineDays: 7,
  customerType: 'business',
  jurisdiction: 'auto',
  payment: {},
  defaultLanguage: FALLBACK_DRAFT_LANGUAGE,
  defaultRegister: 'formal',
  promiseGraceDays: 3,
  instalmentCount: 3,
};

/** Fills a partial settings object with the defaults. */
export function resolveSettings(partial: Partial<Settings> = {}): Settings {
  return {
    ...defaultSettings,
    ...partial,
    payment: { ...defaultSettings.payment, ...partial.payment },
  };
}
