/** Reading progress: a labelled <progress> and the cancel button. */
import type { ImportProgress as Progress } from '../../lib/import/import-mailbox';
import { formatNumber } from '../shared/format-for-locale';
import { t, uiLanguage } from '../shared/translate';

const mb = (bytes: number) => formatNumber(uiLanguage(), bytes / 1_048_576, 1);

export function ImportProgress({
  progress,
  onCancel,
}: {
  progress?: Progress;
  onCancel: () => void;
}) {
  const label = progress
    ? t('import_reading', [
        progress.file,
        mb(progress.bytesRead),
        mb(progress.totalBytes),
        progress.messages,
      ])
    : t('import_starting');
  return (
    <div className="space-y-2" data-testid="import-progress">
      <label className="block">
        <span className="block" id="import-progress-label">
          {label}
        </span>
        <progress
          className="h-3 w-full"
          aria-labelledby="import-progress-label"
          max={progress?.totalBytes || 1}
          value={progress?.bytesRead ?? 0}
        />
      </label>
      <button
        type="button"
        data-testid="import-cancel"
        onClick={onCancel}
        className="rounded border border-slate-400 dark:border-slate-500 px-3 py-1"
      >
        {t('import_cancel')}
      </button>
    </div>
  );
}
