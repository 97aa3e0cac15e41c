import '../../assets/tailwind.css';
import { createRoot } from 'react-dom/client';
import { PopupApp } from '../../components/popup/popup-app';
import { openPopupStore } from '../../lib/storage/popup-store';

createRoot(document.getElementById('root')!).render(<PopupApp store={openPopupStore()} />);
