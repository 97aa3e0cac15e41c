/** The public face of the core: everything outside lib/core imports from here. */
export { AnalysisError, analyzeThread, type AnalyzeOptions } from './analyze-thread';
export type { ReplyCorrections } from './thread-status';
export { draftFollowUp, type DraftOptions } from './draft';
export { replyDraftKind } from './drafts/draft-from-analysis';
export { describeReason } from './ghost-score';
export { mergeReadings } from './merge-readings';
export type { MergedReading, PageReading, RememberedMessage } from './merge-readings';
export { subjectKey } from './reply-subject';
export { INVOICE_SEARCH_WORDS } from './languages/index';
export { safeLine, safeName, safeSubject } from './safe-text';
export { computeLateInterest, resolveJurisdiction } from './late-interest';
export {
  legalStepsForNotice,
  type LegalSteps,
  type LegalStepsInput,
  type CostNotice,
  type CostNoticeKind,
  type CostNoticePart,
  type CostsVerdict,
} from './law/legal-steps';
export { missingFromCostNotice } from './law/cost-notice-check';
export { dutchCollectionCosts, belgianConsumerCostCap } from './law/collection-costs';
export type { LateInterestInput, LateInterestResult, LateInterestPeriod } from './late-interest';
export {
  defaultLateInterestTables,
  LATE_INTEREST_JURISDICTIONS,
  tableFor,
} from './late-interest-rates';
export type {
  LateInterestTables,
  LateInterestTable,
  LateInterestJurisdiction,
  RateStep,
  RateSeries,
  LawSource,
  CostScale,
  FeeBand,
  LateInterestTerms,
} from './late-interest-rates';
export { defaultSettings, JURISDICTIONS, resolveSettings } from './settings';
export {
  DRAFT_LANGUAGES,
  DRAFT_LANGUAGE_CODES,
  formatterFor,
  isDraftLanguage,
  languagePack,
  type DraftLanguage,
} from './drafts/languages/lookup';
export { STAGE_TABLE, STAGES, type StageRow } from './drafts/stage-table';
export type { LanguagePack } from './drafts/language-pack';
export type {
  Settings,
  Stage,
  CustomerType,
  Jurisdiction,
  Register,
  PaymentDetails,
} from './settings';
export type * from './results';
export { THREAD_STATUSES } from './results';
export type * from './mail-thread';
export { MAIL_CLIENT_NAMES, WEBMAIL_CLIENTS } from './mail-thread';
