/** "Snooze until a date": a week from today unless the person picks another day. */
import { useId, useState } from 'react';
import { localDay } from '../../lib/views/apply-decision';
import { t } from '../shared/translate';

const addDays = (day: Date, n: number) =>
  new Date(day.getFullYear(), day.getMonth(), day.getDate() + n);

export function SnoozePicker({
  today,
  className,
  onSnooze,
}: {
  today: Date;
  className: string;
  onSnooze: (until: string) => void;
}) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [until, setUntil] = useState(() => localDay(addDays(today, 7)));
  const tomorrow = localDay(addDays(today, 1));
  if (!open) {
    return (
      <button
        type="button"
        data-testid="snooze"
        aria-expanded={false}
        className={className}
        onClick={() => setOpen(true)}
      >
        {t('popup_snooze')}
      </button>
    );
  }
  return (
    <span className="flex items-center gap-1" role="group" aria-labelledby={`${id}-label`}>
      <label id={`${id}-label`} htmlFor={`${id}-date`} className="text-xs">
        {t('popup_snooze_until_label')}
      </label>
      <input
        id={`${id}-date`}
        type="date"
        data-testid="snooze-date"
        min={tomorrow}
        value={until}
        onChange={(e) => setUntil(e.target.value)}
        className="rounded border border-slate-300 dark:border-slate-600 px-1 text-xs"
      />
      <button
        type="button"
        data-testid="snooze-confirm"
        className={className}
        // A date in the past or today would snooze nothing: the thread would be back at once.
        disabled={!/^\d{4}-\d{2}-\d{2}$/.test(until) || until < tomorrow}
        onClick={() => onSnooze(until)}
      >
        {t('popup_snooze_confirm')}
      </button>
      <button type="button" className={className} onClick={() => setOpen(false)}>
        {t('popup_cancel')}
      </button>
    </span>
  );
}
