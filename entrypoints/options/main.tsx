import '../../assets/tailwind.css';
import { createRoot } from 'react-dom/client';
import { OptionsApp } from '../../components/options/options-app';
import { followSystemTheme } from '../../components/shared/theme';

followSystemTheme();

createRoot(document.getElementById('root')!).render(<OptionsApp />);
