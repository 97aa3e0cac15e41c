/** What the import did: conversations stored, silent ones found, and what was skipped and why. */
import type { ImportProblem } from '../../lib/import/import-problem';
import { t } from '../shared/translate';
import type { ImporterReport } from '../../lib/import/mailbox-importer';
import type { ImportTally } from './use-mailbox-import';

function problemText(p: ImportProblem): string {
  const reason = t(`import_reason_${p.reason.replaceAll('-', '_')}`);
  if (p.message === undefined)
    return t(p.outcome === 'partial' ? 'import_problem_file_partial' : 'import_problem_file', [
      p.file,
      reason,
    ]);
  const what = p.subject ? t('import_problem_quoted', p.subject) : t('import_problem_no_subject');
  return t(`import_problem_${p.outcome}`, [p.file, p.message, what, reason]);
}

export function ImportSummary({ report, tally }: { report: ImporterReport; tally: ImportTally }) {
  return (
    <section data-testid="import-summary" aria-live="polite" className="space-y-2">
      <h3 className="font-semibold">
        {report.cancelled ? t('import_cancelled') : t('import_done')}
      </h3>
      <ul className="list-disc pl-5">
        <li data-testid="import-summary-threads">{t('import_summary_threads', tally.stored)}</li>
        <li data-testid="import-summary-silent" className="font-semibold">
          {t('import_summary_silent', tally.silent)}
        </li>
        <li>{t('import_summary_messages', [report.messages, report.files])}</li>
        {report.duplicates > 0 && <li>{t('import_summary_duplicates', report.duplicates)}</li>}
        {report.drafts > 0 && <li>{t('import_summary_drafts', report.drafts)}</li>}
        {report.bulk > 0 && (
          <li data-testid="import-summary-bulk">{t('import_summary_bulk', report.bulk)}</li>
        )}
        {tally.failed > 0 && <li>{t('import_summary_failed', tally.failed)}</li>}
      </ul>
      {tally.stored > 0 && <p>{t('import_see_popup')}</p>}
      {report.problems.length > 0 && (
        <div>
          <h4 className="font-semibold">{t('import_problems_title')}</h4>
          <ul data-testid="import-problems" className="list-disc pl-5">
            {report.problems.map((p, i) => (
              <li key={i} data-reason={p.reason} data-outcome={p.outcome}>
                {problemText(p)}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
