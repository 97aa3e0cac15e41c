/** The options page: settings, late-interest rates, mail import, backup and privacy. */
import { useCallback, useEffect, useState } from 'react';
import type { Settings } from '../../lib/core/index';
import { sendMessage } from '../../lib/messages';
import { ImportPanel } from '../import/import-panel';
import { messageDeps } from '../../lib/import/message-deps';
import { t } from '../shared/translate';
import { ErrorBoundary } from '../shared/error-boundary';
import { BackupPanel } from './backup-panel';
import { PrivacyPanel } from './privacy-panel';
import { RateTablesPanel } from './rate-tables-panel';
import { ReadingHealthPanel } from './reading-health-panel';
import { SettingsForm } from './settings-form';

export function OptionsApp() {
  const [settings, setSettings] = useState<Settings>();
  // Bumped to remount the form with freshly loaded settings after an import or "forget".
  const [generation, setGeneration] = useState(0);
  const reload = useCallback(async () => {
    setSettings(await sendMessage('getSettings', undefined));
    setGeneration((g) => g + 1);
  }, []);
  useEffect(() => {
    void reload();
  }, [reload]);

  return (
    <main className="mx-auto max-w-2xl space-y-6 p-6 text-sm text-slate-900 dark:text-slate-100">
      <h1 className="text-xl font-bold">{t('options_title')}</h1>
      <ErrorBoundary name="options settings" fallback={t('options_part_failed')}>
        {settings && (
          <SettingsForm
            key={generation}
            settings={settings}
            onSave={async (s) => {
              setSettings(await sendMessage('saveSettings', s));
            }}
          />
        )}
      </ErrorBoundary>
      <ErrorBoundary name="options rates" fallback={t('options_part_failed')}>
        <RateTablesPanel key={`rates-${generation}`} />
      </ErrorBoundary>
      <div data-testid="import-slot">
        <ErrorBoundary name="options import" fallback={t('options_part_failed')}>
          {/* Confirming the owner during an import saves an address: the form shows it after. */}
          <ImportPanel
            deps={{
              ...messageDeps,
              saveOwner: (owner) => messageDeps.saveOwner(owner).then(reload),
            }}
          />
        </ErrorBoundary>
      </div>
      <ErrorBoundary name="options health" fallback={t('options_part_failed')}>
        <ReadingHealthPanel key={`health-${generation}`} />
      </ErrorBoundary>
      <ErrorBoundary name="options backup" fallback={t('options_part_failed')}>
        <BackupPanel onImported={() => void reload()} />
      </ErrorBoundary>
      <ErrorBoundary name="options privacy" fallback={t('options_part_failed')}>
        <PrivacyPanel onForgotten={() => void reload()} />
      </ErrorBoundary>
    </main>
  );
}
