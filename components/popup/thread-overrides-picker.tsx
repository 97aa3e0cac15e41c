/** This thread's own customer type and jurisdiction, tucked away behind a disclosure. */
import { useId, useState } from 'react';
import type { ThreadOverrides } from '../../lib/storage/thread-record';
import { JURISDICTIONS } from '../../lib/core/index';
import { t } from '../shared/translate';

export function ThreadOverridesPicker({
  overrides,
  onChange,
}: {
  overrides: ThreadOverrides;
  onChange: (o: ThreadOverrides) => void;
}) {
  const id = useId();
  // Closed by default on every row: the selects are built only when opened, so that a list of
  // many rows renders fast.
  const [open, setOpen] = useState(false);
  const select = 'rounded border border-slate-300 dark:border-slate-600 px-1 text-xs';
  return (
    <details className="ml-auto text-xs" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className="cursor-pointer text-slate-600 dark:text-slate-400">
        {t('popup_overrides')}
      </summary>
      {open && (
        <div className="mt-1 flex gap-2">
          <label htmlFor={`${id}-type`}>{t('popup_customer_type')}</label>
          <select
            id={`${id}-type`}
            className={select}
            value={overrides.customerType ?? ''}
            onChange={(e) =>
              onChange({
                ...overrides,
                customerType: (e.target.value || undefined) as ThreadOverrides['customerType'],
              })
            }
          >
            <option value="">{t('popup_use_default')}</option>
            <option value="business">{t('options_customer_business')}</option>
            <option value="consumer">{t('options_customer_consumer')}</option>
          </select>
          <label htmlFor={`${id}-law`}>{t('popup_jurisdiction')}</label>
          <select
            id={`${id}-law`}
            className={select}
            value={overrides.jurisdiction ?? ''}
            onChange={(e) =>
              onChange({
                ...overrides,
                jurisdiction: (e.target.value || undefined) as ThreadOverrides['jurisdiction'],
              })
            }
          >
            <option value="">{t('popup_use_default')}</option>
            {JURISDICTIONS.map((j) => (
              <option key={j} value={j}>
                {t(`options_jurisdiction_${j}`)}
              </option>
            ))}
          </select>
        </div>
      )}
    </details>
  );
}
