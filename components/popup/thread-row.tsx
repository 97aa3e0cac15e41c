/** One tracked thread in the popup: who owes what, how long, what was sent, what comes next. */
import { safeLine } from '../../lib/core/index';
import type { Decision } from '../../lib/storage/decision';
import { localDay } from '../../lib/views/apply-decision';
import type { ThreadSummary } from '../../lib/storage/thread-summary';
import { formatDay, formatMoney } from '../shared/format-for-locale';
import { SnoozePicker } from './snooze-picker';
import { ThreadOverridesPicker } from './thread-overrides-picker';
import { t } from '../shared/translate';
import { FOCUS_RING } from '../shared/focus-ring';
import { ROW_FOCUS } from './list-keyboard';

export interface ThreadRowProps {
  thread: ThreadSummary;
  language: string;
  today: Date;
  onDecision: (decision: Decision | null) => void;
  onOpen: () => void;
  onOverrides: (overrides: ThreadSummary['overrides']) => void;
}

const button = `rounded border border-slate-300 dark:border-slate-600 px-2 py-0.5 text-xs hover:bg-slate-100 dark:hover:bg-slate-800 ${FOCUS_RING}`;

/** The last follow-up: the stage inserted with Unghost, else the count of reminders read in the thread. */
function lastSent(thread: ThreadSummary): string {
  if (thread.view.lastStage)
    return t('popup_last_stage', t(`popup_stage_${thread.view.lastStage}`));
  if (thread.unansweredFollowUps) return t('popup_reminders_sent', thread.unansweredFollowUps);
  return t('popup_no_follow_up_yet');
}

/**
 * The score's reasons the row does not already state: the amount and the days overdue are on
 * the row, and so is the count of reminders when no stage was inserted with Unghost. Each fact
 * once ("86 days overdue" twice in a row read as two facts).
 */
export function reasonsNotOnRow(thread: ThreadSummary): ThreadSummary['view']['reasons'] {
  return thread.view.reasons.filter(
    (r) =>
      r.code !== 'amount' &&
      r.code !== 'days_overdue' &&
      !(r.code === 'unanswered_follow_ups' && !thread.view.lastStage),
  );
}

/** What a reason names: an amount, a day (the promise not kept) or a count. */
function reasonValue(
  r: ThreadSummary['view']['reasons'][number],
  language: string,
  currency: string | undefined,
): string | number {
  if (r.code === 'amount') return formatMoney(language, r.value, currency);
  if (r.code === 'promise_broken') return r.date ? formatDay(language, r.date) : '';
  return r.value;
}

export function ThreadRow({
  thread,
  language,
  today,
  onDecision,
  onOpen,
  onOverrides,
}: ThreadRowProps) {
  const { view, invoice, customer, decision } = thread;
  // Names come from the customer's own mail: no control or bidi characters, one short line.
  const who = safeLine(customer.name || customer.email, 80) || t('popup_unknown_customer');
  const held = decision?.kind === 'hold';
  const day = localDay(today);
  const reasons = reasonsNotOnRow(thread);
  return (
    <li
      data-testid="thread-row"
      data-thread-id={thread.id}
      data-status={view.status}
      data-score={view.ghostScore}
      className="border-b border-slate-200 dark:border-slate-700 px-3 py-2"
    >
      <div className="flex items-baseline gap-2">
        {view.status === 'silent' && (
          <span
            className="min-w-8 rounded bg-red-700 px-1 text-center text-xs font-bold text-white"
            title={t('popup_score_title')}
          >
            {view.ghostScore}
          </span>
        )}
        {thread.link ? (
          <button
            type="button"
            {...{ [ROW_FOCUS]: '' }}
            onClick={onOpen}
            className={`truncate text-left font-semibold text-blue-800 dark:text-blue-300 underline-offset-2 hover:underline ${FOCUS_RING}`}
          >
            {who}
          </button>
        ) : (
          <span {...{ [ROW_FOCUS]: '' }} tabIndex={-1} className="truncate font-semibold">
            {who}
          </span>
        )}
        <span className="ml-auto whitespace-nowrap font-mono text-xs">
          {formatMoney(language, invoice?.amount, invoice?.currency)}
        </span>
      </div>
      <div className="mt-0.5 flex flex-wrap gap-x-3 text-xs text-slate-600 dark:text-slate-400">
        {invoice?.number && <span>{t('popup_invoice_number', invoice.number)}</span>}
        {(thread.daysOverdue ?? 0) > 0 && (
          <span>{t('popup_days_overdue', thread.daysOverdue!)}</span>
        )}
        {(view.status === 'waiting' || view.status === 'disputed') && invoice?.dueDate && (
          <span>{t('popup_due_on', formatDay(language, invoice.dueDate))}</span>
        )}
        {view.status === 'promised' && thread.promisedDate && (
          <span className="font-medium text-slate-800 dark:text-slate-200">
            {t('popup_promised_by', formatDay(language, thread.promisedDate))}
          </span>
        )}
        <span>{lastSent(thread)}</span>
        {view.stage && (
          <span className="font-medium text-slate-800 dark:text-slate-200">
            {t('popup_next_stage', t(`popup_stage_${view.stage}`))}
          </span>
        )}
        {view.snoozedUntil && (
          <span>{t('popup_snoozed_until', formatDay(language, view.snoozedUntil))}</span>
        )}
        {view.status !== 'silent' && !(view.status === 'promised' && thread.promisedDate) && (
          <span className="italic">{t(`popup_status_${view.status}`)}</span>
        )}
      </div>
      {reasons.length > 0 && (
        <ul
          className="mt-0.5 flex flex-wrap gap-x-2 text-xs text-red-800 dark:text-red-300"
          aria-label={t('popup_reasons_label')}
        >
          {reasons.map((r) => (
            <li key={r.code}>
              {t(`popup_reason_${r.code}`, reasonValue(r, language, invoice?.currency))}
            </li>
          ))}
        </ul>
      )}
      <div className="mt-1 flex flex-wrap items-center gap-1">
        <button
          type="button"
          data-testid="hold"
          aria-pressed={held}
          className={button}
          onClick={() => onDecision(held ? null : { kind: 'hold', since: day })}
        >
          {held ? t('popup_release_hold') : t('popup_hold')}
        </button>
        {decision && !held ? (
          <button
            type="button"
            data-testid="undo-decision"
            className={button}
            onClick={() => onDecision(null)}
          >
            {t(`popup_undo_${decision.kind}`)}
          </button>
        ) : (
          !held && (
            <>
              <SnoozePicker
                today={today}
                className={button}
                onSnooze={(until) => onDecision({ kind: 'snooze', until })}
              />
              <button
                type="button"
                data-testid="mark-paid"
                className={button}
                onClick={() => onDecision({ kind: 'paid', date: day })}
              >
                {t('popup_mark_paid')}
              </button>
              <button
                type="button"
                data-testid="not-invoice"
                className={button}
                onClick={() => onDecision({ kind: 'not_invoice' })}
              >
                {t('popup_not_invoice')}
              </button>
            </>
          )
        )}
        <ThreadOverridesPicker overrides={thread.overrides} onChange={onOverrides} />
      </div>
    </li>
  );
}
