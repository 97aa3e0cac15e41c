/**
 * The confirmation that a message the person just sent is an invoice Unghost now tracks
 * ("Tracking invoice 2026-044 · due 3 Dec"), with an Undo. Announced to screen readers, reachable
 * by keyboard, dismissable, gone by itself after TOAST_MS.
 */
import { useEffect, useState } from 'react';
import type { SentTracking } from '../../lib/storage/thread-store';
import { formatDay, formatMoney } from '../shared/format-for-locale';
import { FOCUS_RING } from '../shared/focus-ring';
import type { Translate } from './sidebar-types';

export const TOAST_MS = 10_000;

interface Props {
  /** What the latest send started tracking; a new one restarts the toast. */
  tracked: SentTracking | undefined;
  t: Translate;
  locale: string;
  /** Resolves with whether the tracking was undone. */
  onUndo: (threadId: string) => Promise<boolean>;
}

const button = `rounded px-2 py-1 text-sm font-semibold ${FOCUS_RING}`;

export function SentToast({ tracked, t, locale, onUndo }: Props) {
  const [shown, setShown] = useState<SentTracking | undefined>(tracked);
  const [undo, setUndo] = useState<'idle' | 'done' | 'failed'>('idle');
  useEffect(() => {
    setShown(tracked);
    setUndo('idle');
  }, [tracked]);
  useEffect(() => {
    if (!shown) return;
    const timer = setTimeout(() => setShown(undefined), TOAST_MS);
    return () => clearTimeout(timer);
  }, [shown, undo]);
  if (!shown) return null;
  const what = shown.invoiceNumber
    ? t('sidebar_sent_tracking', [shown.invoiceNumber])
    : t('sidebar_sent_tracking_unnumbered');
  const facts = [
    shown.amount !== undefined ? formatMoney(locale, shown.amount, shown.currency) : undefined,
    shown.dueDate ? t('sidebar_sent_due', [formatDay(locale, shown.dueDate)]) : undefined,
  ].filter(Boolean);
  return (
    <div
      data-testid="send-tracked"
      data-invoice-number={shown.invoiceNumber}
      className="flex items-center gap-3 rounded-lg bg-slate-900 dark:bg-slate-100 px-4 py-3 text-sm text-white dark:text-slate-900 shadow-lg"
    >
      <p role="status" className="m-0">
        {undo === 'done'
          ? t('sidebar_sent_undone')
          : undo === 'failed'
            ? t('sidebar_sent_undo_failed')
            : [what, ...facts].join(' · ')}
      </p>
      {undo === 'idle' && (
        <button
          type="button"
          data-testid="send-tracked-undo"
          className={`${button} text-blue-200 dark:text-blue-800 underline`}
          onClick={() =>
            onUndo(shown.threadId).then(
              (done) => setUndo(done ? 'done' : 'failed'),
              () => setUndo('failed'),
            )
          }
        >
          {t('sidebar_sent_undo')}
        </button>
      )}
      <button
        type="button"
        aria-label={t('sidebar_sent_dismiss')}
        className={`${button} text-white dark:text-slate-900`}
        onClick={() => setShown(undefined)}
      >
        ×
      </button>
    </div>
  );
}
