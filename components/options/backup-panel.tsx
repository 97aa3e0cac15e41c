/** Backup: everything stored to one JSON file, and back. A refused file changes nothing. */
import { useId, useState } from 'react';
import { sendMessage } from '../../lib/messages';
import { localDay } from '../../lib/views/apply-decision';
import { downloadFile } from '../shared/download-file';
import { t } from '../shared/translate';
import { FOCUS_RING } from '../shared/focus-ring';

/** Far beyond any real backup (1,000 threads are a few MB); refuse before reading it into memory. */
const MAX_BYTES = 200 * 1024 * 1024;
const button = `rounded border border-slate-400 dark:border-slate-500 px-3 py-1 hover:bg-slate-100 dark:hover:bg-slate-800 ${FOCUS_RING}`;

export function BackupPanel({ onImported }: { onImported: () => void }) {
  const id = useId();
  const [status, setStatus] = useState<{ ok: boolean; text: string }>();

  async function exportAll() {
    const backup = await sendMessage('exportBackup', undefined);
    downloadFile(
      `unghost-backup-${localDay(new Date())}.json`,
      JSON.stringify(backup, null, 2),
      'application/json',
    );
    setStatus({ ok: true, text: t('options_backup_exported', backup.threads.length) });
  }

  async function importFile(file: File | undefined) {
    if (!file) return;
    try {
      if (file.size > MAX_BYTES) throw new Error(t('options_backup_error_damaged'));
      const { threads } = await sendMessage('importBackup', { text: await file.text() });
      setStatus({ ok: true, text: t('options_backup_imported', threads) });
      onImported();
    } catch (error) {
      setStatus({ ok: false, text: error instanceof Error ? error.message : String(error) });
    }
  }

  return (
    <section
      aria-labelledby={`${id}-title`}
      className="space-y-3 rounded border border-slate-200 dark:border-slate-700 p-4"
    >
      <h2 id={`${id}-title`} className="text-base font-semibold">
        {t('options_backup_title')}
      </h2>
      <p>{t('options_backup_intro')}</p>
      <div className="flex flex-wrap items-center gap-3">
        <button
          type="button"
          data-testid="export-backup"
          className={button}
          onClick={() => void exportAll()}
        >
          {t('options_backup_export')}
        </button>
        <label htmlFor={`${id}-file`} className="font-medium">
          {t('options_backup_import')}
        </label>
        <input
          id={`${id}-file`}
          type="file"
          accept="application/json,.json"
          data-testid="backup-file"
          onChange={(e) => {
            void importFile(e.target.files?.[0]);
            e.target.value = '';
          }}
        />
      </div>
      <p className="text-xs text-slate-600 dark:text-slate-400">{t('options_backup_replaces')}</p>
      {status && (
        <p
          role={status.ok ? 'status' : 'alert'}
          data-testid="backup-status"
          className={
            status.ok ? 'text-green-800 dark:text-green-300' : 'text-red-800 dark:text-red-300'
          }
        >
          {status.text}
        </p>
      )}
    </section>
  );
}
