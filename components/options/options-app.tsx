/** The options page: settings, late-interest rates, mail import, backup and privacy. */
import { useCallback, useEffect, useState } from 'react';
import type { Settings } from '../../lib/core/index';
import { sendMessage } from '../../lib/messages';
import { ImportPanel } from '../import/import-panel';
import { messageDeps } from '../import/message-deps';
import { t } from '../popup/translate';
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
    <main className="mx-auto max-w-2xl space-y-6 p-6 text-sm text-slate-900">
      <h1 className="text-xl font-bold">{t('options_title')}</h1>
      {settings && (
        <SettingsForm
          key={generation}
          settings={settings}
          onSave={async (s) => {
            setSettings(await sendMessage('saveSettings', s));
          }}
        />
      )}
      <RateTablesPanel key={`rates-${generation}`} />
      <div data-testid="import-slot">
        {/* Confirming the owner during an import saves an address: the form shows it after. */}
        <ImportPanel
          deps={{ ...messageDeps, saveOwner: (owner) => messageDeps.saveOwner(owner).then(reload) }}
        />
      </div>
      <ReadingHealthPanel key={`health-${generation}`} />
      <BackupPanel onImported={() => void reload()} />
      <PrivacyPanel onForgotten={() => void reload()} />
    </main>
  );
}
