/** The popup: reads the tracked threads and carries out the person's actions through the background. */
import { useCallback, useEffect, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import { sendMessage } from '../../lib/messages';
import { localDay } from '../../lib/views/apply-decision';
import type { FirstPage } from '../../lib/storage/first-page';
import type { PopupStore } from '../../lib/storage/popup-store';
import type { ThreadSummary } from '../../lib/storage/thread-summary';
import { downloadFile } from '../shared/download-file';
import { openThread } from './open-thread';
import { SilentThreadsList } from './silent-threads-list';
import { SweepPanel } from './sweep-panel';
import { threadsCsv } from './threads-csv';
import { t, uiLanguage } from '../shared/translate';

const systemNow = () => new Date();

export interface PopupAppProps {
  /** Reads the tracked threads (the entrypoint passes the extension's store). */
  store: PopupStore;
  /** For tests: a fixed clock. */
  now?: () => Date;
  /** Leave out the totals and the ageing chart (the bench measures the list alone). */
  withoutMoney?: boolean;
}

export function PopupApp({ store, now = systemNow, withoutMoney }: PopupAppProps) {
  const [threads, setThreads] = useState<ThreadSummary[]>();
  /** Set while only the first page (top silent threads) is shown: how many are silent in all. */
  const [partialSilentCount, setPartialSilentCount] = useState<number>();
  const [partialMoney, setPartialMoney] = useState<FirstPage['money']>();
  const [error, setError] = useState<string>();
  // Props read through a ref, so that a new clock function per render does not reload the list.
  const deps = useRef({ now, store });
  const today = now();

  const run = useCallback(async (action: () => Promise<unknown>) => {
    try {
      await action();
      const list = await deps.current.store.list(deps.current.now());
      // Lets the bench split time to first render into loading and rendering.
      performance.mark('unghost:threads-loaded');
      setThreads(list);
      setError(undefined);
    } catch {
      setError(t('popup_error'));
    }
  }, []);

  /** A sweep stored conversations: read the list again. */
  const reload = useCallback(() => void run(async () => undefined), [run]);

  useEffect(() => {
    void run(async () => {
      // Paint the top silent threads at once from the background's precomputed first page;
      // `run` then reads every thread for the other sections, filters and search.
      const first = await deps.current.store.firstPage(deps.current.now());
      if (first && first.top.length > 0) {
        setThreads(first.top);
        setPartialSilentCount(first.silentCount);
        setPartialMoney(first.money);
        performance.mark('unghost:first-page-loaded');
        // Let that frame paint before reading every thread: the browser decodes the full list
        // on this thread, and would otherwise hold the first frame back. (A hidden page gets no
        // frames: the timeout makes sure the list still loads.)
        await new Promise((resolve) => {
          requestAnimationFrame(() => setTimeout(resolve));
          setTimeout(resolve, 100);
        });
      }
    }).then(() => {
      setPartialSilentCount(undefined);
      setPartialMoney(undefined);
    });
  }, [run]);

  return (
    <main className="w-[600px] text-sm text-slate-900 dark:text-slate-100">
      <header className="flex items-center gap-2 border-b border-slate-200 dark:border-slate-700 px-3 py-2">
        <h1 className="text-base font-bold">{t('extName')}</h1>
        <button
          type="button"
          className="ml-auto text-xs text-blue-800 dark:text-blue-300 underline"
          onClick={() => void browser.runtime.openOptionsPage()}
        >
          {t('popup_open_options')}
        </button>
      </header>
      {error && (
        <p
          role="alert"
          className="bg-red-50 dark:bg-red-950 px-3 py-2 text-red-800 dark:text-red-300"
        >
          {error}
        </p>
      )}
      <SweepPanel onFound={reload} />
      {threads && (
        <SilentThreadsList
          threads={threads}
          partialSilentCount={partialSilentCount}
          partialMoney={partialMoney}
          withoutMoney={withoutMoney}
          language={uiLanguage()}
          today={today}
          onDecision={(thread, decision) =>
            void run(() => sendMessage('setDecision', { threadId: thread.id, decision }))
          }
          onOverrides={(thread, overrides) =>
            void run(() => sendMessage('setThreadOverrides', { threadId: thread.id, overrides }))
          }
          onOpen={(thread) => void openThread(thread.link).then(() => window.close())}
          onOpenOptions={() => void browser.runtime.openOptionsPage()}
          onExportCsv={(rows) =>
            downloadFile(`unghost-${localDay(today)}.csv`, threadsCsv(rows), 'text/csv')
          }
        />
      )}
    </main>
  );
}
