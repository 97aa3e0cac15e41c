/**
 * The typed protocol between content scripts / extension pages and the background, which owns
 * IndexedDB. Built on @webext-core/messaging: one declared map, type-checked at both ends.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type {
  LateInterestTables,
  ReplyCorrections,
  Settings,
  Stage,
  WebmailClient,
} from './core/index';
import type { ImportBatch } from './import/import-mailbox';
import type { ImportedThreadOutcome } from './import/store-imported-threads';
import type { SentMessage, SweepHit } from './mail-clients/mail-client';
import type { SweepReport, SweepTask } from './background/sweep-controller';
import type { SweepClient, SweepState } from './storage/sweep-state';
import type { Backup } from './storage/backup';
import type { Decision } from './storage/decision';
import type { ClientHealth, ReadingReport } from './storage/reading-health';
import type { SentTracking, TrackedThreadState, TrackInput } from './storage/thread-store';
import type { ThreadOverrides } from './storage/thread-record';
import type { ThreadSummary } from './storage/thread-summary';

export interface ProtocolMap {
  /** The sidebar read a conversation: store or refresh it (if it is an invoice thread). */
  trackThread(data: TrackInput): TrackedThreadState;
  /**
   * The person sent a message from the mail client: remember its text for its conversation and,
   * when it is an invoice nothing tracks yet, track the conversation from it (answered with what
   * was tracked, for the person's confirmation; null when nothing was).
   */
  rememberSent(data: {
    sent: SentMessage;
    client?: WebmailClient;
    link?: string;
  }): SentTracking | null;
  /** The Undo of a tracking at Send: that conversation is "not an invoice" (the person's decision). */
  untrackSent(data: { threadId: string }): boolean;
  /** How the sidebar could read the conversation it shows (hook names and counts, no mail). */
  reportReading(data: ReadingReport): void;
  /** The person inserted a follow-up of this stage into the reply editor. */
  recordFollowUp(data: { threadId: string; stage: Stage; date: string }): void;
  /**
   * Set (or with `correction: null`, clear) the person's reading of the thread's latest reply (a
   * promise date, "not a dispute"); the thread is re-analysed with it at once.
   */
  setReplyCorrection(data: { threadId: string; correction: ReplyCorrections | null }): void;
  /** Set (or with `decision: null`, clear) the person's decision on a thread. */
  setDecision(data: { threadId: string; decision: Decision | null }): void;
  getSettings(): Settings;
  /** Validates and saves; rejects with a readable message and saves nothing when invalid. */
  saveSettings(data: Partial<Settings>): Settings;

  // The sweep's tab (content script of that client) only: its task, step by step.
  sweepTask(data: { client: SweepClient }): SweepTask | null;
  sweepSearched(data: { client: SweepClient; hits: SweepHit[] }): boolean;
  sweepCheck(data: { client: SweepClient; index: number }): 'open' | 'skip' | 'stop';
  sweepReport(data: { client: SweepClient; report: SweepReport }): { go: boolean };

  // Extension pages (popup, options) only: content scripts have no use for these.
  /** Starts "Find my open invoices" for one mail client, over the last `months` months. */
  sweepStart(data: { client: SweepClient; months?: number }): SweepState;
  sweepControl(data: { client: SweepClient; action: 'pause' | 'resume' | 'cancel' }): void;
  /** Every client's sweep, running or finished (its summary). */
  sweepStatus(): SweepState[];
  /** Every tracked thread as the popup shows it today, decisions applied. */
  listThreads(): ThreadSummary[];
  /** This thread's own customer type and jurisdiction (absent fields: the person's default). */
  setThreadOverrides(data: { threadId: string; overrides: ThreadOverrides }): void;
  /** Everything stored, as one object to save as a JSON file. */
  exportBackup(): Backup;
  /** Replaces everything stored with a backup file's text; rejects, touching nothing, if it is damaged or foreign. */
  importBackup(data: { text: string }): { threads: number };
  /** Deletes every tracked thread, decision and setting. */
  forgetEverything(): void;
  /** The late-interest rate tables in use: the person's copy if they edited them, else the shipped ones. */
  getRateTables(): { tables: LateInterestTables; edited: boolean };
  /** Saves the person's tables (null: back to the shipped ones); rejects, saving nothing, if they are not usable. */
  updateRateTables(data: { tables: LateInterestTables | null }): void;
  /** What the sidebar could read lately, per mail client (options page). */
  getReadingHealth(): ClientHealth[];
  /** Options page import: stores a batch of imported conversations; says what each became. */
  importThreads(data: ImportBatch): ImportedThreadOutcome[];
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
