/**
 * Wires the background: the store, every message handler, the daily re-analysis and the
 * toolbar badge. The entrypoint only calls this.
 */
import { browser } from 'wxt/browser';
import { analyzeThread } from '../core/index';
import { onMessage, type ProtocolMap } from '../messages';
import { openDatabase, type UnghostDb } from '../storage/database';
import { buildFirstPage } from '../storage/first-page';
import { listSummaries, saveFirstPage } from '../storage/summary-store';
import { reanalyseAll, type Analyzer } from '../storage/thread-store';
import { ensureDailyAlarm, onDailyAlarm } from './daily-reanalysis';
import { createMessageHandlers } from './message-handlers';
import { createSweepController, type SweepTabs } from './sweep-controller';
import { checkPayload } from './payload-schemas';
import { mayAsk, senderRole, type SenderInfo, type SenderRole } from './sender-permissions';
import { showSilentCount } from './toolbar-badge';

const analyzeWithCore: Analyzer = (thread, opts) => analyzeThread(thread, opts);

export interface BackgroundOptions {
  openDb?: () => Promise<UnghostDb>;
  analyze?: Analyzer;
  now?: () => Date;
  /** The sweep's tabs (tests pass fakes). */
  tabs?: SweepTabs;
  /** Who sent a message, from the browser's record of the sender (tests pass a fixed role). */
  roleOf?: (sender: SenderInfo) => SenderRole;
}

/** The sweep's own tab: opened in the background, so the person's view stays as it was. */
const browserTabs: SweepTabs = {
  async open(url) {
    const tab = await browser.tabs.create({ url, active: false });
    if (tab.id === undefined) throw new Error('The browser gave the new tab no id.');
    return tab.id;
  },
  async close(tabId) {
    await browser.tabs.remove(tabId);
  },
};

const browserRoleOf = (sender: SenderInfo): SenderRole =>
  senderRole(sender, browser.runtime.id, browser.runtime.getURL('/'));

/** Options exist for tests (a fake-indexeddb database, a fixed clock); the extension passes none. */
export function startBackground(options: BackgroundOptions = {}): {
  ready: Promise<void>;
  stop: () => void;
} {
  const {
    openDb = () => openDatabase(),
    analyze = analyzeWithCore,
    now = () => new Date(),
    roleOf = browserRoleOf,
  } = options;
  let opened: Promise<UnghostDb> | undefined;
  const db = () => (opened ??= openDb());

  const refresh = async (reanalyse: boolean) => {
    const database = await db();
    if (reanalyse) await reanalyseAll(database, now(), analyze);
    // One read of every thread feeds both the badge and the popup's first frame.
    const at = now();
    const page = buildFirstPage(await listSummaries(database, at), at);
    await saveFirstPage(database, page);
    await showSilentCount(page.silentCount);
  };

  const sweeps = createSweepController({
    db,
    now,
    tabs: options.tabs ?? browserTabs,
    storedNewest: async (threadId) => {
      const content = await (await db()).get('contents', threadId);
      const dates = (content?.thread.messages ?? [])
        .map((m) => Date.parse(m.date))
        .filter((t) => Number.isFinite(t));
      return dates.length ? new Date(Math.max(...dates)).toISOString() : undefined;
    },
    // The popup follows a sweep by this signal (components/popup/sweep-panel.tsx).
    changed: () => browser.storage.local.set({ sweepTick: Date.now() }),
  });
  const handlers = createMessageHandlers({
    db,
    now,
    analyze,
    // Keys are computed (options_error_*), so they cannot be checked against messages.json here.
    translate: (key) => browser.i18n.getMessage(key as never) || key,
    changed: (what) => refresh(what === 'settings'),
    sweeps,
  });
  const removers = (Object.keys(handlers) as (keyof ProtocolMap)[]).map((name) =>
    // Each handler keeps its own types; the loop only saves writing the same line ten times.
    onMessage(name, ({ data, sender }) => {
      const role = roleOf(sender);
      if (!mayAsk(name, role, data as never)) {
        // Logged without content: the message type and who asked, never the payload.
        console.warn(
          `[unghost] refused "${name}" from ${role.kind === 'content' ? `a ${role.client} page` : role.kind}`,
        );
        return Promise.reject(new Error('Not allowed.'));
      }
      try {
        const from = { tabId: (sender as { tab?: { id?: number } }).tab?.id };
        return (handlers[name] as (d: unknown, f: typeof from) => Promise<never>)(
          checkPayload(name, data),
          from,
        );
      } catch (error) {
        return Promise.reject(error);
      }
    }),
  );

  onDailyAlarm(() => refresh(true));
  // A sweep's tab closed by the person pauses it; after a browser restart a working one goes on.
  const onTabRemoved = (tabId: number) => void sweeps.tabClosed(tabId).catch(() => undefined);
  const onStartup = () => void sweeps.resumeAfterRestart().catch(() => undefined);
  // The first run: the welcome page, once, when Unghost is installed (not on updates).
  const onInstalled = (details: { reason: string }) => {
    if (details.reason === 'install')
      void browser.tabs
        ?.create({ url: browser.runtime.getURL('/welcome.html') })
        .catch(() => undefined);
  };
  browser.runtime.onInstalled?.addListener(onInstalled);
  browser.tabs?.onRemoved.addListener(onTabRemoved);
  browser.runtime.onStartup?.addListener(onStartup);
  // The service worker starts on browser start and after idling: bring the badge up to date.
  const ready = Promise.all([ensureDailyAlarm(), refresh(false)]).then(() => undefined);
  return {
    ready,
    stop: () => {
      removers.forEach((remove) => remove());
      browser.tabs?.onRemoved.removeListener(onTabRemoved);
      browser.runtime.onStartup?.removeListener(onStartup);
      browser.runtime.onInstalled?.removeListener(onInstalled);
    },
  };
}
