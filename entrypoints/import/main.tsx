import '../../assets/tailwind.css';
import { createRoot } from 'react-dom/client';
import { ImportPanel } from '../../components/import/import-panel';
import { messageDeps } from '../../lib/import/message-deps';
import { t, uiLanguage } from '../../components/shared/translate';
import { ErrorBoundary } from '../../components/shared/error-boundary';
import { followSystemTheme } from '../../components/shared/theme';

followSystemTheme();

// The import runs here, in the extension's own page (never in a content script): the files and
// their mail stay in the extension; storing goes through the background.
document.title = t('import_page_title');
document.documentElement.lang = uiLanguage();
createRoot(document.getElementById('root')!).render(
  <main className="mx-auto max-w-2xl space-y-6 p-6 text-sm text-slate-900 dark:text-slate-100">
    <h1 className="text-xl font-bold">{t('extName')}</h1>
    <ErrorBoundary name="import page" fallback={t('import_part_failed')}>
      <ImportPanel deps={messageDeps} />
    </ErrorBoundary>
  </main>,
);
