import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation } from 'react-router';
import { AREAS } from '../areas';
import { LiveRefresh } from '../live/LiveRefresh';
import { useAreaShortcuts } from '../useAreaShortcuts';
import { Sidebar } from './Sidebar';
import { Topbar } from './Topbar';

/** The frame around every screen: skip link, navigation, header, and the screen itself. */
export function AppShell() {
  const { t } = useTranslation();
  useAreaShortcuts();
  useDocumentTitle();

  return (
    <div className="shell">
      <a
        className="skip-link"
        href="#main"
        onClick={(e) => {
          // Move focus without touching the URL: the router owns it.
          e.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        {t('app.skipToContent')}
      </a>
      <Sidebar />
      <div className="shell-body">
        <Topbar />
        <main id="main" className="main" tabIndex={-1}>
          <Outlet />
        </main>
      </div>
      <LiveRefresh />
    </div>
  );
}

function useDocumentTitle(): void {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const area = AREAS.find((a) => a.path === pathname);
  const title = area ? `${t(area.label)} · ${t('app.name')}` : t('app.name');
  useEffect(() => {
    document.title = title;
  }, [title]);
}
