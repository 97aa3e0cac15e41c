/**
 * The late-interest rate tables drafts compute with: shown per law with their sources, with a
 * form to add the next published reference rate (central banks publish them twice a year, the
 * national legal rates once or twice) and to reset to the tables shipped with Unghost.
 */
import { useEffect, useId, useState } from 'react';
import {
  LATE_INTEREST_JURISDICTIONS,
  tableFor,
  type LateInterestJurisdiction,
  type LateInterestTables,
  type RateSeries,
  type RateStep,
} from '../../lib/core/index';
import { sendMessage } from '../../lib/messages';
import { formatDay, formatNumber } from '../shared/format-for-locale';
import { t, uiLanguage } from '../shared/translate';
import { inputClass } from './form-field';
import { FOCUS_RING } from '../shared/focus-ring';

/** A table's own reference rate (`DE`), or the legal rate its consumer terms follow (`FR:consumer`). */
type RateTarget = LateInterestJurisdiction | `${LateInterestJurisdiction}:consumer`;

/** The consumer terms' own rate when the person can update it (a rate fixed by statute is not listed). */
function consumerSeries(tables: LateInterestTables, law: LateInterestJurisdiction) {
  const own = tableFor(tables, law).consumer?.ownReference;
  return own && !own.knownUntil.startsWith('9999') ? own : undefined;
}

function targetsOf(tables: LateInterestTables): RateTarget[] {
  return LATE_INTEREST_JURISDICTIONS.flatMap((law): RateTarget[] =>
    consumerSeries(tables, law) ? [law, `${law}:consumer`] : [law],
  );
}
const button = `rounded border border-slate-400 dark:border-slate-500 px-3 py-1 hover:bg-slate-100 dark:hover:bg-slate-800 ${FOCUS_RING}`;

export function RateTablesPanel() {
  const id = useId();
  const [tables, setTables] = useState<LateInterestTables>();
  const [edited, setEdited] = useState(false);
  const [draft, setDraft] = useState({
    law: 'DE' as RateTarget,
    from: '',
    percent: '',
    knownUntil: '',
  });
  const [status, setStatus] = useState<{ ok: boolean; text: string }>();

  const load = async () => {
    const current = await sendMessage('getRateTables', undefined);
    setTables(current.tables);
    setEdited(current.edited);
  };
  useEffect(() => {
    void load();
  }, []);

  async function save(next: LateInterestTables | null, message: string) {
    try {
      await sendMessage('updateRateTables', { tables: next });
      await load();
      setStatus({ ok: true, text: t(message) });
    } catch (error) {
      setStatus({ ok: false, text: error instanceof Error ? error.message : String(error) });
    }
  }

  function addRate() {
    if (!tables) return;
    const next: LateInterestTables = structuredClone({ ...tables });
    const [law, consumer] = draft.law.split(':') as [LateInterestJurisdiction, string?];
    next[law] = structuredClone(tableFor(next, law));
    const table: { reference: RateStep[]; knownUntil: string } | undefined = consumer
      ? next[law]?.consumer?.ownReference
      : next[law];
    if (!table) return;
    const percent = Number(draft.percent.replace(',', '.'));
    table.reference = [
      ...table.reference.filter((s) => s.from !== draft.from),
      { from: draft.from, percent: draft.percent.trim() === '' ? NaN : percent },
    ].sort((a, b) => a.from.localeCompare(b.from));
    if (draft.knownUntil) table.knownUntil = draft.knownUntil;
    else if (table.knownUntil < draft.from) table.knownUntil = draft.from;
    void save(next, 'options_rates_saved');
  }

  if (!tables) return null;
  return (
    <section
      aria-labelledby={`${id}-title`}
      className="space-y-3 rounded border border-slate-200 dark:border-slate-700 p-4"
      data-testid="rate-tables"
    >
      <h2 id={`${id}-title`} className="text-base font-semibold">
        {t('options_rates_title')}
      </h2>
      <p>{t(edited ? 'options_rates_edited' : 'options_rates_shipped')}</p>
      {LATE_INTEREST_JURISDICTIONS.map((law) => {
        const table = tableFor(tables, law);
        const consumer = table.consumer?.ownReference;
        return (
          <div key={law} className="space-y-1" data-testid={`rate-table-${law}`}>
            <h3 className="font-semibold">{t(`options_jurisdiction_${law}`)}</h3>
            <p className="text-xs text-slate-600 dark:text-slate-400">
              {consumer
                ? t('options_rates_terms_business', [
                    table.referenceName,
                    table.business.marginPoints,
                  ])
                : table.consumer
                  ? t('options_rates_terms', [
                      table.referenceName,
                      table.business.marginPoints,
                      table.consumer.marginPoints,
                    ])
                  : t('options_rates_terms_business_only', [
                      table.referenceName,
                      table.business.marginPoints,
                    ])}
            </p>
            <RateSteps series={table} />
            {consumer && (
              <div data-testid={`rate-table-${law}-consumer`}>
                <p className="text-xs text-slate-600 dark:text-slate-400">
                  {t('options_rates_consumers', consumer.referenceName)}
                </p>
                <RateSteps series={consumer} />
              </div>
            )}
            {table.source && (
              <p className="text-xs text-slate-600 dark:text-slate-400">
                {t('options_rates_source', [table.source.statute, table.source.ratePage])}
              </p>
            )}
          </div>
        );
      })}
      <fieldset className="grid grid-cols-2 gap-2 sm:grid-cols-4">
        <legend className="mb-1 font-medium">{t('options_rates_add')}</legend>
        <label className="text-xs">
          {t('options_rates_law')}
          <select
            data-testid="rate-law"
            className={inputClass}
            value={draft.law}
            onChange={(e) => setDraft({ ...draft, law: e.target.value as RateTarget })}
          >
            {targetsOf(tables).map((target) => (
              <option key={target} value={target}>
                {target.endsWith(':consumer')
                  ? t('options_rates_target_consumer', target.slice(0, 2))
                  : target}
              </option>
            ))}
          </select>
        </label>
        <label className="text-xs">
          {t('options_rates_from')}
          <input
            type="date"
            data-testid="rate-from"
            className={inputClass}
            value={draft.from}
            onChange={(e) => setDraft({ ...draft, from: e.target.value })}
          />
        </label>
        <label className="text-xs">
          {t('options_rates_percent')}
          <input
            inputMode="decimal"
            data-testid="rate-percent"
            className={inputClass}
            value={draft.percent}
            onChange={(e) => setDraft({ ...draft, percent: e.target.value })}
          />
        </label>
        <label className="text-xs">
          {t('options_rates_known_until_label')}
          <input
            type="date"
            data-testid="rate-known-until"
            className={inputClass}
            value={draft.knownUntil}
            onChange={(e) => setDraft({ ...draft, knownUntil: e.target.value })}
          />
        </label>
      </fieldset>
      <div className="flex gap-2">
        <button type="button" data-testid="add-rate" className={button} onClick={addRate}>
          {t('options_rates_add_button')}
        </button>
        {edited && (
          <button
            type="button"
            data-testid="reset-rates"
            className={button}
            onClick={() => void save(null, 'options_rates_reset_done')}
          >
            {t('options_rates_reset')}
          </button>
        )}
      </div>
      {status && (
        <p
          role={status.ok ? 'status' : 'alert'}
          data-testid="rates-status"
          className={
            status.ok ? 'text-green-800 dark:text-green-300' : 'text-red-800 dark:text-red-300'
          }
        >
          {status.text}
        </p>
      )}
    </section>
  );
}

/** One rate history: each step from its date, with the ones not confirmed from a publication marked. */
function RateSteps({
  series,
}: {
  series: Pick<RateSeries, 'referenceName' | 'reference' | 'knownUntil'>;
}) {
  return (
    <>
      <table className="text-xs">
        <caption className="sr-only">{series.referenceName}</caption>
        <thead>
          <tr>
            <th scope="col" className="pr-4 text-left">
              {t('options_rates_from')}
            </th>
            <th scope="col" className="text-right">
              {t('options_rates_percent')}
            </th>
          </tr>
        </thead>
        <tbody>
          {series.reference.map((step) => (
            <tr key={step.from}>
              <td className="pr-4">{formatDay(uiLanguage(), step.from)}</td>
              <td className="text-right font-mono">
                {formatNumber(uiLanguage(), step.percent, 2)}
                {step.unconfirmed && (
                  <span
                    className="ml-1 font-sans text-amber-800 dark:text-amber-300"
                    title={step.unconfirmed}
                  >
                    {t('options_rates_unconfirmed')}
                  </span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {!series.knownUntil.startsWith('9999') && (
        <p className="text-xs">
          {t('options_rates_known_until', formatDay(uiLanguage(), series.knownUntil))}
        </p>
      )}
    </>
  );
}
