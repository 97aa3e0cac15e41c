/**
 * Asks for the person's name when the draft has nobody to sign it; saved to their settings as
 * one clean line (no control or bidi characters, at most MAX_OWNER_NAME characters).
 */
import { useId, useState, type FormEvent } from 'react';
import { safeLine } from '../../lib/core/index';
import type { Translate } from './sidebar-types';
import { FOCUS_RING } from '../shared/focus-ring';

const MAX_OWNER_NAME = 100;

export function OwnerNameForm({ t, onSave }: { t: Translate; onSave: (name: string) => void }) {
  const id = useId();
  const [name, setName] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const clean = safeLine(name, MAX_OWNER_NAME);
    if (clean) onSave(clean);
  };
  return (
    <form
      onSubmit={submit}
      className="flex flex-col gap-1 rounded-lg bg-amber-50 dark:bg-amber-950 p-3"
    >
      <p className="text-sm text-amber-900 dark:text-amber-200">{t('sidebar_owner_name_needed')}</p>
      <label htmlFor={id} className="text-sm font-medium text-slate-800 dark:text-slate-200">
        {t('sidebar_owner_name_label')}
      </label>
      <div className="flex gap-2">
        <input
          id={id}
          data-testid="owner-name"
          value={name}
          onChange={(e) => setName(e.target.value)}
          autoComplete="name"
          maxLength={MAX_OWNER_NAME}
          className={`min-w-0 flex-1 rounded border border-solid border-slate-400 dark:border-slate-500 px-2 py-1 text-sm ${FOCUS_RING}`}
        />
        <button
          type="submit"
          className={`rounded bg-slate-800 dark:bg-slate-600 px-3 py-1 text-sm font-medium text-white ${FOCUS_RING}`}
        >
          {t('sidebar_owner_name_save')}
        </button>
      </div>
    </form>
  );
}
