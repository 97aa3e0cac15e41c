/**
 * The background's answers to every message in lib/messages.ts. Plain functions over the
 * store, so tests call them with a fake-indexeddb database and a fixed clock.
 */
import type { Settings } from '../core/index';
import { forgetAbandonedSpools } from '../import/idb-spool';
import { storeImportedThreads } from '../import/store-imported-threads';
import type { ProtocolMap } from '../messages';
import { exportBackup, importBackup, BackupError } from '../storage/backup';
import type { UnghostDb } from '../storage/database';
import { forgetEverything } from '../storage/forget-everything';
import { loadRateTables, saveRateTables } from '../storage/rate-tables-store';
import { loadSettings, saveSettings } from '../storage/settings-store';
import { rememberMessages, sentSubjectKey } from '../storage/message-memory';
import { readingReportSchema } from '../storage/reading-health';
import { loadHealth, recordReading } from '../storage/reading-health-store';
import * as threads from '../storage/thread-store';
import { sentSchema } from './sent-schema';
import * as v from 'valibot';
import { listSummaries } from '../storage/summary-store';
import type { SweepController } from './sweep-controller';

export interface BackgroundDeps {
  db: () => Promise<UnghostDb>;
  now: () => Date;
  analyze: threads.Analyzer;
  /** Turns an i18n key into the person's words (browser.i18n in the extension). */
  translate: (key: string) => string;
  /** Called after every change to what is stored: re-analysis, badge. */
  changed: (what: 'threads' | 'settings') => Promise<void>;
  /** The sweeps ("Find my open invoices"), with the browser's tabs. */
  sweeps: SweepController;
}

/** Where a message came from, as the browser says: the sender's tab (content scripts). */
export interface MessageOrigin {
  tabId?: number;
}

type Handlers = {
  [K in keyof ProtocolMap]: (
    data: Parameters<ProtocolMap[K]>[0],
    from: MessageOrigin,
  ) => Promise<ReturnType<ProtocolMap[K]>>;
};

export function createMessageHandlers(deps: BackgroundDeps): Handlers {
  const { db, now, analyze, translate, changed, sweeps } = deps;
  return {
    async sweepTask(data, from) {
      return sweeps.task(data.client, from.tabId);
    },
    async sweepSearched(data, from) {
      return sweeps.searched(data.client, from.tabId, data.hits);
    },
    async sweepCheck(data, from) {
      return sweeps.check(data.client, from.tabId, data.index);
    },
    async sweepReport(data, from) {
      const result = await sweeps.report(data.client, from.tabId, data.report);
      await changed('threads');
      return result;
    },
    async sweepStart(data) {
      return sweeps.start(data);
    },
    async sweepControl(data) {
      await sweeps[data.action](data.client);
    },
    async sweepStatus() {
      return sweeps.status();
    },
    async trackThread(data) {
      const { state, record } = await threads.trackThread(await db(), data, now(), analyze);
      if (record) await changed('threads');
      return state;
    },
    async rememberSent(data) {
      const sent = v.parse(sentSchema, data.sent);
      const client =
        data.client ??
        (sent.threadId?.startsWith('outlook:') ? 'outlook' : sent.threadId ? 'gmail' : undefined);
      await rememberMessages(
        await db(),
        sent.threadId ?? sentSubjectKey(sent.subject),
        [
          {
            id: `sent:${sent.date}`,
            from: { email: '' },
            to: sent.to,
            date: sent.date,
            subject: sent.subject,
            text: sent.text,
            attachments: sent.attachments,
          },
        ],
        'sent',
        now(),
      );
      if (!client) return null;
      const tracked = await threads.trackSent(
        await db(),
        { sent, client, link: data.link ?? '' },
        now(),
        analyze,
      );
      if (!tracked) return null;
      await changed('threads');
      return tracked;
    },
    async untrackSent(data) {
      const undone = await threads.untrackSent(await db(), data.threadId, now());
      if (undone) await changed('threads');
      return undone;
    },
    async reportReading(data) {
      await recordReading(await db(), v.parse(readingReportSchema, data), now());
    },
    async getReadingHealth() {
      return loadHealth(await db());
    },
    async recordFollowUp(data) {
      await threads.recordFollowUp(await db(), data, now());
      await changed('threads');
    },
    async setReplyCorrection(data) {
      await threads.setReplyCorrection(await db(), data, now(), analyze);
      await changed('threads');
    },
    async setDecision(data) {
      await threads.setDecision(await db(), data, now());
      await changed('threads');
    },
    async getSettings() {
      return loadSettings(await db());
    },
    async saveSettings(data): Promise<Settings> {
      const check = await saveSettings(await db(), data);
      if (!check.ok)
        throw new Error(check.errors.map((e) => `${e.field}: ${translate(e.key)}`).join('\n'));
      // Term and gates move statuses and stages: every thread is re-analysed with them.
      await changed('settings');
      return check.settings;
    },
    async listThreads() {
      return listSummaries(await db(), now());
    },
    async setThreadOverrides(data) {
      await threads.setOverrides(await db(), data, now());
      await changed('settings');
    },
    async exportBackup() {
      return exportBackup(await db(), now());
    },
    async importBackup(data) {
      try {
        const count = await importBackup(await db(), data.text);
        await changed('settings');
        return { threads: count };
      } catch (error) {
        throw error instanceof BackupError ? new Error(translate(error.key)) : error;
      }
    },
    async importThreads(data) {
      const outcomes = await storeImportedThreads(await db(), data, now(), analyze);
      if (outcomes.some((o) => o.status && o.status !== 'error') || data.replacedIds.length)
        await changed('threads');
      return outcomes;
    },
    async getRateTables() {
      return loadRateTables(await db());
    },
    async updateRateTables(data) {
      const error = await saveRateTables(await db(), data.tables);
      if (error) throw new Error(translate(error));
    },
    async forgetEverything() {
      await forgetEverything(await db());
      // Mail text an import left on disk (a page closed mid-import) goes too.
      await forgetAbandonedSpools();
      await changed('threads');
    },
  };
}
