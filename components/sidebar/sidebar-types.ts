/** What the sidebar gets from its host: words, the background, and a place for UI preferences. */
import type enMessages from '../../public/_locales/en/messages.json';
import type { MailThread, ReplyCorrections, Settings, Stage } from '../../lib/core/index';
import type { SentMessage } from '../../lib/mail-clients/mail-client';
import type { SentTracking, TrackedThreadState } from '../../lib/storage/thread-store';
import type { ReadingReport } from '../../lib/storage/reading-health';

export type SidebarMessageKey = Extract<keyof typeof enMessages, `sidebar_${string}`>;

/** browser.i18n.getMessage in the extension; the en/de messages.json files in tests. */
export type Translate = (key: SidebarMessageKey, substitutions?: Array<string | number>) => string;

/** The background's answers the sidebar needs (lib/messages.ts in the extension). */
export interface SidebarBridge {
  /** Stores the conversation if it is an invoice; answers with what was seen of it before. */
  trackThread(
    thread: MailThread,
    link: string,
    hidden?: HiddenMessages,
  ): Promise<TrackedThreadState>;
  /**
   * The person sent a message from the client: remember its text, and track its conversation
   * when it is an invoice (answered with what was tracked, or null).
   */
  rememberSent(sent: SentMessage, link: string): Promise<SentTracking | null>;
  /** The Undo of a tracking at Send; resolves with whether it was undone. */
  untrackSent(threadId: string): Promise<boolean>;
  /** How this conversation could be read (hook names and counts, never mail). */
  reportReading(report: ReadingReport): Promise<void>;
  recordFollowUp(threadId: string, stage: Stage, date: string): Promise<void>;
  /** The person's reading of the latest reply (null: Unghost's own reading again). */
  setReplyCorrection(threadId: string, correction: ReplyCorrections | null): Promise<void>;
  saveSettings(partial: Partial<Settings>): Promise<Settings>;
}

/** What the client hides of the conversation (OpenThread's counts). */
export interface HiddenMessages {
  hiddenMessageIds?: string[];
  hiddenMessages?: number;
}

/** Remembers whether the person collapsed the sidebar (browser.storage.local in the extension). */
export interface SidebarPrefs {
  loadCollapsed(): Promise<boolean>;
  saveCollapsed(collapsed: boolean): Promise<void>;
}
