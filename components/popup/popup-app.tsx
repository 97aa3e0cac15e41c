/** The popup: loads the tracked threads from the background and carries out the person's actions. */
import { useCallback, useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { sendMessage } from '../../lib/messages';
import { localDay } from '../../lib/storage/apply-decision';
import type { ThreadSummary } from '../../lib/storage/thread-summary';
import { downloadFile } from './download-file';
import { openThread } from './open-thread';
import { SilentThreadsList } from './silent-threads-list';
import { threadsCsv } from './threads-csv';
import { t, uiLanguage } from './translate';

export function PopupApp({ now = () => new Date() }: { now?: () => Date }) {
  const [threads, setThreads] = useState<ThreadSummary[]>();
  const [error, setError] = useState<string>();
  const today = now();

  const run = useCallback(async (action: () => Promise<unknown>) => {
    try {
      await action();
      setThreads(await sendMessage('listThreads', undefined));
      setError(undefined);
    } catch {
      setError(t('popup_error'));
    }
  }, []);

  useEffect(() => {
    void run(async () => {});
  }, [run]);

  return (
    <main className="w-[600px] text-sm text-slate-900">
      <header className="flex items-center gap-2 border-b border-slate-200 px-3 py-2">
        <h1 className="text-base font-bold">{t('extName')}</h1>
        <button type="button" className="ml-auto text-xs text-blue-800 underline" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('popup_open_options')}
        </button>
      </header>
      {error && (
        <p role="alert" className="bg-red-50 px-3 py-2 text-red-800">
          {error}
        </p>
      )}
      {threads && (
        <SilentThreadsList
          threads={threads}
          language={uiLanguage()}
          today={today}
          onDecision={(thread, decision) => void run(() => sendMessage('setDecision', { threadId: thread.id, decision }))}
          onOverrides={(thread, overrides) => void run(() => sendMessage('setThreadOverrides', { threadId: thread.id, overrides }))}
          onOpen={(thread) => void openThread(thread.link).then(() => window.close())}
          onExportCsv={(rows) => downloadFile(`unghost-${localDay(today)}.csv`, threadsCsv(rows), 'text/csv')}
        />
      )}
    </main>
  );
}
