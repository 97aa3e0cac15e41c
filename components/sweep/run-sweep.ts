/**
 * The sweep's work in its own tab of the mail client: the client's own search for sent mail
 * that may be an invoice, then each conversation opened through the client's navigation, read
 * with the sidebar's reader (collapsed messages expanded and put back), stored like a
 * conversation the person opened, marked unread again if it was, and closed, at a human pace.
 * The background decides each step (lib/background/sweep-controller.ts): a pause or cancel
 * stops the tab at the next conversation.
 */
import { analyzeThread } from '../../lib/core/index';
import { INVOICE_SEARCH_WORDS } from '../../lib/core/index';
import { SelectorError } from '../../lib/mail-clients/dom';
import type { MailClient, OpenThread, SweepHit } from '../../lib/mail-clients/mail-client';
import type { SweepReport, SweepTask } from '../../lib/background/sweep-controller';
import type { TrackedThreadState } from '../../lib/storage/thread-store';
import type { HiddenMessages } from '../sidebar/sidebar-types';
import type { MailThread } from '../../lib/core/index';

/** The background's side of the sweep, for this tab. */
export interface SweepBridge {
  task(): Promise<SweepTask | null>;
  searched(hits: SweepHit[]): Promise<boolean>;
  check(index: number): Promise<'open' | 'skip' | 'stop'>;
  report(report: SweepReport): Promise<{ go: boolean }>;
  trackThread(
    thread: MailThread,
    link: string,
    hidden?: HiddenMessages,
  ): Promise<TrackedThreadState>;
}

export interface SweepProgress {
  done: number;
  total: number;
  found: number;
}

export interface RunSweepOptions {
  signal: AbortSignal;
  now?: () => Date;
  link?: () => string;
  /** Waits `ms` (a timer, ended by `signal`); tests pass a fake clock's. */
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
  onProgress?: (progress: SweepProgress) => void;
}

const realSleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const timer = setTimeout(resolve, ms);
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });

/** Why a conversation could not be read, in words for the summary (no mail text). */
function reasonOf(error: unknown): string {
  if (error instanceof SelectorError) return `layout not recognised (${error.selectorName})`;
  if (error instanceof Error && error.name === 'TimeoutError') return 'did not open in time';
  return 'could not be read';
}

/** Reads the open conversation whole: collapsed messages expanded, the view put back. */
async function readWhole(client: MailClient): Promise<OpenThread> {
  let open = client.readOpenThread();
  if (!open) throw new Error('nothing open');
  if ((open.collapsedMessages > 0 || open.hiddenMessages > 0) && client.expandMessages) {
    const restore = await client.expandMessages();
    try {
      open = client.readOpenThread() ?? open;
    } finally {
      restore();
    }
  }
  return open;
}

/**
 * Runs this tab's part of the sweep, if the background has one for it. Resolves when the sweep
 * is done, paused or cancelled (the background closes the tab at the end).
 */
export async function runSweep(
  client: MailClient,
  bridge: SweepBridge,
  opts: RunSweepOptions,
): Promise<void> {
  const driver = client.sweep;
  if (!driver) return;
  const { signal, now = () => new Date(), link = () => location.href } = opts;
  const sleep = opts.sleep ?? realSleep;
  const task = await bridge.task();
  if (!task) return;
  let hits = task.hits;
  if (!hits) {
    const query = driver.searchQuery({ since: task.since, words: INVOICE_SEARCH_WORDS });
    hits = await driver.search(query, signal);
    if (!(await bridge.searched(hits))) return;
  }
  let found = task.found;
  opts.onProgress?.({ done: task.next, total: hits.length, found });
  for (let index = task.next; index < hits.length; index++) {
    await sleep(task.paceMs, signal);
    const step = await bridge.check(index);
    if (step === 'stop') return;
    const hit = hits[index]!;
    let report: SweepReport;
    if (step === 'skip') report = { index, outcome: 'skipped' };
    else {
      let opened = false;
      try {
        await driver.open(hit, signal);
        opened = true;
        const open = await readWhole(client);
        const state = await bridge.trackThread(open.thread, link(), {
          hiddenMessageIds: open.hiddenMessageIds,
          hiddenMessages: open.hiddenMessages,
        });
        const status = analyzeThread(open.thread, { now: now(), settings: state.settings }).status;
        report =
          status === 'not_invoice'
            ? { index, outcome: 'not_invoice' }
            : { index, outcome: 'invoice', silent: status === 'silent' };
        if (report.outcome === 'invoice') found++;
        // Opening it marked it read: a customer's unread reply must not go unnoticed.
        if (hit.unread) report.unreadRestored = await driver.markUnread(signal).catch(() => false);
        await driver.close(signal);
      } catch (error) {
        if (signal.aborted) return;
        report = { index, outcome: 'unreadable', reason: reasonOf(error) };
        if (hit.unread && opened)
          report.unreadRestored = await driver.markUnread(signal).catch(() => false);
        await driver.close(signal).catch(() => undefined);
      }
    }
    opts.onProgress?.({ done: index + 1, total: hits.length, found });
    const { go } = await bridge.report(report);
    if (!go) return;
  }
}
