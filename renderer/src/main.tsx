import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { captureToken } from './api';
import { App } from './app/App';
import { prefetchFirstData } from './app/firstData';
import { storedLang } from './app/preferences';
import { createQueryClient } from './app/queryClient';
import { initI18n } from './i18n';
import './styles/tokens.css';
import './styles/base.css';
import './styles/layout.css';
import './styles/controls.css';
import './styles/panels.css';
import './styles/states.css';
import './styles/dialogs.css';
import './styles/primitives.css';

// Before anything reads the address: take browser mode's token out of the fragment.
captureToken();
const lang = storedLang();
initI18n(lang);
document.documentElement.lang = lang;

const queryClient = createQueryClient();
prefetchFirstData(queryClient, window.location.pathname, lang);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <App queryClient={queryClient} />
  </StrictMode>,
);
