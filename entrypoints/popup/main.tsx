import '../../assets/tailwind.css';
import { createRoot } from 'react-dom/client';
import { PopupApp } from '../../components/popup/popup-app';

createRoot(document.getElementById('root')!).render(<PopupApp />);
