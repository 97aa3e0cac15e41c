/**
 * The first-run page, opened once when Unghost is installed: what it does and never does, the
 * person's name, addresses and terms (the options page's own form), finding the open invoices
 * already in their sent mail (the popup's own sweep panel), and the import for older mail.
 */
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import type { Settings } from '../../lib/core/index';
import { sendMessage } from '../../lib/messages';
import { SettingsForm } from '../options/settings-form';
import { SweepPanel } from '../popup/sweep-panel';
import { ErrorBoundary } from '../shared/error-boundary';
import { FOCUS_RING } from '../shared/focus-ring';
import { t } from '../shared/translate';

export function WelcomeApp() {
  const [settings, setSettings] = useState<Settings>();
  useEffect(() => {
    sendMessage('getSettings', undefined).then(setSettings, () => undefined);
  }, []);
  return (
    <main className="mx-auto max-w-2xl space-y-6 p-6 text-sm text-slate-900 dark:text-slate-100">
      <h1 className="text-xl font-bold">{t('welcome_title')}</h1>
      <p>{t('welcome_intro')}</p>
      <section aria-labelledby="welcome-does" className="space-y-2">
        <h2 id="welcome-does" className="text-base font-semibold">
          {t('welcome_does_title')}
        </h2>
        <ul className="list-disc space-y-1 pl-5">
          <li>{t('welcome_does_sidebar')}</li>
          <li>{t('welcome_does_drafts')}</li>
          <li>{t('welcome_does_popup')}</li>
        </ul>
        <h2 className="text-base font-semibold">{t('welcome_never_title')}</h2>
        <ul className="list-disc space-y-1 pl-5">
          <li>{t('welcome_never_server')}</li>
          <li>{t('welcome_never_send')}</li>
          <li>{t('welcome_never_change')}</li>
        </ul>
      </section>
      <section aria-labelledby="welcome-you" className="space-y-2">
        <h2 id="welcome-you" className="text-base font-semibold">
          {t('welcome_you_title')}
        </h2>
        <p>{t('welcome_you_intro')}</p>
        <ErrorBoundary name="welcome settings" fallback={t('options_part_failed')}>
          {settings && (
            <SettingsForm
              settings={settings}
              onSave={async (s) => {
                setSettings(await sendMessage('saveSettings', s));
              }}
            />
          )}
        </ErrorBoundary>
      </section>
      <section aria-labelledby="welcome-find" className="space-y-2">
        <h2 id="welcome-find" className="text-base font-semibold">
          {t('welcome_find_title')}
        </h2>
        <p>{t('welcome_find_intro')}</p>
        <div className="rounded-lg border border-slate-200 dark:border-slate-700">
          <ErrorBoundary name="welcome sweep" fallback={t('options_part_failed')}>
            <SweepPanel />
          </ErrorBoundary>
        </div>
      </section>
      <section aria-labelledby="welcome-older" className="space-y-2">
        <h2 id="welcome-older" className="text-base font-semibold">
          {t('welcome_older_title')}
        </h2>
        <p>
          {t('welcome_older_intro')}{' '}
          <a
            href={browser.runtime.getURL('/options.html')}
            className={`text-blue-800 dark:text-blue-300 underline ${FOCUS_RING}`}
          >
            {t('welcome_older_link')}
          </a>
        </p>
      </section>
    </main>
  );
}
