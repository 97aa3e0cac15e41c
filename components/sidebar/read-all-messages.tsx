/**
 * Says how much of the conversation nobody has seen yet, and offers to read it: the client's
 * own controls expand the collapsed and bundled messages, Unghost reads them, and the view is
 * put back as it was. Not automatic: expanding changes the person's view and makes the client
 * load every message, so it happens when the person asks (what was read is remembered, so once
 * is enough).
 */
import { useState } from 'react';
import type { MailClient, OpenThread } from '../../lib/mail-clients/mail-client';
import type { Translate } from './sidebar-types';
import { FOCUS_RING } from '../shared/focus-ring';

interface Props {
  t: Translate;
  /** Messages whose whole text nobody has seen. */
  unseen: number;
  client: MailClient;
  /** Called with the conversation read while everything was expanded. */
  onRead: (full: OpenThread) => void;
}

export function ReadAllMessages({ t, unseen, client, onRead }: Props) {
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const expand = client.expandMessages?.bind(client);
  const readAll = async () => {
    if (!expand) return;
    setBusy(true);
    setFailed(false);
    try {
      const restore = await expand();
      try {
        const full = client.readOpenThread();
        if (full) onRead(full);
      } finally {
        restore();
      }
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div
      data-testid="partial-reading"
      className="flex flex-col items-start gap-2 rounded-lg bg-amber-50 dark:bg-amber-950 p-2 text-sm text-slate-800 dark:text-slate-200"
    >
      <p className="m-0">
        {unseen === 1 ? t('sidebar_unseen_one') : t('sidebar_unseen', [unseen])}
      </p>
      {expand && (
        <button
          type="button"
          data-testid="read-all"
          disabled={busy}
          onClick={() => void readAll()}
          className={`rounded-full border border-solid border-slate-500 dark:border-slate-400 bg-white dark:bg-slate-900 px-3 py-1 text-sm font-medium text-slate-900 dark:text-slate-100 disabled:opacity-60 ${FOCUS_RING}`}
        >
          {busy ? t('sidebar_reading_all') : t('sidebar_read_all')}
        </button>
      )}
      {failed && (
        <p role="alert" className="m-0">
          {t('sidebar_read_all_failed')}
        </p>
      )}
    </div>
  );
}
