/**
 * The money at a glance: what is outstanding per currency and status, and an ageing chart of
 * what is overdue, whose bars filter the list. Plain CSS bars: no chart library for eight boxes.
 */
import type {
  AgeingBucket,
  MoneyOverview,
  OutstandingStatus,
} from '../../lib/views/money-overview';
import { formatMoney } from '../shared/format-for-locale';
import { FOCUS_RING } from '../shared/focus-ring';
import { t } from '../shared/translate';

export interface AgeingFilter {
  currency: string;
  bucket: AgeingBucket;
}

export interface MoneyPanelProps {
  money: MoneyOverview;
  language: string;
  /** The bar the list is filtered by, if any. */
  selected?: AgeingFilter;
  onSelect: (bar: AgeingFilter | undefined) => void;
}

const STATUS_STYLE: Record<OutstandingStatus, string> = {
  silent:
    'border-red-200 bg-red-50 text-red-900 dark:border-red-900 dark:bg-red-950 dark:text-red-100',
  disputed:
    'border-amber-200 bg-amber-50 text-amber-900 dark:border-amber-900 dark:bg-amber-950 dark:text-amber-100',
  promised:
    'border-blue-200 bg-blue-50 text-blue-900 dark:border-blue-900 dark:bg-blue-950 dark:text-blue-100',
  waiting:
    'border-slate-200 bg-slate-50 text-slate-800 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100',
};

/** Message names allow letters, digits and underscores only: "31-60" is popup_ageing_31_60. */
const bucketKey = (bucket: AgeingBucket) =>
  `popup_ageing_${bucket.replace('-', '_').replace('+', '_plus')}`;

export function MoneyPanel({ money, language, selected, onSelect }: MoneyPanelProps) {
  const currencies = [...new Set(money.totals.map((x) => x.currency))];
  if (currencies.length === 0) return null;
  return (
    <section
      aria-labelledby="money-heading"
      data-testid="money"
      className="border-b border-slate-200 px-3 py-2 dark:border-slate-700"
    >
      <h2 id="money-heading" className="sr-only">
        {t('popup_money_heading')}
      </h2>
      {currencies.map((currency) => {
        const bars = money.ageing.filter((b) => b.currency === currency);
        const most = Math.max(...bars.map((b) => b.amount));
        return (
          <div key={currency} className="grid grid-cols-[5fr_6fr] gap-3 py-1">
            <ul
              className="flex flex-wrap content-start gap-1"
              aria-label={t('popup_money_outstanding', currency)}
            >
              {money.totals
                .filter((x) => x.currency === currency)
                .map((x) => (
                  <li
                    key={x.status}
                    data-testid="outstanding-total"
                    data-currency={currency}
                    data-status={x.status}
                    data-amount={x.amount}
                    className={`rounded border px-2 py-0.5 ${STATUS_STYLE[x.status]}`}
                  >
                    <span className="block text-xs">{t(`popup_money_${x.status}`)}</span>
                    <span className="block font-mono font-semibold">
                      {formatMoney(language, x.amount, currency)}
                    </span>
                  </li>
                ))}
            </ul>
            {bars.length > 0 ? (
              <ul aria-label={t('popup_ageing_label', currency)} className="space-y-0.5">
                {bars.map((bar) => {
                  const pressed = selected?.currency === currency && selected.bucket === bar.bucket;
                  const amount = formatMoney(language, bar.amount, currency);
                  return (
                    <li key={bar.bucket}>
                      <button
                        type="button"
                        data-testid="ageing-bar"
                        data-bucket={bar.bucket}
                        data-currency={currency}
                        data-amount={bar.amount}
                        aria-pressed={pressed}
                        disabled={bar.amount === 0}
                        className={`flex w-full items-center gap-2 rounded px-1 text-left text-xs enabled:hover:bg-slate-100 disabled:text-slate-600 aria-pressed:bg-slate-200 dark:enabled:hover:bg-slate-800 dark:disabled:text-slate-400 dark:aria-pressed:bg-slate-700 ${FOCUS_RING}`}
                        onClick={() =>
                          onSelect(pressed ? undefined : { currency, bucket: bar.bucket })
                        }
                      >
                        <span className="w-16 shrink-0 whitespace-nowrap">
                          {t(bucketKey(bar.bucket))}
                        </span>
                        <span className="h-2.5 flex-1 rounded-sm bg-slate-100 dark:bg-slate-800">
                          <span
                            className="block h-full rounded-sm bg-red-700 dark:bg-red-400"
                            style={{ width: `${most > 0 ? (bar.amount / most) * 100 : 0}%` }}
                          />
                        </span>
                        <span className="w-24 shrink-0 text-right font-mono">{amount}</span>
                      </button>
                    </li>
                  );
                })}
              </ul>
            ) : (
              <p className="self-center text-xs text-slate-600 dark:text-slate-400">
                {t('popup_ageing_none')}
              </p>
            )}
          </div>
        );
      })}
    </section>
  );
}
