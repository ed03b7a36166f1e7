import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { setApiLanguage } from './api/client';
import { App } from './app/App';
import './app/app.css';
import { prefetchFirstPage } from './app/prefetch';
import { createQueryClient } from './app/queryClient';
import { createRouter } from './app/routes';
import { initI18n, initialLanguage, loadLanguage } from './i18n';

const language = initialLanguage();
setApiLanguage(language);
const queryClient = createQueryClient();
prefetchFirstPage(queryClient, window.location);
await loadLanguage(language);
const i18n = initI18n(language);
const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StrictMode>
      <App router={createRouter()} queryClient={queryClient} i18n={i18n} />
    </StrictMode>,
  );
