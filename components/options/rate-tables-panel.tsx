/**
 * The late-interest rate tables drafts compute with: shown per law, with a form to add the next
 * published reference rate (the Bundesbank, the Bank of England and the ECB publish them twice
 * a year) and to reset to the tables shipped with Unghost.
 */
import { useEffect, useId, useState } from 'react';
import type { LateInterestJurisdiction, LateInterestTables } from '../../lib/core/index';
import { sendMessage } from '../../lib/messages';
import { t } from '../shared/translate';
import { inputClass } from './form-field';
import { FOCUS_RING } from '../shared/focus-ring';

const LAWS: LateInterestJurisdiction[] = ['DE', 'UK', 'EU'];
const button = `rounded border border-slate-400 dark:border-slate-500 px-3 py-1 hover:bg-slate-100 dark:hover:bg-slate-800 ${FOCUS_RING}`;

export function RateTablesPanel() {
  const id = useId();
  const [tables, setTables] = useState<LateInterestTables>();
  const [edited, setEdited] = useState(false);
  const [draft, setDraft] = useState({
    law: 'DE' as LateInterestJurisdiction,
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
    const next = structuredClone(tables);
    const table = next[draft.law];
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
      {LAWS.map((law) => {
        const table = tables[law];
        return (
          <div key={law} className="space-y-1" data-testid={`rate-table-${law}`}>
            <h3 className="font-semibold">{t(`options_jurisdiction_${law}`)}</h3>
            <p className="text-xs text-slate-600 dark:text-slate-400">
              {table.consumer
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
            <table className="text-xs">
              <caption className="sr-only">{table.referenceName}</caption>
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
                {table.reference.map((step) => (
                  <tr key={step.from}>
                    <td className="pr-4 font-mono">{step.from}</td>
                    <td className="text-right font-mono">{step.percent.toFixed(2)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p className="text-xs">{t('options_rates_known_until', table.knownUntil)}</p>
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
            onChange={(e) =>
              setDraft({ ...draft, law: e.target.value as LateInterestJurisdiction })
            }
          >
            {LAWS.map((law) => (
              <option key={law} value={law}>
                {law}
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
