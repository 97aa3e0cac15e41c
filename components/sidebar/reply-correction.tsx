/**
 * The person's own reading of the customer's latest reply, when Unghost read it wrong: a promise
 * to pay by a day (set or change the day), "not a promise", "not a dispute". Stored per thread
 * for that reply (docs/rules.md §3 "Corrections"); a newer reply is read afresh.
 */
import { useId, useState } from 'react';
import type { ReplyCorrections, ThreadAnalysis } from '../../lib/core/index';
import { FOCUS_RING as focusRing } from '../shared/focus-ring';
import type { Translate } from './sidebar-types';

interface Props {
  analysis: ThreadAnalysis;
  /** The stored correction, if any (it may be of an older reply). */
  correction?: ReplyCorrections;
  t: Translate;
  /** Saves (null: clears) the correction; rejects when it could not be stored. */
  onCorrect: (correction: ReplyCorrections | null) => Promise<void>;
}

const button = `rounded border border-solid border-slate-300 dark:border-slate-600 bg-white dark:bg-slate-900 px-2 py-1 text-sm text-slate-900 dark:text-slate-100 hover:bg-slate-50 dark:hover:bg-slate-800 ${focusRing}`;

export function ReplyCorrection({ analysis, correction, t, onCorrect }: Props) {
  const replyDate = analysis.replyDate;
  const [open, setOpen] = useState(false);
  const [day, setDay] = useState(analysis.promisedDate ?? '');
  const [failed, setFailed] = useState(false);
  const dateId = useId();
  if (!replyDate) return null;
  const active = correction !== undefined && correction.replyDate === replyDate;
  const save = (next: ReplyCorrections | null) => {
    setFailed(false);
    onCorrect(next).then(
      () => setOpen(false),
      () => setFailed(true),
    );
  };
  const isPromise = analysis.replyKind === 'promise';
  const isDispute = analysis.replyKind === 'dispute';
  return (
    <div data-testid="reply-correct" className="mt-2 flex flex-col gap-2 text-sm">
      {active ? (
        <p className="flex flex-wrap items-center gap-2 text-slate-700 dark:text-slate-300">
          <span>{t('sidebar_correct_yours')}</span>
          <button
            type="button"
            data-testid="reply-correct-clear"
            className={button}
            onClick={() => save(null)}
          >
            {t('sidebar_correct_clear')}
          </button>
        </p>
      ) : (
        <button
          type="button"
          data-testid="reply-correct-toggle"
          aria-expanded={open}
          className={`self-start text-sm text-slate-700 dark:text-slate-300 underline ${focusRing}`}
          onClick={() => setOpen(!open)}
        >
          {t('sidebar_correct_toggle')}
        </button>
      )}
      {open && !active && (
        <form
          className="flex flex-col gap-2 rounded border border-solid border-slate-200 dark:border-slate-700 p-2"
          onSubmit={(e) => {
            e.preventDefault();
            if (/^\d{4}-\d{2}-\d{2}$/.test(day)) save({ replyDate, promisedDate: day });
          }}
        >
          <label htmlFor={dateId} className="text-slate-800 dark:text-slate-200">
            {isPromise ? t('sidebar_correct_change_date') : t('sidebar_correct_promise')}
          </label>
          <div className="flex flex-wrap items-center gap-2">
            <input
              id={dateId}
              type="date"
              required
              data-testid="reply-correct-date"
              value={day}
              onChange={(e) => setDay(e.target.value)}
              className={`rounded border border-solid border-slate-300 dark:border-slate-600 bg-white dark:bg-slate-900 px-2 py-1 text-slate-900 dark:text-slate-100 ${focusRing}`}
            />
            <button type="submit" data-testid="reply-correct-save" className={button}>
              {t('sidebar_correct_save')}
            </button>
          </div>
          {(isPromise || isDispute) && (
            <button
              type="button"
              data-testid={isPromise ? 'reply-correct-not-promise' : 'reply-correct-not-dispute'}
              className={`self-start ${button}`}
              onClick={() =>
                save(
                  isPromise ? { replyDate, promisedDate: null } : { replyDate, notDispute: true },
                )
              }
            >
              {isPromise ? t('sidebar_correct_not_promise') : t('sidebar_correct_not_dispute')}
            </button>
          )}
        </form>
      )}
      {failed && (
        <p role="alert" className="text-red-800 dark:text-red-300">
          {t('sidebar_correct_failed')}
        </p>
      )}
    </div>
  );
}
