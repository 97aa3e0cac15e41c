/**
 * "Find my open invoices": starts the sweep of a mail client (lib/background/sweep-controller.ts)
 * over a period, shows its progress (n of N, found so far) with pause, resume and cancel, and a
 * finished sweep's summary. It follows the sweep by the background's change signal, not by polling.
 */
import { useCallback, useEffect, useId, useState } from 'react';
import { browser } from 'wxt/browser';
import { sendMessage } from '../../lib/messages';
import { SWEEP_CLIENTS, type SweepClient, type SweepState } from '../../lib/storage/sweep-state';
import { FOCUS_RING } from '../shared/focus-ring';
import { t } from '../shared/translate';

/** The storage key the background touches whenever a sweep changes. */
export const SWEEP_TICK = 'sweepTick';

const button = `rounded border border-slate-300 dark:border-slate-600 bg-white dark:bg-slate-900 px-2 py-1 text-sm ${FOCUS_RING}`;
const PERIODS = [3, 6, 12, 24] as const;
const CLIENT_NAMES: Record<SweepClient, string> = { gmail: 'Gmail', outlook: 'Outlook' };

interface Props {
  /** Told when a sweep stored conversations, so the list below can reload. */
  onFound?: () => void;
}

function Summary({ state }: { state: SweepState }) {
  return (
    <div
      data-testid="sweep-summary"
      data-status={state.status}
      role="status"
      className="flex flex-col gap-1"
    >
      <p className="m-0 font-semibold">
        {state.status === 'cancelled' ? t('popup_sweep_cancelled') : t('popup_sweep_done')}
      </p>
      <p className="m-0">
        {t('popup_sweep_found', [
          state.found,
          state.silentFound,
          state.done,
          state.hits?.length ?? 0,
        ])}
      </p>
      {state.skipped > 0 && <p className="m-0">{t('popup_sweep_skipped', [state.skipped])}</p>}
      {state.unreadRestored > 0 && (
        <p className="m-0">{t('popup_sweep_unread_restored', [state.unreadRestored])}</p>
      )}
      {state.unreadNotRestored > 0 && (
        <p className="m-0 text-red-800 dark:text-red-300">
          {t('popup_sweep_unread_not_restored', [state.unreadNotRestored])}
        </p>
      )}
      {state.unreadable.length > 0 && (
        <details>
          <summary className={FOCUS_RING}>
            {t('popup_sweep_unreadable', [state.unreadable.length])}
          </summary>
          <ul className="m-0 pl-4">
            {state.unreadable.map((u) => (
              <li key={u.threadId}>
                {u.subject} — {u.reason}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

export function SweepPanel({ onFound }: Props) {
  const [sweeps, setSweeps] = useState<SweepState[]>([]);
  const [client, setClient] = useState<SweepClient>('gmail');
  const [months, setMonths] = useState<number>(12);
  const [error, setError] = useState<string>();
  const periodId = useId();
  const clientId = useId();

  const load = useCallback(async () => {
    try {
      setSweeps(await sendMessage('sweepStatus', undefined));
    } catch {
      setError(t('popup_error'));
    }
  }, []);
  useEffect(() => {
    void load();
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area !== 'local' || !(SWEEP_TICK in changes)) return;
      void load();
      onFound?.();
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, [load, onFound]);

  const act = async (action: () => Promise<unknown>) => {
    setError(undefined);
    try {
      await action();
    } catch (e) {
      setError(e instanceof Error && e.message ? e.message : t('popup_error'));
    }
    await load();
  };

  const current = sweeps.find((s) => s.client === client);
  const active =
    current?.status === 'searching' ||
    current?.status === 'running' ||
    current?.status === 'paused';
  const total = current?.hits?.length ?? 0;
  return (
    <section
      aria-labelledby={`${periodId}-h`}
      className="flex flex-col gap-2 border-b border-slate-200 dark:border-slate-700 px-3 py-2"
    >
      <h2 id={`${periodId}-h`} className="m-0 text-sm font-semibold">
        {t('popup_sweep_title')}
      </h2>
      <div className="flex flex-wrap items-center gap-2">
        <label htmlFor={clientId}>{t('popup_sweep_client')}</label>
        {/* Only the clients whose own search the sweep can drive (Gmail today). */}
        <select
          id={clientId}
          value={client}
          onChange={(e) => setClient(e.target.value as SweepClient)}
          className={button}
        >
          {SWEEP_CLIENTS.map((c) => (
            <option key={c} value={c}>
              {CLIENT_NAMES[c]}
            </option>
          ))}
        </select>
        {!active && (
          <>
            <label htmlFor={periodId}>{t('popup_sweep_period')}</label>
            <select
              id={periodId}
              value={months}
              onChange={(e) => setMonths(Number(e.target.value))}
              className={button}
            >
              {PERIODS.map((m) => (
                <option key={m} value={m}>
                  {t('popup_sweep_months', [m])}
                </option>
              ))}
            </select>
            <button
              type="button"
              data-testid="sweep-start"
              className={button}
              onClick={() => void act(() => sendMessage('sweepStart', { client, months }))}
            >
              {t('popup_sweep_start')}
            </button>
          </>
        )}
      </div>
      {active && current && (
        <div className="flex flex-wrap items-center gap-2">
          <p
            role="status"
            data-testid="sweep-progress"
            data-done={current.done}
            data-total={total}
            data-status={current.status}
            className="m-0"
          >
            {current.status === 'searching'
              ? t('popup_sweep_searching')
              : t('popup_sweep_progress', [current.done, total, current.found])}
            {current.status === 'paused' &&
              ` · ${t(current.pausedBecause === 'tab_closed' ? 'popup_sweep_paused_tab' : 'popup_sweep_paused')}`}
          </p>
          <progress
            max={Math.max(1, total)}
            value={current.done}
            aria-label={t('popup_sweep_title')}
            className="w-32"
          />
          {current.status === 'paused' ? (
            <button
              type="button"
              data-testid="sweep-resume"
              className={button}
              onClick={() =>
                void act(() => sendMessage('sweepControl', { client, action: 'resume' }))
              }
            >
              {t('popup_sweep_resume')}
            </button>
          ) : (
            <button
              type="button"
              data-testid="sweep-pause"
              className={button}
              onClick={() =>
                void act(() => sendMessage('sweepControl', { client, action: 'pause' }))
              }
            >
              {t('popup_sweep_pause')}
            </button>
          )}
          <button
            type="button"
            data-testid="sweep-cancel"
            className={button}
            onClick={() =>
              void act(() => sendMessage('sweepControl', { client, action: 'cancel' }))
            }
          >
            {t('popup_sweep_cancel')}
          </button>
        </div>
      )}
      {!active && current && (current.status === 'done' || current.status === 'cancelled') && (
        <Summary state={current} />
      )}
      {error && (
        <p role="alert" className="m-0 text-red-800 dark:text-red-300">
          {error}
        </p>
      )}
    </section>
  );
}
