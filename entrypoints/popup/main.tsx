import '../../assets/tailwind.css';
import { createRoot } from 'react-dom/client';
import { PopupApp } from '../../components/popup/popup-app';
import { t } from '../../components/shared/translate';
import { ErrorBoundary } from '../../components/shared/error-boundary';
import { openPopupStore } from '../../lib/storage/popup-store';
import { followSystemTheme } from '../../components/shared/theme';

followSystemTheme();

createRoot(document.getElementById('root')!).render(
  <ErrorBoundary name="popup" fallback={t('popup_part_failed')}>
    {/* popup.html?list-only: the list without totals and chart, so the bench can weigh them. */}
    <PopupApp store={openPopupStore()} withoutMoney={location.search === '?list-only'} />
  </ErrorBoundary>,
);
