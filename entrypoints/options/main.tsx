import '../../assets/tailwind.css';
import { createRoot } from 'react-dom/client';

function Options() {
  return <main className="p-4 text-sm">Unghost options</main>;
}

createRoot(document.getElementById('root')!).render(<Options />);
