/** What the sidebar gets from its host: words, the background, and a place for UI preferences. */
import type enMessages from '../../public/_locales/en/messages.json';
import type { MailThread, Settings, Stage } from '../../lib/core/index';
import type { TrackedThreadState } from '../../lib/messages';

export type SidebarMessageKey = Extract<keyof typeof enMessages, `sidebar_${string}`>;

/** browser.i18n.getMessage in the extension; the en/de messages.json files in tests. */
export type Translate = (key: SidebarMessageKey, substitutions?: Array<string | number>) => string;

/** The background's answers the sidebar needs (lib/messages.ts in the extension). */
export interface SidebarBridge {
  trackThread(thread: MailThread, link: string): Promise<TrackedThreadState>;
  recordFollowUp(threadId: string, stage: Stage, date: string): Promise<void>;
  saveSettings(partial: Partial<Settings>): Promise<Settings>;
}

/** Remembers whether the person collapsed the sidebar (browser.storage.local in the extension). */
export interface SidebarPrefs {
  loadCollapsed(): Promise<boolean>;
  saveCollapsed(collapsed: boolean): Promise<void>;
}
