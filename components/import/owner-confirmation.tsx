/**
 * With no address of the person's in the settings, the export's most frequent sender is
 * probably them: they confirm (or type another) before anything is stored.
 */
import { useState } from 'react';
import type { Owner } from '../../lib/import/imported-thread';
import type { OwnerCandidate } from '../../lib/import/sender-tally';
import { t } from '../shared/translate';

const OTHER = '';

export interface OwnerConfirmationProps {
  candidates: OwnerCandidate[];
  /** The settings hold addresses, but none of them sent a message of this export. */
  mismatch: boolean;
  onConfirm: (owner: Owner) => void;
  onCancel: () => void;
}

export function OwnerConfirmation({
  candidates,
  mismatch,
  onConfirm,
  onCancel,
}: OwnerConfirmationProps) {
  const [picked, setPicked] = useState(candidates[0]?.email ?? OTHER);
  const [other, setOther] = useState('');
  const email = (picked === OTHER ? other : picked).trim().toLowerCase();
  const valid = /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email);
  const name = candidates.find((c) => c.email === email)?.name;
  return (
    <form
      data-testid="import-owner"
      className="space-y-2"
      onSubmit={(e) => {
        e.preventDefault();
        if (valid) onConfirm({ ...(name ? { name } : {}), emails: [email] });
      }}
    >
      <fieldset className="space-y-1">
        <legend className="font-semibold">{t('import_owner_title')}</legend>
        <p className="text-slate-700 dark:text-slate-300">
          {t(mismatch ? 'import_owner_intro_mismatch' : 'import_owner_intro')}
        </p>
        {candidates.map((c) => (
          <label key={c.email} className="flex items-center gap-2">
            <input
              type="radio"
              name="owner"
              value={c.email}
              checked={picked === c.email}
              onChange={() => setPicked(c.email)}
            />
            <span>
              {c.name ? `${c.name} <${c.email}>` : c.email}{' '}
              <span className="text-slate-600 dark:text-slate-400">
                ({t('import_owner_messages', c.messages)})
              </span>
            </span>
          </label>
        ))}
        <label className="flex items-center gap-2">
          <input
            type="radio"
            name="owner"
            value={OTHER}
            checked={picked === OTHER}
            onChange={() => setPicked(OTHER)}
          />
          <span>{t('import_owner_other')}</span>
          <input
            type="email"
            aria-label={t('import_owner_other')}
            value={other}
            onFocus={() => setPicked(OTHER)}
            onChange={(e) => setOther(e.target.value)}
            className="rounded border border-slate-400 dark:border-slate-500 px-2 py-0.5"
          />
        </label>
      </fieldset>
      <div className="flex gap-2">
        <button
          type="submit"
          disabled={!valid}
          data-testid="import-owner-confirm"
          className="rounded bg-blue-700 px-3 py-1 font-medium text-white disabled:opacity-50"
        >
          {t('import_owner_confirm')}
        </button>
        <button
          type="button"
          onClick={onCancel}
          className="rounded border border-slate-400 dark:border-slate-500 px-3 py-1"
        >
          {t('import_cancel')}
        </button>
      </div>
    </form>
  );
}
