import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import './app/app.css';
import { createQueryClient } from './app/queryClient';
import { createRouter } from './app/routes';
import { initI18n, initialLanguage, loadLanguage } from './i18n';

const language = initialLanguage();
await loadLanguage(language);
const i18n = initI18n(language);
const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StrictMode>
      <App router={createRouter()} queryClient={createQueryClient()} i18n={i18n} />
    </StrictMode>,
  );
