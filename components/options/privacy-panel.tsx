/** What Unghost keeps, where, and the button that deletes all of it. */
import { useId, useState } from 'react';
import { sendMessage } from '../../lib/messages';
import { t } from '../shared/translate';
import { FOCUS_RING } from '../shared/focus-ring';

export function PrivacyPanel({ onForgotten }: { onForgotten: () => void }) {
  const id = useId();
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState(false);

  async function forget() {
    await sendMessage('forgetEverything', undefined);
    setConfirming(false);
    setDone(true);
    onForgotten();
  }

  return (
    <section
      aria-labelledby={`${id}-title`}
      className="space-y-3 rounded border border-slate-200 dark:border-slate-700 p-4"
      data-testid="privacy"
    >
      <h2 id={`${id}-title`} className="text-base font-semibold">
        {t('options_privacy_title')}
      </h2>
      <ul className="list-disc space-y-1 pl-5">
        <li>{t('options_privacy_where')}</li>
        <li>{t('options_privacy_what')}</li>
        <li>{t('options_privacy_not_stored')}</li>
        <li>{t('options_privacy_import_spool')}</li>
        <li>{t('options_privacy_network')}</li>
        <li>{t('options_privacy_sending')}</li>
      </ul>
      {!confirming ? (
        <button
          type="button"
          data-testid="forget-everything"
          className={`rounded border border-red-700 dark:border-red-400 px-3 py-1 text-red-800 dark:text-red-300 hover:bg-red-50 dark:hover:bg-red-950 ${FOCUS_RING}`}
          onClick={() => setConfirming(true)}
        >
          {t('options_forget_everything')}
        </button>
      ) : (
        <div
          role="alertdialog"
          aria-labelledby={`${id}-confirm`}
          className="space-y-2 rounded bg-red-50 dark:bg-red-950 p-3"
        >
          <p id={`${id}-confirm`}>{t('options_forget_confirm_text')}</p>
          <div className="flex gap-2">
            <button
              type="button"
              data-testid="confirm-forget"
              className={`rounded bg-red-700 px-3 py-1 font-semibold text-white ${FOCUS_RING}`}
              onClick={() => void forget()}
            >
              {t('options_forget_confirm')}
            </button>
            <button
              type="button"
              className="rounded border border-slate-400 dark:border-slate-500 px-3 py-1"
              onClick={() => setConfirming(false)}
            >
              {t('options_cancel')}
            </button>
          </div>
        </div>
      )}
      {done && (
        <p role="status" data-testid="forget-status" className="text-green-800 dark:text-green-300">
          {t('options_forgotten')}
        </p>
      )}
    </section>
  );
}
