import '../../assets/tailwind.css';
import { createRoot } from 'react-dom/client';
import { PopupApp } from '../../components/popup/popup-app';
import { t } from '../../components/shared/translate';
import { ErrorBoundary } from '../../components/shared/error-boundary';
import { openPopupStore } from '../../lib/storage/popup-store';

createRoot(document.getElementById('root')!).render(
  <ErrorBoundary name="popup" fallback={t('popup_part_failed')}>
    <PopupApp store={openPopupStore()} />
  </ErrorBoundary>,
);
