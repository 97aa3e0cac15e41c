import '../../assets/tailwind.css';
import { createRoot } from 'react-dom/client';

function Popup() {
  return <main className="p-4 w-80 text-sm">Unghost</main>;
}

createRoot(document.getElementById('root')!).render(<Popup />);
