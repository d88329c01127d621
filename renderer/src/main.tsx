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

/**
 * How long the first render waits for the first screen's reads before it shows their loading
 * states instead. boot.js asked for them before the modules loaded, so they are normally in
 * already; a slow core (a large workspace's first start) still gets a loading state soon.
 */
const FIRST_DATA_WAIT_MS = 300;

const queryClient = createQueryClient();
const firstData = prefetchFirstData(queryClient, window.location.pathname, lang);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
const render = () =>
  createRoot(root).render(
    <StrictMode>
      <App queryClient={queryClient} />
    </StrictMode>,
  );
// One render with the data rather than the gate's loading state first and then the whole of Home
// again when the replies land a moment later (issue 18: the second render and its layout were
// ~90 ms of main-thread work before Home showed its data).
void Promise.race([firstData, new Promise((resolve) => setTimeout(resolve, FIRST_DATA_WAIT_MS))]).then(render);
