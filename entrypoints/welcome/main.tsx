import '../../assets/tailwind.css';
import { createRoot } from 'react-dom/client';
import { WelcomeApp } from '../../components/welcome/welcome-app';
import { followSystemTheme } from '../../components/shared/theme';

followSystemTheme();
document.documentElement.lang = navigator.language || 'en';

createRoot(document.getElementById('root')!).render(<WelcomeApp />);
