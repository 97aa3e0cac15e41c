/** The public face of the core: everything outside lib/core imports from here. */
export { AnalysisError, analyzeThread, type AnalyzeOptions } from './analyze-thread';
export type { ReplyCorrections } from './thread-status';
export { draftFollowUp, type DraftOptions } from './draft';
export { describeReason } from './ghost-score';
export { mergeReadings } from './merge-readings';
export type { MergedReading, PageReading, RememberedMessage } from './merge-readings';
export { safeLine, safeName, safeSubject } from './safe-text';
export { computeLateInterest, resolveJurisdiction } from './late-interest';
export type { LateInterestInput, LateInterestResult, LateInterestPeriod } from './late-interest';
export { defaultLateInterestTables } from './late-interest-rates';
export type {
  LateInterestTables,
  LateInterestTable,
  LateInterestJurisdiction,
  RateStep,
  FeeBand,
  LateInterestTerms,
} from './late-interest-rates';
export { defaultSettings, resolveSettings } from './settings';
export type {
  Settings,
  Stage,
  CustomerType,
  Jurisdiction,
  Register,
  PaymentDetails,
} from './settings';
export type * from './results';
export type * from './mail-thread';
export { MAIL_CLIENT_NAMES, WEBMAIL_CLIENTS } from './mail-thread';
