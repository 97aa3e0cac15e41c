/** Search, client and status filters above the list. */
import { MAIL_CLIENT_NAMES } from '../../lib/core/index';
import type { RefObject } from 'react';
import type { ThreadFilter } from './thread-sections';
import { t } from '../shared/translate';
import { FOCUS_RING } from '../shared/focus-ring';

const STATUSES = [
  'silent',
  'disputed',
  'answered',
  'promised',
  'waiting',
  'on_hold',
  'snoozed',
  'bounced',
  'paid',
  'not_invoice',
] as const;
const CLIENTS = MAIL_CLIENT_NAMES;
const field = `rounded border border-slate-300 dark:border-slate-600 px-2 py-1 text-sm ${FOCUS_RING}`;

export function ThreadFilters({
  filter,
  onChange,
  searchRef,
}: {
  filter: ThreadFilter;
  onChange: (f: ThreadFilter) => void;
  /** The search box, for the `/` shortcut. */
  searchRef?: RefObject<HTMLInputElement | null>;
}) {
  return (
    <div
      className="flex flex-wrap gap-2 border-b border-slate-200 dark:border-slate-700 px-3 py-2"
      role="search"
    >
      <input
        type="search"
        ref={searchRef}
        data-testid="search"
        aria-keyshortcuts="/"
        aria-label={t('popup_search_label')}
        placeholder={t('popup_search_placeholder')}
        className={`${field} min-w-0 flex-1`}
        value={filter.search}
        onChange={(e) => onChange({ ...filter, search: e.target.value })}
      />
      <select
        aria-label={t('popup_filter_client')}
        data-testid="filter-client"
        className={field}
        value={filter.client}
        onChange={(e) => onChange({ ...filter, client: e.target.value as ThreadFilter['client'] })}
      >
        <option value="all">{t('popup_all_clients')}</option>
        {CLIENTS.map((c) => (
          <option key={c} value={c}>
            {t(`popup_client_${c}`)}
          </option>
        ))}
      </select>
      <select
        aria-label={t('popup_filter_status')}
        data-testid="filter-status"
        className={field}
        value={filter.status}
        onChange={(e) => onChange({ ...filter, status: e.target.value as ThreadFilter['status'] })}
      >
        <option value="all">{t('popup_all_statuses')}</option>
        {STATUSES.map((s) => (
          <option key={s} value={s}>
            {t(`popup_status_${s}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
