/** Status, ghost score with the inputs that moved it, and the invoice facts of one thread. */
import type { ScoreReason, ThreadAnalysis, ThreadStatus } from '../../lib/core/index';
import { formatDay, formatMoney } from '../shared/format-for-locale';
import type { SidebarMessageKey, Translate } from './sidebar-types';

const STATUS_STYLE: Record<ThreadStatus, string> = {
  not_invoice: 'bg-slate-100 dark:bg-slate-800 text-slate-800 dark:text-slate-200',
  paid: 'bg-green-100 dark:bg-green-900 text-green-900 dark:text-green-200',
  bounced: 'bg-orange-100 dark:bg-orange-900 text-orange-900 dark:text-orange-200',
  answered: 'bg-blue-100 dark:bg-blue-900 text-blue-900 dark:text-blue-200',
  disputed: 'bg-violet-100 dark:bg-violet-900 text-violet-900 dark:text-violet-200',
  promised: 'bg-teal-100 dark:bg-teal-900 text-teal-900 dark:text-teal-200',
  waiting: 'bg-amber-100 dark:bg-amber-900 text-amber-900 dark:text-amber-200',
  silent: 'bg-red-100 dark:bg-red-900 text-red-900 dark:text-red-200',
};

function reasonText(t: Translate, locale: string, reason: ScoreReason, currency?: string): string {
  if (reason.code === 'promise_broken')
    return t('sidebar_reason_promise_broken', [
      reason.date ? formatDay(locale, reason.date) : '',
      reason.points,
    ]);
  const value =
    reason.code === 'amount' ? formatMoney(locale, reason.value, currency) : reason.value;
  const one = reason.code === 'unanswered_follow_ups' && reason.value === 1 ? '_one' : '';
  return t(`sidebar_reason_${reason.code}${one}` as SidebarMessageKey, [value, reason.points]);
}

/** chrome.i18n has no plural rules; "1 day" is the one singular the sidebar needs. */
function days(t: Translate, n: number): string {
  return n === 1 ? t('sidebar_days_one') : t('sidebar_days', [n]);
}

/**
 * What the customer's latest reply means, in words ("Promised to pay by 14 Nov 2026", "Disputes
 * the hours", "Paid €500 of €1,428; €928 outstanding", "Out of office until 9 Oct; follow up on
 * 10 Oct"), or nothing when it asks for nothing in particular.
 */
export function replyMeaning(t: Translate, locale: string, a: ThreadAnalysis): string | undefined {
  const day = (d: string) => formatDay(locale, d);
  const money = (n: number) => formatMoney(locale, n, a.invoice?.currency);
  if (a.paidAmount !== undefined && a.outstandingAmount !== undefined && a.invoice?.amount)
    return t('sidebar_meaning_partial', [
      money(a.paidAmount),
      money(a.invoice.amount),
      money(a.outstandingAmount),
    ]);
  if (a.resumeOn && a.returnDate && a.status === 'waiting')
    return t('sidebar_meaning_away', [day(a.returnDate), day(a.resumeOn)]);
  switch (a.replyKind) {
    case 'promise':
      if (!a.promisedDate) return undefined;
      return a.promiseBroken
        ? t('sidebar_meaning_promise_broken', [day(a.promisedDate)])
        : t('sidebar_meaning_promise', [day(a.promisedDate)]);
    case 'dispute':
      return a.disputeTopic
        ? t(`sidebar_meaning_dispute_${a.disputeTopic}`)
        : t('sidebar_meaning_dispute');
    case 'instalment_request':
      return a.instalmentsAsked
        ? t('sidebar_meaning_instalments', [a.instalmentsAsked])
        : t('sidebar_meaning_instalment');
    case 'invoice_request':
      return t('sidebar_meaning_invoice_request');
    case 'payment_sent':
      return a.status === 'paid' ? undefined : t('sidebar_meaning_payment_sent');
    default:
      return undefined;
  }
}

interface Props {
  analysis: ThreadAnalysis;
  t: Translate;
  locale: string;
  /** The background has stored this conversation (it will be in the popup). */
  stored?: boolean;
  /** Every message's whole text was seen; false: this is the best reading so far. */
  complete?: boolean;
}

export function ThreadSummary({ analysis, t, locale, stored = false, complete = true }: Props) {
  const { status, invoice } = analysis;
  const isInvoice = status !== 'not_invoice';
  const unknown = !isInvoice && !complete;
  const meaning = isInvoice ? replyMeaning(t, locale, analysis) : undefined;
  const facts: Array<[SidebarMessageKey, string | undefined]> = [
    ['sidebar_invoice_number', invoice?.number],
    [
      'sidebar_amount',
      invoice?.amount !== undefined
        ? formatMoney(locale, invoice.amount, invoice.currency)
        : undefined,
    ],
    ['sidebar_due_date', invoice?.dueDate ? formatDay(locale, invoice.dueDate) : undefined],
  ];
  if (analysis.daysSilent !== undefined && status === 'silent')
    facts.push(['sidebar_days_silent', days(t, analysis.daysSilent)]);
  // A paid invoice is not "overdue" any more, whatever the dates say.
  if (analysis.daysOverdue && status !== 'paid')
    facts.push(['sidebar_days_overdue', days(t, analysis.daysOverdue)]);

  return (
    <section className="flex flex-col gap-3">
      <div>
        <h3 className="sr-only">{t('sidebar_status_label')}</h3>
        <p
          data-testid="thread-status"
          data-status={status}
          data-complete={complete}
          data-stored={stored}
          data-reply-kind={analysis.replyKind}
          data-promised-date={analysis.promisedDate}
          className={`inline-block rounded-full px-3 py-1 text-sm font-semibold ${STATUS_STYLE[status]}`}
        >
          {/* An unseen message may be the invoice: never "No invoice" from a partial reading. */}
          {unknown ? t('sidebar_status_incomplete') : t(`sidebar_status_${status}`)}
          {!complete && !unknown && (
            <span className="font-normal"> ({t('sidebar_incomplete_mark')})</span>
          )}
        </p>
        <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">
          {unknown ? t('sidebar_hint_incomplete') : t(`sidebar_hint_${status}`)}
        </p>
        {meaning && (
          <p
            data-testid="reply-meaning"
            className="mt-2 rounded border border-solid border-slate-200 dark:border-slate-700 px-2 py-1 text-sm font-medium text-slate-900 dark:text-slate-100"
          >
            <span className="sr-only">{t('sidebar_meaning_label')}: </span>
            {meaning}
          </p>
        )}
      </div>

      <div
        data-testid="ghost-score"
        data-score={analysis.ghostScore}
        className="rounded-lg border border-solid border-slate-200 dark:border-slate-700 p-3"
      >
        <div className="flex items-baseline justify-between gap-2">
          <h3 className="text-sm font-semibold text-slate-800 dark:text-slate-200">
            {t('sidebar_ghost_score')}
          </h3>
          <span className="text-lg font-bold text-slate-900 dark:text-slate-100">
            {t('sidebar_score_value', [analysis.ghostScore])}
          </span>
        </div>
        <div
          className="mt-2 h-2 overflow-hidden rounded-full bg-slate-100 dark:bg-slate-800"
          aria-hidden="true"
        >
          <div
            className="h-full rounded-full bg-red-700"
            style={{ width: `${analysis.ghostScore}%` }}
          />
        </div>
        {analysis.reasons.length > 0 && (
          <>
            <h4 className="mt-2 text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400">
              {t('sidebar_reasons')}
            </h4>
            <ul className="mt-1 list-disc pl-5 text-sm text-slate-800 dark:text-slate-200">
              {analysis.reasons.map((r) => (
                <li key={r.code}>{reasonText(t, locale, r, invoice?.currency)}</li>
              ))}
            </ul>
          </>
        )}
      </div>

      {isInvoice && (
        <div>
          <h3 className="text-sm font-semibold text-slate-800 dark:text-slate-200">
            {t('sidebar_facts')}
          </h3>
          <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
            {facts.map(([label, value]) => (
              <div key={label} className="contents">
                <dt className="text-slate-600 dark:text-slate-400">{t(label)}</dt>
                <dd className="m-0 font-medium text-slate-900 dark:text-slate-100">
                  {value ?? t('sidebar_not_found')}
                </dd>
              </div>
            ))}
          </dl>
        </div>
      )}
    </section>
  );
}
