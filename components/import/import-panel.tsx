/** The import section: files in, progress, owner confirmation, summary. Wiring comes as deps. */
import { t } from '../shared/translate';
import { FileDropZone } from './file-drop-zone';
import { ImportProgress } from './import-progress';
import { ImportSummary } from './import-summary';
import { OwnerConfirmation } from './owner-confirmation';
import type { ImportDeps } from '../../lib/import/mailbox-importer';
import { useMailboxImport } from './use-mailbox-import';

export function ImportPanel({ deps }: { deps: ImportDeps }) {
  const { state, start, cancel, confirmOwner, reset } = useMailboxImport(deps);
  const busy = state.phase === 'reading' || state.phase === 'storing';
  return (
    <section
      aria-labelledby="import-title"
      className="space-y-3 rounded border border-slate-200 dark:border-slate-700 p-4"
    >
      <h2 id="import-title" className="text-base font-semibold">
        {t('import_title')}
      </h2>
      <p className="text-slate-700 dark:text-slate-300">{t('import_intro')}</p>
      {state.phase !== 'confirm-owner' && (
        <FileDropZone disabled={busy} onFiles={(files) => void start(files)} />
      )}
      {state.phase === 'reading' && <ImportProgress progress={state.progress} onCancel={cancel} />}
      {state.phase === 'storing' && <p role="status">{t('import_storing')}</p>}
      {state.phase === 'confirm-owner' && (
        <OwnerConfirmation
          candidates={state.report.ownerCandidates}
          mismatch={state.mismatch}
          onConfirm={(owner) => void confirmOwner(state.report, owner)}
          onCancel={reset}
        />
      )}
      {state.phase === 'done' && <ImportSummary report={state.report} tally={state.tally} />}
      {state.phase === 'failed' && (
        <p
          role="alert"
          className="bg-red-50 dark:bg-red-950 px-3 py-2 text-red-800 dark:text-red-300"
        >
          {t('import_failed')}
        </p>
      )}
    </section>
  );
}
